/// Where a window of plain text ends (in UTF-8 bytes; written for any code unit): the latest clean
/// cut in the window's second half — after a blank line, else after a line break, else at a
/// space after a full stop, question or exclamation mark, else at a space between two
/// different words (a doubled word stays in one window), else before the last character.
enum WindowCut {
    /// The cut in a full window of `text` (more text follows it). `continues` tells a unit
    /// that continues a character (a UTF-8 continuation byte, a low surrogate), `leads` one
    /// that starts a character of several units.
    static func cut<Unit: FixedWidthInteger>(_ text: UnsafeBufferPointer<Unit>, continues: (Unit) -> Bool, leads: (Unit) -> Bool) -> Int {
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
        var end = text.count
        while end > 1, continues(text[end - 1]) { end -= 1 }
        // The first unit of the character cut in two goes to the next window too, and so does
        // a CR whose LF may follow.
        if end > 1, leads(text[end - 1]) || text[end - 1] == 0x0D { end -= 1 }
        return end
    }

    private static func isBlank<Unit: FixedWidthInteger>(_ unit: Unit) -> Bool {
        unit == 0x20 || unit == 0x09 || unit == 0x0A || unit == 0x0D
    }

    /// Whether the words either side of the space at `index` are the same (ASCII letters case
    /// folded), or the word after it may run on past the window.
    private static func repeatsWord<Unit: FixedWidthInteger>(around index: Int, in text: UnsafeBufferPointer<Unit>) -> Bool {
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
