/// A half-open range of UTF-16 code units in one text.
///
/// translint counts every position in UTF-16 code units, ICU's own unit and the one that
/// LanguageTool's API, LSP and SARIF (`utf16CodeUnits`) use. Lines and columns are derived
/// only at the report edge.
public struct TextRange: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        precondition(start <= end, "TextRange start \(start) is after its end \(end)")
        self.start = start
        self.end = end
    }

    public init(start: Int, length: Int) {
        self.init(start: start, end: start + length)
    }

    public var length: Int { end - start }
    public var isEmpty: Bool { start == end }

    public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }

    public func contains(_ other: TextRange) -> Bool { other.start >= start && other.end <= end }

    /// Whether the ranges share at least one code unit, or (for empty ranges) touch.
    public func overlaps(_ other: TextRange) -> Bool {
        if isEmpty || other.isEmpty { return other.start <= end && start <= other.end }
        return other.start < end && start < other.end
    }

    /// Number of code units between the two ranges; 0 when they overlap or touch.
    public func distance(to other: TextRange) -> Int {
        if other.start >= end { return other.start - end }
        if start >= other.end { return start - other.end }
        return 0
    }

    public func shifted(by delta: Int) -> TextRange {
        TextRange(start: start + delta, end: end + delta)
    }

    public static func < (lhs: TextRange, rhs: TextRange) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }

    public var description: String { "\(start)..<\(end)" }
}
