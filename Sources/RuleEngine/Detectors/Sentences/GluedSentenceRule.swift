import TextCore

/// Finds sentence-final punctuation with no space before the next sentence: `the
/// budget.With support`. Abbreviations with inner periods ("U.S.Army"), initials, decimals,
/// web addresses and names like ".NET" are not sentence ends.
public struct GluedSentenceRule: Detector {
    public static let id = RuleID(.sentences, "glued")

    public static let description = RuleDescription(
        id: id,
        summary: "Two sentences are glued together: no space after the full stop.",
        rationale: "Machine translation and careless joins drop the space between sentences; readers stumble, and search, hyphenation and sentence counts go wrong.",
        category: .punctuation,
        severity: .minor,
        triggering: [
            RuleExample("I want to win all the games at Koshien⟦.I⟧'ve always been told to aim high.", note: "a one-letter word with an apostrophe"),
            RuleExample("The committee approved the budget⟦.W⟧ith broad support, it passed.", correction: "The committee approved the budget. With broad support, it passed."),
            RuleExample("Inflation reached 3.5% in 2023⟦.P⟧rices rose again."),
            RuleExample("Le budget a été adopté⟦.L⟧es députés ont voté.", language: "fr"),
            RuleExample("Was nun⟦?D⟧ie Antwort fehlt.", language: "de"),
            RuleExample("Il costo è salito ancora di più⟦.A⟧ questo si aggiungono le bollette.", language: "it"),
            RuleExample("Der TSV führte mit 29:27⟦.D⟧ann glich Kiel aus.", language: "de"),
        ],
        nonTriggering: [
            RuleExample("Set it in ASP.Net with Response.ContentEncoding, as the page explains.", note: "names and identifiers"),
            RuleExample("The committee approved the budget. With broad support, it passed."),
            RuleExample("Inflation reached 3.5% in the U.S. and 2.9% in the EU."),
            RuleExample("Read more at www.Example.com or on news.BBC.co.uk today."),
            RuleExample("The firm moved its code to .NET and the U.S.Army bought it."),
            RuleExample("J.K.Rowling signed books."),
        ]
    )

    public init() {}

    /// The marks that end a Latin-script sentence and must be followed by a space.
    private static let stops = UnitSet(".!?")

    public func check(_ document: AnalyzedDocument, into sink: inout FindingSink) {
        guard document.profile.hasCase else { return }
        let zones = document.protectedZones
        let marks = document.sites(.sentenceMark)
        document.withText { text in
            let count = text.count
            for index in marks {
                guard index >= 1, index + 2 < count else { continue }
                let unit = text[index]
                guard Self.stops.contains(unit) else { continue }
                let next = text[index + 1]
                let before = text[index - 1]
                let beforeClass = CharacterClass.of(unit: before)
                guard CharacterClass.of(unit: next).contains(.upper),
                      beforeClass.contains(.alphabetic) || beforeClass.contains(.digit) || beforeClass.contains(.closePunctuation) || before == Unit.percentSign else { continue }
                // The next sentence starts with a word: two letters or more ("With"), or a
                // one-letter word after a real word or a bracket ("più.A questo").
                let afterNext = CharacterClass.of(unit: text[index + 2])
                // "I've", "L'UE": an apostrophe and a letter continue a one-letter word.
                let elided = (text[index + 2] == 0x27 || text[index + 2] == 0x2019) && index + 3 < count && CharacterClass.of(unit: text[index + 3]).contains(.alphabetic)
                let oneLetterWord = (text[index + 2] == Unit.space || elided) && (beforeClass.contains(.closePunctuation) || Self.wordLength(text, endingAt: index) >= 3)
                guard afterNext.contains(.lower) || oneLetterWord else { continue }
                // Glued, "3.Oktober" is a missing space too: ordinals are not exempt here.
                guard !zones.contains(index), !SentenceBoundaries.isAbbreviationOrInitial(text, periodAt: index, document.resources, ordinals: false) else { continue }
                // Names and identifiers, not sentences: an acronym before the period
                // ("ASP.Net"), a word with a capital inside after it ("Response.ContentType").
                if Self.isAcronym(text, endingAt: index) || Self.hasInnerCapital(text, from: index + 1) { continue }
                // The word after must be a real word (two or more letters), not ".NET"-style.
                var wordEnd = index + 1
                while wordEnd < count, CharacterClass.of(unit: text[wordEnd]).contains(.alphabetic) { wordEnd += 1 }
                if wordEnd < count, text[wordEnd] == Unit.fullStop, wordEnd + 1 < count, CharacterClass.of(unit: text[wordEnd + 1]).contains(.alphabetic) { continue }
                let punctuation = String(utf16Units: [unit])
                let letter = String(utf16Units: [next])
                sink.report(TextRange(start: index, end: index + 2), "No space after “\(punctuation)”: two sentences are glued together.", suggestions: ["\(punctuation) \(letter)"])
            }
        }
    }

    /// Whether the word ending at `end` is two or more capitals ("ASP", "HTTP").
    private static func isAcronym(_ text: TextView, endingAt end: Int) -> Bool {
        var start = end
        while start > 0, text.characterClass(at: start - 1).contains(.alphabetic) { start -= 1 }
        return end - start >= 2 && (start..<end).allSatisfy { text.characterClass(at: $0).contains(.upper) }
    }

    /// Whether the word starting at `start` has a capital after its first letter.
    private static func hasInnerCapital(_ text: TextView, from start: Int) -> Bool {
        var index = start + 1
        while index < text.count, text.characterClass(at: index).contains(.alphabetic) {
            if text.characterClass(at: index).contains(.upper) { return true }
            index += 1
        }
        return false
    }

    /// Letters in the word that ends at `end`.
    private static func wordLength(_ text: TextView, endingAt end: Int) -> Int {
        var start = end
        while start > 0, CharacterClass.of(unit: text[start - 1]).contains(.alphabetic) { start -= 1 }
        return end - start
    }
}
