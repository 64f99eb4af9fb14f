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
}
