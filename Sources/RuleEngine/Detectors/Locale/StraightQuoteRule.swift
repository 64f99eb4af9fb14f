import TextCore

/// Finds an article that quotes with straight marks (`"…"`) alone, where the language's
/// typography has marks of its own (« » in French, „ “ in German, “ ” in English).
///
/// Straight marks used consistently are a house style for many web and documentation desks,
/// so this is off by default; the `news` profile, for copy going to print, enables it. One
/// finding per article, on the first straight quotation: the fix is a search-and-replace.
/// Mixed with curly marks, straight ones are quotes.style's finding; in Japanese and Chinese,
/// where they are half-width punctuation in full-width text, quotes.style reports each. In the
/// `locale` family, with the other conventions of a language's typography: a quotation mark
/// glued to a word is a second defect on the same mark, not the same one seen twice.
public struct StraightQuoteRule: Detector {
    public static let id = RuleID(.locale, "straight-quotes")

    public static let description = RuleDescription(
        id: id,
        summary: "The article quotes with straight marks where the language has typographic ones.",
        rationale: "Straight quotation marks are a typewriter's stand-in; printed text in every language uses its own marks, and machine translation often leaves the straight ones of its source.",
        category: .quoteMarkFormat,
        severity: .minor,
        enabledByDefault: false,
        triggering: [
            RuleExample("Le ministre a annoncé une ⟦\"⟧demi-victoire\" contre le régime. Il a parlé d'un \"succès\".", language: "fr"),
            RuleExample("Der Minister sprach von einem ⟦\"⟧Erfolg\" und ging.", language: "de"),
        ],
        nonTriggering: [
            RuleExample("Le ministre a annoncé une «\u{A0}demi-victoire\u{A0}» contre le régime.", language: "fr"),
            RuleExample("Der Minister sprach von einem „Erfolg“ und sagte: \"Wir bleiben.\"", language: "de", note: "mixed with „ “: quotes.style's finding"),
            RuleExample("首相は\"増税はしない\"と述べた。", language: "ja", note: "quotes.style reports each in Japanese and Chinese"),
            RuleExample("Run the command with \"--verbose\" to see more.", note: "inside code-like tokens and options: not a quotation"),
        ]
    )

    public init() {}

    public func check(_ document: AnalyzedDocument, into sink: inout FindingSink) {
        guard let primary = document.profile.primaryQuotes, !QuoteStyleRule.fullWidthLanguages.contains(document.language.language) else { return }
        let analysis = document.analysis(QuoteGrammar.self)
        let foreign = document.paragraphForeignLanguage
        let usesOwnMarks = analysis.tokens.contains { $0.role != .apostrophe && !QuoteCharacters.isStraight($0.mark) && foreign[$0.paragraph] == nil }
        guard !usesOwnMarks, let first = QuoteStyleRule.firstStraightQuotation(document, analysis, skippingLiterals: true) else { return }
        let expected = QuoteMessages.pair(primary.open, primary.close)
        sink.report(first.range, "This article quotes with straight marks; \(document.language.language == "en" ? "typeset English" : "this language") uses \(expected).",
                    suggestions: [QuoteMessages.character(primary.open)])
    }
}
