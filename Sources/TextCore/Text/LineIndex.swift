/// A 1-based line and column. Columns count UTF-16 code units, as SARIF's
/// `utf16CodeUnits` column kind does.
public struct SourceLocation: Hashable, Sendable, Codable, CustomStringConvertible {
    public let line: Int
    public let column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column)" }
}

/// Start offsets of the lines of a text, for turning offsets into lines and columns.
/// LF, CRLF and a lone CR each end one line.
public struct LineIndex: Sendable, Equatable {
    /// Offset where each line starts; the first is always 0.
    public private(set) var lineStarts: [Int]

    public init(_ text: UnsafeBufferPointer<UInt16>) {
        var starts = [0]
        // The line ends are found by a C scan that skips four units at a time.
        let ends = CharacterScans.lineEnds(text)
        var previousCR = -2
        for offset in ends {
            let index = Int(offset)
            if text[index] == 0x0A {
                // The LF of a CR LF pair: the line already started after the CR.
                if previousCR == index - 1 {
                    starts[starts.count - 1] = index + 1
                } else {
                    starts.append(index + 1)
                }
            } else {
                starts.append(index + 1)
                previousCR = index
            }
        }
        lineStarts = starts
    }

    public init(_ text: [UInt16]) {
        self = text.withUnsafeBufferPointer { LineIndex($0) }
    }

    public var lineCount: Int { lineStarts.count }

    /// The 0-based index of the line holding `offset`.
    public func lineIndex(of offset: Int) -> Int {
        max(0, lineStarts.partitionPoint { $0 > offset } - 1)
    }

    public func location(of offset: Int) -> SourceLocation {
        let line = lineIndex(of: offset)
        return SourceLocation(line: line + 1, column: offset - lineStarts[line] + 1)
    }

    /// The range of the line holding `offset`, without its line break.
    public func lineRange(containing offset: Int, in text: UnsafeBufferPointer<UInt16>) -> TextRange {
        let line = lineIndex(of: offset)
        let start = lineStarts[line]
        var end = line + 1 < lineStarts.count ? lineStarts[line + 1] : text.count
        while end > start, text[end - 1] == 0x0A || text[end - 1] == 0x0D { end -= 1 }
        return TextRange(start: start, end: end)
    }
}
