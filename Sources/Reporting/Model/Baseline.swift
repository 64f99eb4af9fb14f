import Foundation
import RuleEngine
import TextCore

/// Findings a team has accepted, recorded so that only new ones count: adopt translint on an
/// existing archive, record a baseline, and gate only what changes.
///
/// Each finding is recorded by its document (record id or path) and its fingerprint (rule
/// plus the normalised text around it), so it stays recognised when text elsewhere in the
/// article is edited. A fingerprint seen twice in one document is recorded with a count.
///
/// File format: `{"version": 1, "documents": {"desk/en/a.txt": {"<fingerprint>": 1}}}`.
public struct Baseline: Sendable, Equatable {
    public static let version = 1
    public private(set) var documents: [String: [String: Int]] = [:]
    /// The folder document paths are recorded relative to (the configuration's, else the
    /// working directory), so `desk/a.txt`, `./desk/a.txt` and an absolute path are one key.
    public var project: ProjectPath?

    public init(project: ProjectPath? = nil) {
        self.project = project
    }

    public struct LoadError: Error, CustomStringConvertible {
        public let path: String
        public let reason: String
        public var description: String { "\(path): \(reason)" }
    }

    public init(path: String, project: ProjectPath? = nil) throws(LoadError) {
        self.project = project
        guard let data = FileManager.default.contents(atPath: path) else { throw LoadError(path: path, reason: "cannot read the baseline file") }
        guard let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
            throw LoadError(path: path, reason: "not a JSON object; write one with `translint check --write-baseline FILE`")
        }
        guard object["version"] as? Int == Self.version else { throw LoadError(path: path, reason: "unsupported baseline version (expected \(Self.version))") }
        guard let documents = object["documents"] as? [String: [String: Int]] else {
            throw LoadError(path: path, reason: "'documents' must map document names to {fingerprint: count}")
        }
        self.documents = documents
    }

    /// The name a document is recorded under: its record id, else its path as the project
    /// sees it.
    public func key(id: String?, path: String?) -> String {
        if let id { return id }
        guard let path else { return "-" }
        return project?.key(path) ?? path
    }

    /// Records the findings of a report.
    public mutating func record(_ report: DocumentReport) {
        guard report.error == nil, !report.findings.isEmpty else { return }
        let name = key(id: report.id, path: report.path)
        var counts = documents[name, default: [:]]
        for finding in report.findings { counts[finding.fingerprint, default: 0] += 1 }
        documents[name] = counts
    }

    /// The findings of `result` that the baseline does not record, and how many it removed.
    public func filter(_ result: CheckResult, document: Document, key: String) -> (result: CheckResult, removed: Int) {
        var remaining = documents[key] ?? [:]
        return Self.filter(result, document: document, remaining: &remaining)
    }

    /// The recorded fingerprints of the document named `key`, with their counts: a document
    /// checked window by window uses them up across its windows.
    public func recorded(for key: String) -> [String: Int] { documents[key] ?? [:] }

    /// Removes from `result` the findings `remaining` still records, using them up.
    public static func filter(_ result: CheckResult, document: Document, remaining: inout [String: Int]) -> (result: CheckResult, removed: Int) {
        guard !remaining.isEmpty else { return (result, 0) }
        var kept: [Finding] = []
        var removed = 0
        for finding in result.findings {
            let fingerprint = ReportedFinding.fingerprint(rule: finding.rule, range: finding.range, in: document)
            if let count = remaining[fingerprint], count > 0 {
                remaining[fingerprint] = count - 1
                removed += 1
            } else {
                kept.append(finding)
            }
        }
        var filtered = result
        filtered.findings = kept
        return (filtered, removed)
    }

    public var json: String {
        var json = JSONWriter(pretty: true)
        json.beginObject()
        json.field("version", Self.version)
        json.key("documents")
        json.beginObject()
        for (document, fingerprints) in documents.sorted(by: { $0.key < $1.key }) {
            json.key(document)
            json.beginObject()
            for (fingerprint, count) in fingerprints.sorted(by: { $0.key < $1.key }) { json.field(fingerprint, count) }
            json.endObject()
        }
        json.endObject()
        json.endObject()
        return json.output + "\n"
    }
}
