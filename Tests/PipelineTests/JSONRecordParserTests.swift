import Foundation
import Pipeline
import TestSupport
import Testing

@Suite struct JSONRecordParserTests {
    func parse(_ line: String) throws(RecordError) -> DocumentRecord { try JSONRecordParser.parse(Array(line.utf8)) }

    @Test func readsIdTextAndLanguage() throws {
        let record = try parse(#"{"id": "a-1", "lang": "fr", "text": "L’État \u00e9t\u00E9 \ud83d\ude00 \"ok\"\n", "extra": {"x": [1, 2.5e3, true, null]}}"#)
        #expect(record.id == "a-1")
        #expect(record.language == "fr")
        #expect(String(decoding: record.text, as: UTF16.self) == "L’État été 😀 \"ok\"\n")
    }

    /// Reports call the field "language"; records may too. "lang" wins when both are there.
    @Test func languageIsAnAliasOfLang() throws {
        #expect(try parse(#"{"language": "de", "text": "x"}"#).language == "de")
        #expect(try parse(#"{"lang": "fr", "language": "de", "text": "x"}"#).language == "fr")
        #expect(try parse(#"{"language": "de", "lang": "fr", "text": "x"}"#).language == "fr")
    }

    @Test func numericIdsAreKeptAsWritten() throws {
        #expect(try parse(#"{"id": 17, "text": "x"}"#).id == "17")
    }

    @Test func rejectsMalformedLinesWithTheirColumn() {
        #expect(throws: RecordError(message: "the line is not a JSON object", column: 1)) { try parse("not json") }
        #expect(throws: RecordError(message: "the record has no \"text\" field", column: nil, id: "x")) { try parse(#"{"id": "x"}"#) }
        #expect(throws: RecordError(message: "expected ',' or '}'", column: 14)) { try parse(#"{"text": "a" "b"}"#) }
        #expect(throws: RecordError.self) { try parse(#"{"text": "unterminated}"#) }
        #expect(throws: RecordError.self) { try parse(#"{"text": 5}"#) }
        #expect(throws: RecordError.self) { try parse(#"{"text": "a"} trailing"#) }
        #expect(throws: RecordError.self) { try JSONRecordParser.parse([0x7B, 0x22, 0x74, 0x65, 0x78, 0x74, 0x22, 0x3A, 0x22, 0xC3, 0x28, 0x22, 0x7D]) }
    }

    /// A hostile line nested deeper than any record fails as one record, not by exhausting the
    /// stack (44,000 `[` used to kill the batch).
    @Test func deepNestingIsARecordErrorNotACrash() throws {
        let line = #"{"text": "x", "extra": "# + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "}"
        #expect(throws: RecordError.self) { try parse(line) }
        let allowed = #"{"text": "x", "extra": "# + String(repeating: "[", count: 200) + String(repeating: "]", count: 200) + "}"
        #expect(try parse(allowed).text == [0x78])
    }

    @Test func aByteOrderMarkBeforeTheRecordIsSkipped() throws {
        let record = try JSONRecordParser.parse([0xEF, 0xBB, 0xBF] + Array(#"{"id": "first", "text": "x"}"#.utf8))
        #expect(record.id == "first")
    }

    /// A text past the size asked for comes as UTF-8, decoding to what the UTF-16 path gives
    /// (a lone surrogate and NUL, which UTF-8 text cannot carry, as U+FFFD: one unit each).
    @Test func aLargeTextComesAsUTF8() throws {
        let line = #"{"id": "big", "text": "L’État \u00e9t\u00E9 \ud83d\ude00 \"ok\" \\ \/ \b\f\r\t\n\ud800x\u0000y 😀", "lang": "fr"}"#
        let small = try JSONRecordParser.parse(Array(line.utf8))
        let large = try JSONRecordParser.parse(Array(line.utf8), largeText: 10)
        #expect(small.largeText == nil && large.text.isEmpty && large.id == "big" && large.language == "fr")
        let utf8 = try #require(large.largeText)
        var expected = small.text
        for index in expected.indices where expected[index] == 0 || expected[index] == 0xD800 { expected[index] = 0xFFFD }
        #expect(Array(String(decoding: utf8, as: UTF8.self).utf16) == expected)
        #expect(throws: RecordError.self) { try JSONRecordParser.parse(Array(#"{"text": "abc\q def ghi jkl"}"#.utf8), largeText: 4) }
    }
}

/// The record reader copies a JSON string in runs between escapes (decoded and validated in
/// C); what it reads must be what a JSON library reads, and ill-formed UTF-8 anywhere in a run
/// must still be refused at its column.
@Suite struct JSONRecordRunTests {
    @Test func randomStringsReadAsFoundationReadsThem() throws {
        var random = SplitMix(seed: 0x4A50)
        let pieces = ["a", "Zürich ", "\\n", "\\\"", "\\\\", "\\u00e9", "\\ud83d\\ude00", "😀", "日本語", "\\t", " ", "Ölçü", "\\/", "\u{2028}", "x\u{301}", "\\u0000"]
        for _ in 0..<2_000 {
            let body = (0..<Int(random.next() % 24)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            let line = #"{"id": "r", "text": ""# + body + #""}"#
            let record = try JSONRecordParser.parse(Array(line.utf8))
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            let expected = try #require(object?["text"] as? String)
            #expect(String(decoding: record.text, as: UTF16.self) == expected, "\(line)")
            // The long-text path (UTF-8, window by window) reads the same characters.
            let large = try JSONRecordParser.parse(Array(line.utf8), largeText: 0)
            if let bytes = large.largeText { #expect(String(decoding: bytes, as: UTF8.self) == expected.replacingOccurrences(of: "\u{0}", with: "\u{FFFD}"), "\(line)") }
        }
    }

    @Test func illFormedUTF8InARunIsRefusedAtItsColumn() {
        // {"text":"abc<C3 28>def"}: the bad sequence starts at byte 13 (column 13).
        let line: [UInt8] = Array(#"{"text":"abc"#.utf8) + [0xC3, 0x28] + Array(#"def"}"#.utf8)
        #expect(throws: RecordError(message: "invalid UTF-8", column: 13)) { try JSONRecordParser.parse(line) }
        // An overlong form and a surrogate encoded in UTF-8 are refused too.
        #expect(throws: RecordError.self) { try JSONRecordParser.parse(Array(#"{"text":""#.utf8) + [0xC0, 0xAF] + Array(#""}"#.utf8)) }
        #expect(throws: RecordError.self) { try JSONRecordParser.parse(Array(#"{"text":""#.utf8) + [0xED, 0xA0, 0x80] + Array(#""}"#.utf8)) }
        // A raw control character in a string is refused, as JSON says.
        #expect(throws: RecordError.self) { try JSONRecordParser.parse(Array("{\"text\":\"a\u{1}b\"}".utf8)) }
    }
}
