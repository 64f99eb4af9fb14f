/// `--format json`: one object `{"tool", "documents", "summary"}`. Documents are written as
/// they arrive, so memory does not grow with the batch.
final class JSONReporter: Reporter {
    private let output: ReportOutput
    private var first = true

    init(_ context: ReporterContext) { output = context.output }

    func begin(_ tool: ToolInfo) {
        var json = JSONWriter()
        DocumentJSON.writeTool(tool, to: &json)
        output.write("{\"tool\":" + json.output + ",\"documents\":[\n")
    }

    func report(_ document: DocumentReport) {
        var json = JSONWriter()
        DocumentJSON.write(document, to: &json)
        output.write((first ? "" : ",\n") + json.output)
        first = false
    }

    func finish(_ summary: RunSummary) {
        var json = JSONWriter()
        DocumentJSON.writeSummary(summary, to: &json)
        output.write("\n],\"summary\":" + json.output + "}\n")
        output.flush()
    }
}
