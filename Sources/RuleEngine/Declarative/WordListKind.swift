import Yams

/// `kind: word-list` — language data for a built-in detector: sentence-starter words,
/// abbreviations, allowed doubled words, accepted quotation mark pairs. Its examples run
/// through the detector the list feeds, so a list entry is tested like a rule.
///
/// ```yaml
/// - kind: word-list
///   list: allowed-doubles
///   words: [had, that]
///   examples:
///     triggering: ['She ⟦was was⟧ late.']
///     non-triggering: ['She had had enough.']
/// ```
enum WordListKind {
    static let kind = "word-list"
    static let keys = ["kind", "list", "language", "words", "examples"]

    static func declare(_ mapping: YAMLMapping, fileLanguage: String?) throws(RuleSetError) -> WordListDeclaration {
        let listName = try mapping.requiredString("list")
        guard let list = WordListDeclaration.List(rawValue: listName) else {
            throw mapping.error("list", "'\(listName)' is not a word list (\(WordListDeclaration.List.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        guard let language = try mapping.string("language") ?? fileLanguage else {
            throw mapping.error("language", "a word list needs a language (here or as the file's `language:`)")
        }
        guard let words = try mapping.strings("words"), !words.isEmpty else { throw mapping.error("words", "must list at least one entry") }
        if list == .outerQuotes || list == .innerQuotes {
            for entry in words where WordListDeclaration.pair(entry) == nil {
                throw mapping.error("words", "'\(entry)' must be two characters: the opening and the closing mark")
            }
        }
        // A list for every language ("*") writes its examples in English unless they say otherwise.
        let examples = try DeclaredExamples(mapping, language: language == "*" ? "en" : language)
        return WordListDeclaration(list: list, language: language, words: words, origin: .file(path: mapping.source.path, line: mapping.mark?.line ?? 1),
                                   triggering: examples.triggering, nonTriggering: examples.nonTriggering)
    }
}
