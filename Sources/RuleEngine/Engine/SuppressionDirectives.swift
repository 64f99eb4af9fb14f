import TextCore

/// Inline suppressions written in HTML comments (Markdown and HTML articles):
///
/// ```
/// <!-- translint-disable quotes.style duplication -->   … until the matching enable
/// <!-- translint-enable -->                             ends every disable (or the listed ones)
/// <!-- translint-disable-next-line sentences.split -->  only the next line
/// ```
///
/// A directive names rule ids, families, or nothing (every rule).
struct SuppressionDirectives {
    private struct Region {
        let selectors: [String]  // empty: every rule
        var range: TextRange
    }

    private var regions: [Region] = []

    var isEmpty: Bool { regions.isEmpty }

    /// Reads the directives of `text`. Directives live in HTML comments, and a text without a
    /// comment start at one of its code symbols (`openingAngles`, which hold every "<") has none.
    init(_ text: TextView, openingAngles: SiteList) {
        guard openingAngles.contains(where: { Self.startsComment(text, $0) }) else { return }
        let marker = Array("translint-".utf16)
        guard Self.contains(text, marker) else { return }
        let open = Array("<!--".utf16)
        let close = Array("-->".utf16)
        var openDisables: [Region] = []
        var index = 0
        while let start = Self.find(open, in: text, from: index) {
            guard let end = Self.find(close, in: text, from: start + open.count) else { break }
            let body = text.string((start + open.count)..<end).trimmingWhitespace
            index = end + close.count
            let words = body.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\n" || $0 == "\t" }).map(String.init)
            guard let command = words.first else { continue }
            let selectors = Array(words.dropFirst())
            switch command {
            case "translint-disable":
                openDisables.append(Region(selectors: selectors, range: TextRange(start: index, end: text.count)))
            case "translint-enable":
                var remaining: [Region] = []
                for var region in openDisables {
                    if selectors.isEmpty || region.selectors == selectors || (!region.selectors.isEmpty && Set(region.selectors).isSubset(of: Set(selectors))) {
                        region.range = TextRange(start: region.range.start, end: start)
                        regions.append(region)
                    } else {
                        remaining.append(region)
                    }
                }
                openDisables = remaining
            case "translint-disable-next-line":
                // From the end of this comment's line to the end of the next line.
                var lineEnd = index
                while lineEnd < text.count, !UTF16Scalar.isLineBreak(text[lineEnd]) { lineEnd += 1 }
                var nextStart = lineEnd
                if nextStart < text.count, text[nextStart] == 0x0D { nextStart += 1 }
                if nextStart < text.count, text[nextStart] == 0x0A { nextStart += 1 }
                var nextEnd = nextStart
                while nextEnd < text.count, !UTF16Scalar.isLineBreak(text[nextEnd]) { nextEnd += 1 }
                regions.append(Region(selectors: selectors, range: TextRange(start: nextStart, end: max(nextStart, nextEnd))))
            default:
                continue
            }
        }
        regions += openDisables
    }

    /// Whether a finding of `rule` starting at `offset` is suppressed.
    func suppresses(_ rule: RuleID, at offset: Int) -> Bool {
        regions.contains { region in
            (region.range.contains(offset) || (region.range.isEmpty && region.range.start == offset))
                && (region.selectors.isEmpty || region.selectors.contains { $0 == rule.description || $0 == rule.family.rawValue || $0 == "\(rule.family.rawValue).*" })
        }
    }

    @inline(__always)
    private static func startsComment(_ text: TextView, _ offset: Int) -> Bool {
        text[offset] == 0x3C && offset + 3 < text.count && text[offset + 1] == 0x21 && text[offset + 2] == 0x2D && text[offset + 3] == 0x2D
    }

    private static func contains(_ text: TextView, _ needle: [UInt16]) -> Bool {
        find(needle, in: text, from: 0) != nil
    }

    private static func find(_ needle: [UInt16], in text: TextView, from start: Int) -> Int? {
        guard !needle.isEmpty, text.count >= needle.count else { return nil }
        var index = start
        let last = text.count - needle.count
        while index <= last {
            if text[index] == needle[0] {
                var matched = true
                for offset in 1..<needle.count where text[index + offset] != needle[offset] {
                    matched = false
                    break
                }
                if matched { return index }
            }
            index += 1
        }
        return nil
    }
}

private extension String {
    var trimmingWhitespace: String {
        String(drop(while: { $0.isWhitespace }).reversed().drop(while: { $0.isWhitespace }).reversed())
    }
}
