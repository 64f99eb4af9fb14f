import TextCore

/// Builds a prose view block by block: the text, its map back to the file, the blocks, the
/// opaque stretches.
struct ProseBuilder {
    private(set) var text: [UInt16] = []
    private var map = ProseMap()
    private var blocks: [ProseBlock] = []
    private var opaque: [TextRange] = []
    private var open: (start: Int, kind: BlockKind, language: LanguageTag?, unit: Int?)?

    /// Starts a block; text appended until `endBlock` belongs to it.
    mutating func startBlock(_ kind: BlockKind, language: LanguageTag? = nil, unit: Int? = nil) {
        if open != nil { endBlock(at: nil) }
        open = (text.count, kind, language, unit)
    }

    var isInBlock: Bool { open != nil }
    /// Whether the prose ends with white space (or is empty): HTML collapses the next space.
    var endsWithSpace: Bool { text.last.map { $0 == 0x20 || $0 == 0x0A } ?? true }
    var currentKind: BlockKind? { open?.kind }

    /// Appends the file's units `original`, one for one.
    mutating func appendCopy(of original: TextRange, from source: [UInt16]) {
        guard !original.isEmpty else { return }
        text.append(contentsOf: source[original.start..<original.end])
        map.appendCopy(of: original)
    }

    /// Appends units that stand for the whole of `original` (empty for made-up separators).
    mutating func append(_ units: [UInt16], standingFor original: TextRange) {
        guard !units.isEmpty else { return }
        text.append(contentsOf: units)
        map.appendStretch(length: units.count, for: original)
    }

    /// Appends a decoded text where `alignment` says it lies; returns its range in the prose.
    @discardableResult
    mutating func append(_ decoded: [UInt16], aligned alignment: Alignment) -> TextRange {
        let start = text.count
        for piece in alignment.pieces {
            if piece.isCopy {
                text.append(contentsOf: decoded[piece.decoded])
                map.appendCopy(of: piece.original)
            } else {
                append(Array(decoded[piece.decoded]), standingFor: piece.original)
            }
        }
        return TextRange(start: start, end: text.count)
    }

    /// Marks a stretch of the prose as opaque: one unit to the reader, not prose.
    mutating func markOpaque(_ range: TextRange) {
        guard !range.isEmpty else { return }
        if let last = opaque.last, last.end >= range.start {
            opaque[opaque.count - 1] = TextRange(start: min(last.start, range.start), end: max(last.end, range.end))
        } else {
            opaque.append(range)
        }
    }

    /// Ends the open block (dropped when it holds only white space) and separates it from
    /// the next by a blank line standing for the file position `position` (the block's end).
    mutating func endBlock(at position: Int?) {
        guard let block = open else { return }
        open = nil
        var start = block.start
        var end = text.count
        while start < end, Self.isSpace(text[start]) { start += 1 }
        while end > start, Self.isSpace(text[end - 1]) { end -= 1 }
        if start < end {
            blocks.append(ProseBlock(range: TextRange(start: start, end: end), kind: block.kind, language: block.language, unit: block.unit))
        }
        let anchor = position ?? map.originalEnd(text.count)
        append([0x0A, 0x0A], standingFor: TextRange(start: anchor, end: anchor))
    }

    private static func isSpace(_ unit: UInt16) -> Bool { unit == 0x20 || unit == 0x09 || unit == 0x0A || unit == 0x0D || unit == 0xA0 }

    /// The finished view.
    mutating func finish(units: [ProseUnit] = [], suppressions: [SuppressionComment] = [], declaredLanguage: LanguageTag? = nil) -> ProseView {
        if open != nil { endBlock(at: nil) }
        // Opaque stretches only inside blocks, and never a separator.
        let kept = opaque.compactMap { range -> TextRange? in
            guard let block = blocks.first(where: { $0.range.overlaps(range) }) else { return nil }
            let clipped = TextRange(start: max(range.start, block.range.start), end: min(range.end, block.range.end))
            return clipped.isEmpty ? nil : clipped
        }
        return ProseView(text: text, map: map, blocks: blocks, opaque: kept, units: units, suppressions: suppressions, declaredLanguage: declaredLanguage)
    }
}
