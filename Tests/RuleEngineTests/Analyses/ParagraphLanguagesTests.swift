@testable import RuleEngine
import TextCore
import Testing

/// Which paragraphs are in another language than their document.
@Suite struct ParagraphLanguagesTests {
    @Test func anEnglishParagraphInAFrenchArticle() throws {
        let text = """
        Le gouvernement a présenté mardi un projet de budget qui prévoit une baisse des dépenses de l’État et une hausse des recettes.

        The government presented a draft budget on Tuesday that provides for a cut in state spending and a rise in revenue for the year.

        Les syndicats ont annoncé une journée de mobilisation pour la fin du mois, selon un communiqué publié mercredi.
        """
        let document = try Analyzed.text(text, language: "fr")
        #expect(document.paragraphForeignLanguage == [nil, "en", nil])
    }

    /// A short paragraph is never judged: a quoted title or a slogan is not a lost translation.
    @Test func shortParagraphsAreNotJudged() throws {
        let document = try Analyzed.text("Le ministre a cité le slogan.\n\nMake it happen.\n\nPuis il est parti.", language: "fr")
        #expect(document.paragraphForeignLanguage == [nil, nil, nil])
    }

    /// A language without a function-word list judges nothing.
    @Test func unlistedLanguagesJudgeNothing() throws {
        let document = try Analyzed.text("The government presented a draft budget on Tuesday that provides for a cut in state spending.", language: "fi")
        #expect(document.paragraphForeignLanguage == [nil])
    }
}
