import Foundation
@testable import Pipeline
import Reporting
import RuleEngine
import Testing
import TestSupport
import TextCore

/// Plain text larger than a window is checked window by window; what comes out must be what
/// a check of the whole text gives, wherever the windows fall.
@Suite struct WindowedCheckTests {
    private static func processor(windowBytes: Int, book: RuleBook = Repository.shippedBook, columns: ColumnUnit = .utf16) throws -> DocumentProcessor {
        try DocumentProcessor(book: book, thresholds: book.thresholds, resolver: LanguageResolver(forced: LanguageTag("en")), windowBytes: windowBytes,
                              columns: columns)
    }

    private static func check(_ text: String, windowBytes: Int, book: RuleBook = Repository.shippedBook,
                              columns: ColumnUnit = .utf16) throws -> (DocumentReport, windows: Int) {
        let processor = try processor(windowBytes: windowBytes, book: book, columns: columns)
        let report = processor.process(DocumentSource(index: 0, path: "big.txt", recordLine: nil, payload: .bytes(Array(text.utf8)), format: .text))
        return (report, processor.lastWindowCount)
    }

    /// What a finding says and where, as every report format shows it.
    private static func places(_ report: DocumentReport) -> [String] {
        report.findings.map { "\($0.rule) \($0.offset)+\($0.length) \($0.start)-\($0.end) \($0.excerpt.text) \($0.fingerprint) \($0.message)" }
    }

    /// Paragraphs that each carry their own defects (a doubled word, a glued quote, a merged
    /// sentence, a space before a comma) in sentences of words drawn at random, so that no
    /// rule comparing sentences or paragraphs has anything to compare.
    private static func paragraphs(_ count: Int, lineEnd: String = "\n", seed: UInt64 = 7) -> String {
        let words = """
            council river budget winter harbour library tramway museum school market stadium hospital airport theatre
            approved delayed opened closed visited repaired painted measured counted moved sold bought built planned
            green narrow quiet busy northern eastern wooden modern early late small large public private
            farmers teachers drivers nurses workers students owners readers neighbours engineers
            """.split(whereSeparator: \.isWhitespace).map(String.init)
        var random = SplitMix(seed: seed)
        func phrase(_ length: Int) -> String {
            (0..<length).map { _ in words[Int(random.next() % UInt64(words.count))] }.joined(separator: " ")
        }
        return (0..<count).map { index in
            "The \(phrase(4)) the the \(phrase(3)) on day \(index + 1) , with \(phrase(3)).\(lineEnd)"
                + "“Our \(phrase(3)) will stay.”Their \(phrase(4)) and \(phrase(2)) that The \(phrase(3)) résumé.\(lineEnd)"
                + "Ünïcödé \(phrase(5)) number \(1_000 + index * 37)."
        }.joined(separator: lineEnd + lineEnd) + lineEnd
    }

    @Test func windowsFindWhatTheWholeTextFinds() throws {
        let text = Self.paragraphs(120)
        let (whole, oneWindow) = try Self.check(text, windowBytes: 1 << 30)
        #expect(oneWindow == 0)
        #expect(whole.findings.count > 300)
        for size in [2_000, 5_003, 11_000] {
            let (windowed, windows) = try Self.check(text, windowBytes: size)
            #expect(windows >= text.utf8.count / size)
            #expect(Self.places(windowed) == Self.places(whole), "window of \(size) bytes")
            #expect(windowed.characters == whole.characters && windowed.words == whole.words && windowed.sentences == whole.sentences)
            #expect(windowed.score == whole.score && windowed.penalty == whole.penalty && windowed.passed == whole.passed)
        }
    }

    @Test func crLineEndsAndALineWithoutBreaksArePlacedToo() throws {
        let crlf = Self.paragraphs(40, lineEnd: "\r\n")
        let (whole, _) = try Self.check(crlf, windowBytes: 1 << 30)
        let (windowed, windows) = try Self.check(crlf, windowBytes: 1_500)
        #expect(windows > 3)
        #expect(Self.places(windowed) == Self.places(whole))
        // One line, no sentence break: windows cut at spaces, columns carry over.
        let line = (0..<400).map { "word\($0) the the" }.joined(separator: " ") + "\n"
        let (wholeLine, _) = try Self.check(line, windowBytes: 1 << 30)
        let (windowedLine, lineWindows) = try Self.check(line, windowBytes: 700)
        #expect(lineWindows > 5)
        let repeats = { (report: DocumentReport) in report.findings.filter { $0.rule.description == "duplication.word" }.map { "\($0.offset) \($0.start) \($0.end)" } }
        #expect(repeats(windowedLine).count == 400)
        #expect(repeats(windowedLine) == repeats(wholeLine))
    }

