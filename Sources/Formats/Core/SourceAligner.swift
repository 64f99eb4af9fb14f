import MarkdownBridge
import TextCore

/// A stretch of a parser's decoded text and the stretch of the file it was read from.
struct AlignedPiece: Equatable {
    /// Offsets in the decoded text.
    var decoded: Range<Int>
    /// Offsets in the file.
    var original: TextRange
    /// Whether the two are the same units (else the decoded units stand for the whole stretch:
    /// an entity, an escape, a run of white space).
    var isCopy: Bool
}

/// Where a decoded text lies in the file, piece by piece.
struct Alignment: Equatable {
    var pieces: [AlignedPiece] = []

    var originalStart: Int? { pieces.first?.original.start }
    var originalEnd: Int? { pieces.last?.original.end }

    /// The file offset of decoded offset `offset` (the start of the piece unit holding it).
    func originalOffset(ofDecoded offset: Int) -> Int? {
        for piece in pieces where piece.decoded.contains(offset) {
            return piece.isCopy ? piece.original.start + (offset - piece.decoded.lowerBound) : piece.original.start
        }
        return offset == pieces.last?.decoded.upperBound ? pieces.last?.original.end : nil
    }

    /// The decoded offset of file offset `offset`, when the offset falls in a piece.
    func decodedOffset(ofOriginal offset: Int) -> Int? {
        for piece in pieces where piece.original.contains(offset) || (piece.original.isEmpty && piece.original.start == offset) {
            return piece.isCopy ? piece.decoded.lowerBound + (offset - piece.original.start) : piece.decoded.lowerBound
        }
        if let last = pieces.last, offset == last.original.end { return last.decoded.upperBound }
        return nil
    }
}

/// Finds where a parser's decoded text (a Markdown text node, an HTML text node, XLIFF
/// character data, a YAML value) lies in the file, unit by unit.
///
/// Parsers decode what they read — entities, character references, backslash escapes,
/// folded lines — and CommonMark's parser gives no reliable position for inline text. The
/// aligner walks the decoded text and the file together: equal units are copies; an entity
/// or escape in the file stands for the units it decodes to; a run of white space stands
/// for one space. Where a text's place is not known exactly (Markdown inlines), it is the
/// first place at or after a cursor where the whole text aligns.
struct SourceAligner {
    let source: [UInt16]
    /// Whether `\` before ASCII punctuation is an escape (Markdown).
    var decodesEscapes = false
    /// Whether `&name;` and `&#…;` are references to decode (Markdown, HTML, XML).
    var decodesEntities = true
    /// Whether a run of white space in the file may stand for one white-space unit of the
    /// text (YAML and XML attribute-like folding; Markdown soft breaks are their own nodes).
    var foldsWhiteSpace = true

    /// The alignment of `text` starting exactly at `start` and ending before `limit`.
    func align(_ text: [UInt16], at start: Int, limit: Int) -> Alignment? {
        guard !text.isEmpty else { return Alignment() }
        var alignment = Alignment()
        var position = start
        var index = 0
        while index < text.count {
            guard position < limit else { return nil }
            let unit = text[index]
            let here = source[position]
            if decodesEscapes, here == 0x5C, position + 1 < limit, source[position + 1] == unit, Self.isEscapable(unit) {
                Self.append(&alignment, decoded: index..<(index + 1), original: TextRange(start: position, length: 2), copy: false)
                position += 2
                index += 1
                continue
            }
            if decodesEntities, here == 0x26, let entity = Self.entity(in: source, at: position, limit: limit),
               index + entity.units.count <= text.count, Array(text[index..<(index + entity.units.count)]) == entity.units {
                Self.append(&alignment, decoded: index..<(index + entity.units.count), original: TextRange(start: position, length: entity.length), copy: false)
                position += entity.length
                index += entity.units.count
                continue
            }
            // A run of white space where both have one: unit for unit when the runs are the
            // same, else the text's run stands for the file's (a folded line, CR LF read as LF).
            if foldsWhiteSpace, Self.isWhiteSpace(unit), Self.isWhiteSpace(here) {
                var textEnd = index
                while textEnd < text.count, Self.isWhiteSpace(text[textEnd]) { textEnd += 1 }
                var end = position
                while end < limit, Self.isWhiteSpace(source[end]) { end += 1 }
                if textEnd - index == end - position, Array(text[index..<textEnd]) == Array(source[position..<end]) {
                    Self.append(&alignment, decoded: index..<textEnd, original: TextRange(start: position, end: end), copy: true)
                } else {
                    Self.append(&alignment, decoded: index..<textEnd, original: TextRange(start: position, end: end), copy: false)
                }
                position = end
                index = textEnd
                continue
            }
            // A plain copy after escapes and references: "&amp;" decodes to "&", and the "&" of
            // the decoded text is not the "&" of the file.
            if here == unit {
                Self.append(&alignment, decoded: index..<(index + 1), original: TextRange(start: position, length: 1), copy: true)
                position += 1
                index += 1
                continue
            }
            return nil
        }
        return alignment
    }

