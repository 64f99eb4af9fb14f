/// Maps offsets in a document's NFC text back to the text as it was read.
///
/// Normalization rewrites short stretches (a base letter and its combining marks); everything
/// between them is copied unchanged, shifted by the length change of the stretches before it.
/// The map stores only the rewritten stretches. A position inside a rewritten stretch maps to
/// the stretch's start when it starts a range and to its end when it ends one, so a mapped
/// range always covers whole characters of the original.
public struct OffsetMap: Sendable, Equatable {
    private var normalizedStarts: [Int] = []
    private var normalizedEnds: [Int] = []
    private var originalStarts: [Int] = []
    private var originalEnds: [Int] = []

    public init() {}

    /// True when NFC changed nothing.
    public var isIdentity: Bool { normalizedStarts.isEmpty }

    /// Number of stretches normalization rewrote.
    public var rewrittenStretches: Int { normalizedStarts.count }

    /// The rewritten stretches, as ranges of the NFC text.
    public var rewrittenRanges: [TextRange] {
        zip(normalizedStarts, normalizedEnds).map { TextRange(start: $0, end: $1) }
    }

    /// Records that `normalized` in the NFC text replaced `original` in the text as read.
    /// Stretches must be recorded in text order.
    mutating func record(normalized: TextRange, original: TextRange) {
        normalizedStarts.append(normalized.start)
        normalizedEnds.append(normalized.end)
        originalStarts.append(original.start)
        originalEnds.append(original.end)
    }

    /// The original offset of a range start at `offset` in the NFC text.
    public func originalStart(_ offset: Int) -> Int { map(offset, isEnd: false) }

    /// The original offset of a range end at `offset` in the NFC text.
    public func originalEnd(_ offset: Int) -> Int { map(offset, isEnd: true) }

    /// The original range of an NFC range.
    public func original(_ range: TextRange) -> TextRange {
        if isIdentity { return range }
        let start = originalStart(range.start)
        return TextRange(start: start, end: max(start, originalEnd(range.end)))
    }

    /// The NFC offset of an offset in the original text (rewritten stretches map to their start).
    public func normalized(_ offset: Int) -> Int {
        guard let index = lastIndex(in: originalStarts, atOrBefore: offset) else { return offset }
        if offset < originalEnds[index] { return normalizedStarts[index] }
        return offset - originalEnds[index] + normalizedEnds[index]
    }

    private func map(_ offset: Int, isEnd: Bool) -> Int {
        guard let index = lastIndex(in: normalizedStarts, atOrBefore: offset) else { return offset }
        if offset == normalizedStarts[index] { return originalStarts[index] }
        if offset < normalizedEnds[index] { return isEnd ? originalEnds[index] : originalStarts[index] }
        return offset - normalizedEnds[index] + originalEnds[index]
    }

    /// Index of the last element `<= value` in a sorted array.
    private func lastIndex(in sorted: [Int], atOrBefore value: Int) -> Int? {
        let after = sorted.partitionPoint { $0 > value }
        return after == 0 ? nil : after - 1
    }
}
