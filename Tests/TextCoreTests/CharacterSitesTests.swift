import TestSupport
import TextCore
import Testing

@Suite struct CharacterSitesTests {
    private func notable(_ string: String) -> [Int32] {
        CharacterSites(string.utf16Units).offsets
    }

    private func spans(_ string: String) -> [String] {
        let units = string.utf16Units
        let offsets = notable(string)
        var found: [String] = []
        units.withUnsafeBufferPointer { text in
            CharacterScans.tokenSpans(text, sites: offsets) { span in
                switch span {
                case .zone(let range): found.append("zone:" + String(utf16Units: units[range.start..<range.end]))
                case .candidate(let range): found.append("token:" + String(utf16Units: units[range.start..<range.end]))
                }
            }
        }
        return found
    }

    @Test func notableOffsetsSkipLettersDigitsAndSingleSpaces() {
        // a , ␠ b ␠ ␠ c é 1 “ x ”: é is a letter like any other.
        #expect(notable("a, b  cé1“x”") == [1, 5, 9, 11])
        // Mojibake of “é” is Ã + ©: the © (a continuation byte) is notable, as is º, a letter
        // that is also one; a line break always is.
        #expect(notable("Ã©\nÃºz") == [1, 2, 4])
        #expect(notable("") == [])
    }

    /// Blocks of eight plain units are passed over at once; the sites must be those of a
    /// look at every unit, each with the class its character has.
    @Test func sitesMatchAUnitByUnitLook() {
        let pieces: [[UInt16]] = [[0x61], [0x5A], [0x37], [0x20], [0x20, 0x20], [0x2E], [0x40], [0x60], [0x7B], [0x5B], [0x2F], [0x3A],
                                  [0xE9], [0xC3, 0xA9], [0xBA], [0x0153], [0x0436], [0x0410], [0x044F], [0x0451], [0x040F], [0x0450],
                                  [0x03B1], [0x0A], [0x09], [0x4E2D], [0xD83D, 0xDE00], [0x8000], [0xFF0C],
                                  [0xC0], [0xD7], [0xF7], [0xFF], [0x0100], [0xBF]]
        let windows1252: Set<UInt16> = [0x0152, 0x0153, 0x0160, 0x0161, 0x0178, 0x017D, 0x017E, 0x0192, 0x02C6, 0x02DC]
        let windows1252High = EncodingCharacters.windows1252High
        var generator = SplitMix(seed: 3)
        for _ in 0..<3000 {
            var units: [UInt16] = []
            for _ in 0..<Int(generator.next() % 40) { units += pieces[Int(generator.next() % UInt64(pieces.count))] }
            var expected: [Int32] = []
            var expectedClasses: [UInt16] = []
            var alphabets = CharacterClass()
            for (index, unit) in units.enumerated() {
                let character = CharacterClass.of(unit: unit)
                alphabets.formUnion(character.intersection([.latin, .cyrillic, .greek]))
                let previous: UInt16 = index > 0 ? units[index - 1] : 0x0A
                let isNotable: Bool
                if unit < 0x80 {
                    let alphanumeric = (0x30...0x39).contains(unit) || (0x41...0x5A).contains(unit) || (0x61...0x7A).contains(unit)
                    isNotable = !alphanumeric && (unit != 0x20 || previous == 0x20)
                } else {
                    isNotable = unit <= 0xBF || windows1252.contains(unit) || windows1252High.contains(unit) || character.isDisjoint(with: [.alphabetic, .digit])
                }
                if isNotable {
                    expected.append(Int32(index))
                    expectedClasses.append(unit == 0x20 ? SiteClass.spaceRun.rawValue : CharacterTables.siteClass(of: unit).rawValue)
                }
            }
            let sites = CharacterSites(units)
            #expect(sites.offsets == expected, "\(units)")
            #expect(sites.classes == expectedClasses, "\(units)")
            #expect(sites.alphabets == alphabets, "\(units)")
        }
    }

    /// The per-class lists (one pass) and lists merged from them give what a filter of all
    /// sites gives, for every class and pair of classes, each site once.
    @Test func perClassAndMergedListsMatchAFilter() {
        let alphabet = Array("ab .,;:!?“”„«»()[]{}-–\n\t\u{200B}\u{A0}。，Ã©€".utf16)
        var generator = SplitMix(seed: 11)
        for _ in 0..<500 {
            let units = (0..<Int(generator.next() % 60)).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
            let sites = CharacterSites(units)
            let byClass = sites.offsetsByClass()
            for first in 0..<16 {
                let one = SiteClass(rawValue: 1 << first)
                #expect(byClass[first] == sites.offsets(of: one))
                for second in first + 1..<16 {
                    let two = one.union(SiteClass(rawValue: 1 << second))
                    #expect(SiteList(merging: [byClass[first], byClass[second]]).offsets == sites.offsets(of: two), "\(units) \(first) \(second)")
                }
            }
        }
    }

