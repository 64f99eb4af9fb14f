import RuleEngine

/// `--format checkstyle`: Checkstyle XML, which Jenkins (Warnings NG) and reviewdog read.
/// One `<file>` per document, one `<error>` per finding; the source names the rule.
final class CheckstyleReporter: Reporter {
    private let output: ReportOutput
    private let base: String?
    private var files = ArtifactTable<[CodeIssue]>()

    init(_ context: ReporterContext) {
        output = context.output
        base = context.baseDirectory
    }

    static func severity(_ severity: Severity?) -> String {
        switch severity {
        case .critical, nil: return "error"
        case .major: return "warning"
        case .minor: return "info"
        }
    }

    func report(_ document: DocumentReport) {
        let path = ReportPaths.artifact(document, base: base)
        let index = files.index(of: path) { [] }
        files[index] += CodeIssue.issues(of: document, path: path)
    }

    func finish(_ summary: RunSummary) {
        output.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n")
        for (path, issues) in files.entries {
            guard !issues.isEmpty else {
                output.write("  <file name=\"\(XML.escape(path))\"/>\n")
                continue
            }
            output.write("  <file name=\"\(XML.escape(path))\">\n" + issues.map(Self.error).joined(separator: "\n") + "\n  </file>\n")
        }
        output.write("</checkstyle>\n")
        output.flush()
    }

    private static func error(_ issue: CodeIssue) -> String {
        let column = issue.column.map { " column=\"\($0)\"" } ?? ""
        let source = issue.isInputError ? issue.check : "translint.\(issue.check)"
        return "    <error line=\"\(issue.line)\"\(column) severity=\"\(severity(issue.severity))\" message=\"\(XML.escape(issue.message))\" source=\"\(source)\"/>"
    }
}
