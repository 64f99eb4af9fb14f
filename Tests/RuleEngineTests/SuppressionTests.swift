import Formats
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

@Suite struct FormatSuppressionTests {
    func check(_ text: String, _ format: InputFormat) throws -> CheckResult {
        let document = try DocumentReader.document(name: "t", original: Array(text.utf16), format: format, language: LanguageTag("en")!)
        return try Checker(book: Repository.shippedBook).check(document)
    }

    /// A directive right above a Markdown paragraph silences only the rule it names, only on
    /// the next line, and is counted.
    @Test func nextLineAboveAMarkdownParagraph() throws {
        let text = "<!-- translint-disable-next-line duplication.word -->\nThe the budget passed.With support it\nwent to the the senate.\n"
        let result = try check(text, .markdown)
        let rules = result.findings.map(\.rule.description)
        #expect(rules.filter { $0 == "duplication.word" }.count == 1, "the next line's doubled word is still reported")
        #expect(rules.contains("sentences.glued"), "other rules still run on the silenced line")
        #expect(result.suppressed == 1)
    }

    @Test func anUnknownRuleInADirectiveIsAnErrorWithItsPlace() throws {
        let result = try check("Intro.\n\n<!-- translint-disable duplication.wrod -->\nThe the end.\n", .markdown)
        #expect(result.error == .unknownDirectiveSelector(selector: "duplication.wrod", line: 3, column: 1, suggestion: "duplication.word"))
        #expect(result.error?.description.hasPrefix("3:1: unknown rule or family 'duplication.wrod'") == true)
        #expect(result.error?.description.contains("did you mean duplication.word?") == true)
    }

    @Test func directivesInCodeAreNotDirectives() throws {
        let text = "```html\n<!-- translint-disable -->\n```\n\nThe the end.\n"
        #expect(try check(text, .markdown).findings.map(\.rule.description).contains("duplication.word"))
    }

    @Test func htmlAndXLIFFCommentsAreDirectives() throws {
        let html = "<html><body><!-- translint-disable duplication --><p>The the end.</p></body></html>"
        #expect(try check(html, .html).findings.isEmpty)
        let xliff = #"<?xml version="1.0"?><xliff version="1.2"><file source-language="en" target-language="en"><body><!-- translint-disable duplication.word --><trans-unit id="a"><source>x</source><target>The the end.</target></trans-unit></body></file></xliff>"#
        let result = try check(xliff, .xliff)
        #expect(result.findings.isEmpty)
        #expect(result.suppressed == 1)
    }

    /// In PO a directive sits in a translator comment, lines above the `msgstr` it means:
    /// `disable-next-line` covers the entry below it, and only that one.
    @Test func aPOTranslatorCommentCoversItsEntry() throws {
        let po = "msgid \"\"\nmsgstr \"\"\n\"Language: en\\n\"\n\n# <!-- translint-disable-next-line sentences.glued -->\n#: src/a.c:1\nmsgid \"a\"\nmsgstr \"\"\n\"Saved.It is\"\n\" ready.\"\n\nmsgid \"b\"\nmsgstr \"Closed.It is done.\"\n"
        let result = try check(po, .po)
        let glued = result.findings.filter { $0.rule.description == "sentences.glued" }
        #expect(result.suppressed == 1)
        #expect(glued.count == 1, "the next entry is checked")
        #expect(glued.first.map { po.utf16.count > $0.range.start && String(po.utf16.dropFirst($0.range.start).prefix(8))! == ".It is d" } == true)
    }
}