    @Test func notableOffsetsAcrossChunkBoundaries() {
        // More than one 64 K chunk: a space run straddling the boundary keeps its second space.
        var units = [UInt16](repeating: 0x61, count: 70_000)
        units[65_535] = 0x20
        units[65_536] = 0x20
        units[69_000] = 0x2E
        units[69_001] = 0x0436  // ж
        let sites = CharacterSites(units)
        #expect(sites.offsets == [65_536, 69_000])
        #expect(sites.classes == [SiteClass.spaceRun.rawValue, SiteClass.sentenceMark.rawValue])
        #expect(sites.alphabets == [.latin, .cyrillic])
    }

    @Test func technicalTokensAreFoundWhereverTheyStand() {
        #expect(spans("see http://example.org/a, or `apt update` now") == ["token:http://example.org/a,", "zone:`apt update`"])
        #expect(spans("a <!-- hidden --> b") == ["zone:<!-- hidden -->"])
        #expect(spans("run -v or ~/src and x=1") == ["token:-v", "token:~/src", "token:x=1"])
        // Sentence punctuation at a token's end is not technical; inside it is.
        #expect(spans("He left. Then 3.5 percent.") == ["token:3.5"])
        // A backtick that does not close on its line is stepped over with what follows it.
        #expect(spans("`foo/bar baz/qux") == ["token:baz/qux"])
        // In CJK text an ASCII token starts straight after a CJK character and ends at CJK
        // punctuation.
        #expect(spans("。请访问www.example.com。谢谢") == ["token:www.example.com"])
        #expect(spans("。文字a/b文字，c/d") == ["token:a/b文字", "token:c/d"])
    }

    /// The facts of every non-empty line, with whether it is the range's only one.
    func scannedLines(_ text: [UInt16]) -> [(facts: CharacterScans.LineFacts, isOnlyLine: Bool)] {
        var result: [(CharacterScans.LineFacts, Bool)] = []
        text.withUnsafeBufferPointer { buffer in CharacterScans.forEachLine(buffer, TextRange(start: 0, end: buffer.count)) { result.append(($0, $1)) } }
        return result
    }

    @Test func lineFactsCountTokensGapsAndSymbols() {
        let text = "$ ls -la /etc\n    indented line\nname   value".utf16Units
        let lines = scannedLines(text).map(\.facts)
        #expect(lines.map(\.range) == [TextRange(start: 0, end: 13), TextRange(start: 14, end: 31), TextRange(start: 32, end: 44)])
        #expect(lines.map(\.tokens) == [4, 2, 2])
        #expect(lines.map(\.hasColumnGap) == [false, false, true])
        #expect(lines.map(\.symbols) == [2, 0, 0])  // $ and /
        #expect(lines.reduce(0) { $0 + $1.visible } == text.filter { $0 != 0x20 && $0 != 0x0A }.count)
        // More lines than one call of the kernel writes: all of them, in order.
        let many = String(repeating: "a b\n", count: 300).utf16Units
        let manyLines = scannedLines(many)
        #expect(manyLines.count == 300)
        #expect(manyLines.last?.facts.range == TextRange(start: 299 * 4, end: 299 * 4 + 3))
        // Only a range of one non-empty line has its only line; more than a buffer's worth too.
        #expect(!manyLines.contains { $0.isOnlyLine })
        #expect(scannedLines(text).allSatisfy { !$0.isOnlyLine })
        #expect(scannedLines("one line only\n\n".utf16Units).map(\.isOnlyLine) == [true])
    }

    @Test func sitesShapeSeesLineBreaksSymbolsAndGaps() {
        let string = "a {b}   c\nd"
        let units = string.utf16Units
        let offsets = notable(string)
        let shape = units.withUnsafeBufferPointer { CharacterScans.sitesShape($0, offsets[...]) }
        #expect(shape.lineBreaks == 1)
        #expect(shape.symbols == 2)
        #expect(shape.columnGaps == 1)
    }

    /// The kernel takes letters, digits and single spaces as plain without looking them up;
    /// the table it is given must agree that none of them is a site.
    @Test func theKernelsPlainUnitsAreNeverSites() {
        let plain = Array(0x30...0x39) + Array(0x41...0x5A) + Array(0x61...0x7A) + Array(0xC0...0xFF).filter { $0 != 0xD7 && $0 != 0xF7 } + Array(0x410...0x44F)
        for unit in plain {
            #expect(CharacterTables.siteClass(of: UInt16(unit)).isEmpty, "U+\(String(unit, radix: 16))")
        }
    }

