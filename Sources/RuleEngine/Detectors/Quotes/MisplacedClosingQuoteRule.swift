import TextCore

/// Finds a closing quotation mark put after the first clause of a quoted sentence, so that
/// the rest of the quotation reads as narrative: `“Prices will rise.” across the region next
/// year,” she said.` Machine translation does this when it reorders a split quotation.
public struct MisplacedClosingQuoteRule: Detector {
    public static let id = RuleID(.quotes, "misplaced-closing")

    public static let description = RuleDescription(
        id: id,
        summary: "A closing quotation mark sits inside the quoted sentence; the real one comes later.",
        rationale: "The misplaced mark ends the quotation too early: the words after it read as the journalist's, not the speaker's. That changes who said what, so the finding is major.",
        category: .punctuation,
        severity: .major,
        triggering: [
            RuleExample("“Prices will rise⟦.”⟧ across the region next year,” she said."),
            RuleExample("«\u{A0}Les prix vont augmenter⟦.\u{A0}»⟧ dans toute la région l’an prochain\u{A0}», a-t-elle dit.", language: "fr"),
            RuleExample("„Die Preise steigen⟦.“⟧ in der ganzen Region im nächsten Jahr“, sagte sie.", language: "de"),
        ],
        nonTriggering: [
            RuleExample("“Prices will rise across the region next year,” she said."),
            RuleExample("“Prices will rise.” She said it twice."),
            RuleExample("“Prices will rise,” she said, “across the region.”"),
        ]
    )

    public init() {}

    public func check(_ document: AnalyzedDocument, into sink: inout FindingSink) {
        let analysis = document.analysis(QuoteGrammar.self)
        for index in analysis.misplacedClosings {
            let token = analysis.tokens[index]
            // The span takes in the punctuation and spaces before the mark: they move with it.
            var start = token.offset
            document.withText { text in
                while start > 0, CharacterClass.of(unit: text[start - 1]).contains(.space) { start -= 1 }
                if start > 0, [Unit.fullStop, Unit.exclamationMark, Unit.questionMark, Unit.horizontalEllipsis].contains(text[start - 1]) { start -= 1 }
            }
            sink.report(TextRange(start: start, end: token.offset + token.length),
                        "This closing quotation mark ends the quotation in the middle of the quoted sentence; the quotation continues after it, up to a second closing mark.")
        }
    }
}
