/// `--format jsonl`: exactly one line per input document, in input order, flushed at once:
/// what a line-oriented batch engine (Spark's `RDD.pipe`, Hadoop Streaming) expects.
final class JSONLinesReporter: Reporter {
    private let output: ReportOutput

    init(_ context: ReporterContext) { output = context.output }

    func report(_ document: DocumentReport) { report(rendered: Self.render(document)) }

    func report(rendered: [UInt8]) {
        output.write(bytes: rendered[...])
        output.flush()
    }

    /// The document's line, newline included (on the worker that checked it, in a batch).
    @Sendable static func render(_ document: DocumentReport) -> [UInt8] {
        var json = JSONWriter()
        // A finding takes about 400 bytes: grown once, not doubled a few times over.
        json.reserve(512 + 512 * document.findings.count)
        DocumentJSON.write(document, to: &json)
        var bytes = json.bytes
        bytes.append(UInt8(ascii: "\n"))
        return bytes
    }

    func finish(_ summary: RunSummary) { output.flush() }
}
