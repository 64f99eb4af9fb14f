import TextCore

/// A number written in a sentence, with every value it can be read as: `1,234` is 1234 in
/// English and 1.234 in German; "3 million" is 3 and 3,000,000; "7" on a clock may be 19.
struct NumberMention {
    var range: TextRange
    var readings: [Double]
    /// Written in words or in Chinese numerals: it can account for a number on the other
    /// side, but is never reported itself (the word lists do not know every form).
    var isWord: Bool
    /// Part of a name ("COVID-19", "A320"): compared only with other names' numbers.
    var isName = false
    /// Values the number has in other units, roughly (80 feet are about 24 metres): a
    /// translation may convert them, and rounds when it does.
    var approximate: [Double] = []

    /// Whether a translation may well write the number in words ("two", "zwölf"), so that
    /// its absence on the other side says little.
    var isWordable: Bool {
        guard let value = readings.first else { return true }
        return value == value.rounded() && (value <= 12 || value == 100 || value == 1000)
    }

    /// Whether the number looks like a year (an integer from 1000 to 2100): translators add
    /// years and dates to make a text clear to its new readers.
    var isYearLike: Bool {
        guard let value = readings.first else { return false }
        return value == value.rounded() && value >= 1000 && value <= 2100
    }

    /// Whether two numbers are close enough in size for one to be a changed copy of the
    /// other (25 and 52, 1.5 and 2.5), rather than an unrelated figure.
    func isComparable(to other: NumberMention) -> Bool {
        guard let a = readings.first, let b = other.readings.first, a > 0, b > 0 else { return true }
        return max(a, b) / min(a, b) <= 10
    }

    /// Whether the two mentions can be the same number.
    func agrees(with other: NumberMention) -> Bool {
        for a in readings {
            for b in other.readings where abs(a - b) <= 1e-9 * max(1, abs(a)) { return true }
        }
        // A converted value, rounded by the translator: within 8 %.
        for a in approximate {
            for b in other.readings where abs(a - b) <= 0.08 * max(abs(a), abs(b)) { return true }
        }
        for b in other.approximate {
            for a in readings where abs(a - b) <= 0.08 * max(abs(a), abs(b)) { return true }
        }
        return false
    }

    /// A hash of the mention's first reading, for the aligner.
    var anchor: UInt64 {
        guard let value = readings.first else { return 0 }
        // The bit pattern, not an integer conversion: a value past Int64 (a 20-digit order
        // number) must not trap.
        return (value * 1000).rounded().bitPattern &* 0x9E3779B97F4A7C15 ^ 0x4E554D
    }
}
