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
        if let last = opaque.last, last.start <= range.start, last.end >= range.start {
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

    /// Cuts the last block at the units `separators` (prose offsets inside it, in order; the
    /// separators themselves belong to no block): a Symfony target "one|many" holds one text
    /// per plural form.
    mutating func splitLastBlock(at separators: [Int]) {
        guard let last = blocks.last, !separators.isEmpty else { return }
        blocks.removeLast()
        var start = last.range.start
        for cut in separators + [last.range.end] where cut >= start && cut <= last.range.end {
            var begin = start
            var end = cut
            while begin < end, Self.isSpace(text[begin]) { begin += 1 }
            while end > begin, Self.isSpace(text[end - 1]) { end -= 1 }
            if begin < end { blocks.append(ProseBlock(range: TextRange(start: begin, end: end), kind: last.kind, language: last.language, unit: last.unit)) }
            start = cut + 1
        }
    }

    private static func isSpace(_ unit: UInt16) -> Bool { unit == 0x20 || unit == 0x09 || unit == 0x0A || unit == 0x0D || unit == 0xA0 }

    /// The finished view.
    mutating func finish(units: [ProseUnit] = [], suppressions: [SuppressionComment] = [], declaredLanguage: LanguageTag? = nil,
                         sourceLanguage: LanguageTag? = nil) -> ProseView {
        if open != nil { endBlock(at: nil) }
        // Opaque stretches in order, merged, clipped to the blocks (never a separator).
        let sortedBlocks = blocks.map(\.range).sorted()
        var kept: [TextRange] = []
        for range in opaque.sorted() {
            let index = sortedBlocks.partitionPoint { $0.end > range.start }
            guard index < sortedBlocks.count, sortedBlocks[index].overlaps(range) else { continue }
            let block = sortedBlocks[index]
            let clipped = TextRange(start: max(range.start, block.start), end: min(range.end, block.end))
            guard !clipped.isEmpty else { continue }
            if let last = kept.last, last.end >= clipped.start {
                kept[kept.count - 1] = TextRange(start: last.start, end: max(last.end, clipped.end))
            } else {
                kept.append(clipped)
            }
        }
        var view = ProseView(text: text, map: map, blocks: blocks, opaque: kept, units: units, suppressions: suppressions, declaredLanguage: declaredLanguage)
        view.sourceLanguage = sourceLanguage
        return view
    }
}
