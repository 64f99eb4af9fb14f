import Foundation
import RuleEngine

/// The rule sets a server offers, loaded once at start and again on SIGHUP. Requests choose
/// among them by name; they can never name a file or a pattern. A reload that fails keeps
/// the sets in use.
public final class RuleSetCatalog: @unchecked Sendable {
    /// One loaded generation: the books by name, and the name used when a request names none.
    public struct Snapshot: Sendable {
        public let generation: Int
        public let books: [String: RuleBook]
        public let defaultName: String
    }

    private let load: @Sendable () throws -> (books: [String: RuleBook], defaultName: String)
    private let lock = NSLock()
    private var current: Snapshot

    /// - Parameter load: reads the configured rule sets (as at start-up, from the same
    ///   flags and configuration file).
    public init(load: @escaping @Sendable () throws -> (books: [String: RuleBook], defaultName: String)) throws {
        self.load = load
        let loaded = try load()
        current = Snapshot(generation: 0, books: loaded.books, defaultName: loaded.defaultName)
    }

    public var snapshot: Snapshot {
        lock.lock()
        defer { lock.unlock() }
        return current
    }

    /// Loads the rule sets again; on success later requests use them.
    public func reload() throws {
        let loaded = try load()
        lock.lock()
        current = Snapshot(generation: current.generation + 1, books: loaded.books, defaultName: loaded.defaultName)
        lock.unlock()
    }
}
