import Evaluation
import TestSupport
import Testing

@Suite struct AnnotationLoaderTests {
    func load(_ sidecar: String, text: String = "The the budget.") throws -> AnnotatedArticle {
        let folder = try TemporaryFolder()
        let path = try folder.write("a.en.txt", text)
        try folder.write("a.en.expected.json", sidecar)
        return try AnnotatedArticle(textPath: path)
    }

    func error(_ sidecar: String, text: String = "The the budget.") -> String {
        do {
            _ = try load(sidecar, text: text)
            return "no error"
        } catch {
            return String(describing: error)
        }
    }

    @Test func loadsAValidSidecar() throws {
        let article = try load(#"{"clean": false, "annotations": [{"family": "duplication", "offset": 0, "length": 7, "text": "The the"}]}"#)
        #expect(article.annotations.count == 1)
        #expect(article.annotations[0].family == .duplication)
    }

    @Test func rejectsMalformedSidecarsPrecisely() {
        #expect(error("{not json").contains("a.en.expected.json: not valid JSON"))
        #expect(error(#"{"clean": false}"#).contains("'annotations' must be a list"))
        #expect(error(#"{"clean": false, "annotations": [], "extra": 1}"#).contains("unknown key 'extra'"))
        #expect(error(#"{"clean": false, "annotations": [{"family": "quote", "offset": 0, "length": 3, "text": "The"}]}"#)
            .contains("annotation 1: unknown family 'quote'"))
        #expect(error(#"{"clean": false, "annotations": [{"family": "quotes", "offset": 10, "length": 30, "text": "x"}]}"#)
            .contains("annotation 1: offset 10 + length 30 runs past the end of the text (15 UTF-16 units)"))
        #expect(error(#"{"clean": false, "annotations": [{"family": "quotes", "offset": 0, "length": 3, "text": "the"}]}"#)
            .contains("annotation 1: 'text' is “the” but the text at offset 0 is “The”"))
        #expect(error(#"{"clean": true, "annotations": [{"family": "quotes", "offset": 0, "length": 3, "text": "The"}]}"#)
            .contains("a clean text cannot have annotations"))
    }

    @Test func convertsMarkedArticles() throws {
        let article = try MarkedArticle(marked: "# source: test\n\nHe said “no.⟦quotes|”T⟧hen bud⟦encoding|\\u{200B}⟧get.", path: "x")
        #expect(article.text == "He said “no.”Then bud\u{200B}get.")
        #expect(article.annotations.map(\.range.start) == [12, 21])
        #expect(article.annotations.map(\.text) == ["”T", "\u{200B}"])
        #expect(article.source == "test")
        #expect(throws: AnnotationError.self) { try MarkedArticle(marked: "⟦quote|x⟧", path: "x") }
        #expect(throws: AnnotationError.self) { try MarkedArticle(marked: "⟦quotes|x", path: "x") }
    }
}
