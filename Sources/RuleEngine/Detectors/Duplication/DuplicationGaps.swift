import TextCore

/// Helpers the duplication detectors share for what lies between words.
enum DuplicationGaps {
    /// Whether `text[from..<to]` holds only spaces (and at most one line break): the words
    /// around it are adjacent in the same paragraph with no punctuation between them.
    static func isBlank(_ text: TextView, from: Int, to: Int, allowLineBreak: Bool) -> Bool {
        var lineBreaks = 0
        var index = from
        while index < to {
            let unit = text[index]
            if unit == 0x0A || unit == 0x2028 {
                lineBreaks += 1
            } else if unit == Unit.carriageReturn {
                if index + 1 < to, text[index + 1] == Unit.lineFeed { index += 1 }
                lineBreaks += 1
            } else if !CharacterClass.of(unit: unit).contains(.space) {
                return false
            }
            index += 1
        }
        return lineBreaks == 0 || (allowLineBreak && lineBreaks == 1)
    }

    /// Whether the gap between two words holds no paragraph break (punctuation allowed).
    static func isWithinParagraph(_ text: TextView, from: Int, to: Int) -> Bool {
        var lineBreaks = 0
        for index in from..<to where text[index] == 0x0A || text[index] == 0x2029 {
            lineBreaks += 1
            if lineBreaks > 1 || text[index] == 0x2029 { return false }
        }
        return true
    }

    /// Whether the text between two copies of a phrase is only spaces and at most one comma,
    /// semicolon or dash: a stutter. A full stop, a bracket or a quotation mark in between
    /// means the repetition is deliberate ("the shell. The shell", "packages (New packages)").
    static func isLightSeparator(_ text: TextView, from: Int, to: Int) -> Bool {
        var marks = 0
        for index in from..<to {
            let unit = text[index]
            if CharacterClass.of(unit: unit).contains(.space) { continue }
            // Not the CJK enumeration commas: "小于、小于或等于" lists, it does not stutter.
            guard [Unit.comma, Unit.semicolon, Unit.emDash, Unit.enDash, Unit.hyphenMinus].contains(unit) else { return false }
            marks += 1
        }
        return marks <= 1
    }

    /// Whether the word at `range` has two or more letters, all capitals.
    static func isAllCaps(_ text: TextView, _ range: TextRange) -> Bool {
        var letters = 0
        for index in range.start..<range.end {
            let properties = CharacterClass.of(unit: text[index])
            if properties.contains(.lower) { return false }
            if properties.contains(.upper) { letters += 1 }
        }
        return letters >= 2
    }

    static func startsLowercase(_ word: String) -> Bool {
        word.unicodeScalars.first.map { CharacterClass.of($0.value).contains(.lower) } ?? false
    }

    static func startsUppercase(_ word: String) -> Bool {
        word.unicodeScalars.first.map { CharacterClass.of($0.value).contains(.upper) } ?? false
    }
}
