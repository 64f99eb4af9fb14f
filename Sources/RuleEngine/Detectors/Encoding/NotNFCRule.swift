import TextCore

/// Finds text that is not in Unicode Normalization Form C: letters typed as a base letter
/// plus combining marks ("e" + U+0301) where a composed character exists ("é"). Such text
/// looks right but defeats search, spell checking and comparison.
///
/// One finding per word; a text decomposed throughout (as macOS file names are) gets one
/// finding for the whole document rather than a flood.
public struct NotNFCRule: Detector {
    public static let id = RuleID(.encoding, "not-nfc")
    static let floodLimit = 10

    public static let description = RuleDescription(
        id: id,
        summary: "Characters are decomposed (not NFC): a letter plus a combining accent instead of the accented letter.",
        rationale: "Decomposed text renders the same but breaks search and comparison (“café” ≠ “café”); publishing systems expect NFC.",
        category: .characterEncoding,
        severity: .minor,
        triggering: [
            RuleExample("The ⟦cafe\u{301}⟧ opened in Zurich."),
            RuleExample("Le ⟦re\u{301}sultat⟧ est ⟦de\u{301}finitif⟧.", language: "fr"),
        ],
        nonTriggering: [
            RuleExample("The café opened in Zürich."),
        ],
        unsupportedMutations: [.decomposed]
    )

    public init() {}

    public func check(_ document: AnalyzedDocument, into sink: inout FindingSink) {
        let stretches = document.document.offsetMap.rewrittenRanges
        guard !stretches.isEmpty else { return }
        // Group stretches by the word they are in.
        let words = document.words
        var wordRanges: [TextRange] = []
        for stretch in stretches {
            let index = words.firstIndex(atOrAfter: stretch.start + 1) - 1
            let range = index >= 0 && words.range(index).contains(stretch.start) ? words.range(index) : stretch
            if let last = wordRanges.last, last.overlaps(range) || last == range { continue }
            wordRanges.append(range)
        }
        if wordRanges.count > Self.floodLimit {
            sink.report(wordRanges[0], "The text is decomposed (not NFC) in \(wordRanges.count) words, starting here; normalize the whole text to NFC.",
                        suggestions: [document.string(wordRanges[0])])
            return
        }
        for range in wordRanges {
            sink.report(range, "“\(document.string(range))” is written with combining accents (not NFC); use the composed characters.",
                        suggestions: [document.string(range)])
        }
    }
}
