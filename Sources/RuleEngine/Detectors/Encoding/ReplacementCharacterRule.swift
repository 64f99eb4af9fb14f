import TextCore

/// Finds U+FFFD REPLACEMENT CHARACTER: a decoder met bytes it could not read and replaced
/// them, so the original characters are lost.
public struct ReplacementCharacterRule: Detector {
    public static let id = RuleID(.encoding, "replacement-character")

    public static let description = RuleDescription(
        id: id,
        summary: "A replacement character “\u{FFFD}”: text was lost in a broken conversion.",
        rationale: "Each \u{FFFD} stands for characters that a conversion could not decode; the word around it is damaged and must be restored from the source.",
        category: .characterEncoding,
        severity: .major,
        triggering: [
            RuleExample("The caf⟦\u{FFFD}⟧ opened in Z⟦\u{FFFD}\u{FFFD}⟧rich."),
        ],
        nonTriggering: [
            RuleExample("The café opened in Zürich."),
        ]
    )

    public init() {}

    public func check(_ document: AnalyzedDocument, into sink: inout FindingSink) {
        document.withText { text in
            var reachedEnd = 0
            for index in document.sites(.replacement) where index >= reachedEnd {
                var end = index
                while end < text.count, text[end] == 0xFFFD { end += 1 }
                sink.report(TextRange(start: index, end: end), "A replacement character: the original character was lost in a conversion; restore it from the source.")
                reachedEnd = end
            }
        }
    }
}
