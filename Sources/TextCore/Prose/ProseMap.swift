/// Maps offsets in a prose view (the text a reader reads, extracted from a Markdown, HTML,
/// XLIFF or PO file) back to the file as read.
///
/// The prose text is made of pieces, in order: runs copied unchanged from the file (one unit
/// for one unit), decoded stretches (an entity `&amp;` read as `&`, an escape `\"` read as
/// `"`, a run of white space read as one space), and separators the view adds between
/// blocks (no unit of the file). What lies between two pieces' stretches of the file —
/// markup, syntax, code that is not prose — was left out.
///
/// A range maps to whole stretches: its start to the start of the piece unit it starts in,
/// its end to the end of the unit it ends after. So a finding on the first word after
/// `**` starts at the word, not at the asterisks.
public struct ProseMap: Sendable, Equatable {
    private var proseStarts: [Int32] = []
    private var originalStarts: [Int32] = []
    private var originalLengths: [Int32] = []
    /// Whether each piece is copied unit for unit (else its units all map to its whole stretch).
    private var isCopy: [Bool] = []
    /// Length of the prose text.
    public private(set) var proseLength = 0

    public init() {}

    /// The identity map of a text of `length` units (plain text).
    public static func identity(length: Int) -> ProseMap {
        var map = ProseMap()
        map.appendCopy(of: TextRange(start: 0, length: length))
        return map
    }

    public var pieceCount: Int { proseStarts.count }

    /// Whether every unit of the prose is the unit at the same offset of the file.
    public var isIdentity: Bool {
        proseStarts.count <= 1 && (proseStarts.isEmpty || (isCopy[0] && originalStarts[0] == 0))
    }

    /// Adds prose units copied from `original`, one for one.
    public mutating func appendCopy(of original: TextRange) {
        guard !original.isEmpty else { return }
        // Extends the previous copy when this one continues it.
        if let last = proseStarts.indices.last, isCopy[last], Int(originalStarts[last] + originalLengths[last]) == original.start {
            originalLengths[last] += Int32(original.length)
            proseLength += original.length
            return
        }
        append(proseLength: original.length, original: original, copy: true)
    }

    /// Adds `length` prose units that stand for the whole of `original` (a decoded entity,
    /// an escape, a separator the view made up, for which `original` is empty).
    public mutating func appendStretch(length: Int, for original: TextRange) {
        guard length > 0 else { return }
        append(proseLength: length, original: original, copy: original.length == length && length == 1)
    }

    private mutating func append(proseLength length: Int, original: TextRange, copy: Bool) {
        proseStarts.append(Int32(proseLength))
        originalStarts.append(Int32(original.start))
        originalLengths.append(Int32(original.length))
        isCopy.append(copy)
        proseLength += length
    }

    /// The file offset where the prose unit at `offset` starts.
    public func originalStart(_ offset: Int) -> Int {
        guard !proseStarts.isEmpty else { return offset }
        if offset >= proseLength { return originalEnd(proseLength) }
        let piece = self.piece(containing: offset)
        return Int(originalStarts[piece]) + (isCopy[piece] ? offset - Int(proseStarts[piece]) : 0)
    }

    /// The file offset just after the prose unit that ends at `offset` (exclusive end).
    public func originalEnd(_ offset: Int) -> Int {
        guard !proseStarts.isEmpty else { return offset }
        guard offset > 0 else { return Int(originalStarts[0]) }
        let piece = self.piece(containing: min(offset, proseLength) - 1)
        let end = Int(originalStarts[piece] + originalLengths[piece])
        return isCopy[piece] ? end - (Int(proseStarts[piece]) + pieceLength(piece) - min(offset, proseLength)) : end
    }

    /// The file range of a prose range (an empty range maps to an empty range at its start).
    public func original(_ range: TextRange) -> TextRange {
        let start = originalStart(range.start)
        guard !range.isEmpty else { return TextRange(start: start, end: start) }
        return TextRange(start: start, end: max(start, originalEnd(range.end)))
    }

    private func pieceLength(_ piece: Int) -> Int {
        (piece + 1 < proseStarts.count ? Int(proseStarts[piece + 1]) : proseLength) - Int(proseStarts[piece])
    }

    private func piece(containing offset: Int) -> Int {
        max(0, proseStarts.partitionPoint { Int($0) > offset } - 1)
    }
}
