@testable import RuleEngine
import TestSupport
import Testing
import TextCore

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
        (#"x{2}yz"#, "xxyz"),                  // an exact count repeats the character
        (#"a\.b\.c"#, "a.b.c"),
        (#"(?:foo|bar) baz"#, " baz"),
        ("foo|bar", nil),                       // either may match alone
        ("(?i)foo", nil),                       // inline flags change the rest
        (#"\Qa.b\E"#, nil),
        (#"\x41BC"#, nil),
        (#"[abc]+"#, nil),
        (#"[]x] yes"#, " yes"),
        (#"\b[Ii]n ((?:19|20)\d\d)\b"#, "n "),
        (#"[a-z--[aeiou]]x] y"#, "x] y"),      // set difference: the class ends at its own bracket
        (#"(?<name>ab)c"#, "abc"),             // a named group's name is not text
        (#"a(?=bc)d"#, "ad"),                  // a lookahead takes no room
        (#"[:upper:]\. Smith"#, ". Smith"),     // a POSIX set is some letter, not ":", "u", "p"…
        (#"[0-[9]]x"#, "x"),                    // a dash before a nested class is a member
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
        let offsets = text.withUnsafeBufferPointer { RequiredLiteral(pattern: "an", caseInsensitive: false)!.occurrences(in: TextView($0)) }
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
            let found = text.withUnsafeBufferPointer { required.occurrences(in: TextView($0)) }
            let expected = text.count < literal.count ? [] : (0...(text.count - literal.count)).filter { Array(text[$0..<($0 + literal.count)]) == literal }.map(Int32.init)
            #expect(found == expected)
        }
    }

    @Test func contextAroundTheLiteral() throws {
        let literal = try #require(RequiredLiteral(pattern: #"\b[Ii]n ((?:19|20)\d\d)\b"#, caseInsensitive: false))
        #expect(literal.search.count == 5)  // [Ii] n ␠ [12] [90]
        #expect(literal.before.isEmpty)
        #expect(literal.after.count == 2)   // \d \d
        func fits(_ string: String) -> Bool {
            let text = string.utf16Units
            return text.withUnsafeBufferPointer { units in
                let buffer = TextView(units)
                return literal.occurrences(in: buffer).contains { literal.fitsContext(buffer, at: Int($0), within: TextRange(start: 0, end: buffer.count)) }
            }
        }
        #expect(fits("Das Werk wurde in 2019 eröffnet."))
        #expect(fits("In 2001 war es so."))
        #expect(!fits("Das Werk wurde in diesem Jahr eröffnet, in 20 Jahren abgeschrieben."))
        #expect(!fits("einen 2019"))  // "n 2019" without I or i before it
    }

    /// The filter may let through sentences where nothing matches, never hold back one where
    /// something does. Random texts made of each pattern's own characters (and digits,
    /// spaces, an astral digit) are matched by ICU and filtered; every match must pass.
    @Test func neverHoldsBackAMatch() throws {
        let patterns = [
            #"\b[Ii]n ((?:19|20)\d\d)\b"#, #"\b[Ii]n the year (1[89]\d\d|20\d\d)\b"#, #"\b(\d+) percent\b"#,
            "colou?r scheme", "ab+c", "x{2}yz", #"(?:foo|bar) baz"#, #"[]x] yes"#, #"a\.b\.c"#, #"\d{2,}-x"#, #"(a|b)c(de|fg)"#,
            #"[^a]b\s\w"#, #"(?<=z)ab(?!c)"#, "^ab", #"ab$"#, #"[0-9]+\.[0-9]"#, #"[\d\-]x"#,
            "[Ii]n [12]", "x[à-ÿ]y", "[a-c]d[ab]", "é[1-2]{2}\\d", "\u{1D7CE}a[b1]",
            #"[:upper:]\. Smith"#, #"[:^alpha:]x"#, #"[0-[9]]x"#, #"[A-[B]]y"#,
        ]
        var generator = SplitMix(seed: 7)
        var matchesSeen = 0
        for pattern in patterns {
            guard let literal = RequiredLiteral(pattern: pattern, caseInsensitive: false) else { continue }
            let expression = try RegularExpression(pattern)
            var pieces = Set(pattern.unicodeScalars.filter { $0.properties.isAlphabetic || $0.value < 0x80 && $0 != "\\" }.map { String($0) })
            pieces.formUnion(["0", "1", "2", "9", " ", "I", "i", "\u{1D7CE}", String(decoding: literal.units, as: UTF16.self)])
            let alphabet = pieces.sorted()
            for _ in 0..<1500 {
                var string = ""
                for _ in 0..<Int(generator.next() % 12) { string += alphabet[Int(generator.next() % UInt64(alphabet.count))] }
                let text = string.utf16Units
                var matched = false
                try text.withUnsafeBufferPointer { buffer in
                    try expression.forEachMatch(in: buffer) { match in
                        matched = matched || !match.range.isEmpty
                        return !matched
                    }
                }
                guard matched else { continue }
                matchesSeen += 1
                let passes = text.withUnsafeBufferPointer { units in
                    let buffer = TextView(units)
                    return literal.occurrences(in: buffer).contains { literal.fitsContext(buffer, at: Int($0), within: TextRange(start: 0, end: buffer.count)) }
                }
                #expect(passes, "/\(pattern)/ matches \(string.debugDescription) but the filter holds it back")
            }
        }
        #expect(matchesSeen > 500)
    }
}
