import Pipeline
import Testing

/// How translated files find their sources.
@Suite struct SourcePairingTests {
    @Test func aMirrorTreeKeepsTheRelativePath() {
        let pairing = SourcePairing.mirror(root: "en", inputs: ["fr", "./de/"])
        #expect(pairing.sourcePath(forTarget: "fr/news/a.md") == "en/news/a.md")
        #expect(pairing.sourcePath(forTarget: "de/b.md") == "en/b.md")
        #expect(SourcePairing.mirror(root: "src", inputs: ["fr/a.md"]).sourcePath(forTarget: "fr/a.md") == "src/a.md")
    }

    @Test func aPatternMapsTheLanguageAndTheRest() {
        let pairing = SourcePairing.pattern(target: "content/{lang}/**", source: "content/en/**")
        #expect(pairing.sourcePath(forTarget: "content/fr/blog/post.md") == "content/en/blog/post.md")
        #expect(pairing.sourcePath(forTarget: "./content/ja/a.md") == "content/en/a.md")
        #expect(pairing.sourcePath(forTarget: "other/fr/a.md") == nil)
    }

    @Test func aRecordCarriesItsSourceAndItsLanguage() throws {
        let record = try JSONRecordParser.parse(Array(#"{"id":"1","text":"Bonjour.","lang":"fr","source":"Hello.","source_lang":"en"}"#.utf8))
        #expect(record.source.map { String(decoding: $0, as: UTF16.self) } == "Hello.")
        #expect(record.sourceLanguage == "en")
        let plain = try JSONRecordParser.parse(Array(#"{"text":"Bonjour."}"#.utf8))
        #expect(plain.source == nil)
    }
}
