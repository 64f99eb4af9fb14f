import TextCore

/// The attribute values of HTML and JSX tags that readers see as text about the page itself:
/// an image's `alt`, a figure's `caption`, an `aria-label`, a field's `placeholder`. (A
/// `title` is left out: on link cards and source references it is most often the title of
/// the page linked to, in that page's language.)
///
/// A Markdown page carries them in HTML blocks and, in MDX, in component tags
/// (`<Illustration caption="Render" alt="The chef gives React a fresh card." />`). Left in the
/// source language they are as untranslated as a paragraph, so the Markdown reader makes each
/// a caption block, at its exact place in the file. Values written as JSX expressions
/// (`alt={t.alt}`) are code, not text.
enum ProseAttributes {
    static let names: [[UInt16]] = ["alt", "caption", "aria-label", "placeholder"].map { Array($0.utf16) }

    /// The value ranges (without quotes) of the prose attributes of the tags in `range`.
    static func values(in units: [UInt16], _ range: TextRange) -> [TextRange] {
        var found: [TextRange] = []
        var offset = range.start
        var inTag = false
        while offset < range.end {
            let unit = units[offset]
            if unit == 0x3C { inTag = true }  // <
            if unit == 0x3E { inTag = false }  // >
            // An attribute name starts a tag's word: after white space inside a tag.
            if inTag, offset > range.start, isSpace(units[offset - 1]), let name = names.first(where: { has($0, units, at: offset, before: range.end) }) {
                var position = offset + name.count
                guard position + 1 < range.end, units[position] == 0x3D else { offset += 1; continue }  // =
                position += 1
                let quote = units[position]
                guard quote == 0x22 || quote == 0x27 else { offset = position; continue }
                var end = position + 1
                while end < range.end, units[end] != quote, units[end] != 0x0A { end += 1 }
                guard end < range.end, units[end] == quote else { offset = end; continue }
                if end > position + 1 { found.append(TextRange(start: position + 1, end: end)) }
                offset = end + 1
                continue
            }
            offset += 1
        }
        return found
    }

    private static func isSpace(_ unit: UInt16) -> Bool { unit == 0x20 || unit == 0x09 || unit == 0x0A || unit == 0x0D }

    /// Whether `name` is written at `offset`, as a whole word (then `=`).
    private static func has(_ name: [UInt16], _ units: [UInt16], at offset: Int, before end: Int) -> Bool {
        guard offset + name.count < end else { return false }
        for (index, unit) in name.enumerated() where units[offset + index] | 0x20 != unit { return false }
        return units[offset + name.count] == 0x3D
    }

    /// The lines of `units` (UTF-8 or UTF-16) that hold only one tag (`<TabItem
    /// label="Docker">`, `</Tabs>`), from the tag's `<` to its `>`: the MDX reading blanks
    /// them for cmark, and finds their attributes here.
    static func tagLines<Units: RandomAccessCollection>(in units: Units) -> [Range<Int>] where Units.Element: FixedWidthInteger, Units.Index == Int {
        var lines: [Range<Int>] = []
        var lineStart = 0
        while lineStart < units.count {
            var lineEnd = lineStart
            while lineEnd < units.count, units[lineEnd] != 0x0A, units[lineEnd] != 0x0D { lineEnd += 1 }
            var start = lineStart
            while start < lineEnd, units[start] == 0x20 || units[start] == 0x09 { start += 1 }
            var end = lineEnd
            while end > start, units[end - 1] == 0x20 || units[end - 1] == 0x09 { end -= 1 }
            if end - start >= 3, units[start] == 0x3C, units[end - 1] == 0x3E, !units[(start + 1)..<(end - 1)].contains(0x3C) {
                var name = start + 1
                if units[name] == 0x2F { name += 1 }
                if name < end, (0x41...0x5A).contains(units[name]) || (0x61...0x7A).contains(units[name]) {
                    lines.append(start..<end)
                }
            }
            lineStart = lineEnd + 1
        }
        return lines
    }
}
