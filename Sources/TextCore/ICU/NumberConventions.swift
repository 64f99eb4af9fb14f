import ICUBridge

/// How a locale writes numbers, from ICU's CLDR data: its decimal and grouping separators,
/// and its number words ("seven", "sieben", "七"), found by spelling numbers out with ICU's
/// rule-based formats. Source-aware checks read numbers with it: `1,234.5` in English is
/// `1.234,5` in German, and "two" in the source is 2 in the translation.
public struct NumberConventions: Sendable, Equatable {
    /// The decimal separator (`.` in English, `,` in German and French).
    public let decimal: UInt16
    /// The grouping separator (`,` in English, `.` in German, a no-break space in French).
    public let grouping: UInt16
    /// Case-folded number words of one word each, and their values (0–20, the tens, 100,
    /// 1000).
    public let words: [String: Int]

    private static let cache = Locked(RecentlyUsedCache<String, NumberConventions>(capacity: 256))

    /// The conventions of an ICU locale id, made once per locale (of the 256 most recently used).
    public static func of(locale: String) -> NumberConventions {
        if let known = cache.withLock({ $0.value(for: locale) }) { return known }
        let made = NumberConventions(locale: locale)
        cache.withLock { $0.insert(made, for: locale) }
        return made
    }

    private init(locale: String) {
        var decimal: UInt16 = 0x2E
        var grouping: UInt16 = 0x2C
        if tl_number_separators(locale, &decimal, &grouping) != 0 {
            decimal = 0x2E
            grouping = 0x2C
        }
        self.decimal = decimal
        self.grouping = grouping
        var words: [String: Int] = [:]
        let values: [Int32] = Array(0...20) + [30, 40, 50, 60, 70, 80, 90, 100, 1000]
        let stride = 64
        var buffer = [UInt16](repeating: 0, count: values.count * stride)
        var lengths = [Int32](repeating: 0, count: values.count)
        let status = buffer.withUnsafeMutableBufferPointer { out in
            lengths.withUnsafeMutableBufferPointer { tl_number_spellout(locale, values, Int32(values.count), out.baseAddress, Int32(stride), $0.baseAddress) }
        }
        for (index, value) in values.enumerated() where status == 0 && lengths[index] > 0 {
            let start = index * stride
            let word = CaseFolding.fold(String(decoding: buffer[start..<(start + Int(lengths[index]))], as: UTF16.self))
            // Only one-word forms: "vingt et un" is three words to a word breaker.
            guard !word.contains(" "), !word.contains("-"), words[word] == nil else { continue }
            words[word] = Int(value)
        }
        self.words = words
    }
}
