import RuleEngine

/// A finding, or an input that could not be checked, as code-quality tools see it: a file, a
/// line (the record's line for a JSONL stream), a rule, a severity, a message. Checkstyle and
/// GitLab Code Quality are lists of these in two syntaxes.
struct CodeIssue {
    var path: String
    var line: Int
    /// nil for a JSONL record (columns are in the record, not in the stream's line).
    var column: Int?
    /// `translint.input` for an input error, else the rule id.
    var check: String
    var severity: Severity?
    var message: String
    /// Identifies the issue across runs (document, record and finding fingerprint).
    var key: String

    var isInputError: Bool { severity == nil }

    /// The issues of one document report.
    static func issues(of document: DocumentReport, path: String) -> [CodeIssue] {
        if let error = document.error {
            return [CodeIssue(path: path, line: document.recordLine ?? 1, column: nil, check: "translint.input", severity: nil,
                              message: "Input not checked: \(error)", key: "\(path)\u{0}\(document.recordLine ?? 0)\u{0}error")]
        }
        let prefix = document.id.map { "[\($0)] " } ?? ""
        return document.findings.map { finding in
            CodeIssue(path: path, line: document.recordLine ?? finding.start.line, column: document.recordLine == nil ? finding.start.column : nil,
                      check: finding.rule.description, severity: finding.severity, message: prefix + finding.messageWithSource,
                      key: "\(path)\u{0}\(document.id ?? "")\u{0}\(finding.fingerprint)")
        }
    }
}
