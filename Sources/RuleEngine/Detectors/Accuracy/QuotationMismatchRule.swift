import TextCore

/// Finds a quotation of the source rendered without quotation marks in the translation, or
/// quotation marks in the translation where the source has none. Losing the marks is how
/// "who said what" is lost: a minister's words become the paper's.
public struct QuotationMismatchRule: Detector {
    public static let id = RuleID(.accuracy, "quotes")

    public static let description = RuleDescription(
        id: id,
        summary: "A quotation of the source has no quotation marks in the translation, or the reverse.",
        rationale: "News attributes statements with quotation marks. A translation that drops them turns a quoted claim into the paper's own statement; one that adds them puts words in someone's mouth.",
        category: .mistranslation,
        severity: .major,
        triggering: [
            RuleExample("⟦Le ministre a dit que nous ne démissionnerons pas.⟧", language: "fr",
                        source: "The minister said: “We will not resign.”", sourceLanguage: "en"),
        ],
        nonTriggering: [
            RuleExample("Le ministre a déclaré : « Nous ne démissionnerons pas. »", language: "fr",
                        source: "The minister said: “We will not resign.”", sourceLanguage: "en"),
            RuleExample("Der Minister sagte, die Regierung trete nicht zurück.", language: "de",
                        source: "The minister said the government would not resign.", sourceLanguage: "en"),
        ]
    )

    /// A quotation needs this many words to count (scare quotes around a word do not).
    static let minimumWords = 3

    public init() {}

    /// Whether a text quotes with single marks (‘…’, ‚…‘, ‹…›, or ASCII `'` opening a word),
    /// which are not counted as quotation marks because they double as apostrophes.
    static func usesSingleQuotes(_ text: [UInt16]) -> Bool {
        for (index, unit) in text.enumerated() {
            if unit == 0x2018 || unit == 0x201A || unit == 0x2039 || unit == 0x300E { return true }
            if unit == 0x27, index + 1 < text.count, CharacterClass.of(unit: text[index + 1]).contains(.alphabetic),
               index == 0 || [0x20, 0x0A, 0x28, 0x09].contains(text[index - 1]) { return true }
        }
        return false
    }

    public func check(_ document: AnalyzedDocument, into sink: inout FindingSink) {
        let alignment = document.alignment
        guard let source = alignment.source, let target = alignment.targetAnchors, let sourceSide = alignment.sourceAnchors else { return }
        let sourceHasSingleQuotes = Self.usesSingleQuotes(source.text)
        let beads = alignment.beads
        for (index, bead) in beads.enumerated() where bead.sourceCount > 0 && bead.targetCount > 0 {
            // The marks of the neighbouring links count too: sentences are cut differently
            // around quotations in each language.
            let near = max(0, index - 1)...min(beads.count - 1, index + 1)
            let sourceMarks = near.reduce(0) { sum, link in sum + beads[link].sources.reduce(0) { $0 + sourceSide.quoteMarks[$1] } }
            let targetMarks = near.reduce(0) { sum, link in sum + beads[link].targets.reduce(0) { $0 + target.quoteMarks[$1] } }
            let sourceQuoted = bead.sources.map { sourceSide.quotedWords[$0] }.max() ?? 0
            let targetQuoted = bead.targets.map { target.quotedWords[$0] }.max() ?? 0
            guard let sourceRange = alignment.sourceRange(bead) else { continue }
            if sourceQuoted >= Self.minimumWords, targetMarks == 0 {
                sink.report(alignment.targetRange(document, bead),
                            "The source quotes here (“\(SourceTextReading.short(source, sourceRange))”); the translation has no quotation marks.", source: sourceRange)
            } else if targetQuoted >= Self.minimumWords, sourceMarks == 0, !sourceHasSingleQuotes {
                sink.report(alignment.targetRange(document, bead),
                            "This sentence has quotation marks its source (“\(SourceTextReading.short(source, sourceRange))”) does not have.", source: sourceRange)
            }
        }
    }
}
