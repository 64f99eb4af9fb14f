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

/// Reports are written as bytes now; every string must come out exactly as the String-based
/// escaping wrote it (reports stay byte for byte the same), keys included.
@Suite struct JSONWriterBytesTests {
    @Test func byteEscapingEqualsStringEscaping() {
        let pieces = ["a", "\"", "\\", "\n", "\r", "\t", "\u{08}", "\u{0C}", "\u{01}", "\u{1F}", "\u{7F}", "\u{2028}", "\u{2029}", "\u{2027}", "é", "日本",
                      "😀", "\u{E2}", "€", "x\u{301}", " ", "\u{A0}"]
        var state: UInt64 = 0x5151
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33)
        }
        for _ in 0..<5_000 {
            let string = (0..<(next() % 12)).map { _ in pieces[next() % pieces.count] }.joined()
            var text = ""
            JSONWriter.appendString(string, to: &text)
            var bytes: [UInt8] = []
            JSONWriter.appendString(string, to: &bytes)
            #expect(bytes == Array(text.utf8), "\(string.unicodeScalars.map { String($0.value, radix: 16) })")
            var json = JSONWriter()
            json.beginObject()
            json.field(string, string)
            json.endObject()
            #expect(json.output == "{" + text + ":" + text + "}")
        }
    }
}
