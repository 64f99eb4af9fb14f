import Formats
import TextCore

/// The language data detectors use, assembled from the word lists and conventions that a
/// rule book declares for a language (and for its less specific tags: `pt` for `pt-BR`).
public struct LanguageResources: Sendable, Equatable {
    /// Words written with a capital only at the start of a sentence (determiners, pronouns,
    /// conjunctions), in their capitalised form: "The", "Les", "Der".
    public var sentenceStarters: Set<String> = []
    /// Abbreviations that end with a period without ending a sentence ("Dr.", "z. B.").
    public var abbreviations: Set<String> = []
    /// Whether the language has an abbreviation list of its own (not only the lists for
    /// every language): without one, detectors guess abbreviations more cautiously.
    public var hasLanguageAbbreviations = false
    /// Words that may legitimately be doubled ("had", "nous"), case-folded.
    public var allowedDoubles: Set<String> = []
    /// Characters the language writes sounds with (哗 啦 叮 咚): a word or phrase made of them
    /// alone, said twice (哗啦哗啦, 叮咚叮咚), is onomatopoeia, not a stutter.
    public var soundCharacters: Set<Character> = []
    /// Quotation mark pairs accepted at the outer level besides CLDR's primary pair.
    public var outerQuotes: [QuotePair] = []
    /// Quotation mark pairs accepted inside a quotation besides CLDR's alternate pair.
    public var innerQuotes: [QuotePair] = []
    public var conventions = LanguageConventions()
    /// Function words of every language that has a list, by language: a paragraph full of
    /// another language's function words is untranslated (or quoted) text.
    public var functionWords: [String: Set<String>] = [:]
    /// What opens a translator's note in brackets ("訳注", "N.d.T."): the rules that compare
    /// with the source leave such notes out (see `TranslatorNotes`).
    public var translatorNoteMarkers: Set<String> = []
    /// Glossary entries with terms in the language (from `glossary:` and `--glossary`).
    public var glossary: [GlossaryEntry] = []
    /// The abbreviations and ordinal convention, prepared for matching (see `prepare()`).
    public private(set) var segmentationOptions = SegmentationOptions.none
    /// The function words of every language, by case-folded word hash (see `prepare()`).
    private(set) var functionWordTally = FunctionWordTally([:], hash: LanguageResources.hash)
    /// The languages with function words, in the tally's order.
    public var functionWordLanguages: [String] { functionWordTally.languages }
    /// The function words that tell two languages apart, per pair (see `prepare()`).
    private(set) var contrastingFunctionWords = ContrastingFunctionWords([:])
    /// The role (opening, closing, either) of each quotation mark of the language's pairs,
    /// CLDR's and the rule files' (see `prepareQuotes`).
    private(set) var quoteRoles = QuoteRoles()
    /// Case-folded hashes of the sentence starters.
    private(set) var sentenceStarterHashes = WordHashSet(hashes: [])
    /// The function words of the document's own language with a capital ("Each", "Plusieurs",
    /// "Jeder"), words of two letters or more: closed-class words that are capitalised only
    /// at a sentence start, so that one capitalised mid-sentence marks a lost full stop (see
    /// `prepareMidSentenceCapitals`).
    public private(set) var capitalisedFunctionWords: Set<String> = []
    /// Case-folded hashes of `capitalisedFunctionWords`.
    private(set) var capitalisedFunctionWordHashes = WordHashSet(hashes: [])
    /// The language's one-letter function words outside ASCII, capitalised (Russian "В", "С",
    /// "И", Italian "È"): a label as often as a lost full stop ("группа В", "диски С"), so
    /// `sentences.merged` wants the document's own evidence for them.
    public private(set) var capitalisedOneLetterFunctionWords: Set<String> = []
    /// Case-folded hashes of all the language's function words.
    private(set) var functionWordHashes = WordHashSet(hashes: [])

    public init() {}

    /// Folds the abbreviation list for matching; call once the lists are complete.
    public mutating func prepare() {
        segmentationOptions = SegmentationOptions(abbreviations: abbreviations, ordinalPeriod: conventions.ordinalPeriod)
        functionWordTally = FunctionWordTally(functionWords, hash: Self.hash)
        contrastingFunctionWords = ContrastingFunctionWords(functionWords)
        sentenceStarterHashes = WordHashSet(hashes: sentenceStarters.map(Self.hash))
    }

    /// Derives the merged-sentence candidates from the function words of `language`, so that
    /// every language with a function-word list has them without a second, hand-picked list.
    /// One-letter words are kept apart: "plan A was", "vitamin C is", Polish "W" and "I" are
    /// capitalised mid-sentence on purpose, so only those outside ASCII are candidates, and
    /// only where the document confirms them (`capitalisedOneLetterFunctionWords`).
    mutating func prepareMidSentenceCapitals(language: String) {
        let all = functionWords[language] ?? []
        let words = all.filter { $0.count > 1 }
        capitalisedFunctionWords = Set(words.map { $0.prefix(1).uppercased() + $0.dropFirst() })
        capitalisedFunctionWordHashes = WordHashSet(hashes: words.map(Self.hash))
        // Not A to Z: in every Latin-script language a lone ASCII capital is a label, a
        // variable or a Roman numeral as often as a word ("task A running", "plan B", "Part I").
        let letters = all.filter { $0.count == 1 && $0.uppercased() != $0 && !$0.unicodeScalars.allSatisfy(\.isASCII) }
        capitalisedOneLetterFunctionWords = Set(letters.map { $0.uppercased() })
        functionWordHashes = WordHashSet(hashes: all.map(Self.hash))
    }

    /// Works out the quotation marks' roles from the language's CLDR pairs and the pairs the
    /// rule files accept; once per language, not per document.
    mutating func prepareQuotes(_ profile: LanguageProfile) {
        let pairs = [profile.primaryQuotes, profile.secondaryQuotes].compactMap { $0 } + outerQuotes + innerQuotes
        quoteRoles = QuoteCharacters.localeRoles(pairs)
    }

    /// The hash `AnalyzedDocument.foldedWordHashes` gives the word.
    static func hash(_ word: String) -> UInt64 {
        word.utf16Units.withUnsafeBufferPointer { CaseFolding.hash($0, TextRange(start: 0, end: $0.count)) }
    }
}

extension LanguageResources {
    /// Whether `copy`, a word or phrase said twice, is made of sound characters alone.
    func isSoundWord(_ copy: String) -> Bool {
        !soundCharacters.isEmpty && !copy.isEmpty && copy.allSatisfy { soundCharacters.contains($0) }
    }
}
