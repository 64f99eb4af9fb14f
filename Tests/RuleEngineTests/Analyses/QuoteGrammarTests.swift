@testable import RuleEngine
import TextCore
import Testing

/// The quote grammar the quote rules share: roles, nesting, and what does not fit.
@Suite struct QuoteGrammarTests {
    func grammar(_ text: String, _ language: String = "en") throws -> (QuoteGrammar, AnalyzedDocument) {
        let document = try Analyzed.text(text, language: language)
        return (document.analysis(QuoteGrammar.self), document)
    }

    func marks(_ indices: [Int], _ grammar: QuoteGrammar, _ document: AnalyzedDocument) -> [String] {
        Analyzed.strings(indices.map { grammar.tokens[$0].range }, in: document)
    }

    @Test func rolesAndDepths() throws {
        let (grammar, _) = try grammar("She said: “He told me ‘no’ twice,” and left. It’s Russia’s ’90s.")
        #expect(grammar.tokens.filter { $0.role != .apostrophe }.map(\.role) == [.open, .open, .close, .close])
        #expect(grammar.tokens.filter { $0.role == .open }.map(\.depth) == [0, 1], "an opening mark records how many quotations it is inside")
        #expect(grammar.tokens.filter { $0.role == .apostrophe }.count == 3, "It’s, Russia’s, ’90s")
        #expect(grammar.unbalanced.isEmpty && grammar.misnested.isEmpty && grammar.misplacedClosings.isEmpty)
    }

    @Test func anUnclosedQuotation() throws {
        let (grammar, document) = try grammar("“We will not resign, the minister said on Monday.")
        #expect(marks(grammar.unbalanced, grammar, document) == ["“"])
    }

    @Test func aQuotationReopenedWithTheSameMark() throws {
        let (grammar, document) = try grammar("“He said “no” twice,” she added.")
        #expect(marks(grammar.misnested, grammar, document) == ["“"])
    }

    @Test func aClosingMarkPutTooEarly() throws {
        let (grammar, document) = try grammar("“Prices will rise.” across the region next year,” she said.")
        #expect(marks(grammar.misplacedClosings, grammar, document) == ["”"])
    }

    /// The English convention: a quotation running over paragraphs is reopened at each one and
    /// closed only at the end.
    @Test func aQuotationOverParagraphs() throws {
        let (grammar, _) = try grammar("“The first part of the statement.\n\n“The second part, which ends it.”")
        #expect(grammar.unbalanced.isEmpty)
    }

    /// German marks: „ opens and “ closes.
    @Test func germanMarks() throws {
        let (grammar, _) = try grammar("Sie sagte: „Wir bleiben.“ Dann ging sie.", "de")
        #expect(grammar.tokens.map(\.role) == [.open, .close])
        #expect(grammar.unbalanced.isEmpty)
    }

    /// Straight marks are paired by the cheapest reading of the paragraph: a stray closing
    /// mark in the middle is the one reported, instead of flipping every later pair (reading
    /// left to right, `"exports` would close and `rose"` would be left open).
    @Test func aStrayStraightMarkDoesNotFlipTheLaterPairs() throws {
        let text = #"Officials reported. "Growth slowed," he said, adding that demand fell," and "exports rose" in May."#
        let (grammar, document) = try grammar(text)
        #expect(marks(grammar.unbalanced, grammar, document) == ["\""])
        // The third mark, after "fell,".
        let third = Array(text.utf16).indices.filter { Array(text.utf16)[$0] == 0x22 }[2]
        #expect(grammar.unbalanced.map { grammar.tokens[$0].offset } == [third])
        #expect(grammar.tokens.map(\.role) == [.open, .close, .close, .open, .close])
    }

    /// A straight quotation inside a straight quotation, and a quotation going on over
    /// several lines with an opening mark on each, are read as such, not as strays.
    @Test func nestedAndContinuedStraightQuotations() throws {
        let (nested, _) = try grammar(#""It is always urgent, "here and now," without delay," she said."#)
        #expect(nested.unbalanced.isEmpty)
        #expect(nested.tokens.map(\.role) == [.open, .open, .close, .close])
        let (continued, _) = try grammar("\"I have seen much, yet cannot explain all.\n\t\"Now about the city. You can save it.\"")
        #expect(continued.unbalanced.isEmpty)
    }

    /// A quotation never closed, with a quoted word inside it, is reported at its opening
    /// mark (reading left to right paired the marks the wrong way and reported nothing).
    @Test func anUnclosedStraightQuotationWithAQuotedWord() throws {
        let (grammar, document) = try grammar(#""Despite its suffix, skepticism is not an "ism" in the sense of a belief. It is an approach."#)
        #expect(grammar.unbalanced.map { grammar.tokens[$0].offset } == [0])
        #expect(marks(grammar.unbalanced, grammar, document) == ["\""])
    }

    /// A mark after a number is an inch mark unless a quotation needs it.
    @Test func inchMarksAndClosingMarksAfterNumbers() throws {
        let (inches, _) = try grammar(#""He is 5'10" tall," she said of the 6" gap."#)
        #expect(inches.unbalanced.isEmpty)
        let (closing, _) = try grammar(#"They are the "core 4" of the team."#)
        #expect(closing.unbalanced.isEmpty)
        #expect(closing.tokens.map(\.role) == [.open, .close])
    }
}
