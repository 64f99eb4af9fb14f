/// What a column counts. Offsets are always UTF-16 units (as LanguageTool, LSP and SARIF
/// count); columns can be given in the unit the reader's tool expects: UTF-16 units (the
/// default: SARIF, GitHub, LSP editors), Unicode code points (Emacs, SARIF's
/// `unicodeCodePoints`) or UTF-8 bytes (Vim's quickfix `%c`, GCC-style tools).
public enum ColumnUnit: String, Sendable, CaseIterable {
    case utf16
    case codepoint
    case byte

    /// How many of this unit the UTF-16 `units` hold. Additive over adjacent slices that do
    /// not split a surrogate pair: a pair counts at its first unit.
    public func count(_ units: ArraySlice<UInt16>) -> Int {
        switch self {
        case .utf16:
            return units.count
        case .codepoint:
            var count = 0
            for unit in units where unit & 0xFC00 != 0xDC00 { count += 1 }
            return count
        case .byte:
            var count = 0
            for unit in units {
                switch unit {
                case 0..<0x80: count += 1
                case 0x80..<0x800: count += 2
                case 0xD800..<0xDC00: count += 4
                case 0xDC00..<0xE000: break
                default: count += 3
                }
            }
            return count
        }
    }
}

/// Columns in a chosen unit for a run of offsets that mostly go forward (a document's
/// findings, sorted by start): each is counted on from the one before when it is on the same
/// line and later, so a long line with many findings is not rescanned for each.
public struct ColumnCounter {
    public let unit: ColumnUnit
    private var lineStart = -1
    private var offset = 0
    private var count = 0

    public init(unit: ColumnUnit) {
        self.unit = unit
    }

    /// The location of `offset` in `text`, its column in this counter's unit.
    public mutating func location(of offset: Int, in text: [UInt16], lines: LineIndex) -> SourceLocation {
        let location = lines.location(of: offset)
        guard unit != .utf16 else { return location }
        let start = offset - (location.column - 1)
        let end = min(offset, text.count)
        if start == lineStart, end >= self.offset {
            count += unit.count(text[self.offset..<end])
        } else {
            count = unit.count(text[start..<end])
        }
        lineStart = start
        self.offset = end
        return SourceLocation(line: location.line, column: count + 1)
    }
}
