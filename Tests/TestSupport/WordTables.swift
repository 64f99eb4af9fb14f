import TextCore

extension WordTable {
    /// The words ICU finds in `units` (English word rules), for tests of word-level scans.
    public static func words(of units: [UInt16]) throws -> WordTable {
        var table = WordTable()
        let iterator = try BreakIterator(kind: .word, locale: "en")
        units.withUnsafeBufferPointer { iterator.appendWords(in: $0, offset: 0, to: &table) }
        return table
    }
}
