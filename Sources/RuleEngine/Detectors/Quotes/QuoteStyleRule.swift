import TextCore

/// Finds quotation marks that are not the document's language's: English “ ” or « » in
/// German (which uses „ “ or » «), “ ” in French (« »), Western marks in Japanese (「 」), and
/// straight quotes mixed with curly ones. One finding per pattern and document, on its first
/// use, because the fix is a search-and-replace over the article, not an edit per mark.
/// In Japanese and Chinese a straight mark is a half-width character in full-width text,
/// like a half-width comma: each quotation opened with one is reported. Straight marks in a
/// translation unit whose source uses them too follow the source and are left alone.
public struct QuoteStyleRule: Detector {
    public static let id = RuleID(.quotes, "style")

    public static let description = RuleDescription(
        id: id,
        summary: "Quotation marks are not the language's, or straight and curly quotes are mixed.",
        rationale: "Each language has its own quotation marks (CLDR records them; the rule files add accepted alternatives). Foreign marks are a tell-tale of machine translation and look careless in print.",
        category: .quoteMarkFormat,
        severity: .minor,
        triggering: [
            RuleExample("Der Minister sagte: ⟦“⟧Wir bleiben.” Dann ging er. Sie sagte: “Gut.”", language: "de"),
            RuleExample("Le ministre a dit\u{A0}: ⟦“⟧Nous restons.” Puis il est parti.", language: "fr"),
            RuleExample("首相は⟦“⟧増税はしない”と述べた。", language: "ja"),
            RuleExample("“We will stay,” he said. Then she said ⟦\"⟧fine\".", note: "straight quotes mixed with curly ones"),
            RuleExample("首相は⟦\"⟧増税はしない\"と述べ、⟦\"⟧景気\"を重視した。", language: "ja", note: "each quotation: half-width marks in full-width text"),
            RuleExample("他说：⟦\"⟧我们不会辞职。\"", language: "zh"),
        ],
        nonTriggering: [
            RuleExample("Der Minister sagte: „Wir bleiben.“ Dann ging er.", language: "de"),
            RuleExample("Der Minister sagte: »Wir bleiben.« Dann ging er.", language: "de"),
            RuleExample("Le ministre a dit\u{A0}: «\u{A0}Nous restons, comme l’écrit “Le Monde”\u{A0}».", language: "fr"),
            RuleExample("He said \"we will stay\" and left.", note: "straight quotes alone are a house style"),
            RuleExample("首相は「増税はしない」と述べた。", language: "ja"),
            RuleExample("設定ファイルに \"debug\" と書く。", language: "ja", note: "a quoted Latin word"),
            RuleExample("Το λεγόμενο «κόλπο» και η “λύση”.", language: "el", note: "both CLDR pairs for a language without quote data"),
            RuleExample("msgid \"\"\nmsgstr \"Language: ja\\n\"\n\nmsgid \"There is no \\\"executable mode\\\" on Windows.\"\nmsgstr \"Windows には \\\"実行モード\\\" はありません。\"\n",
                        language: "ja", format: "po", note: "the source's own straight marks, kept"),
        ]
    )

    public init() {}

    public func check(_ document: AnalyzedDocument, into sink: inout FindingSink) {
        guard let primary = document.profile.primaryQuotes else { return }
        let analysis = document.analysis(QuoteGrammar.self)
        // Without a quotation mark there is nothing to judge (and most short texts have none).
        guard !analysis.tokens.isEmpty else { return }
        let secondary = document.profile.secondaryQuotes
        let resources = document.resources
        // Without quote data in the rule files, CLDR's two pairs are both accepted at either
        // level (Dutch writes ‘…’ and “…” alike); the level is only checked for languages
        // whose conventions the rule files spell out.
        let hasLevelData = !resources.outerQuotes.isEmpty || !resources.innerQuotes.isEmpty
        let cldrPairs = [primary] + [secondary].compactMap { $0 }
        let outer = Set(((hasLevelData ? [primary] : cldrPairs) + resources.outerQuotes).map { QuotePairKey($0) })
        let inner = outer.union((cldrPairs + resources.innerQuotes).map { QuotePairKey($0) })
        let cldrInner = secondary.flatMap { $0 != primary ? QuotePairKey($0) : nil }
        let expected = QuoteMessages.pair(primary.open, primary.close)
        let ownMarks = Set(inner.flatMap { [$0.open, $0.close] })
        var reportedPairs = Set<QuotePairKey>()
        var reportedMarks = Set<UInt32>()
        var sawCurly = false
        // Quotations whose pair of marks the language does not use at their level.
        let foreign = document.paragraphForeignLanguage
        for use in analysis.pairUses {
            let key = QuotePairKey(open: use.open, close: use.close)
            let token = analysis.tokens[use.firstToken]
            // A paragraph in another language quotes the way that language does.
            if foreign[token.paragraph] != nil { continue }
            if QuoteCharacters.isStraight(use.open) { continue }
            sawCurly = true
            let marks = QuoteMessages.pair(use.open, use.close)
            if use.depth == 0 {
                // CLDR's own inner pair at the outer level is quotes.mis-nested's to report.
                guard !outer.contains(key), key != cldrInner, reportedPairs.insert(key).inserted else { continue }
                let message = inner.contains(key)
                    ? "\(marks) mark quotations inside quotations in this language; an outer quotation takes \(expected)."
                    : "\(marks) are not this language's quotation marks; it uses \(expected)."
                sink.report(token.range, message, suggestions: [QuoteMessages.character(primary.open)])
            } else {
                guard !inner.contains(key), reportedPairs.insert(key).inserted else { continue }
                let expectedInner = secondary.map { QuoteMessages.pair($0.open, $0.close) } ?? expected
                sink.report(token.range, "\(marks) are not this language's quotation marks; a quotation inside a quotation takes \(expectedInner).",
                            suggestions: [QuoteMessages.character((secondary ?? primary).open)])
            }
            reportedMarks.formUnion([use.open, use.close])
        }
        // Foreign marks that close or open nothing.
        for token in analysis.tokens where token.role != .apostrophe && !QuoteCharacters.isStraight(token.mark) && foreign[token.paragraph] == nil {
            sawCurly = true
            guard !ownMarks.contains(token.mark), reportedMarks.insert(token.mark).inserted else { continue }
            sink.report(token.range, "\(QuoteMessages.character(token.mark)) is not a quotation mark of this language; it uses \(expected).",
                        suggestions: [QuoteMessages.character(primary.open)])
        }
        reportStraightMarksInCJK(document, analysis, expected: expected, into: &sink)
        if sawCurly, !Self.fullWidthLanguages.contains(document.language.language), let straight = Self.firstStraightQuotation(document, analysis) {
            sink.report(straight.range, "Straight quotation marks are mixed with curly ones in this article; use \(expected).",
                        suggestions: [QuoteMessages.character(primary.open)])
        }
    }

