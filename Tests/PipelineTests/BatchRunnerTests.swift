import Foundation
@testable import Pipeline
import Reporting
import RuleEngine
import TestSupport
import TextCore
import Testing

/// Bulk runs: the same reports whatever the number of workers, in input order, with a
/// bounded number of documents in flight (hostile inputs and scaling are in ScalingTests).
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
        #expect(Self.firstDifference(single, several) == nil)
        // The reports carry findings (the comparison is not between empty runs).
        #expect(single.filter { $0.contains("\"rule\"") }.count > 30)
        // Rendered on the workers (as `check` runs a streaming format), the same lines.
        let renderer = try #require(ReportFormat.named("jsonl")?.renderer)
        for jobs in [1, 3] {
            var lines: [String] = []
            var iterator = sources.makeIterator()
            try runner(jobs: jobs).run(&iterator, prepare: { DocumentOutcome($0, renderer: renderer, keepsReport: false) }) { outcome in
                lines.append(String(decoding: outcome.rendered!.dropLast(), as: UTF8.self))
            }
            #expect(Self.firstDifference(single, lines) == nil, "\(jobs) workers")
        }
    }

    /// The first report that differs between two runs, both versions from where they part
    /// (nil when the runs agree), so that a failure says what changed.
    static func firstDifference(_ a: [String], _ b: [String]) -> String? {
        guard a != b else { return nil }
        guard let index = (0..<min(a.count, b.count)).first(where: { a[$0] != b[$0] }) else { return "\(a.count) reports against \(b.count)" }
        let left = Array(a[index].utf8), right = Array(b[index].utf8)
        let common = zip(left, right).prefix { $0 == $1 }.count
        func part(_ bytes: [UInt8]) -> String { String(decoding: bytes[max(0, common - 200)..<min(bytes.count, common + 300)], as: UTF8.self) }
        return "report \(index): \(part(left))\n  against: \(part(right))"
    }

    /// Workers take the largest queued document first (the first of equals), and files found
    /// by a walk carry their size for it.
    @Test func workersTakeTheLargestQueuedDocumentFirst() throws {
        #expect(WorkQueue<Int>.largest([10, 500, 20, 500, 3]) == 1)
        #expect(WorkQueue<Int>.largest([0, 0, 0]) == 0)
        #expect(WorkQueue<Int>.largest([7]) == 0)
        let sources = try Self.corpusSources().filter { if case .file = $0.payload { return true } else { return false } }
        #expect(!sources.isEmpty)
        for source in sources {
            let size = try FileManager.default.attributesOfItem(atPath: source.path!)[.size] as? Int
            #expect(source.expectedSize == size, "\(source.path!)")
        }
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
        #expect(furthestAhead <= jobs * BatchRunner.documentsInFlightPerWorker)
    }
}
