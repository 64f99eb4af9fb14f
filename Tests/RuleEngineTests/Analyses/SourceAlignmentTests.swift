@testable import RuleEngine
import TestSupport
import Testing
import TextCore

/// The alignment of a translation with its source, and the readings it rests on.
@Suite struct SourceAlignmentTests {
    static func paired(_ text: String, _ language: String, source: String, _ sourceLanguage: String = "en") throws -> AnalyzedDocument {
        let checker = Analyzed.checker
        var document = Document(name: "t", string: text, language: LanguageTag(language)!)
        document.source = PairedSource(document: Document(name: "s", string: source, language: LanguageTag(sourceLanguage)!), path: nil)
        let analyzed = try checker.analyze(document)
        analyzed.source = try checker.analyze(document.source!.document)
        return analyzed
    }

    @Test func sentencesOneForOneAlignOnTheDiagonal() throws {
        let document = try Self.paired("Le maire parle. Le vote a lieu en mars. Tout le monde vient.", "fr",
                                       source: "The mayor speaks. The vote is in March. Everybody comes.")
        #expect(document.alignment.beads.map(\.shape) == ["1:1", "1:1", "1:1"])
    }

    @Test func aDroppedParagraphIsAOneToZeroLink() throws {
        let document = try Self.paired("Der Bürgermeister stellte am Montag den Haushalt von 4,2 Millionen Euro vor.\n\nDie Abstimmung findet im März statt.", "de",
                                       source: "The mayor presented the budget of 4.2 million euros on Monday.\n\nThe opposition called it a gift to developers and asked for a new vote.\n\nThe vote will take place in March.")
        #expect(document.alignment.beads.map(\.shape) == ["1:1", "1:0", "1:1"])
    }

    @Test func twoSentencesTranslatedAsOneAreATwoToOneLink() throws {
        let document = try Self.paired("Der Minister bestätigte am Montag die Kürzung, worauf mehrere Abgeordnete lautstark protestierten.", "de",
                                       source: "The minister confirmed the cut on Monday. Several members of parliament protested loudly.")
        #expect(document.alignment.beads.map(\.shape) == ["2:1"])
    }

    @Test func linesOfSegmentPerLineTextsAlignFirst() throws {
        let document = try Self.paired("Eins ist hier.\nZwei ist dort.\nDrei ist weg.", "de", source: "One is here.\nTwo is there.\nThree is gone.")
        #expect(document.alignment.groups.count == 3)
    }

    @Test func aShortChatMissingALineIsStillAlignedLineByLine() throws {
        // Three lines against two: the count differs by more than a tenth, but one line is
        // what a short text loses; lines without blank lines between them are segments.
        let merged = try Self.paired("Heute kostet sie 179 Euro.\nDas finde ich sehr ärgerlich Muss ich die Bestellung stornieren und neu bestellen?", "de",
                                     source: "Today it costs 179 euros.\nI find that very annoying.\nDo I have to cancel the order and order it again?")
        #expect(merged.alignment.beads.map(\.shape) == ["1:1", "2:1"])
        #expect(merged.alignment.lineJoins.count == 1)
        let dropped = try Self.paired("Heute kostet sie 179 Euro.\nMuss ich die Bestellung stornieren und neu bestellen?", "de",
                                      source: "Today it costs 179 euros.\nI find that very annoying.\nDo I have to cancel the order and order it again?")
        #expect(dropped.alignment.beads.map(\.shape) == ["1:1", "1:0", "1:1"])
        #expect(dropped.alignment.lineJoins.isEmpty)
    }

    @Test func windowsLineEndsAlignLineByLineToo() throws {
        let merged = try Self.paired("Heute kostet sie 179 Euro.\r\nDas finde ich sehr ärgerlich Muss ich die Bestellung stornieren und neu bestellen?", "de",
                                     source: "Today it costs 179 euros.\r\nI find that very annoying.\r\nDo I have to cancel the order and order it again?")
        #expect(merged.alignment.lineJoins.count == 1)
        #expect(merged.alignment.losesLines)
    }

    @Test func proseWrappedAtAWidthIsNotTakenForSegments() throws {
        // Four wrapped lines against five: a translation wraps where its width ends.
        let document = try Self.paired("Le maire a présenté le budget lundi\nsoir devant un conseil qui l’attendait\ndepuis le printemps, et le vote aura\nlieu au mois de mars prochain, dit-il\naprès la séance.", "fr",
                                       source: "The mayor presented the budget on\nMonday evening to a council that had\nwaited for it since the spring, and\nthe vote will take place in March.")
        #expect(!document.alignment.targetUnits.isLines)
    }

    @Test func aTrailingLineBreakIsNotALineLost() throws {
        let document = try Self.paired("Heute kostet sie 179 Euro.\nDas finde ich sehr ärgerlich.\nMuss ich die Bestellung stornieren?", "de",
                                       source: "Today it costs 179 euros.\nI find that very annoying.\nDo I have to cancel the order?\n")
        #expect(!document.alignment.losesLines)
    }

    @Test func chineseCharactersCountAtTheirEnglishWorthAndNamesAtTheirOwn() throws {
        // 20 characters at about three English units each, and a name as long in both.
        let document = try Self.paired("市长周一向市议会提交了预算草案。Emmanuel Macron", "zh", source: "The mayor presented the draft budget.")
        let length = document.alignment.targetLength(AlignmentBead(source: 0, sourceCount: 0, target: 0, targetCount: 1))
        #expect(abs(length - 16 * 3) <= 4, "the Chinese sentence counts \(length)")
        #expect(document.alignment.targetLength(AlignmentBead(source: 0, sourceCount: 0, target: 1, targetCount: 1)) == "Emmanuel Macron".utf16.count)
    }