    /// The first quotation opened with a straight mark in the document's language, leaving
    /// out those whose translation unit's source uses the same marks (the source's convention)
    /// and quotations in another language (a title quoted in English, as English quotes it).
    /// `skippingLiterals`: also leave out quotations of one technical token (an option, a
    /// path, a setting: `"--verbose"`, `"/etc/fstab"`, `"LANG=C"`), which quote a literal,
    /// not words.
    static func firstStraightQuotation(_ document: AnalyzedDocument, _ analysis: QuoteGrammar, skippingLiterals: Bool = false) -> QuoteToken? {
        let foreign = document.paragraphForeignLanguage
        let foreignQuotations = document.analysis(ForeignQuotations.self)
        return analysis.quotations.lazy.filter { QuoteCharacters.isStraight(analysis.tokens[$0.opener].mark) }
            .filter { quotation in
                let token = analysis.tokens[quotation.opener]
                guard foreign[token.paragraph] == nil, !foreignQuotations.contains(token.offset),
                      !document.sourceUses(token.mark, paragraph: token.paragraph) else { return false }
                return !skippingLiterals || !isLiteral(document, quotation.range)
            }
            .map { analysis.tokens[$0.opener] }
            .min { $0.offset < $1.offset }
    }

    /// Whether the quotation `range` (marks included) holds one token that is code rather than
    /// a word: no space, and a leading `-`, `/`, `$`, `~` or `.`, or a digit or one of
    /// `/ = _ $ { } < > \ :` inside. A hyphenated word (`"demi-victoire"`) is a word.
    private static func isLiteral(_ document: AnalyzedDocument, _ range: TextRange) -> Bool {
        guard range.length > 2 else { return true }
        return document.withText { text in
            let inner = (range.start + 1)..<(range.end - 1)
            if inner.contains(where: { text.characterClass(at: $0).contains(.space) }) { return false }
            if Self.literalLeads.contains(text[inner.lowerBound]) { return true }
            return inner.contains { Self.literalMarks.contains(text[$0]) || text.characterClass(at: $0).contains(.digit) }
        }
    }

    private static let literalLeads = UnitSet("-/$~.")
    private static let literalMarks = UnitSet("/=_${}<>\\:")

    /// Languages written in full-width characters, where ASCII quotation marks are foreign.
    static let fullWidthLanguages: Set<String> = ["ja", "zh"]

    /// Each quotation opened with a straight mark next to Han or kana, in a Japanese or Chinese
    /// document (an English paragraph quoting in it is left alone).
    private func reportStraightMarksInCJK(_ document: AnalyzedDocument, _ analysis: QuoteGrammar, expected: String, into sink: inout FindingSink) {
        guard Self.fullWidthLanguages.contains(document.language.language) else { return }
        let foreign = document.paragraphForeignLanguage
        for token in analysis.tokens where QuoteCharacters.isStraight(token.mark) && token.role == .open && foreign[token.paragraph] == nil
            && !document.sourceUses(token.mark, paragraph: token.paragraph) {
            guard let after = token.after, CharacterClass.of(after).contains(.ideographic) || (0x3040...0x30FF).contains(after) else { continue }
            sink.report(token.range, "Straight quotation marks in \(document.language.language == "ja" ? "Japanese" : "Chinese") text: use \(expected).",
                        suggestions: [QuoteMessages.character(document.profile.primaryQuotes?.open ?? 0x201C)])
        }
    }
}
