import TextCore

/// Finds an opening quotation mark stuck to the previous word: `the minister said“We will`.
///
/// The mirror image of a glued closing mark, and just as common in machine translation.
public struct GluedOpeningQuoteRule: Detector {
    public static let id = RuleID(.quotes, "glued-opening")

    public static let description = RuleDescription(
        id: id,
        summary: "An opening quotation mark is glued to the previous word.",
        rationale: "A quotation must be separated from the words before it; glued, it reads as part of the previous word. Apostrophes inside words are not opening marks.",
        category: .punctuation,
        severity: .minor,
        triggering: [
            RuleExample("The minister sai⟦d“⟧We will not resign,” and left.", correction: "The minister said “We will not resign,” and left."),
            RuleExample("Le ministre a dit\u{A0}⟦:«⟧\u{A0}Non\u{A0}», puis il est parti.", language: "fr", note: "the mark follows the colon with no space"),
            RuleExample("Der Minister sagt⟦e„⟧Nein“ und ging.", language: "de"),
            RuleExample("Yamakawa said⟦,\"⟧Go ahead!\" and left.", note: "a comma before a capital"),
            RuleExample("The team's core ⟦4\"⟧Moriyama and Genda\" won.", note: "a number before: not an inch mark before a capital"),
        ],
        nonTriggering: [
            RuleExample("The minister said “We will not resign” and left."),
            RuleExample("Le ministre a dit\u{A0}: «\u{A0}Non\u{A0}», puis il est parti.", language: "fr"),
            RuleExample("Russia’s team won; the players’ union agreed."),
            RuleExample("首相は「増税はしない」と述べた。", language: "ja"),
            RuleExample("Der Minister sagte: »Nein«, und ging.", language: "de", note: "German guillemets point inwards"),
            RuleExample("Set the list to \"a\",\"b\" and save.", note: "strings listed with a comma"),
            RuleExample("The 5'10\" striker and the 6'2\" keeper.", note: "inch marks"),
        ],
        fixIsSafe: true
    )

    public init() {}

    public func check(_ document: AnalyzedDocument, into sink: inout FindingSink) {
        guard document.profile.usesSpacesBetweenWords else { return }
        let analysis = document.analysis(QuoteGrammar.self)
        for token in analysis.tokens where token.role == .open {
            guard let before = token.before else { continue }
            let beforeClass = CharacterClass.of(before)
            // A word or a number right before, or a colon; a comma only before a capital
            // (`said,"Go`), since `"a","b"` lists strings.
            let glued = QuoteGlue.isSpacedLetter(before) || beforeClass.contains(.digit) || before == Unit.colon
                || (before == Unit.comma && token.after.map { CharacterClass.of($0).contains(.upper) } == true)
            guard glued else { continue }
            let width = before > 0xFFFF ? 2 : 1
            let previous = QuoteMessages.character(before, fallback: "")
            let mark = QuoteMessages.character(token.mark, fallback: "")
            let range = TextRange(start: token.offset - width, end: token.offset + token.length)
            sink.report(range, "The opening quotation mark \(mark) is glued to the previous word; add a space before it.", suggestions: ["\(previous) \(mark)"])
        }
    }
}
