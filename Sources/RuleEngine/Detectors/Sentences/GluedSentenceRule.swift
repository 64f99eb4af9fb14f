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
            RuleExample("The committee met on Monday⟦.t⟧he budget was approved without a vote.", note: "a sentence starter after the stop"),
            RuleExample("Le vote a eu lieu hier⟦.l⟧es députés ont approuvé le texte.", language: "fr"),
            RuleExample("He asked, \"Is it safe?\"⟦.t⟧hat is not an answer, she said.", note: "after a quotation that ends with its own question mark"),
        ],
        nonTriggering: [
            RuleExample("Set it in ASP.Net with Response.ContentEncoding, as the page explains.", note: "names and identifiers"),
            RuleExample("The committee approved the budget. With broad support, it passed."),
            RuleExample("Inflation reached 3.5% in the U.S. and 2.9% in the EU."),
            RuleExample("Read more at www.Example.com or on news.BBC.co.uk today."),
            RuleExample("The firm moved its code to .NET and the U.S.Army bought it."),
            RuleExample("J.K.Rowling signed books."),
            RuleExample("Edit Makefile.in as the README says, then see example.it for more."),
            RuleExample("Run the script with python3 setup.py install to build it."),
            RuleExample("Listen with process.on in addition to process.addListener, or set format.from in the configuration.", note: "API and option names"),
            RuleExample("It is documented in the file debian/rules.the other way round.", note: "a path before the stop"),
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
                if unit == Unit.fullStop, CharacterClass.of(unit: next).contains(.lower), beforeClass.contains(.lower) || beforeClass.contains(.quotation) {
                    if let word = Self.lowercaseSentenceStart(text, periodAt: index, document, zones) {
                        sink.report(TextRange(start: index, end: index + 2), "No space after “.”: two sentences are glued together, and “\(word)” lost its capital.",
                                    suggestions: [". " + word.prefix(1).uppercased()])
                    }
                    continue
                }
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

    /// The word after a full stop glued between two lowercase words, when the pair reads as
    /// two sentences (`approved on Monday.the budget`): the word after is one of the
    /// language's sentence starters (a determiner, pronoun or conjunction; the wider
    /// function-word list also holds the prepositions of API names such as `process.on` and
    /// `format.from`) and is followed by a space and a word, and the word before is a plain
    /// word of three letters or more, lowercase after its first, after a space, or a quotation
    /// that ended with its own sentence mark (`Safety?".that's`). Host and file names are not
    /// sentences: a country code after the stop (`example.it`, `Makefile.in`), any dot,
    /// slash, digit or underscore in the token, and abbreviations are left alone.
    ///
    /// The protected zones call any `word.xx` a domain name, so the pair itself is not looked
    /// up in them; the spaces around it are (in a code block they are protected too).
    private static func lowercaseSentenceStart(_ text: TextView, periodAt index: Int, _ document: AnalyzedDocument, _ zones: ProtectedZones) -> String? {
        var start = index
        // After a quotation that ends a sentence (`Safety?".that's`), or after a word.
        let afterQuotation = text.characterClass(at: index - 1).contains(.quotation) && index >= 2 && Self.stops.contains(text[index - 2])
        if afterQuotation {
            start = index - 1
        } else {
            while start > 0, text.characterClass(at: start - 1).contains(.lower) { start -= 1 }
            if start > 0, text.characterClass(at: start - 1).contains(.upper) { start -= 1 }  // "Monday.the"
            guard index - start >= 3, start > 0, CharacterClass.of(unit: text[start - 1]).contains(.space) else { return nil }
        }
        var end = index + 1
        while end < text.count, text.characterClass(at: end).contains(.lower) { end += 1 }
        let word = document.string(TextRange(start: index + 1, end: end))
        // An elision continues the word (`that's`); then a space and a word must follow.
        var after = end
        if after + 1 < text.count, text[after] == 0x27 || text[after] == 0x2019, text.characterClass(at: after + 1).contains(.alphabetic) {
            after += 1
            while after < text.count, text.characterClass(at: after).contains(.alphabetic) { after += 1 }
        }
        guard after + 1 < text.count, text[after] == Unit.space, text.characterClass(at: after + 1).contains(.alphabetic),
              start > 0, afterQuotation || !zones.contains(start - 1), !zones.contains(after),
              document.resources.sentenceStarterHashes.contains(LanguageResources.hash(word)),
              !CountryCode.contains(word),
              !SentenceBoundaries.isAbbreviationOrInitial(text, periodAt: index, document.resources, ordinals: false) else { return nil }
        return word
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
