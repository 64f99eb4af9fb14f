/// Where a window of UTF-8 plain text ends: the latest clean cut in the window's second half —
/// after a blank line, else after a line break, else after a sentence end (a full stop,
/// question or exclamation mark before a space, or an ideographic one, which needs no
/// space), else at a space between two different words (a doubled word stays in one window),
/// else before the last character that does not extend the one before it.
enum WindowCut {
    /// The cut in a full window of `text` (more text follows it).
    static func cut(_ text: UnsafeBufferPointer<UInt8>) -> Int {
        let lower = text.count / 2
        var lineBreak: Int?
        var sentenceEnd: Int?
        var space: Int?
        var index = text.count - 1
        while index >= lower {
            let unit = text[index]
            if unit == 0x0A {
                // A blank line: the line break before it, with a CR between or not.
                var before = index - 1
                if before >= 0, text[before] == 0x0D { before -= 1 }
                if before >= 0, text[before] == 0x0A { return index + 1 }
                if lineBreak == nil { lineBreak = index + 1 }
            } else if unit == 0x0D, index + 1 < text.count, text[index + 1] != 0x0A {
                // A lone CR ends a line; the CR of a CR LF pair does not (its LF follows).
                if lineBreak == nil { lineBreak = index + 1 }
            } else if lineBreak == nil, sentenceEnd == nil, index >= 2, isIdeographicSentenceEnd(text, endingAt: index) {
                sentenceEnd = index + 1
            } else if lineBreak == nil, unit == 0x20 || unit == 0x09 {
                if sentenceEnd == nil, index > 0, text[index - 1] == 0x2E || text[index - 1] == 0x21 || text[index - 1] == 0x3F {
                    sentenceEnd = index + 1
                } else if space == nil, !repeatsWord(around: index, in: text) {
                    space = index + 1
                }
            }
            index -= 1
        }
        if let cut = lineBreak ?? sentenceEnd ?? space { return cut }
        // Before the window's last character (what follows the window may attach to it), and
        // before any character that attaches to the one before it (combining marks, a joiner,
        // a variation selector) or is the LF of a CR LF pair, so no cluster is cut in two.
        var end = text.count
        repeat {
            end -= 1
            while end > 1, text[end] & 0xC0 == 0x80 { end -= 1 }
        } while end > 1 && (extendsPrevious(text, at: end) || (text[end] == 0x0A && text[end - 1] == 0x0D))
        return max(1, end)
    }

    /// Whether `。`, `！` or `？` (UTF-8, three bytes) ends at `index`.
    private static func isIdeographicSentenceEnd(_ text: UnsafeBufferPointer<UInt8>, endingAt index: Int) -> Bool {
        let (a, b, c) = (text[index - 2], text[index - 1], text[index])
        return (a == 0xE3 && b == 0x80 && c == 0x82) || (a == 0xEF && b == 0xBC && (c == 0x81 || c == 0x9F))
    }

    /// Whether the character starting at `index` attaches to the one before it: a combining
    /// diacritic (U+0300–U+036F), the zero-width joiner, or a variation selector.
    private static func extendsPrevious(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index < text.count else { return false }
        let lead = text[index]
        if (lead == 0xCC || lead == 0xCD), index + 1 < text.count { return lead == 0xCC || text[index + 1] <= 0xAF }
        guard index + 2 < text.count else { return false }
        return (lead == 0xE2 && text[index + 1] == 0x80 && text[index + 2] == 0x8D) || (lead == 0xEF && text[index + 1] == 0xB8)
    }

    private static func isBlank(_ unit: UInt8) -> Bool {
        unit == 0x20 || unit == 0x09 || unit == 0x0A || unit == 0x0D
    }

    /// Whether the words either side of the space at `index` are the same (ASCII letters case
    /// folded), or the word after it may run on past the window.
    private static func repeatsWord(around index: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        var before = index
        while before > 0, !isBlank(text[before - 1]) { before -= 1 }
        var after = index + 1
        while after < text.count, !isBlank(text[after]) { after += 1 }
        if after >= text.count { return true }
        guard after - (index + 1) == index - before, index > before else { return false }
        for offset in 0..<(index - before) where text[before + offset] | 0x20 != text[index + 1 + offset] | 0x20 { return false }
        return true
    }
}