    @Test func namedCharactersHaveTheirClasses() {
        func classes(_ character: String) -> SiteClass { CharacterTables.siteClass(of: character.utf16.first!) }
        #expect(classes(".") == .sentenceMark)
        #expect(classes("。") == [.sentenceMark, .fullWidth])
        #expect(classes(";") == [.clauseMark, .codeSymbol])
        // Windows-1252's characters also stand for UTF-8 continuation bytes.
        #expect(classes("“") == [.quote, .encodingTail])
        #expect(classes("(") == .bracket)
        #expect(classes("[") == [.bracket, .codeSymbol])
        #expect(classes("\n") == .lineBreak)
        #expect(classes("\u{A0}") == [.otherSpace, .encodingTail])
        #expect(classes("\u{200B}") == .invisible)
        #expect(classes("©") == .encodingTail)
        #expect(classes("€") == .encodingTail)
        #expect(classes("\u{FFFD}") == .replacement)
        #expect(classes("—") == [.dash, .encodingTail])
        #expect(classes("‐") == .dash)
        #expect(classes("&") == .other)
        #expect(classes("😀") == .astral)
        #expect(classes("a").isEmpty)
    }

    @Test func mixedScriptWordsNeedTwoAlphabets() throws {
        // "Mоscow" with a Cyrillic о, a Russian word, an English word.
        let string = "M\u{043E}scow \u{043C}\u{0438}\u{0440} peace"
        let units = string.utf16Units
        let table = try WordTable.words(of: units)
        let found = units.withUnsafeBufferPointer { CharacterScans.mixedScriptWords($0, table) }
        #expect(table.count == 3)
        #expect(found == [0])
    }

    /// The scan visits only notable offsets; it must find what a walk over every character
    /// finds. The reference below is that walk, written plainly.
    @Test func technicalTokensMatchAWalkOverEveryCharacter() {
        let pieces = ["a", "bc", " ", "  ", ".", "/", "`", "<!--", "-->", "-", "中", "。", "，", "\n", "=", "1", "$", "~", "\u{00A0}", "x:y", "@", "#"]
        var generator = SplitMix(seed: 42)
        for _ in 0..<4000 {
            var string = ""
            for _ in 0..<Int(generator.next() % 24) { string += pieces[Int(generator.next() % UInt64(pieces.count))] }
            #expect(spans(string) == referenceSpans(string), "\(string.debugDescription)")
        }
    }

    private func referenceSpans(_ string: String) -> [String] {
        let text = string.utf16Units
        func isSpace(_ unit: UInt16) -> Bool { CharacterClass.of(unit: unit).contains(.space) }
        let cjkPunctuation: Set<UInt16> = [0x3002, 0xFF0C, 0x3001, 0xFF1B, 0xFF1A, 0xFF01, 0xFF1F]
        let inside = UnitSet(".@/:_=\\${}<>|#")
        let lead = UnitSet("-$~^#/")
        var found: [String] = []
        var index = 0
        while index < text.count {
            let unit = text[index]
            if unit == 0x3C, index + 3 < text.count, text[index + 1] == 0x21, text[index + 2] == 0x2D, text[index + 3] == 0x2D {
                var end = index + 4
                while end + 2 < text.count, !(text[end] == 0x2D && text[end + 1] == 0x2D && text[end + 2] == 0x3E) { end += 1 }
                let close = min(text.count, end + 3)
                found.append("zone:" + String(utf16Units: text[index..<close]))
                index = close
                continue
            }
            if unit == 0x60 {
                if let close = (index + 1..<min(text.count, index + 400)).first(where: { text[$0] == 0x60 || text[$0] == 0x0A }), text[close] == 0x60 {
                    found.append("zone:" + String(utf16Units: text[index...close]))
                    index = close + 1
                    continue
                }
            } else if !isSpace(unit), index == 0 || isSpace(text[index - 1]) || (unit < 0x80 && text[index - 1] >= 0x3000) {
                var end = index
                var technical = lead.contains(unit)
                while end < text.count, !isSpace(text[end]), !cjkPunctuation.contains(text[end]) {
                    if inside.contains(text[end]), end + 1 < text.count, !isSpace(text[end + 1]) { technical = true }
                    end += 1
                }
                if technical { found.append("token:" + String(utf16Units: text[index..<end])) }
                index = max(end, index + 1)
                continue
            }
            index += 1
        }
        return found
    }
}
