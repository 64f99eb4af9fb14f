import Foundation
import Pipeline
import Reporting
import RuleEngine
import TestSupport
import TextCore
import Testing

/// Bulk runs: the same reports whatever the number of workers, in input order, with a
/// bounded number of documents in flight, and no quadratic slowdown on hostile inputs.
@Suite(.serialized) struct BatchRunnerTests {
    func runner(jobs: Int) throws -> BatchRunner {
        let book = Repository.shippedBook
        return try BatchRunner(book: book, thresholds: book.thresholds, resolver: LanguageResolver(), jobs: jobs)
    }

    /// Every report of a run as JSONL, the form a mapper writes.
    func jsonl(_ sources: [DocumentSource], jobs: Int) throws -> [String] {
        let output = ReportOutput.memory()
        let reporter = ReportFormat.named("jsonl")!.reporter(ReporterContext(output: output))
        var iterator = sources.makeIterator()
        try runner(jobs: jobs).run(&iterator) { reporter.report($0) }
        return output.capturedText.split(separator: "\n").map(String.init)
    }

    static func corpusSources() throws -> [DocumentSource] {
        var inputs = InputCollector(paths: [Repository.corporaDirectory], options: .init())
        var sources: [DocumentSource] = []
        while let source = inputs.next() { sources.append(source) }
        return sources
    }

    @Test func reportsAreIdenticalWhateverTheNumberOfWorkers() throws {
        let sources = try Self.corpusSources()
        #expect(sources.count >= 80)
        let single = try jsonl(sources, jobs: 1)
        let several = try jsonl(sources, jobs: 3)
        #expect(single.count == sources.count)
        #expect(single == several)
        // The reports carry findings (the comparison is not between empty runs).
        #expect(single.filter { $0.contains("\"rule\"") }.count > 30)
    }

    /// A source that counts what the runner has taken, to see how far ahead it reads.
    final class Counter { var taken = 0 }

    struct CountingSource: IteratorProtocol {
        let counter: Counter
        let total: Int
        mutating func next() -> DocumentSource? {
            let taken = counter.taken
            guard taken < total else { return nil }
            defer { counter.taken += 1 }
            let text = "Document \(taken): the the committee approved the budget on Monday."
            return DocumentSource(index: taken, path: nil, recordLine: taken + 1,
                                  payload: .record(Array("{\"id\": \"d\(taken)\", \"lang\": \"en\", \"text\": \"\(text)\"}".utf8)))
        }
    }

    @Test func readsAheadOnlyAsFarAsTheWorkersNeedAndKeepsOrder() throws {
        let jobs = 2
        let runner = try runner(jobs: jobs)
        let counter = Counter()
        var source = CountingSource(counter: counter, total: 5_000)
        var emitted = 0
        var furthestAhead = 0
        var ids: [String] = []
        runner.run(&source) { report in
            emitted += 1
            furthestAhead = max(furthestAhead, counter.taken - emitted)
            ids.append(report.id ?? "")
        }
        #expect(emitted == 5_000)
        #expect(ids == (0..<5_000).map { "d\($0)" })
        #expect(furthestAhead <= jobs * 4)
    }

    /// Seconds to check one document of `text`.
    func seconds(_ text: String) throws -> Double {
        let checker = try Checker(book: Repository.shippedBook)
        let document = Document(name: "long.txt", string: text, language: LanguageTag("en")!)
        let start = ContinuousClock.now
        _ = checker.check(document)
        let elapsed = start.duration(to: .now).components
        return Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
    }

    @Test func aLongLineWithoutSentenceBreaksScalesLinearly() throws {
        // No period, no line break: one sentence, one paragraph. Four times the text must
        // take well under sixteen times as long (what a quadratic step would cost).
        let phrase = "the committee approved the budget with broad support and the minister said that "
        let small = String(repeating: phrase, count: 2_000)    // ~160 KB
        let large = String(repeating: phrase, count: 8_000)    // ~650 KB
        _ = try seconds(small)  // warm-up: tables, ICU data
        // Best of two runs each: other suites share the cores.
        let smallTime = min(try seconds(small), try seconds(small))
        let largeTime = min(try seconds(large), try seconds(large))
        #expect(largeTime < smallTime * 10, "small \(smallTime) s, large \(largeTime) s")
    }

    @Test func manyParagraphsScaleLinearly() throws {
        let paragraph = "Officials confirmed the plan on Monday. “We will not resign,” the minister said.\n\n"
        let small = String(repeating: paragraph, count: 2_000)
        let large = String(repeating: paragraph, count: 8_000)
        _ = try seconds(small)
        let smallTime = min(try seconds(small), try seconds(small))
        let largeTime = min(try seconds(large), try seconds(large))
        #expect(largeTime < smallTime * 10, "small \(smallTime) s, large \(largeTime) s")
    }
}
