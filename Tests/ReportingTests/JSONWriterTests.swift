import Foundation
import Reporting
import Testing

@Suite struct JSONWriterTests {
    @Test func escapesStringsAndKeepsKeyOrder() throws {
        var json = JSONWriter()
        json.beginObject()
        json.field("b", "quote \" backslash \\ newline \n tab \t control \u{01} line separator \u{2028}")
        json.field("a", 1.5)
        json.field("n", nil as String?)
        json.field("list", strings: ["x", "y"])
        json.endObject()
        #expect(json.output.hasPrefix("{\"b\":"))
        let parsed = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as! [String: Any]
        #expect(parsed["b"] as? String == "quote \" backslash \\ newline \n tab \t control \u{01} line separator \u{2028}")
        #expect(parsed["a"] as? Double == 1.5)
        #expect(parsed["n"] is NSNull)
        #expect(parsed["list"] as? [String] == ["x", "y"])
    }
}

/// Reports are written as UTF-8 bytes, a string's bytes copied in runs between escapes:
/// every string reads back as itself, no raw control character or U+2028/U+2029 is left, and
/// nothing else is escaped (the golden report files hold the exact bytes).
@Suite struct JSONWriterBytesTests {
    @Test func stringsReadBackAndOnlyWhatMustBeIsEscaped() throws {
        let pieces = ["a", "\"", "\\", "\n", "\r", "\t", "\u{08}", "\u{0C}", "\u{01}", "\u{1F}", "\u{7F}", "\u{2028}", "\u{2029}", "\u{2027}", "é", "日本",
                      "😀", "\u{E2}", "€", "x\u{301}", " ", "\u{A0}"]
        var state: UInt64 = 0x5151
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33)
        }
        for _ in 0..<5_000 {
            let string = (0..<(next() % 12)).map { _ in pieces[next() % pieces.count] }.joined()
            var bytes: [UInt8] = []
            JSONWriter.appendString(string, to: &bytes)
            let text = String(decoding: bytes, as: UTF8.self)
            let parsed = try JSONSerialization.jsonObject(with: Data(("[" + text + "]").utf8)) as? [String]
            #expect(parsed == [string], "\(string.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(!text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x2028 || $0.value == 0x2029 })
            // A string without those characters is written as it is.
            if string.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0 != "\"" && $0 != "\\" && $0.value != 0x2028 && $0.value != 0x2029 }) {
                #expect(text == "\"" + string + "\"")
            }
        }
        var exact: [UInt8] = []
        JSONWriter.appendString("a\"b\\c\nd\u{01}e\u{1F}f\u{2028}g\u{08}\u{0C}\r\t", to: &exact)
        #expect(String(decoding: exact, as: UTF8.self) == #""a\"b\\c\nd\u0001e\u001ff\u2028g\b\f\r\t""#)
        var keys = JSONWriter()
        keys.beginObject()
        keys.field("plain", 1)
        keys.field("odd \"key\"", 2)
        keys.endObject()
        #expect(keys.output == #"{"plain":1,"odd \"key\"":2}"#)
    }
}
