import Testing
@testable import TextCore

@Suite struct SegmenterTests {
    func segment(_ string: String, _ tag: String, _ options: SegmentationOptions = .none) throws -> (Document, Segmentation) {
        let document = Document(name: "t", string: string, language: LanguageTag(tag)!)
        let segmentation = try Segmenter().segment(document.text, sites: CharacterSites(document.text), profile: LanguageProfile.forTag(document.language), options: options)
        return (document, segmentation)
    }

    @Test func paragraphsAreSeparatedByBlankLines() throws {
        let (document, segmentation) = try segment("First line\nstill first.\n\n  \nSecond one.\r\n\r\nThird.", "en")
        #expect(segmentation.paragraphs.map(document.string) == ["First line\nstill first.", "Second one.", "Third."])
    }

    @Test func oneParagraphPerLineWhenThereIsNoBlankLine() throws {
        let (document, segmentation) = try segment("He left.\nShe stayed.\nThey argued.", "en")
        #expect(segmentation.paragraphs.map(document.string) == ["He left.", "She stayed.", "They argued."])
    }

    @Test func hardWrappedProseStaysOneParagraph() throws {
        let (document, segmentation) = try segment("The minister said that the\nbudget would be cut by the\nend of the year.", "en")
        #expect(segmentation.paragraphs.count == 1)
        #expect(segmentation.sentences.map(document.string) == ["The minister said that the\nbudget would be cut by the\nend of the year."])
    }

    @Test func icuSuppressionsKeepCommonAbbreviations() throws {
        let (document, segmentation) = try segment("Mr. Smith arrived at 10 a.m. yesterday. They talked.", "en")
        #expect(segmentation.sentences.map(document.string) == ["Mr. Smith arrived at 10 a.m. yesterday.", "They talked."])
    }

    @Test func listedAbbreviationsDoNotEndSentences() throws {
        let options = SegmentationOptions(abbreviations: ["Dr.", "z. B."])
        let (document, segmentation) = try segment("Smith met Dr. Jones. They talked.", "en", options)
        #expect(segmentation.sentences.map(document.string) == ["Smith met Dr. Jones.", "They talked."])
        let (german, germanSentences) = try segment("Das gilt z. B. Berlin. Es regnet.", "de", options)
        #expect(germanSentences.sentences.map(german.string) == ["Das gilt z. B. Berlin.", "Es regnet."])
    }

    @Test func ordinalNumbersDoNotEndSentencesWhenTheLanguageWritesThemSo() throws {
        let text = "Die Wahl findet am 3. Oktober statt. Alle sind eingeladen."
        let (document, segmentation) = try segment(text, "de", SegmentationOptions(ordinalPeriod: true))
        #expect(segmentation.sentences.map(document.string) == ["Die Wahl findet am 3. Oktober statt.", "Alle sind eingeladen."])
    }

    @Test func sentencesBelongToTheirParagraphs() throws {
        let (_, segmentation) = try segment("One. Two.\n\nThree.", "en")
        #expect(segmentation.sentences.count == 3)
        #expect(segmentation.sentenceIndices(inParagraph: 0) == 0..<2)
        #expect(segmentation.sentenceIndices(inParagraph: 1) == 2..<3)
        #expect(segmentation.wordIndices(inSentence: 1) == 1..<2)
    }

    @Test func wordsCarryTheirKind() throws {
        let (document, segmentation) = try segment("Tokyo 2024 東京タワーへ行く", "ja")
        let words = segmentation.words
        let pairs = (0..<words.count).map { (document.string(words.range($0)), words.kinds[$0]) }
        #expect(pairs.first! == ("Tokyo", .letter))
        #expect(pairs[1] == ("2024", .number))
        #expect(pairs.dropFirst(2).allSatisfy { $0.1.isCJK })
        #expect(pairs.dropFirst(2).map(\.0).joined() == "東京タワーへ行く")
    }

    @Test func chineseSentencesAndWords() throws {
        let (document, segmentation) = try segment("政府宣布了新的预算。议会将在下周投票。", "zh")
        #expect(segmentation.sentences.map(document.string) == ["政府宣布了新的预算。", "议会将在下周投票。"])
        #expect(segmentation.wordCount >= 6)
    }
}
