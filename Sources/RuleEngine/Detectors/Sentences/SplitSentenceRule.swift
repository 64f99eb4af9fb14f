import TextCore

/// Finds a sentence cut in two: a full stop followed by a lowercase word that continues it
/// (`the new budget. with broad support`). Abbreviations (ICU's and each language's list in
/// `Rules/`), initials, ordinals, ellipses and list markers are not sentence ends; languages
/// without letter case are skipped.
public struct SplitSentenceRule: Detector {
    public static let id = RuleID(.sentences, "split")

    public static let description = RuleDescription(
        id: id,
        summary: "A sentence is split by a stray full stop: a lowercase word follows it.",
        rationale: "A full stop inside a sentence, common when machine translation segments text badly, makes readers stop where the thought goes on.",
        category: .grammar,
        severity: .major,
        triggering: [
            RuleExample("Die Produktion stieg 2019 auf 16.000 t⟦. ein⟧ schwindelerregender Rückgang folgte.", language: "de", note: "a unit after a number is not an initial"),
            RuleExample("Parliament adopted the new budget⟦. with⟧ broad support on Monday.", correction: "Parliament adopted the new budget with broad support on Monday."),
            RuleExample("Le Parlement a adopté le budget⟦. avec⟧ une large majorité.", language: "fr"),
            RuleExample("Катализатор массой около\n2,5 грамма⟦.\nи⟧ в идеальных условиях\nработает стабильно.", language: "ru", note: "across the line break of a hard-wrapped paragraph"),
        ],
        nonTriggering: [
            RuleExample("Parliament adopted the new budget. With broad support, it passed."),
            RuleExample("The meeting ended at 10 p.m. yesterday."),
            RuleExample("Prices rose … and then fell."),
            RuleExample("He wrote to J. smith, apparently in lowercase.", note: "an initial"),
            RuleExample("Visit example.com. it is free.", note: "not a sentence-final word: a web address"),
            RuleExample("The disk keeps a journal. ext4 is the default file system.", note: "a name with a digit"),
            RuleExample("Обновите систему. apt установит пакет.", language: "ru", note: "a word in another script is a name"),
            RuleExample("MSIs can be disabled in three ways:\n1. globally\n2. on all devices behind a bridge", note: "numbered list items"),
            RuleExample("Das Schloss ließ Ludwig II. von Bayern bauen.", language: "de", note: "a Roman ordinal"),
            RuleExample("政府は予算を発表した。議会は来週採決する。", language: "ja"),
            RuleExample("Contents.\n\nintroduction and scope", note: "a new paragraph in lowercase is a heading or list"),
            RuleExample("Compilers, libc, gcc, enz. geschikt gemaakt voor de nieuwe architectuur.", language: "nl", note: "no Dutch list: a short lowercase word before the period counts as an abbreviation"),
        ]
    )

    public init() {}

    public func check(_ document: AnalyzedDocument, into sink: inout FindingSink) {
        guard document.profile.hasCase else { return }
        let zones = document.protectedZones
        let resources = document.resources
        let words = document.words
        let paragraphs = document.segmentation.paragraphs
        document.withText { text in
            let count = text.count
            var wordIndex = 0
            var paragraphIndex = 0
            for index in document.sites(.sentenceMark) where index >= 1 && index < count - 2 && text[index] == Unit.fullStop {
                // A period followed by spaces, or by the line break of a hard-wrapped paragraph
                // (not a paragraph end: a new paragraph in lowercase is a list or a heading).
                var next = index + 1
                var lineBreaks = 0
                while next < count, text[next] == 0x20 || text[next] == 0xA0 || text[next] == 0x0A || text[next] == Unit.carriageReturn {
                    if text[next] == Unit.lineFeed { lineBreaks += 1 }
                    next += 1
                }
                guard next > index + 1, next < count, lineBreaks <= 1, CharacterClass.of(unit: text[next]).contains(.lower) else { continue }
                while paragraphIndex < paragraphs.count, paragraphs[paragraphIndex].end <= index { paragraphIndex += 1 }
                guard paragraphIndex < paragraphs.count, paragraphs[paragraphIndex].contains(next) else { continue }
                guard CharacterClass.of(unit: text[index - 1]).contains(.alphabetic) || CharacterClass.of(unit: text[index - 1]).contains(.digit) else { continue }
                guard !zones.contains(index - 1), !SentenceBoundaries.isAbbreviationOrInitial(text, periodAt: index, resources) else { continue }
                // Without an abbreviation list for the language, a short lowercase word before
                // the period is most likely an abbreviation ("enz.", "např.", "πχ.").
                if !resources.hasLanguageAbbreviations, SentenceBoundaries.isShortLowercaseWord(text, endingAt: index) { continue }
                // The following word must be an ordinary lowercase word: one with a capital
                // inside ("iPhone"), a digit ("ext4", "mp3") or in another script than the word
                // before the stop ("apt" after Russian) is a name.
                while wordIndex < words.count, Int(words.starts[wordIndex]) < next { wordIndex += 1 }
                guard wordIndex < words.count, Int(words.starts[wordIndex]) == next else { continue }
                let word = words.range(wordIndex)
                if (word.start + 1..<word.end).contains(where: { CharacterClass.of(unit: text[$0]).contains(.upper) || CharacterClass.of(unit: text[$0]).contains(.digit) }) { continue }
                if Self.alphabet(of: text[word.start]) != Self.alphabet(of: text[index - 1]), CharacterClass.of(unit: text[index - 1]).contains(.alphabetic) { continue }
                sink.report(TextRange(start: index, end: word.end), "A full stop splits this sentence: “\(document.string(word))” continues it in lowercase.",
                            suggestions: [" " + document.string(word)])
            }
        }
    }

    /// The cased alphabet of a letter: Latin, Greek, Cyrillic, Armenian or another (0).
    private static func alphabet(of unit: UInt16) -> Int {
        switch unit {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x1E00...0x1EFF: return 1
        case 0x370...0x3FF, 0x1F00...0x1FFF: return 2
        case 0x400...0x52F: return 3
        case 0x531...0x58F: return 4
        default: return 0
        }
    }
}
