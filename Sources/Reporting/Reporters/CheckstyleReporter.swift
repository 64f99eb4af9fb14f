import RuleEngine

/// `--format checkstyle`: Checkstyle XML, which Jenkins (Warnings NG) and reviewdog read.
/// One `<file>` per document, one `<error>` per finding; the source names the rule.
final class CheckstyleReporter: Reporter {
    private let output: ReportOutput
    private let base: String?
    private var files: [(name: String, errors: [String])] = []
    private var index: [String: Int] = [:]

    init(_ context: ReporterContext) {
        output = context.output
        base = context.baseDirectory
    }

    func begin(_ tool: ToolInfo) {}

    static func severity(_ severity: Severity) -> String {
        switch severity {
        case .critical: return "error"
        case .major: return "warning"
        case .minor: return "info"
        }
    }

    func report(_ document: DocumentReport) {
        let name = ReportPaths.artifact(document, base: base)
        let position = index[name] ?? {
            files.append((name, []))
            index[name] = files.count - 1
            return files.count - 1
        }()
        if let error = document.error {
            files[position].errors.append("    <error line=\"\(document.recordLine ?? 1)\" severity=\"error\" message=\"\(XML.escape("input not checked: \(error)"))\" source=\"translint.input\"/>")
            return
        }
        for finding in document.findings {
            let line = document.recordLine ?? finding.start.line
            let column = document.recordLine == nil ? " column=\"\(finding.start.column)\"" : ""
            let prefix = document.id.map { "[\($0)] " } ?? ""
            files[position].errors.append("    <error line=\"\(line)\"\(column) severity=\"\(Self.severity(finding.severity))\" message=\"\(XML.escape(prefix + finding.message))\" source=\"translint.\(finding.rule)\"/>")
        }
    }

    func finish(_ summary: RunSummary) {
        output.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n")
        for file in files {
            if file.errors.isEmpty {
                output.write("  <file name=\"\(XML.escape(file.name))\"/>\n")
            } else {
                output.write("  <file name=\"\(XML.escape(file.name))\">\n" + file.errors.joined(separator: "\n") + "\n  </file>\n")
            }
        }
        output.write("</checkstyle>\n")
        output.flush()
    }
}
