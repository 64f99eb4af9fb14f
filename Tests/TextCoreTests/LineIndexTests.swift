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
}