    @Test func translationUnitsArePairedByUnit() throws {
        let xliff = """
        <?xml version="1.0"?><xliff version="1.2"><file source-language="en" target-language="fr"><body>
        <trans-unit id="a"><source>The budget passed.</source><target>Le budget est adopté.</target></trans-unit>
        <trans-unit id="b"><source>user.key_name</source><target>Nom de la clé</target></trans-unit>
        </body></file></xliff>
        """
        let checker = Analyzed.checker
        let result = checker.check(try DocumentReaderHelper.document(xliff, "fr"))
        #expect(!result.findings.contains { $0.rule.family == .accuracy }, "a key as source is not a translation's source")
        #expect(result.alignment?.count == 1)
    }
}

/// Numbers read as values in each language's conventions.
@Suite struct NumberReaderTests {
    static func values(_ text: String, _ language: String) throws -> [[Double]] {
        let document = try Analyzed.text(text, language: language)
        let sentence = document.segmentation.sentences[0]
        return NumberReader.of(document.language).mentions(in: document, range: TextRange(start: sentence.start, end: document.text.count),
                                                           words: 0..<document.words.count).filter { !$0.isWord }.map(\.readings)
    }

    @Test func separatorsFollowTheLocale() throws {
        #expect(try Self.values("1.234,5 Euro", "de").first?.first == 1234.5)
        #expect(try Self.values("1,234.5 euros", "en").first?.first == 1234.5)
        #expect(try Self.values("1 234,5 euros", "fr").first?.first == 1234.5)
    }

    @Test func chineseAndJapaneseScalesMakeOneNumber() throws {
        #expect(try Self.values("合计20万6,737人", "ja").first == [206_737])
        #expect(try Self.values("营收为 1.694 亿澳元", "zh").first?.contains(169_400_000) == true)
    }

    @Test func scaleWordsAndGluedAbbreviationsMultiply() throws {
        #expect(try Self.values("It cost 3 million dollars.", "en").first?.contains(3_000_000) == true)
        #expect(try Self.values("It cost £3m.", "en").first?.contains(3_000_000) == true)
        #expect(try Self.values("His release clause is £101million.", "en").first?.contains(101_000_000) == true)
        #expect(try Self.values("Tamil Nadu has reported 2,06,737 cases.", "en").first?.contains(206_737) == true)
    }

    @Test func convertedUnitsAgreeRoughly() throws {
        let document = try Analyzed.text("The lake was 80 feet deep.", language: "en")
        let mentions = NumberReader.of(document.language).mentions(in: document, range: document.segmentation.sentences[0], words: 0..<document.words.count)
        let metres = NumberMention(range: TextRange(start: 0, end: 2), readings: [25], isWord: false)
        #expect(mentions.first { !$0.isWord }?.agrees(with: metres) == true)
    }

    @Test func numbersOfNamesAreMarked() throws {
        let document = try Analyzed.text("COVID-19 cases rose.", language: "en")
        let mentions = NumberReader.of(document.language).mentions(in: document, range: document.segmentation.sentences[0], words: 0..<document.words.count)
        #expect(mentions.first?.isName == true)
    }
}

/// The search's cost stays linear in the number of items: the band around the diagonal.
@Suite struct LengthAlignerCostTests {
    static func items(_ count: Int, seed: Int) -> [AlignmentItem] {
        (0..<count).map { AlignmentItem(length: 40 + ($0 * 37 + seed) % 90, anchors: [], weakAnchors: []) }
    }

    @Test func cellsGrowLinearlyWithTheDocument() {
        let aligner = LengthAligner(ratio: 1.1)
        var small = 0
        var large = 0
        // One item dropped from the target, so that the search runs (no diagonal shortcut).
        _ = aligner.align(Self.items(1000, seed: 0), Array(Self.items(1000, seed: 5).dropLast()), cells: &small)
        _ = aligner.align(Self.items(4000, seed: 0), Array(Self.items(4000, seed: 5).dropLast()), cells: &large)
        #expect(small > 0 && Double(large) <= Double(small) * 4.2, "4 times the items fill \(large) cells against \(small)")
    }

    @Test(arguments: [(60, 65), (60, 140), (200, 20), (30, 400), (12, 3)])
    func oneItemEachIsLinkedAsTheSearchWouldLinkIt(sourceLength: Int, targetLength: Int) {
        let aligner = LengthAligner(ratio: 1.1)
        let source = AlignmentItem(length: sourceLength, anchors: [], weakAnchors: [])
        let target = AlignmentItem(length: targetLength, anchors: [], weakAnchors: [])
        let searched = aligner.align([source], [target]).map(\.shape)
        #expect(aligner.linksSingle(source, target) == (searched == ["1:1"]), "the search gives \(searched)")
    }

    @Test func anEmptyOrImplausibleSourceIsNotAligned() throws {
        let empty = try SourceAlignmentTests.paired("Le maire parle.", "fr", source: "")
        #expect(empty.alignment.beads.isEmpty)
        let key = try SourceAlignmentTests.paired("Le maire a présenté le budget lundi devant le conseil municipal réuni au complet.", "fr", source: "budget.title")
        #expect(key.alignment.beads.isEmpty)
    }
}
