@testable import RuleEngine
import TestSupport
import TextCore
import Testing

/// Quotations in another language than their document, which the rules applying the
/// document language's conventions leave alone.
@Suite struct ForeignQuotationsTests {
    func quotations(_ text: String, _ language: String) throws -> [String] {
        let document = try Analyzed.text(text, language: language)
        return Analyzed.strings(document.analysis(ForeignQuotations.self).ranges, in: document)
    }

    @Test func anEnglishQuotationInAFrenchArticle() throws {
        let text = "Le ministre a déclaré : « We will not resign, and we will win the vote » puis il est parti. Il a parlé « de la réforme et des retraites »."
        #expect(try quotations(text, "fr") == ["« We will not resign, and we will win the vote »"])
    }

    @Test func shortQuotationsAndQuotationsInTheDocumentLanguageAreNotForeign() throws {
        #expect(try quotations("The sign said “Wir bleiben” and nothing more.", "en").isEmpty, "too short to judge")
        #expect(try quotations("“We will not resign, and we will win the vote,” the minister said.", "en").isEmpty)
    }

    /// A finding of a rule that applies the document language's conventions is dropped in
    /// such a quotation; a doubled word is a slip in any language and stays.
    @Test func conventionFindingsInsideAreDroppedOthersStay() throws {
        let text = "Le ministre a déclaré\u{A0}: «\u{A0}We will not resign: we will stay the the course and win this vote!\u{A0}» Puis il a dit: non."
        let checker = try Checker(book: Repository.shippedBook)
        let result = checker.check(Document(name: "t", string: text, language: LanguageTag("fr")!))
        let rules = result.findings.map(\.rule.description).sorted()
        #expect(rules == ["duplication.word", "spacing.missing-before-punctuation"])
        let spacing = try #require(result.findings.first { $0.rule.description == "spacing.missing-before-punctuation" })
        #expect(spacing.range.start > text.utf16.count - 10, "only the colon after the quotation, in French")
    }
}
