import Foundation
import Pipeline
import TestSupport
import TextCore
import Testing

@Suite struct GlobTests {
    @Test func matchesNamesAndPaths() {
        #expect(Glob("*.txt").matches("a/b/c.txt"))
        #expect(!Glob("*.txt").matches("a/b/c.md"))
        #expect(Glob("drafts/**").matches("drafts/x/y.txt"))
        #expect(!Glob("drafts/*").matches("drafts/x/y.txt"))
        #expect(Glob("**/fr/*.txt").matches("desk/fr/a.txt"))
        #expect(Glob("**/fr/*.txt").matches("fr/a.txt"))
        #expect(Glob("art?cle.[ft]x[!y]").matches("article.txt"))
    }
}

@Suite struct LanguageResolverTests {
    @Test func followsTheDocumentedOrder() {
        let resolver = LanguageResolver(pathRules: [(Glob("desk/es/**"), LanguageTag("es")!)])
        #expect(resolver.resolve(path: "x/article.fr.txt", recordLanguage: "de").language.identifier == "de")
        #expect(resolver.resolve(path: "desk/es/a.fr.txt", recordLanguage: nil).source == .config)
        #expect(resolver.resolve(path: "x/article.fr.txt", recordLanguage: nil) == (LanguageTag("fr")!, .fileName))
        #expect(resolver.resolve(path: "news/pt-BR/clean/article.txt", recordLanguage: nil) == (LanguageTag("pt-BR")!, .folder))
        #expect(resolver.resolve(path: "news/articles/today.txt", recordLanguage: nil) == (.undetermined, .unknown))
        #expect(resolver.resolve(path: "report.v2.txt", recordLanguage: nil).source == .unknown)
        let forced = LanguageResolver(forced: LanguageTag("ja"))
        #expect(forced.resolve(path: "a.fr.txt", recordLanguage: "de") == (LanguageTag("ja")!, .flag))
    }
}

@Suite struct InputCollectorTests {
    @Test func walksFoldersInSortedOrderAndStreamsJSONL() throws {
        let folder = try TemporaryFolder()
        try folder.write("b/two.txt", "Two.")
        try folder.write("a/one.md", "One.")
        try folder.write("a/skip.json", "{}")
        try folder.write(".hidden/three.txt", "Three.")
        try folder.write("records.jsonl", "{\"id\":\"r1\",\"text\":\"x\"}\n\n{\"id\":\"r2\",\"text\":\"y\"}\n")
        var collector = InputCollector(paths: [folder.path("a"), folder.path("b"), folder.path("records.jsonl"), folder.path("missing.txt")], options: .init())
        var seen: [String] = []
        while let source = collector.next() {
            switch source.payload {
            case .file(let path): seen.append("file " + (path as NSString).lastPathComponent)
            case .record(let bytes): seen.append("record \(source.recordLine!) \(bytes.count)")
            case .failure(let message): seen.append("failure " + message)
            case .bytes: seen.append("bytes")
            }
        }
        #expect(seen == ["file one.md", "file two.txt", "record 1 22", "record 2 0", "record 3 22", "failure no such file or folder"])
    }

    @Test func reportsAFolderWithoutReadableFiles() throws {
        let folder = try TemporaryFolder()
        try folder.write("data/image.png", "x")
        var collector = InputCollector(paths: [folder.path("data")], options: .init())
        guard case .failure(let message)? = collector.next()?.payload else {
            Issue.record("expected a failure")
            return
        }
        #expect(message.contains("no readable files matching *.txt, *.md"))
    }
}
