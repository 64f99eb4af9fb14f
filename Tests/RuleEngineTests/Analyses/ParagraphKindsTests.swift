import Formats
@testable import RuleEngine
import TextCore
import Testing

/// What each kind of plain-text paragraph is taken for. Every "is this code" decision lives
/// in `ParagraphKinds` and `ListingLine`; this table is their specification.
@Suite struct ParagraphKindsTests {
    static let cases: [(text: String, kind: ParagraphKind, why: String)] = [
        ("The minister said the budget would be cut by three per cent next year.", .prose, "a sentence"),
        ("Budget talks resume in Brussels", .fragment, "a heading of five words"),
        ("# The budget budget talks resume in Brussels", .fragment, "a Markdown-style heading is a heading, not code"),
        ("Why the budget talks in Brussels broke down again after a night of bargaining over farm subsidies", .prose, "a heading of fifteen words reads as prose"),
        ("$ sudo apt-get install translint\n$ translint check desk/", .code, "a shell session"),
        ("# apt-get install libicu-dev pkg-config", .code, "a root prompt with a command"),
        ("Name        Value\nlanguage    fr\nmin-score   97", .code, "a two-column layout"),
        ("language: fr\nmin-score: 97\nfail-on: major", .code, "configuration lines"),
        ("if (count > 0) { total += count; }", .code, "a line of code"),
        ("The committee approved the budget on Monday after a debate that\nlasted most of the night, and the opposition said it would appeal\nto the constitutional court.", .prose, "a hard-wrapped paragraph"),
        ("See https://example.org/budget for the full text of the bill.", .prose, "a sentence holding a URL"),
    ]

    @Test(arguments: cases.indices)
    func paragraphKind(_ index: Int) throws {
        let (text, kind, why) = Self.cases[index]
        let document = try Analyzed.text(text)
        #expect(document.segmentation.paragraphs.count == 1, "\(why): one paragraph")
        #expect(document.paragraphKinds.first == kind, "\(why): \(text.debugDescription) is \(String(describing: document.paragraphKinds.first))")
    }

    /// A format's blocks decide for themselves: a heading is a fragment and a code block is
    /// code, whatever their words.
    @Test func blocksOfAFormatKeepTheirKind() throws {
        let markdown = "# Why the budget talks in Brussels broke down again after a night of bargaining over farm subsidies\n\n```\nThe minister said the budget would be cut by three per cent next year.\n```\n\nThe talks resume on Monday, officials said.\n"
        let document = try DocumentReader.document(name: "t.md", original: Array(markdown.utf16), format: .markdown, language: LanguageTag("en")!)
        #expect(try Analyzed.checker.analyze(document).paragraphKinds == [.fragment, .code, .prose])
    }
}
