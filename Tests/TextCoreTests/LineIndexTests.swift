import TestSupport
import Testing
@testable import TextCore

@Suite struct LineIndexTests {
    @Test func handlesLFCRLFAndCR() {
        let index = LineIndex("one\ntwo\r\nthree\rfour".utf16Units)
        #expect(index.lineCount == 4)
        #expect(index.location(of: 0) == SourceLocation(line: 1, column: 1))
        #expect(index.location(of: 4) == SourceLocation(line: 2, column: 1))
        #expect(index.location(of: 9) == SourceLocation(line: 3, column: 1))
        #expect(index.location(of: 15) == SourceLocation(line: 4, column: 1))
        #expect(index.location(of: 17) == SourceLocation(line: 4, column: 3))
    }

    @Test func columnsCountUTF16Units() {
        let index = LineIndex("😀x".utf16Units)
        #expect(index.location(of: 2) == SourceLocation(line: 1, column: 3))
    }

    /// Line ends are found four units at a time; the starts must be those of a plain walk.
    @Test func agreesWithAPlainWalk() {
        let pieces: [[UInt16]] = [[0x61], [0x0A], [0x0D], [0x0D, 0x0A], [0x0B], [0x0C], [0x0E], [0x010A], [0x0D0A], [0xD83D, 0xDE00], [0x20, 0x20, 0x20]]
        var generator = SplitMix(seed: 5)
        for _ in 0..<3000 {
            var text: [UInt16] = []
            for _ in 0..<Int(generator.next() % 30) { text += pieces[Int(generator.next() % UInt64(pieces.count))] }
            var expected = [0]
            var index = 0
            while index < text.count {
                if text[index] == 0x0A {
                    expected.append(index + 1)
                } else if text[index] == 0x0D {
                    if index + 1 < text.count, text[index + 1] == 0x0A { index += 1 }
                    expected.append(index + 1)
                }
                index += 1
            }
            #expect(LineIndex(text).lineStarts == expected, "\(text)")
        }
    }
}
