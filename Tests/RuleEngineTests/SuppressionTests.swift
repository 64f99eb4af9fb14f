import RuleEngine
import TestSupport
import TextCore
import Testing

@Suite struct SuppressionTests {
    func rules(_ text: String) throws -> [String] {
        let checker = try Checker(book: Repository.shippedBook)
        return checker.check(Document(name: "t.md", string: text, language: LanguageTag("en")!)).findings.map(\.rule.description)
    }

    @Test func disableAndEnableRegions() throws {
        let text = "The the start.\n\n<!-- translint-disable duplication.word -->\nThe the middle.\n<!-- translint-enable -->\n\nThe the end."
        #expect(try rules(text).filter { $0 == "duplication.word" }.count == 2)
    }

    @Test func familiesAndEverything() throws {
        #expect(try rules("<!-- translint-disable duplication -->\nThe the text, and and more.").isEmpty)
        #expect(try rules("<!-- translint-disable -->\nThe the “text.”Glued.").isEmpty)
    }

    @Test func nextLineOnly() throws {
        let text = "<!-- translint-disable-next-line duplication.word -->\nThe the first.\nThe the second."
        let found = try Checker(book: Repository.shippedBook).check(Document(name: "t.md", string: text, language: LanguageTag("en")!))
        #expect(found.findings.filter { $0.rule.description == "duplication.word" }.count == 1)
        #expect(found.suppressed == 1)
    }
}
