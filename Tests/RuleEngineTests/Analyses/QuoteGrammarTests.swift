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
}
