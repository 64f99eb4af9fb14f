@testable import RuleEngine
import Testing

/// The literal a pattern rule searches for before running its regular expression: too long a
/// literal would make the rule miss matches, so each case pins what is extracted or refused.
@Suite struct RequiredLiteralTests {
    static let cases: [(pattern: String, literal: String?)] = [
        (#"\b[Ii]n the year (1[89]\d\d|20\d\d)\b"#, "n the year "),
        (#"\b(\d+) percent\b"#, " percent"),
        ("!", "!"),
        (#"(?<=[\p{Han}\p{Hiragana}]),(?=\p{Han})"#, ","),
        (#"colou?r scheme"#, "r scheme"),       // the optional u and the o before it split the run
        (#"ab+c"#, "ab"),
        (#"x{2}yz"#, "yz"),
        (#"a\.b\.c"#, "a.b.c"),
        (#"(?:foo|bar) baz"#, " baz"),
        ("foo|bar", nil),                       // either may match alone
        ("(?i)foo", nil),                       // inline flags change the rest
        (#"\Qa.b\E"#, nil),
        (#"\x41BC"#, nil),
        (#"[abc]+"#, nil),
        (#"[]x] yes"#, " yes"),
    ]

    @Test(arguments: cases)
    func extracts(_ testCase: (pattern: String, literal: String?)) {
        let literal = RequiredLiteral(pattern: testCase.pattern, caseInsensitive: false)
        #expect(literal.map { String(decoding: $0.units, as: UTF16.self) } == testCase.literal)
    }

    @Test func caseInsensitivePatternsRunEverywhere() {
        #expect(RequiredLiteral(pattern: "strasse", caseInsensitive: true) == nil)
    }

    @Test func findsEveryOccurrence() {
        let text = Array("an anna banana".utf16)
        let offsets = text.withUnsafeBufferPointer { RequiredLiteral(pattern: "an", caseInsensitive: false)!.occurrences(in: $0) }
        #expect(offsets == [0, 3, 9, 11])
    }

    /// The skipping search must find what a comparison at every offset finds: overlapping
    /// occurrences, and units that share a low byte (a = U+0061, š = U+0161, ţ = U+0163).
    @Test func findsWhatANaiveSearchFinds() {
        let alphabet: [UInt16] = [0x61, 0x161, 0x62, 0x163, 0x20]
        var state: UInt64 = 7
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33)
        }
        for _ in 0..<2000 {
            let literal = (0..<(1 + next() % 4)).map { _ in alphabet[next() % alphabet.count] }
            let text = (0..<(next() % 40)).map { _ in alphabet[next() % alphabet.count] }
            guard let required = RequiredLiteral(pattern: String(decoding: literal, as: UTF16.self), caseInsensitive: false) else { continue }
            let found = text.withUnsafeBufferPointer { required.occurrences(in: $0) }
            let expected = text.count < literal.count ? [] : (0...(text.count - literal.count)).filter { Array(text[$0..<($0 + literal.count)]) == literal }.map(Int32.init)
            #expect(found == expected)
        }
    }
}
