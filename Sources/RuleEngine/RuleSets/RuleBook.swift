import Formats
import TextCore

/// The rules and language data in force for a run: the built-in detectors as configured by
/// the loaded rule sets, the rules those sets declare, their word lists and conventions, and
/// the gate thresholds. Built once, shared read-only by every worker.
public struct RuleBook: Sendable {
    /// Every rule known, enabled or not, in a stable order (built-ins first).
    public internal(set) var rules: [ConfiguredRule]
    public internal(set) var wordLists: [WordListDeclaration] = []
    public internal(set) var conventions: [ConventionsDeclaration] = []
    public internal(set) var thresholds = GateThresholds.defaults
    /// Findings kept per rule and per document (from the configuration's `limits:`).
    public var limits = DocumentLimits.defaults
    /// The rule files loaded, in load order, with their content hashes.
    public internal(set) var sources: [RuleSource] = []
    /// The rule set names the book was built from.
    public internal(set) var names: [String] = []
    /// The glossary (`glossary:` files of the configuration, `--glossary`).
    public var glossary: [GlossaryEntry] = []

    /// The built-in detectors with their defaults and no language data.
    public static func builtins() -> RuleBook {
        // Built-ins with default parameters always configure (a test checks every one).
        RuleBook(rules: BuiltinRules.all.compactMap { try? $0.configured() })
    }

    init(rules: [ConfiguredRule]) { self.rules = rules }

    public func rule(_ id: RuleID) -> ConfiguredRule? { rules.first { $0.id == id } }

    public var enabledRules: [ConfiguredRule] { rules.filter(\.isEnabled) }

    /// Switches a rule on or off (for `--disable`-style overrides and tests).
    public mutating func setEnabled(_ enabled: Bool, for id: RuleID) {
        rules = rules.map { $0.id == id ? $0.with(isEnabled: enabled) : $0 }
    }

    /// The language data for `tag`, merged from its least to its most specific form
    /// (`pt`, then `pt-BR`).
    public func resources(for tag: LanguageTag) -> LanguageResources {
        var resources = LanguageResources()
        // Lists for every language ("*") first, then the language from general to specific.
        for list in wordLists where list.language == "*" { list.apply(to: &resources) }
        // Function words of all languages: telling languages apart needs every list.
        for list in wordLists where list.list == .functionWords { list.apply(to: &resources) }
        guard !tag.isUndetermined else {
            resources.prepare()
            resources.prepareQuotes(LanguageProfile.forTag(tag))
            return resources
        }
        for form in tag.fallbacks.reversed() {
            for declaration in conventions where declaration.language == form {
                declaration.apply(to: &resources.conventions)
            }
            for list in wordLists where list.language == form && list.list != .functionWords {
                list.apply(to: &resources)
            }
        }
        resources.glossary = glossary.filter { $0.terms[tag.language] != nil }
        resources.prepare()
        resources.prepareMidSentenceCapitals(language: tag.language)
        resources.prepareQuotes(LanguageProfile.forTag(tag))
        return resources
    }

    /// A fingerprint of every rule file loaded: it changes when any rule changes.
    public var contentHash: String {
        SHA256.hex(sources.map { "\($0.path)\u{0}\($0.sha256)" }.joined(separator: "\n"))
    }
}

/// A rule file the book was loaded from.
public struct RuleSource: Sendable, Equatable {
    public let path: String
    public let sha256: String
}