    /// The first alignment of `text` starting at or after `from` and ending before `limit`.
    func find(_ text: [UInt16], from: Int, limit: Int) -> Alignment? {
        guard let first = text.first else { return Alignment() }
        var start = max(0, from)
        while start < limit {
            let here = source[start]
            if here == first || here == 0x5C || here == 0x26 || (Self.isWhiteSpace(first) && Self.isWhiteSpace(here)),
               let alignment = align(text, at: start, limit: limit) {
                return alignment
            }
            start += 1
        }
        return nil
    }

    private static func append(_ alignment: inout Alignment, decoded: Range<Int>, original: TextRange, copy: Bool) {
        if copy, let last = alignment.pieces.last, last.isCopy, last.decoded.upperBound == decoded.lowerBound, last.original.end == original.start {
            alignment.pieces[alignment.pieces.count - 1].decoded = last.decoded.lowerBound..<decoded.upperBound
            alignment.pieces[alignment.pieces.count - 1].original = TextRange(start: last.original.start, end: original.end)
            return
        }
        alignment.pieces.append(AlignedPiece(decoded: decoded, original: original, isCopy: copy))
    }

    static func isWhiteSpace(_ unit: UInt16) -> Bool { unit == 0x20 || unit == 0x09 || unit == 0x0A || unit == 0x0D }

    /// ASCII punctuation, which CommonMark lets a backslash escape.
    static func isEscapable(_ unit: UInt16) -> Bool {
        (0x21...0x2F).contains(unit) || (0x3A...0x40).contains(unit) || (0x5B...0x60).contains(unit) || (0x7B...0x7E).contains(unit)
    }

    /// The entity or character reference at `offset` (which holds `&`): what it decodes to
    /// and how many units it takes, as HTML5 (and so CommonMark and XML) define them.
    static func entity(in source: [UInt16], at offset: Int, limit: Int) -> (units: [UInt16], length: Int)? {
        var bytes: [UInt8] = []
        var end = offset + 1
        while end < limit, end - offset <= 40 {
            let unit = source[end]
            guard unit < 0x80, unit != 0x26, !isWhiteSpace(unit) else { break }
            bytes.append(UInt8(unit))
            end += 1
            if unit == 0x3B { break }
        }
        guard bytes.last == 0x3B else { return nil }
        var decoded = [UInt8](repeating: 0, count: 16)
        var written: Int32 = 0
        let consumed = bytes.withUnsafeBufferPointer { input in
            decoded.withUnsafeMutableBufferPointer { output in
                tl_md_entity(input.baseAddress, Int32(input.count), output.baseAddress, Int32(output.count), &written)
            }
        }
        guard consumed > 0, written > 0 else { return nil }
        let string = String(decoding: decoded.prefix(Int(written)), as: UTF8.self)
        return (Array(string.utf16), Int(consumed) + 1)
    }
}
