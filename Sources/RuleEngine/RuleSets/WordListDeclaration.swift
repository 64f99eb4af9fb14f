import TextCore

/// Language data for built-in detectors, declared in a rule file (`kind: word-list`).
/// Like every declaration it carries examples, which run through the detector it feeds.
public struct WordListDeclaration: Sendable {
    public enum List: String, CaseIterable, Sendable {
        /// Words capitalised only at a sentence start; feeds sentences.merged.
        case sentenceStarters = "sentence-starters"
        /// Abbreviations ending in a period that do not end a sentence; feeds sentences.split
        /// and sentence segmentation.
        case abbreviations
        /// Words the language may double ("had had"); feeds duplication.word.
        case allowedDoubles = "allowed-doubles"
        /// Characters used for sounds (哗 啦 叮 咚): a group of them said twice is onomatopoeia;
        /// feeds duplication.phrase and duplication.word.
        case soundCharacters = "sound-characters"
        /// Quotation mark pairs accepted at the outer level, written as two characters ("»«");
        /// feeds quotes.style.
        case outerQuotes = "outer-quotes"
        /// Quotation mark pairs accepted inside quotations; feeds quotes.style.
        case innerQuotes = "inner-quotes"
        /// The language's most frequent short words, to recognise a paragraph written in it;
        /// feeds language.untranslated.
        case functionWords = "function-words"
        /// What opens a translator's note in brackets ("訳注", "N.d.T."); feeds
        /// accuracy.markup (and the other comparisons with the source), which leave notes out.
        case translatorNotes = "translator-notes"

        /// The detector whose behaviour the list changes, and on which its examples run.
        public var feeds: RuleID {
            switch self {
            case .sentenceStarters: return RuleID(.sentences, "merged")
            case .abbreviations: return RuleID(.sentences, "split")
            case .allowedDoubles: return RuleID(.duplication, "word")
            case .soundCharacters: return RuleID(.duplication, "phrase")
            case .outerQuotes, .innerQuotes: return RuleID(.quotes, "style")
            case .functionWords: return RuleID(.language, "untranslated")
            case .translatorNotes: return RuleID(.accuracy, "markup")
            }
        }
    }

    public let list: List
    public let language: String
    public let words: [String]
    public let origin: RuleOrigin
    public let triggering: [RuleExample]
    public let nonTriggering: [RuleExample]

    public init(list: List, language: String, words: [String], origin: RuleOrigin, triggering: [RuleExample], nonTriggering: [RuleExample]) {
        self.list = list
        self.language = language
        self.words = words
        self.origin = origin
        self.triggering = triggering
        self.nonTriggering = nonTriggering
    }

    /// A name for messages: "abbreviations (de) at Rules/de/abbreviations.yml:3".
    public var label: String { "\(list.rawValue) (\(language)) at \(origin)" }

    func apply(to resources: inout LanguageResources) {
        switch list {
        case .sentenceStarters: resources.sentenceStarters.formUnion(words)
        case .abbreviations:
            resources.abbreviations.formUnion(words)
            if language != "*" { resources.hasLanguageAbbreviations = true }
        // A listed phrase ("a poco" of "a poco a poco") is kept without its spaces, as the
        // duplication rules look a repeated group up.
        case .allowedDoubles: resources.allowedDoubles.formUnion(words.map { CaseFolding.fold($0).filter { !$0.isWhitespace } })
        case .soundCharacters: resources.soundCharacters.formUnion(words.flatMap { Array($0) })
        case .outerQuotes: resources.outerQuotes += words.compactMap(Self.pair)
        case .innerQuotes: resources.innerQuotes += words.compactMap(Self.pair)
        case .functionWords: resources.functionWords[language, default: []].formUnion(words.map(CaseFolding.fold))
        case .translatorNotes: resources.translatorNoteMarkers.formUnion(words)
        }
    }

    /// "»«" as a pair; nil when the entry is not two characters.
    static func pair(_ entry: String) -> QuotePair? {
        let scalars = Array(entry.unicodeScalars)
        guard scalars.count == 2 else { return nil }
        return QuotePair(open: scalars[0].value, close: scalars[1].value)
    }
}

/// Typographic conventions a rule file sets for a language (`conventions:`); keys left out
/// keep the value of less specific files.
public struct ConventionsDeclaration: Sendable {
    public let language: String
    public var spaceBeforeHighPunctuation: Bool?
    public var spaceInsideGuillemets: Bool?
    public var ordinalPeriod: Bool?
    public let origin: RuleOrigin

    public init(language: String, origin: RuleOrigin) {
        self.language = language
        self.origin = origin
    }

    func apply(to conventions: inout LanguageConventions) {
        if let value = spaceBeforeHighPunctuation { conventions.spaceBeforeHighPunctuation = value }
        if let value = spaceInsideGuillemets { conventions.spaceInsideGuillemets = value }
        if let value = ordinalPeriod { conventions.ordinalPeriod = value }
    }
}
