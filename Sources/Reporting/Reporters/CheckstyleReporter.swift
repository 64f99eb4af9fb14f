import RuleEngine

/// `--format checkstyle`: Checkstyle XML, which Jenkins (Warnings NG) and reviewdog read.
/// One `<file>` per document, one `<error>` per finding; the source names the rule. Errors are
/// grouped per file, so they wait in a spill file until the run ends.
final class CheckstyleReporter: Reporter {
    private let output: ReportOutput
    private let base: String?
    private var files = ArtifactTable<SpillFile.Stretches>()
    private let spill = SpillFile()

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
        let index = files.index(of: path) { SpillFile.Stretches() }
        for issue in CodeIssue.issues(of: document, path: path) {
            files[index].add(spill.append(Self.error(issue) + "\n"))
        }
    }

    func finish(_ summary: RunSummary) {
        output.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n")
        for (path, errors) in files.entries {
            guard errors.pieces > 0 else {
                output.write("  <file name=\"\(XML.escape(path))\"/>\n")
                continue
            }
            output.write("  <file name=\"\(XML.escape(path))\">\n")
            spill.copy(errors, to: output)
            output.write("  </file>\n")
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
