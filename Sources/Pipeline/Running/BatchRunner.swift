import TextCore
import Foundation
import Reporting
import RuleEngine

/// Checks a stream of documents on several worker threads and hands the reports back in
/// input order, once each and every earlier one are done.
///
/// The calling thread reads sources and emits reports; each worker owns a
/// `DocumentProcessor` (and so its own ICU handles). At most `jobs × 64` documents and 64 MB
/// of them are in flight, which bounds memory whatever the size of the batch. Results do not depend on
/// the number of workers. A worker takes the largest queued document first (its reports
/// still come out in input order): a long article read late in a batch is started as soon as
/// it is queued, not after the short ones queued before it, so that it does not leave the
/// other workers idle at the end. A finished report is handed back when the calling thread next
/// wakes: when no more input is coming, at once; before that, at the latest when the
/// workers are down to `jobs` queued documents.
public final class BatchRunner {
    public struct Progress: Sendable {
        public var documents = 0
        public var findings = 0
        public var characters = 0
        public var elapsed: Double = 0
    }

    private let processors: [DocumentProcessor]

    public init(book: RuleBook, thresholds: GateThresholds, resolver: LanguageResolver, jobs: Int, baseline: Baseline? = nil,
                sources: SourceOptions = SourceOptions(), keepsText: Bool = false, columns: ColumnUnit = .utf16) throws {
        processors = try (0..<max(1, jobs)).map { _ in
            try DocumentProcessor(book: book, thresholds: thresholds, resolver: resolver, baseline: baseline, sources: sources, keepsText: keepsText,
                                  columns: columns)
        }
    }

    public var jobs: Int { processors.count }

    /// Runs every source through the checker; `emit` receives the reports in input order.
    public func run<Sources: IteratorProtocol>(_ sources: inout Sources, emit: (DocumentReport) -> Void) where Sources.Element == DocumentSource {
        run(&sources, prepare: { $0 }, emit: emit)
    }

    /// Runs every source through the checker and `prepare` (on the worker that checked it: a
    /// report's serialisation, say); `emit` receives what `prepare` made, in input order.
    public func run<Sources: IteratorProtocol, Prepared>(_ sources: inout Sources, prepare: @escaping @Sendable (DocumentReport) -> Prepared,
                                                         emit: (Prepared) -> Void) where Sources.Element == DocumentSource {
        if processors.count == 1 {
            while let source = sources.next() { emit(prepare(processors[0].process(consume source))) }
            return
        }
        let queue = WorkQueue<Prepared>()
        var threads: [Thread] = []
        for processor in processors {
            let worker = UncheckedBox(processor)
            let thread = Thread { queue.work { source in prepare(worker.value.process(consume source)) } }
            thread.stackSize = 8 << 20
            thread.start()
            threads.append(thread)
        }
        let capacity = processors.count * Self.documentsInFlightPerWorker
        // The expected size of each document in flight, by its order modulo the capacity.
        var sizes = [Int](repeating: 0, count: capacity)
        var bytesInFlight = 0
        var submitted = 0
        var emitted = 0
        var exhausted = false
        while true {
            while !exhausted, submitted - emitted < capacity, submitted == emitted || bytesInFlight < Self.bytesInFlight {
                guard let source = sources.next() else {
                    exhausted = true
                    queue.finishSubmitting()
                    break
                }
                sizes[submitted % capacity] = source.expectedSize
                bytesInFlight += source.expectedSize
                queue.submit(source, order: submitted, size: sizes[submitted % capacity])
                submitted += 1
            }
            if emitted == submitted, exhausted { break }
            for report in queue.waitForResults(from: emitted, lowWater: processors.count) {
                emit(report)
                bytesInFlight -= sizes[emitted % capacity]
                emitted += 1
            }
        }
        queue.close()
    }

    /// How many documents each worker may have in flight (queued, being checked, or checked
    /// and waiting for an earlier one to be written). Reports leave in input order, so while
    /// one long document is checked the others can only run ahead this far: with four, on
    /// real documentation, one worker of two was idle a sixth of the time.
    static let documentsInFlightPerWorker = 64
    /// And how many bytes of them (as known before reading: records and files), so that a
    /// batch of large documents does not hold dozens of them at once. One document is always
    /// let through, whatever its size.
    static let bytesInFlight = 64 << 20
}

/// The hand-over between the reading thread and the workers.
///
/// No thread is woken for nothing: a submitted job wakes a worker only if one is idle, and
/// the reading thread, waiting for the next report in order, is woken only when that report
/// is done and the workers are about to run out of queued documents (or no more are coming).
/// It then takes every consecutive report that is done at once. Waking it for every report
/// cost two context switches per document, a tenth of the time on two cores.
final class WorkQueue<Result>: @unchecked Sendable {
    private let condition = NSCondition()
    /// Submitted, not yet started: at most `jobs × 64` entries, searched for the largest.
    private var jobs: [(order: Int, source: DocumentSource)] = []
    /// The expected size of each queued job, in the same order (searched for the largest
    /// without touching the sources).
    private var sizes: [Int] = []
    private var results: [Int: Result] = [:]
    private var closed = false
    private var submitting = true
    private var idleWorkers = 0
    /// While the reading thread waits: the report it needs next and how few queued jobs
    /// make it worth waking.
    private var awaited: (order: Int, lowWater: Int)?

    func submit(_ source: DocumentSource, order: Int, size: Int) {
        condition.lock()
        jobs.append((order, source))
        sizes.append(size)
        if idleWorkers > 0 { condition.broadcast() }
        condition.unlock()
    }

    /// No more jobs will come: from now on each finished report matters at once.
    func finishSubmitting() {
        condition.lock()
        submitting = false
        condition.unlock()
    }

    /// The index of the first of the largest `sizes`.
    static func largest<Sizes: Sequence>(_ sizes: Sizes) -> Int where Sizes.Element == Int {
        var best = 0
        var bestSize = Int.min
        for (offset, size) in sizes.enumerated() where size > bestSize {
            best = offset
            bestSize = size
        }
        return best
    }

    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    /// Whether the reading thread should wake (called with the lock held).
    private var readerShouldWake: Bool {
        guard let awaited, results[awaited.order] != nil else { return false }
        return !submitting || jobs.count <= awaited.lowWater
    }

    /// The reports from `order` on that are done, in order (at least one).
    func waitForResults(from order: Int, lowWater: Int) -> [Result] {
        condition.lock()
        defer { condition.unlock() }
        awaited = (order, lowWater)
        while !readerShouldWake { condition.wait() }
        awaited = nil
        var ready: [Result] = []
        var next = order
        while let report = results.removeValue(forKey: next) {
            ready.append(report)
            next += 1
        }
        return ready
    }

    func work(_ process: (consuming DocumentSource) -> Result) {
        while true {
            condition.lock()
            while jobs.isEmpty, !closed {
                idleWorkers += 1
                condition.wait()
                idleWorkers -= 1
            }
            if jobs.isEmpty {
                condition.unlock()
                return
            }
            // Taken off the queue, so that its text is freed as soon as it is checked.
            let next = Self.largest(sizes)
            sizes.remove(at: next)
            let (order, source) = jobs.remove(at: next)
            if readerShouldWake { condition.broadcast() }
            condition.unlock()
            let report = process(source)
            condition.lock()
            results[order] = report
            if readerShouldWake { condition.broadcast() }
            condition.unlock()
        }
    }
}

/// Hands a value that is used by one thread at a time to that thread.
struct UncheckedBox<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
