import ICUBridge

/// Language data that refines ICU's sentence boundaries.
///
/// ICU's `@ss=standard` suppressions know a few abbreviations per locale ("Mr.", "Jan."),
/// not "Dr." or German "z. B."; and it ends a sentence after the ordinal "3." of German
/// "am 3. Oktober". The rule sets in `Rules/` carry the longer lists.
///
/// Abbreviations are kept as hashes of their case-folded text (spaces of any width count as
/// one space), so that testing the end of every sentence costs a hash, not a string.
public struct SegmentationOptions: Sendable, Equatable {
    /// Sorted, searched by halving: tested at the end of every sentence, a hashed set's own
    /// rehashing of an already mixed value was most of the cost.
    private var abbreviationHashes: [UInt64]
    /// Length in UTF-16 units of the longest form: simple case folding keeps a text's length,
    /// so a longer candidate cannot match and is not hashed.
    private var longestAbbreviation: Int
    /// Whether a number followed by a period is an ordinal that does not end a sentence.
    public var ordinalPeriod: Bool

    public init(abbreviations: Set<String> = [], ordinalPeriod: Bool = false) {
        // A multi-word abbreviation ("z. B.") also protects its first words ("z."), where ICU
        // breaks first.
        var hashes = Set<UInt64>()
        var longest = 0
        for abbreviation in abbreviations {
            let words = abbreviation.split(separator: " ")
            for count in 1...max(1, words.count) where words.prefix(count).last?.hasSuffix(".") == true {
                let units = Array(words.prefix(count).joined(separator: " ").utf16)
                hashes.insert(units.withUnsafeBufferPointer { Self.hash($0, 0, $0.count) })
                longest = max(longest, units.count)
            }
        }
        abbreviationHashes = hashes.sorted()
        longestAbbreviation = longest
        self.ordinalPeriod = ordinalPeriod
    }

    public static let none = SegmentationOptions()

    /// Number of abbreviation forms known.
    public var abbreviationCount: Int { abbreviationHashes.count }

    /// Case-folded FNV-1a hash of `text[start..<end]`, every kind of space counted as U+0020.
    static func hash(_ text: UnsafeBufferPointer<UInt16>, _ start: Int, _ end: Int) -> UInt64 {
        var hash: UInt64 = 0xcbf29ce484222325
        let folds = tl_char_fold_table()!
        var index = start
        while index < end {
            var scalar = UInt32(text[index])
            if scalar & 0xFC00 == 0xD800, index + 1 < end {
                scalar = UTF16Scalar.decode(text, at: index).codePoint
                index += 1
            }
            index += 1
            if scalar < 0x80 {
                if scalar >= 0x41 && scalar <= 0x5A { scalar += 32 }
            } else if scalar == 0xA0 || scalar == 0x202F || scalar == 0x2009 {
                scalar = 0x20
            } else if scalar < 0x10000, folds[Int(scalar)] != 0xFFFF || scalar == 0xFFFF {
                scalar = UInt32(folds[Int(scalar)])  // the folding table built with the character table
            } else {
                scalar = UInt32(bitPattern: tl_char_fold(Int32(bitPattern: scalar)))
            }
            hash = (hash ^ UInt64(scalar)) &* 0x100000001b3
        }
        return hash
    }

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
        if start == end - 1 { return false }
        if ordinalPeriod, (start..<(end - 1)).allSatisfy({ CharacterClass.of(unit: text[$0]).contains(.digit) }) {
            return true
        }
        guard !abbreviationHashes.isEmpty else { return false }
        // Try the last word, then the last two and three space-separated words ("z. B.").
        var candidateStart = start
        for _ in 0..<3 {
            guard end - candidateStart <= longestAbbreviation else { break }
            if isAbbreviation(Self.hash(text, candidateStart, end)) { return true }
            var previous = candidateStart
            guard previous > lowerBound + 1, CharacterClass.of(unit: text[previous - 1]).contains(.space), !UTF16Scalar.isLineBreak(text[previous - 1]) else { break }
            previous -= 1
            while previous > lowerBound {
                let unit = text[previous - 1]
                guard CharacterClass.of(unit: unit).contains(.alphabetic) || unit == 0x2E else { break }
                previous -= 1
            }
            if previous == candidateStart - 1 { break }
            candidateStart = previous
        }
        return false
    }

    /// `endsWithAbbreviation` on a detector's view of the text.
    public func endsWithAbbreviation(_ text: TextView, lowerBound: Int, end: Int) -> Bool {
        endsWithAbbreviation(text.buffer, lowerBound: lowerBound, end: end)
    }

    private func isAbbreviation(_ hash: UInt64) -> Bool {
        let index = abbreviationHashes.partitionPoint { $0 >= hash }
        return index < abbreviationHashes.count && abbreviationHashes[index] == hash
    }
}