    /// Columns in code points and bytes are counted from the line's start in the file, also on
    /// a line that runs over several windows.
    @Test func columnsInEveryUnitCarryOverWindows() throws {
        let line = (0..<300).map { "😀é\($0) the the" }.joined(separator: " ") + "\n"
        for unit in ColumnUnit.allCases {
            let (whole, _) = try Self.check(line, windowBytes: 1 << 30, columns: unit)
            let (windowed, windows) = try Self.check(line, windowBytes: 900, columns: unit)
            #expect(windows > 5)
            let columns = { (report: DocumentReport) in report.findings.filter { $0.rule.description == "duplication.word" }.map(\.start.column) }
            #expect(columns(windowed) == columns(whole), "\(unit)")
            // "😀é0 the the": the repeat starts at the first "the", after 2 + 1 + 1 + 1 UTF-16 units.
            let expected = ["utf16": 6, "codepoint": 5, "byte": 9][unit.rawValue]!
            #expect(columns(whole).first == expected, "\(unit): \(columns(whole).prefix(2))")
        }
    }

    @Test func aDisableLeftOpenCoversTheNextWindows() throws {
        let text = Self.paragraphs(10, seed: 1) + "\n<!-- translint-disable duplication -->\n\n" + Self.paragraphs(30, seed: 2)
            + "\n<!-- translint-enable -->\n\n" + Self.paragraphs(10, seed: 3)
        let (whole, _) = try Self.check(text, windowBytes: 1 << 30)
        let (windowed, windows) = try Self.check(text, windowBytes: 1_200)
        #expect(windows > 10)
        #expect(Self.places(windowed) == Self.places(whole))
        #expect(windowed.findings.filter { $0.rule.description == "duplication.word" && $0.message.contains("“the”") }.count == 20)
        #expect(windowed.suppressedInline == whole.suppressedInline)
    }

    /// Findings a report stands for: those listed, plus those the summaries count.
    private static func represented(_ report: DocumentReport) -> Int {
        report.findings.reduce(0) { total, finding in
            guard finding.message.contains(" more findings "), let count = Int(finding.message.prefix { $0.isNumber }) else { return total + 1 }
            return total + count
        }
    }

    @Test func theLimitsOnFindingsHoldForTheWholeDocument() throws {
        var book = Repository.shippedBook
        book.limits.findingsPerRule = 25
        book.limits.findingsPerDocument = 60
        let text = Self.paragraphs(80)
        let (unlimited, _) = try Self.check(text, windowBytes: 1 << 30)
        let (whole, _) = try Self.check(text, windowBytes: 1 << 30, book: book)
        let (windowed, windows) = try Self.check(text, windowBytes: 1_000, book: book)
        #expect(windows > 20)
        // Each rule keeps 25, the document 60; one summary per rule past its limit and one for
        // the document stand for the rest, so the penalty and the verdict do not change.
        let listed = windowed.findings.filter { !$0.message.contains(" more findings ") }
        #expect(listed.count == 60)
        #expect(Dictionary(grouping: listed, by: \.rule).values.allSatisfy { $0.count <= 25 })
        #expect(Self.represented(windowed) == unlimited.findings.count)
        #expect(Self.represented(whole) == unlimited.findings.count)
        #expect(abs(windowed.penalty - unlimited.penalty) < 1e-6 && abs(whole.penalty - unlimited.penalty) < 1e-6)
        #expect(windowed.score == unlimited.score && windowed.passed == unlimited.passed)
    }

    @Test func aDecodingErrorNamesItsPlaceInTheFile() throws {
        var bytes = Array(Self.paragraphs(30).utf8)
        let bad = bytes.count * 2 / 3
        bytes.insert(0xFF, at: bad)
        let whole = try Self.processor(windowBytes: 1 << 30).process(DocumentSource(index: 0, path: "x.txt", recordLine: nil, payload: .bytes(bytes), format: .text))
        let windowed = try Self.processor(windowBytes: 900).process(DocumentSource(index: 0, path: "x.txt", recordLine: nil, payload: .bytes(bytes), format: .text))
        #expect(whole.error != nil)
        #expect(windowed.error == whole.error)
    }

    @Test func aLargeFileIsReadWindowByWindow() throws {
        let folder = try TemporaryFolder()
        let text = Self.paragraphs(60)
        let path = try folder.write("big.en.txt", "\u{FEFF}" + text)
        let processor = try Self.processor(windowBytes: 3_000)
        let windowed = processor.process(DocumentSource(index: 0, path: path, recordLine: nil, payload: .file(path), format: .text))
        #expect(processor.lastWindowCount > 5)
        let (whole, _) = try Self.check(text, windowBytes: 1 << 30)
        #expect(Self.places(windowed) == Self.places(whole))
    }

