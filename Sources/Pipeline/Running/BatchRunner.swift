import Foundation
import Reporting
import RuleEngine

/// Checks a stream of documents on several worker threads and hands the reports back in
/// input order, each as soon as it and every earlier one are done.
///
/// The calling thread reads sources and emits reports; each worker owns a
/// `DocumentProcessor` (and so its own ICU handles). At most `jobs × 4` documents are in
/// flight, which bounds memory whatever the size of the batch. Results do not depend on
/// the number of workers.
public final class BatchRunner {
    public struct Progress: Sendable {
        public var documents = 0
        public var findings = 0
        public var characters = 0
        public var elapsed: Double = 0
    }

    private let processors: [DocumentProcessor]

    public init(book: RuleBook, thresholds: GateThresholds, resolver: LanguageResolver, jobs: Int, baseline: Baseline? = nil) throws {
        processors = try (0..<max(1, jobs)).map { _ in
            try DocumentProcessor(book: book, thresholds: thresholds, resolver: resolver, baseline: baseline)
        }
    }

    public var jobs: Int { processors.count }

    /// Runs every source through the checker; `emit` receives the reports in input order.
    public func run<Sources: IteratorProtocol>(_ sources: inout Sources, emit: (DocumentReport) -> Void) where Sources.Element == DocumentSource {
        if processors.count == 1 {
            while let source = sources.next() { emit(processors[0].process(source)) }
            return
        }
        let queue = WorkQueue()
        var threads: [Thread] = []
        for processor in processors {
            let worker = UncheckedBox(processor)
            let thread = Thread { queue.work(worker.value) }
            thread.stackSize = 8 << 20
            thread.start()
            threads.append(thread)
        }
        let capacity = processors.count * 4
        var submitted = 0
        var emitted = 0
        var exhausted = false
        while true {
            while !exhausted, submitted - emitted < capacity {
                guard let source = sources.next() else {
                    exhausted = true
                    break
                }
                queue.submit(source, order: submitted)
                submitted += 1
            }
            if emitted == submitted, exhausted { break }
            emit(queue.waitForResult(order: emitted))
            emitted += 1
        }
        queue.close()
    }
}

/// The hand-over between the reading thread and the workers.
private final class WorkQueue: @unchecked Sendable {
    private let condition = NSCondition()
    /// Submitted, not yet started: at most `jobs × 4` entries, so removing from the front is cheap.
    private var jobs: [(order: Int, source: DocumentSource)] = []
    private var results: [Int: DocumentReport] = [:]
    private var closed = false

    func submit(_ source: DocumentSource, order: Int) {
        condition.lock()
        jobs.append((order, source))
        condition.broadcast()
        condition.unlock()
    }

    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    func waitForResult(order: Int) -> DocumentReport {
        condition.lock()
        defer { condition.unlock() }
        while results[order] == nil { condition.wait() }
        return results.removeValue(forKey: order)!
    }

    func work(_ processor: DocumentProcessor) {
        while true {
            condition.lock()
            while jobs.isEmpty, !closed { condition.wait() }
            if jobs.isEmpty {
                condition.unlock()
                return
            }
            // Taken off the queue, so that its text is freed as soon as it is checked.
            let job = jobs.removeFirst()
            condition.unlock()
            let report = processor.process(job.source)
            condition.lock()
            results[job.order] = report
            condition.broadcast()
            condition.unlock()
        }
    }
}

/// Hands a value that is used by one thread at a time to that thread.
struct UncheckedBox<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
