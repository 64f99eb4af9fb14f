import Foundation
import Pipeline
import Reporting
import RuleEngine
import TextCore

/// The HTML report at scale: 10,000 articles of the corpus (its texts taken in turn, each in
/// its language) checked on all cores and written as one HTML page — the time, the page's
/// size and the peak memory. (How fast the page opens is the browser test's to measure.)
enum HTMLPhase {
    static func run(arguments: BenchArguments, documents count: Int = 10_000) -> (seconds: Double, bytes: Int, documents: Int, findings: Int, peak: Int) {
        var articles: [(language: LanguageTag, bytes: [UInt8])] = []
        let resolver = LanguageResolver()
        let enumerator = FileManager.default.enumerator(atPath: arguments.corpus)
        while let relative = enumerator?.nextObject() as? String {
            guard relative.hasSuffix(".txt") else { continue }
            let full = (arguments.corpus as NSString).appendingPathComponent(relative)
            let language = resolver.resolve(path: full, recordLanguage: nil).language
            guard !language.isUndetermined, let data = FileManager.default.contents(atPath: full) else { continue }
            articles.append((language, [UInt8](data)))
        }
        guard !articles.isEmpty else { BenchArguments.usage("no .txt files under \(arguments.corpus)") }
        let book = Phases.book(arguments)
        let runner = try! BatchRunner(book: book, thresholds: book.thresholds, resolver: LanguageResolver(), jobs: arguments.jobs, keepsText: true)
        var sources = (0..<count).map { index in
            let article = articles[index % articles.count]
            var line = "{\"id\":\"article-\(index)\",\"lang\":\"\(article.language.identifier)\",\"text\":"
            JSONWriter.appendString(String(decoding: article.bytes, as: UTF8.self), to: &line)
            return DocumentSource(index: index, path: "bench.jsonl", recordLine: index + 1, payload: .record(Array((line + "}").utf8)))
        }.makeIterator()
        let file = (arguments.work as NSString).appendingPathComponent("report.html")
        let output = try! ReportOutput.file(file)
        let reporter = ReportFormat.named("html")!.reporter(ReporterContext(output: output))
        var tool = ToolInfo(book: book)
        tool.thresholds = book.thresholds
        reporter.begin(tool)
        var summary = RunSummary()
        let clock = ContinuousClock.now
        runner.run(&sources) { report in
            summary.add(report)
            reporter.report(report)
        }
        reporter.finish(summary)
        try! output.close()
        let seconds = clock.duration(to: .now).seconds
        let bytes = ((try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? nil) ?? 0
        try? FileManager.default.removeItem(atPath: file)
        return (seconds, bytes, summary.documents, summary.findings, ResourceUsage.peakResidentBytes)
    }
}