    @Test func aLongRecordIsCheckedWindowByWindow() throws {
        let text = Self.paragraphs(50) + String(repeating: "😀 ", count: 2_000)
        var record = Array(#"{"id":"long","lang":"en","text":"#.utf8)
        record += Array(try JSONEncoder().encode(text))
        record += Array("}".utf8)
        let processor = try Self.processor(windowBytes: 2_500)
        let windowed = processor.process(DocumentSource(index: 0, path: "feed.jsonl", recordLine: 3, payload: .record(record)))
        #expect(processor.lastWindowCount > 5)
        #expect(windowed.id == "long" && windowed.recordLine == 3)
        let (whole, _) = try Self.check(text, windowBytes: 1 << 30)
        #expect(Self.places(windowed) == Self.places(whole))
        #expect(windowed.characters == text.utf16.count)
    }

    /// A `disable-next-line` on a window's last line covers the next window's first line.
    @Test func aDisableNextLineAtAWindowsEndCoversTheNextLine() throws {
        // One segment per line, no blank line: windows end after a line break.
        let lines = (0..<120).map { index -> String in
            index % 10 == 9 ? "<!-- translint-disable-next-line duplication -->" : "Line \(index) says the the same thing."
        }
        let text = lines.joined(separator: "\n") + "\n"
        let (whole, _) = try Self.check(text, windowBytes: 1 << 30)
        for size in stride(from: 700, to: 1_400, by: 37) {
            let (windowed, _) = try Self.check(text, windowBytes: size)
            #expect(Self.places(windowed) == Self.places(whole), "window of \(size) bytes")
        }
    }

    /// A baseline's fingerprints are used up across windows as across one document.
    @Test func aBaselineCountsAcrossWindows() throws {
        let text = Self.paragraphs(40)
        let (whole, _) = try Self.check(text, windowBytes: 1 << 30)
        var baseline = Baseline()
        baseline.record(whole)
        let folder = try TemporaryFolder()
        let path = try folder.write("baseline.json", baseline.json)
        let loaded = try Baseline(path: path)
        let book = Repository.shippedBook
        let processor = try DocumentProcessor(book: book, thresholds: book.thresholds, resolver: LanguageResolver(forced: LanguageTag("en")),
                                              baseline: loaded, windowBytes: 1_500)
        // The same text twice: the second copy's findings are new, in whichever window.
        let report = processor.process(DocumentSource(index: 0, path: "big.txt", recordLine: nil, payload: .bytes(Array((text + "\n" + text).utf8)), format: .text))
        #expect(processor.lastWindowCount > 5)
        #expect(report.suppressedByBaseline == whole.findings.count)
        #expect(report.findings.count >= whole.findings.count)
    }

    @Test func aLargeRecordWithAnUnknownFormatIsAnError() throws {
        let text = Self.paragraphs(30)
        var record = Array(#"{"id":"x","lang":"en","format":"bogus","text":"#.utf8)
        record += Array(try JSONEncoder().encode(text)) + Array("}".utf8)
        let report = try Self.processor(windowBytes: 1_000).process(DocumentSource(index: 0, path: "feed.jsonl", recordLine: 1, payload: .record(record)))
        #expect(report.error?.contains("unknown \"format\"") == true)
    }

    @Test func windowsEndWhereTheTextAllows() {
        func cut(_ text: String) -> Int { Array(text.utf8).withUnsafeBufferPointer { ByteWindows.cut($0) } }
        #expect(cut("aaaa bbbb\n\ncccc\ndd ee") == 11)
        #expect(cut("aaaa bbbb\r\n\r\ncccc\r\ndd ee") == 13)
        #expect(cut("aaaa bbbb cccc\ndd ee") == 15)
        #expect(cut("aaaa\rbbbb cccc dd\rX") == 18)
        #expect(cut("aaaabbbb cccc dd ee") == 14)
        #expect(cut("aaaabbbb cccc. dd ee ff") == 15)
        // Not between a word and its copy, nor before a word the window may end inside.
        #expect(cut("aaaabbbb cc dd ee ee") == 15)
        // No space: before the lead byte of the character the end would split.
        #expect(cut("aaaaaaaaéé") == 10)
        #expect(cut("aaaaaaaaaé") == 9)
        // After an ideographic full stop, which needs no space.
        #expect(cut("日本語の文。日本語の文") == 18)
        // Not between a letter and its combining accents, nor after the last character.
        #expect(cut("aaaaaaaaaaaae\u{301}\u{301}") == 12)
        #expect(cut("aaaaaaaaaaaab") == 12)
    }
}
