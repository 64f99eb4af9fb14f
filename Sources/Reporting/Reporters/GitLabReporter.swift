import RuleEngine

/// `--format gitlab`: GitLab Code Quality JSON (an array of issues with description,
/// check_name, fingerprint, severity and location), shown in merge requests. Fingerprints
/// combine the document and the finding's own fingerprint, so they are unique and stable.
final class GitLabReporter: Reporter {
    private let output: ReportOutput
    private let base: String?
    private var issues: [JSONValue] = []
    private var fingerprints = Set<String>()

    init(_ context: ReporterContext) {
        output = context.output
        base = context.baseDirectory
    }

    static func severity(_ severity: Severity?) -> String {
        switch severity {
        case nil: return "blocker"
        case .critical: return "critical"
        case .major: return "major"
        case .minor: return "minor"
        }
    }

    func report(_ document: DocumentReport) {
        for issue in CodeIssue.issues(of: document, path: ReportPaths.artifact(document, base: base)) {
            issues.append([
                "description": .string(issue.message),
                "check_name": .string(issue.check),
                "fingerprint": .string(uniqueFingerprint(issue.key)),
                "severity": .string(Self.severity(issue.severity)),
                "location": ["path": .string(issue.path), "lines": ["begin": .int(issue.line)]],
            ])
        }
    }

    /// The first 32 hex digits of the key's SHA-256, salted until no earlier issue has them
    /// (two identical findings in one document need two fingerprints).
    private func uniqueFingerprint(_ key: String) -> String {
        var fingerprint = String(SHA256.hex(key).prefix(32))
        var attempt = 1
        while !fingerprints.insert(fingerprint).inserted {
            attempt += 1
            fingerprint = String(SHA256.hex(key + "\u{0}\(attempt)").prefix(32))
        }
        return fingerprint
    }

    func finish(_ summary: RunSummary) {
        let lines = issues.map(\.serialized)
        output.write("[" + (lines.isEmpty ? "" : "\n  " + lines.joined(separator: ",\n  ") + "\n") + "]\n")
        output.flush()
    }
}
