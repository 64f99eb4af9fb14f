import ArgumentParser
import Foundation
import Pipeline
import Reporting
import RuleEngine

/// `translint report`: renders reports written earlier (`--format jsonl` lines, as a Spark or
/// Hadoop job's mappers leave them, or a `--format json` report) in any format — above all
/// `html`, so a distributed run ends in the same dashboard as a local one.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Render saved JSON or JSONL reports in another format (html by default).",
        discussion: """
            Reads the document reports of `translint check --format jsonl` (or json) and writes \
            them in the format asked for. The HTML report shows an article's text only when the \
            saved report has it: run the check with --include-text. Exit status: 0 when every \
            document passed its gate as recorded, 1 when one failed, 2 when a report cannot be read.
            """)

    @OptionGroup var rules: RuleOptions

    @Option(help: ArgumentHelp("Report format: \(ReportFormat.all.map(\.name).joined(separator: ", ")).", valueName: "format"))
    var format = "html"

    @Option(name: [.short, .long], help: ArgumentHelp("Write the report to this file (default: standard output).", valueName: "file"))
    var output: String?

    @Argument(help: ArgumentHelp("Saved reports (JSONL or JSON files).", valueName: "report"))
    var reports: [String]

    func run() throws {
        guard let reportFormat = ReportFormat.named(format) else {
            throw UsageError("unknown format '\(format)' (formats: \(ReportFormat.all.map(\.name).joined(separator: ", ")))")
        }
        if let output, reports.contains(where: { FileIdentity(path: $0) != nil && FileIdentity(path: $0) == FileIdentity(path: output) }) {
            throw UsageError("-o \(output) is one of the saved reports: it would be overwritten")
        }
        let setup = try RuleBookSetup(rules)
        let target = try OutputTarget(path: output, format: reportFormat.name)
        let reporter = reportFormat.reporter(ReporterContext(output: target.output, useColor: target.useColor,
                                                             baseDirectory: ProcessFacts.currentDirectory, environment: ProcessFacts.environment))
        reporter.begin(ToolInfo(book: setup.book))
        var summary = RunSummary()
        var status = ExitStatus.passed
        for path in reports {
            do {
                try SavedReports.read(path) { document in
                    summary.add(document)
                    if document.error != nil { status = status.combined(with: .error) } else if !document.passed { status = status.combined(with: .gateFailed) }
                    reporter.report(document)
                }
            } catch {
                StandardError.write("translint: \(error)\n")
                status = status.combined(with: .error)
            }
        }
        reporter.finish(summary)
        do {
            try target.output.close()
        } catch {
            StandardError.write("translint: \(error)\n")
            throw ExitCode(2)
        }
        if status != .passed { throw status.exitCode }
    }
}
