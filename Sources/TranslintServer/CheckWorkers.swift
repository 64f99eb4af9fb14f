import Foundation
import Pipeline
import Reporting
import RuleEngine

/// A fixed set of threads that run checks, with a bounded queue in front of them. Checks
/// are CPU-bound and synchronous, so they stay off the server's event loops and its
/// cooperative thread pool; a request that finds the queue full is refused at once (503)
/// instead of waiting without bound. Each worker keeps its own processors (ICU handles), one
/// per rule set, rebuilt when the catalog is reloaded.
final class CheckWorkers: @unchecked Sendable {
    /// What a worker runs: given its processors for the catalog's current generation.
    typealias Job = @Sendable (WorkerProcessors) -> Void

    struct Busy: Error {}

    private let condition = NSCondition()
    private var queue: [Job] = []
    private var running = 0
    private let capacity: Int
    let catalog: RuleSetCatalog

    init(catalog: RuleSetCatalog, workers: Int, queueLength: Int) {
        self.catalog = catalog
        capacity = max(0, queueLength)
        // Counted here, not when each thread starts: a job submitted before a thread is up
        // waits for it instead of being refused.
        workerCount = max(1, workers)
        for index in 0..<max(1, workers) {
            let thread = Thread { [unowned self] in self.work() }
            thread.name = "translint-check-\(index)"
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    /// Requests waiting and running, for the metrics.
    var load: (waiting: Int, running: Int) {
        condition.lock()
        defer { condition.unlock() }
        return (queue.count, running)
    }

    /// Runs `body` on a worker and returns its result; throws `Busy` when the queue is full.
    func run<Result: Sendable>(_ body: @escaping @Sendable (WorkerProcessors) -> Result) async throws -> Result {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Result, Error>) in
            condition.lock()
            guard queue.count < capacity + idleWorkers else {
                condition.unlock()
                continuation.resume(throwing: Busy())
                return
            }
            queue.append { processors in continuation.resume(returning: body(processors)) }
            condition.signal()
            condition.unlock()
        }
    }

    private let workerCount: Int
    private var idleWorkers: Int { max(0, workerCount - running) }

    private func work() {
        var processors = WorkerProcessors(generation: -1)
        while true {
            condition.lock()
            while queue.isEmpty { condition.wait() }
            let job = queue.removeFirst()
            running += 1
            condition.unlock()
            let snapshot = catalog.snapshot
            if processors.generation != snapshot.generation { processors = WorkerProcessors(snapshot) }
            job(processors)
            condition.lock()
            running -= 1
            condition.unlock()
        }
    }
}

/// A worker's processors, one per rule set of a catalog generation.
struct WorkerProcessors: @unchecked Sendable {
    let generation: Int
    let defaultName: String
    private let processors: [String: DocumentProcessor]
    let books: [String: RuleBook]

    init(generation: Int) {
        self.generation = generation
        defaultName = "default"
        processors = [:]
        books = [:]
    }

    init(_ snapshot: RuleSetCatalog.Snapshot) {
        generation = snapshot.generation
        defaultName = snapshot.defaultName
        books = snapshot.books
        var made: [String: DocumentProcessor] = [:]
        for (name, book) in snapshot.books {
            made[name] = try? DocumentProcessor(book: book, thresholds: book.thresholds, resolver: LanguageResolver())
        }
        processors = made
    }

    func processor(_ name: String?) -> DocumentProcessor? { processors[name ?? defaultName] }

    /// `source`'s report with rule set `name`; a set whose checker could not be built is the
    /// document's error, not a crash.
    func process(_ source: DocumentSource, ruleSet name: String?) -> DocumentReport {
        guard let processor = processor(name) else {
            return DocumentReport.failed(id: nil, path: source.path, recordLine: source.recordLine, language: "und", languageSource: "default",
                                         error: "the rule set '\(name ?? defaultName)' could not be loaded on this server")
        }
        return processor.process(source)
    }
    func book(_ name: String?) -> RuleBook? { books[name ?? defaultName] }
}
