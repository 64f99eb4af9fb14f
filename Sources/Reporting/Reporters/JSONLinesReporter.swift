/// `--format jsonl`: exactly one line per input document, in input order, flushed at once:
/// what a line-oriented batch engine (Spark's `RDD.pipe`, Hadoop Streaming) expects.
final class JSONLinesReporter: Reporter {
    private let output: ReportOutput

    init(_ context: ReporterContext) { output = context.output }

    func report(_ document: DocumentReport) {
        var json = JSONWriter()
        DocumentJSON.write(document, to: &json)
        output.write(json.output + "\n")
        output.flush()
    }

    func finish(_ summary: RunSummary) { output.flush() }
}
