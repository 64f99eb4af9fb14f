/// Language data that refines ICU's sentence boundaries.
///
/// ICU's `@ss=standard` suppressions know a few abbreviations per locale ("Mr.", "Jan."),
/// not "Dr." or German "z. B."; and it ends a sentence after the ordinal "3." of German
/// "am 3. Oktober". The rule sets in `Rules/` carry the longer lists.
public struct SegmentationOptions: Sendable, Equatable {
    /// Abbreviations that do not end a sentence, case-folded, with their periods ("dr.",
    /// "z. b.", "u.s.").
    public var abbreviations: Set<String>
    /// Whether a number followed by a period is an ordinal that does not end a sentence.
    public var ordinalPeriod: Bool

    public init(abbreviations: Set<String> = [], ordinalPeriod: Bool = false) {
        // A multi-word abbreviation ("z. B.") also protects its first words ("z."), where ICU
        // breaks first.
        var folded = Set<String>()
        for abbreviation in abbreviations {
            let words = CaseFolding.fold(abbreviation).split(separator: " ")
            for count in 1...max(1, words.count) where words.prefix(count).last?.hasSuffix(".") == true {
                folded.insert(words.prefix(count).joined(separator: " "))
            }
        }
        self.abbreviations = folded
        self.ordinalPeriod = ordinalPeriod
    }

    public static let none = SegmentationOptions()

    /// Whether the text ending at `end` (just after a period) ends with a listed abbreviation
    /// or, when ordinals are on, a number. The abbreviation must start a word.
    public func endsWithAbbreviation(_ text: UnsafeBufferPointer<UInt16>, lowerBound: Int, end: Int) -> Bool {
        guard end > lowerBound, text[end - 1] == 0x2E else { return false }
        // Start of the last word before the period (letters, digits and inner periods).
        var start = end - 1
        while start > lowerBound {
            let unit = text[start - 1]
            let properties = CharacterClass.of(unit: unit)
            guard properties.contains(.alphabetic) || properties.contains(.digit) || properties.contains(.mark) || unit == 0x2E else { break }
            start -= 1
        }
        let word = TextRange(start: start, end: end - 1)
        if word.isEmpty { return false }
        if ordinalPeriod, (word.start..<word.end).allSatisfy({ CharacterClass.of(unit: text[$0]).contains(.digit) }) {
            return true
        }
        guard !abbreviations.isEmpty else { return false }
        // Try the last word, then the last two and three space-separated words ("z. B.").
        var candidateStart = start
        for _ in 0..<3 {
            let candidate = CaseFolding.fold(String(utf16Units: text[candidateStart..<end]))
            if abbreviations.contains(candidate) { return true }
            // Step back over one space and one more word.
            var previous = candidateStart
            guard previous > lowerBound + 1, text[previous - 1] == 0x20 else { break }
            previous -= 1
            while previous > lowerBound {
                let properties = CharacterClass.of(unit: text[previous - 1])
                guard properties.contains(.alphabetic) || text[previous - 1] == 0x2E else { break }
                previous -= 1
            }
            if previous == candidateStart - 1 { break }
            candidateStart = previous
        }
        return false
    }
}
