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
