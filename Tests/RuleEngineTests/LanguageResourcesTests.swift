@testable import RuleEngine
import Testing

@Suite struct LanguageResourcesTests {
    /// Two rule books in one process (a server's, a test's) each get the function words that
    /// tell their own lists apart: a pair worked out for one book never answers for another.
    /// A process-wide memo keyed by the language pair once let a test's book change the
    /// shipped book's untranslated-sentence findings, depending on which ran first.
    @Test func contrastingFunctionWordsBelongToTheirBook() throws {
        var first = LanguageResources()
        first.functionWords = ["en": ["the", "of", "and"], "fr": ["le", "de", "et"]]
        first.prepare()
        var second = LanguageResources()
        second.functionWords = ["en": ["the"], "fr": ["le", "the"]]
        second.prepare()
        let pair = try #require(first.contrastingFunctionWords.pair(source: "en", target: "fr"))
        #expect(pair.source.count == 3 && pair.target.count == 3)
        #expect(pair.source.contains(LanguageResources.hash("of")) && !pair.source.contains(LanguageResources.hash("le")))
        // "the" is on both of the second book's lists, so English has no word of its own.
        #expect(second.contrastingFunctionWords.pair(source: "en", target: "fr") == nil)
        // Asked again, each book answers as before (the memo keeps what it worked out).
        #expect(first.contrastingFunctionWords.pair(source: "en", target: "fr")?.source.count == 3)
        #expect(first.contrastingFunctionWords.pair(source: "fr", target: "en")?.source.count == 3)
    }
}
