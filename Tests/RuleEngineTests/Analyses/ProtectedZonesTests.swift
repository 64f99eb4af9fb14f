@testable import RuleEngine
import TextCore
import Testing

/// What every rule but the encoding ones skips: the stretches of a text that are not prose.
@Suite struct ProtectedZonesTests {
    static let cases: [(text: String, zones: [String])] = [
        ("Read https://example.org/a..b?q=1 now.", ["https://example.org/a..b?q=1"]),
        ("Read https://example.org/a?q=“x” now.", ["https://example.org/a?q="]),
        ("Write to desk@example.org for details.", ["desk@example.org"]),
        ("The site example.co.uk opened.", ["example.co.uk"]),
        ("Edit /etc/translint/config.yml first.", ["/etc/translint/config.yml"]),
        ("Pass --min-score=97 to it.", ["--min-score=97"]),
        ("Run `the the` twice.", ["`the the`"]),
        ("The budget passed. It was cut by 3.5 per cent.", []),
        ("He said “no” and left.", []),
    ]

    @Test(arguments: cases.indices)
    func zonesOfAText(_ index: Int) throws {
        let (text, zones) = Self.cases[index]
        let document = try Analyzed.text(text)
        #expect(Analyzed.strings(document.protectedZones.ranges, in: document) == zones, "\(text)")
    }

    /// A code paragraph is protected whole, and `contains`/`intersects` answer for any offset.
    @Test func codeParagraphsAndQueries() throws {
        let text = "The budget passed.\n\n$ sudo apt-get install translint\n$ translint check desk/"
        let document = try Analyzed.text(text)
        let zones = document.protectedZones
        let code = TextRange(start: text.utf16.count - 54, end: text.utf16.count)
        #expect(zones.ranges.contains { $0.start <= code.start && $0.end >= code.end })
        #expect(zones.contains(code.start + 3))
        #expect(!zones.contains(4))
        #expect(zones.intersects(TextRange(start: 10, end: code.start + 1)))
        #expect(!zones.intersects(TextRange(start: 0, end: 10)))
    }
}
