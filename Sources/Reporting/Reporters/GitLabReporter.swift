import RuleEngine

/// `--format gitlab`: GitLab Code Quality JSON (an array of issues with description,
/// check_name, fingerprint, severity and location), shown in merge requests. Fingerprints
/// combine the document and the finding's own fingerprint, so they are unique and stable.
final class GitLabReporter: Reporter {
    private let output: ReportOutput
    private let base: String?
    private var issues: [String] = []
    private var fingerprints = Set<String>()

    init(_ context: ReporterContext) {
        output = context.output
        base = context.baseDirectory
    }

    func begin(_ tool: ToolInfo) {}

    static func severity(_ severity: Severity) -> String {
        switch severity {
        case .critical: return "critical"
        case .major: return "major"
        case .minor: return "minor"
        }
    }

    func report(_ document: DocumentReport) {
        let path = ReportPaths.artifact(document, base: base)
        if let error = document.error {
            append(description: "Input not checked: \(error)", check: "translint.input", severity: "blocker", path: path,
                   line: document.recordLine ?? 1, key: "\(path)\u{0}\(document.recordLine ?? 0)\u{0}error")
            return
        }
        for finding in document.findings {
            let prefix = document.id.map { "[\($0)] " } ?? ""
            append(description: prefix + finding.message, check: finding.rule.description, severity: Self.severity(finding.severity), path: path,
                   line: document.recordLine ?? finding.start.line, key: "\(path)\u{0}\(document.id ?? "")\u{0}\(finding.fingerprint)")
        }
    }

    private func append(description: String, check: String, severity: String, path: String, line: Int, key: String) {
        var fingerprint = String(SHA256.hex(key).prefix(32))
        var attempt = 1
        while !fingerprints.insert(fingerprint).inserted {
            attempt += 1
            fingerprint = String(SHA256.hex(key + "\u{0}\(attempt)").prefix(32))
        }
        var json = JSONWriter()
        json.beginObject()
        json.field("description", description)
        json.field("check_name", check)
        json.field("fingerprint", fingerprint)
        json.field("severity", severity)
        json.key("location")
        json.beginObject()
        json.field("path", path)
        json.key("lines")
        json.beginObject()
        json.field("begin", line)
        json.endObject()
        json.endObject()
        json.endObject()
        issues.append(json.output)
    }

    func finish(_ summary: RunSummary) {
        output.write("[" + (issues.isEmpty ? "" : "\n  " + issues.joined(separator: ",\n  ") + "\n") + "]\n")
        output.flush()
    }
}
