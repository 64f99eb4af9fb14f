import Foundation
import Reporting
import RuleEngine
import TextCore

/// The convenient way to annotate an article by hand: defects marked inline as
/// `⟦family|defective text⟧`, invisible characters written `\u{200B}`, and an optional first
/// line `# source: …`. `translint annotate` turns it into the text and sidecar pair that
/// evaluation reads.
public struct MarkedArticle: Sendable {
    public let text: String
    public let annotations: [Annotation]
    public let source: String?

    public init(marked: String, path: String) throws(AnnotationError) {
        var body = marked
        var source: String?
        if body.hasPrefix("# source:") {
            let lineEnd = body.firstIndex(of: "\n") ?? body.endIndex
            source = String(body[body.index(body.startIndex, offsetBy: 9)..<lineEnd]).trimmingCharacters(in: .whitespaces)
            body = String(body[lineEnd...]).drop(while: { $0 == "\n" }).description
        }
        body = try Self.expandEscapes(body, path: path)
        var text = ""
        var annotations: [Annotation] = []
        var offset = 0
        var index = body.startIndex
        var number = 0
        while index < body.endIndex {
            let character = body[index]
            if character == "⟦" {
                number += 1
                guard let bar = body[index...].firstIndex(of: "|"), let close = body[index...].firstIndex(of: "⟧"), bar < close else {
                    throw AnnotationError(path: path, annotation: number, message: "a marker must read ⟦family|text⟧")
                }
                let familyName = String(body[body.index(after: index)..<bar])
                guard let family = RuleFamily.known(familyName) else {
                    throw AnnotationError(path: path, annotation: number, message: "unknown family '\(familyName)'")
                }
                let marked = String(body[body.index(after: bar)..<close])
                guard !marked.isEmpty, !marked.contains("⟦") else {
                    throw AnnotationError(path: path, annotation: number, message: "a marker must hold text and cannot nest")
                }
                let length = marked.utf16.count
                annotations.append(Annotation(family: family, range: TextRange(start: offset, length: length), text: marked))
                text += marked
                offset += length
                index = body.index(after: close)
                continue
            }
            if character == "⟧" {
                throw AnnotationError(path: path, annotation: number, message: "⟧ without ⟦")
            }
            text.append(character)
            offset += character.utf16.count
            index = body.index(after: index)
        }
        self.text = text
        self.annotations = annotations
        self.source = source
    }

    private static func expandEscapes(_ text: String, path: String) throws(AnnotationError) -> String {
        guard text.contains("\\u{") else { return text }
        var result = ""
        var rest = Substring(text)
        while let start = rest.range(of: "\\u{") {
            result += rest[..<start.lowerBound]
            guard let close = rest[start.upperBound...].firstIndex(of: "}"),
                  let value = UInt32(rest[start.upperBound..<close], radix: 16), let scalar = Unicode.Scalar(value) else {
                throw AnnotationError(path: path, message: "invalid \\u{…} escape near “\(rest[start.lowerBound...].prefix(12))”")
            }
            result.unicodeScalars.append(scalar)
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    /// The sidecar JSON for these annotations.
    public func sidecarJSON(licence: String?) -> String {
        var lines = ["{", "  \"clean\": false,"]
        if let source { lines.append("  \"source\": \(Self.quoted(source)),") }
        if let licence { lines.append("  \"licence\": \(Self.quoted(licence)),") }
        lines.append("  \"annotations\": [")
        for (index, annotation) in annotations.enumerated() {
            let comma = index + 1 < annotations.count ? "," : ""
            lines.append("    {\"family\": \"\(annotation.family.rawValue)\", \"offset\": \(annotation.range.start), \"length\": \(annotation.range.length), \"text\": \(Self.quoted(annotation.text))}\(comma)")
        }
        lines += ["  ]", "}"]
        return lines.joined(separator: "\n") + "\n"
    }

    private static func quoted(_ string: String) -> String {
        var output = ""
        JSONWriter.appendString(string, to: &output, escapingInvisible: true)
        return output
    }
}
