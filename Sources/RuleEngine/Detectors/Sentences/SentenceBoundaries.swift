import TextCore

/// Tests the sentence detectors share: is this period the end of a sentence, or part of an
/// abbreviation, an initial, a number or an ellipsis?
enum SentenceBoundaries {
    /// Whether the word ending at `end` is all lowercase and at most four letters long.
    static func isShortLowercaseWord(_ text: TextView, endingAt end: Int) -> Bool {
        var start = end
        while start > 0, CharacterClass.of(unit: text[start - 1]).contains(.alphabetic) { start -= 1 }
        let length = end - start
        return length >= 1 && length <= 4 && (start..<end).allSatisfy { CharacterClass.of(unit: text[$0]).contains(.lower) }
    }

    /// Whether the period at `periodAt` belongs to an abbreviation listed for the language,
    /// an abbreviation with inner periods ("U.S.", "a.m."), an initial ("J."), an ordinal
    /// number where the language writes them so, or an ellipsis.
    static func isAbbreviationOrInitial(_ text: TextView, periodAt index: Int, _ resources: LanguageResources,
                                        ordinals: Bool = true) -> Bool {
        guard text[index] == Unit.fullStop else { return false }
        if index > 0, text[index - 1] == Unit.fullStop { return true }  // "..", "..."
        if index + 1 < text.count, text[index + 1] == Unit.fullStop { return true }
        // The word before the period: letters, digits and inner periods.
        var start = index
        while start > 0 {
            let previous = CharacterClass.of(unit: text[start - 1])
            guard previous.contains(.alphabetic) || previous.contains(.digit) || previous.contains(.mark) || text[start - 1] == Unit.fullStop else { break }
            start -= 1
        }
        let word = TextRange(start: start, end: index)
        guard !word.isEmpty else { return false }
        let letters = (word.start..<word.end).filter { CharacterClass.of(unit: text[$0]).contains(.alphabetic) }.count
        // An initial ("J.") or a lettered list marker ("a."); a unit after a number is one
        // only when listed ("в 2010 г. по"; "16.000 t. ein" ends a sentence).
        if letters == 1, word.length == 1, !isUnitAfterNumber(text, word) { return true }
        // Inner periods: "U.S", "a.m", "z.B".
        if (word.start..<word.end).contains(where: { text[$0] == Unit.fullStop }), letters <= 4 * max(1, (word.start..<word.end).filter { text[$0] == Unit.fullStop }.count) {
            return true
        }
        if ordinals, resources.conventions.ordinalPeriod, letters == 0 || isRomanNumeral(text, word) { return true }
        // A number that opens its line is a list item's label ("1. globally", "2. on all
        // devices"), in any language.
        if letters == 0, word.length <= 3, startsLine(text, at: word.start) { return true }
        if letters == 0 { return false }
        return resources.segmentationOptions.endsWithAbbreviation(text, lowerBound: 0, end: index + 1)
    }

    /// Whether `word` is a Roman numeral in capitals ("II", "XIV"): German and Polish write
    /// ordinals with a period ("Ludwig II. von Bayern").
    static func isRomanNumeral(_ text: TextView, _ word: TextRange) -> Bool {
        guard word.length >= 2, word.length <= 6 else { return false }
        return (word.start..<word.end).allSatisfy { [0x49, 0x56, 0x58, 0x4C, 0x43, 0x44, 0x4D].contains(text[$0]) }
    }

    /// Whether only spaces and tabs stand between the start of the line and `offset`.
    static func startsLine(_ text: TextView, at offset: Int) -> Bool {
        var index = offset
        while index > 0, text[index - 1] == 0x20 || text[index - 1] == 0x09 { index -= 1 }
        return index == 0 || text[index - 1] == Unit.lineFeed || text[index - 1] == Unit.carriageReturn
    }

    /// Whether the one-letter word `word` is lowercase and follows a number and a space: a
    /// unit symbol ("16.000 t", "5 m"), not an initial.
    static func isUnitAfterNumber(_ text: TextView, _ word: TextRange) -> Bool {
        guard CharacterClass.of(unit: text[word.start]).contains(.lower), word.start >= 2,
              text[word.start - 1] == 0x20 || text[word.start - 1] == 0xA0 else { return false }
        return CharacterClass.of(unit: text[word.start - 2]).contains(.digit)
    }
}
