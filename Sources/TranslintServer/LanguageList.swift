import Foundation
import RuleEngine

/// The languages the server lists at `/v2/languages` and accepts as `language`, with their
/// English display names, and the `auto` guesser over their function words: all built once
/// per generation of the loaded rule sets, not per request.
final class LanguageList: @unchecked Sendable {
    struct Entry: Sendable {
        let name: String
        let code: String
        let longCode: String
    }

    private let lock = NSLock()
    private var generation = -1
    private var entries: [Entry] = []
    private var codes: Set<String> = []
    private var guesser = LanguageGuess(book: .builtins())

    private static let variants = ["en": ["en-US", "en-GB", "en-AU", "en-CA"], "pt": ["pt-PT", "pt-BR"], "de": ["de-DE", "de-AT", "de-CH"],
                                   "fr": ["fr-FR", "fr-CA", "fr-CH"], "es": ["es-ES"], "zh": ["zh-CN"], "nl": ["nl-NL"]]

    func list(for snapshot: RuleSetCatalog.Snapshot) -> [Entry] {
        lock.lock()
        defer { lock.unlock() }
        if generation != snapshot.generation { rebuild(snapshot) }
        return entries
    }

    /// The `language=auto` guesser for the default rule set's function words.
    func guesser(for snapshot: RuleSetCatalog.Snapshot) -> LanguageGuess {
        lock.lock()
        defer { lock.unlock() }
        if generation != snapshot.generation { rebuild(snapshot) }
        return guesser
    }

    /// Whether a request's `language` is one the server lists (its code or a listed variant).
    func isKnown(_ language: String, orCode code: String, in snapshot: RuleSetCatalog.Snapshot) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        if generation != snapshot.generation { rebuild(snapshot) }
        return codes.contains(language) || codes.contains(code)
    }

    private func rebuild(_ snapshot: RuleSetCatalog.Snapshot) {
        let languages = Set(snapshot.books.values.flatMap { $0.wordLists.map(\.language) }).filter { $0.count <= 3 }.sorted()
        entries = []
        for code in languages {
            let name = Self.displayName(code)
            entries.append(Entry(name: name, code: code, longCode: code))
            for variant in Self.variants[code] ?? [] {
                let region = String(variant.split(separator: "-")[1])
                entries.append(Entry(name: "\(name) (\(Locale(identifier: "en").localizedString(forRegionCode: region) ?? region))", code: code, longCode: variant))
            }
        }
        codes = Set(entries.flatMap { [$0.code, $0.longCode] })
        guesser = LanguageGuess(book: snapshot.books[snapshot.defaultName] ?? .builtins())
        generation = snapshot.generation
    }

    private static let namesLock = NSLock()
    nonisolated(unsafe) private static var names: [String: String] = [:]

    /// The English name of a language code ("fr" → "French"), remembered once asked.
    static func displayName(_ code: String) -> String {
        namesLock.lock()
        defer { namesLock.unlock() }
        if let known = names[code] { return known }
        let name = Locale(identifier: "en").localizedString(forIdentifier: code) ?? code
        if names.count < 1_000 { names[code] = name }
        return name
    }
}
