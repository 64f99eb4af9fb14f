import TextCore

/// Translator's notes: bracketed asides a translator adds for the reader, opened by one of
/// the markers the language's rule files list (`translator-notes`): `(訳注: …)`, `（译注：…）`,
/// `[N.d.T. : …]`, `(Anm. d. Übers.: …)`.
///
/// A note is the translator's own text, with no counterpart in the source: a file name or a
/// number it cites is not one the translation added or changed. The rules that compare with
/// the source leave what lies inside a note out of the comparison.
public final class TranslatorNotes: DocumentAnalysis {
    /// The notes, brackets included, in document order.
    public let ranges: [TextRange]

    /// A note ends at its closing bracket within this many UTF-16 units, or is not a note.
    static let longestNote = 2_000

    public init(_ document: AnalyzedDocument) {
        let markers = document.resources.translatorNoteMarkers.map { Array($0.utf16) }
        guard !markers.isEmpty else {
            ranges = []
            return
        }
        let brackets = document.sites(.bracket)
        ranges = document.withText { text in
            var found: [TextRange] = []
            for offset in brackets {
                guard found.last.map({ offset >= $0.end }) ?? true, let close = Self.closing(of: text[offset]) else { continue }
                var start = offset + 1
                while start < text.count, text[start] == Unit.space { start += 1 }
                guard markers.contains(where: { Self.has($0, in: text, at: start) }),
                      let end = Self.matchingClose(text, open: text[offset], close: close, after: offset) else { continue }
                found.append(TextRange(start: offset, end: end + 1))
            }
            return found
        }
    }

    /// Whether `offset` lies inside a note.
    public func contains(_ offset: Int) -> Bool {
        let index = ranges.partitionPoint { $0.end > offset }
        return index < ranges.count && ranges[index].contains(offset)
    }

    private static func closing(of unit: UInt16) -> UInt16? {
        Punctuation.bracketPairs.first { $0.open == unit }?.close
    }

    private static func has(_ marker: [UInt16], in text: TextView, at offset: Int) -> Bool {
        guard offset + marker.count <= text.count else { return false }
        for (index, unit) in marker.enumerated() where text[offset + index] != unit { return false }
        return true
    }

    /// The closing bracket that matches the one at `after`, nested brackets of the same kind
    /// counted, before a paragraph break.
    private static func matchingClose(_ text: TextView, open: UInt16, close: UInt16, after start: Int) -> Int? {
        var depth = 0
        var offset = start + 1
        let limit = min(text.count, start + longestNote)
        while offset < limit {
            let unit = text[offset]
            if unit == open { depth += 1 }
            if unit == close {
                if depth == 0 { return offset }
                depth -= 1
            }
            if unit == Unit.lineFeed, offset + 1 < limit, text[offset + 1] == Unit.lineFeed { return nil }
            offset += 1
        }
        return nil
    }
}
