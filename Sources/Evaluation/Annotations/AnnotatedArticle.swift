import Foundation
import Formats
import RuleEngine
import TextCore

/// An article with its expected findings: `NAME.txt` and the sidecar `NAME.expected.json`.
///
/// Sidecar format:
/// ```json
/// {"clean": false, "source": "…", "licence": "CC0-1.0",
///  "annotations": [{"family": "quotes", "offset": 412, "length": 2, "text": "”T", "note": "…"}]}
/// ```
/// Offsets and lengths count UTF-16 code units in the text as read (after UTF-8 decoding, a
/// byte-order mark dropped). `clean: true` marks text that should have no findings at all;
/// it is where false alarms per 10,000 characters are measured.
public struct AnnotatedArticle: Sendable {
    public let textPath: String
    public let sidecarPath: String
    public let isClean: Bool
    public let annotations: [Annotation]
    public let source: String?
    public let licence: String?

    public static let sidecarSuffix = ".expected.json"

    /// The sidecar path of a text file: `a/b.fr.txt` → `a/b.fr.expected.json`.
    public static func sidecar(for textPath: String) -> String {
        let base = InputFormat(fileName: textPath) != nil ? (textPath as NSString).deletingPathExtension : textPath
        return base + sidecarSuffix
    }

    /// Loads and validates the sidecar of `textPath` against the text: every annotation must
    /// lie inside the text and cover exactly the text it quotes.
    public init(textPath: String) throws(AnnotationError) {
        self.textPath = textPath
        sidecarPath = Self.sidecar(for: textPath)
        guard let textData = FileManager.default.contents(atPath: textPath) else {
            throw AnnotationError(path: textPath, message: "cannot read the text")
        }
        let units: [UInt16]
        do {
            units = try TextDecoding.decode(Array(textData))
        } catch {
            throw AnnotationError(path: textPath, message: error.description)
        }
        guard let sidecarData = FileManager.default.contents(atPath: sidecarPath) else {
            throw AnnotationError(path: sidecarPath, message: "missing: every annotated text needs its \(Self.sidecarSuffix) file")
        }
        let object: [String: Any]
        do {
            guard let parsed = try JSONSerialization.jsonObject(with: sidecarData) as? [String: Any] else {
                throw AnnotationError(path: sidecarPath, message: "must be a JSON object")
            }
            object = parsed
        } catch let error as AnnotationError {
            throw error
        } catch {
            throw AnnotationError(path: sidecarPath, message: "not valid JSON (\(error.localizedDescription))")
        }
        let known: Set<String> = ["clean", "source", "licence", "annotations", "language"]
        if let unknown = object.keys.sorted().first(where: { !known.contains($0) }) {
            throw AnnotationError(path: sidecarPath, message: "unknown key '\(unknown)' (keys: \(known.sorted().joined(separator: ", ")))")
        }
        guard let clean = object["clean"] as? Bool else { throw AnnotationError(path: sidecarPath, message: "'clean' must be true or false") }
        guard let list = object["annotations"] as? [Any] else { throw AnnotationError(path: sidecarPath, message: "'annotations' must be a list") }
        var annotations: [Annotation] = []
        for (index, item) in list.enumerated() {
            annotations.append(try Self.annotation(item, number: index + 1, units: units, path: sidecarPath))
        }
        if clean, !annotations.isEmpty {
            throw AnnotationError(path: sidecarPath, message: "a clean text cannot have annotations")
        }
        isClean = clean
        self.annotations = annotations.sorted { $0.range < $1.range }
        source = object["source"] as? String
        licence = object["licence"] as? String
    }

    private static func annotation(_ item: Any, number: Int, units: [UInt16], path: String) throws(AnnotationError) -> Annotation {
        guard let entry = item as? [String: Any] else { throw AnnotationError(path: path, annotation: number, message: "must be an object") }
        let known: Set<String> = ["family", "offset", "length", "text", "note"]
        if let unknown = entry.keys.sorted().first(where: { !known.contains($0) }) {
            throw AnnotationError(path: path, annotation: number, message: "unknown key '\(unknown)'")
        }
        guard let familyName = entry["family"] as? String else { throw AnnotationError(path: path, annotation: number, message: "'family' is required") }
        guard let family = RuleFamily.known(familyName) else {
            throw AnnotationError(path: path, annotation: number, message: "unknown family '\(familyName)' (families: \(RuleFamily.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        guard let offset = entry["offset"] as? Int, let length = entry["length"] as? Int, offset >= 0, length > 0 else {
            throw AnnotationError(path: path, annotation: number, message: "'offset' (≥ 0) and 'length' (> 0) must be whole numbers")
        }
        guard offset + length <= units.count else {
            throw AnnotationError(path: path, annotation: number, message: "offset \(offset) + length \(length) runs past the end of the text (\(units.count) UTF-16 units)")
        }
        let actual = String(utf16Units: units[offset..<(offset + length)])
        guard let quoted = entry["text"] as? String else { throw AnnotationError(path: path, annotation: number, message: "'text' is required") }
        guard quoted == actual else {
            throw AnnotationError(path: path, annotation: number, message: "'text' is “\(quoted)” but the text at offset \(offset) is “\(actual)”")
        }
        return Annotation(family: family, range: TextRange(start: offset, length: length), text: actual, note: entry["note"] as? String)
    }

    /// The source of a translated article, when one lies beside it: `NAME.source.LANG.EXT`
    /// for `NAME.LANG.EXT` (the same format; its language in its name).
    public static func sourcePath(for textPath: String) -> String? {
        let folder = (textPath as NSString).deletingLastPathComponent
        let file = (textPath as NSString).lastPathComponent
        let parts = file.split(separator: ".").map(String.init)
        guard parts.count >= 3 else { return nil }
        let name = parts.dropLast(2).joined(separator: ".")
        let ext = parts[parts.count - 1]
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder) else { return nil }
        let match = entries.sorted().first { entry in
            entry.hasPrefix(name + ".source.") && entry.hasSuffix("." + ext) && entry.split(separator: ".").count == parts.count + 1
        }
        return match.map { (folder as NSString).appendingPathComponent($0) }
    }

    /// Every annotated article under `paths` (files or folders): text files that have a sidecar.
    public static func find(in paths: [String]) -> [String] {
        var found: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if !isDirectory.boolValue {
                found.append(path)
                continue
            }
            let enumerator = FileManager.default.enumerator(atPath: path)
            while let relative = enumerator?.nextObject() as? String {
                guard InputFormat(fileName: relative) != nil else { continue }
                let full = (path as NSString).appendingPathComponent(relative)
                if FileManager.default.fileExists(atPath: sidecar(for: full)) { found.append(full) }
            }
        }
        return found.sorted()
    }
}
