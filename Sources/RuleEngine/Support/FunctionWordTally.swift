import TextCore

/// The function words ("the", "of", "and"; "le", "de", "et") of every language with a list,
/// and the counting `ParagraphLanguages` does with them: which languages each word of a
/// document belongs to, and how many words of each language a stretch holds.
///
/// Both are on the hot path of every document: the look-up goes through a branch-free bucket
/// map for all words at once, and the counting adds eight languages at a time as byte lanes
/// of a 64-bit word (four additions per word, whatever languages it belongs to).
struct FunctionWordTally: Sendable, Equatable {
    /// The languages, in bit order (at most 32).
    let languages: [String]
    private let bits: BucketMap

    init(_ lists: [String: Set<String>], hash: (String) -> UInt64) {
        languages = lists.keys.sorted().prefix(32).map { $0 }
        var entries: [UInt64: UInt32] = [:]
        for (bit, language) in languages.enumerated() {
            for word in lists[language] ?? [] { entries[hash(word), default: 0] |= 1 << UInt32(bit) }
        }
        bits = BucketMap(entries)
    }

    /// The language other than `own` (-1 for none) with the most hits, when it has at least
    /// `minimumHits` and `dominance` times the hits of `own`: the language a stretch of text
    /// is written in, if not the document's.
    static func dominantOther(_ hits: [Int], own: Int, minimumHits: Int, dominance: Int) -> Int? {
        var best = -1
        for language in hits.indices where language != own && (best < 0 || hits[language] > hits[best]) { best = language }
        let ownHits = own >= 0 ? hits[own] : 0
        guard best >= 0, hits[best] >= minimumHits, hits[best] >= dominance * max(1, ownHits) else { return nil }
        return best
    }

    /// The languages of every word whose case-folded hash is in `hashes`.
    func languages(ofWords hashes: [UInt64]) -> WordLanguages {
        WordLanguages(bits: hashes.withUnsafeBufferPointer { bits.values(for: $0) })
    }

    /// The languages of a document's words, a bit per language of the tally.
    struct WordLanguages {
        fileprivate let bits: [UInt32]

        /// For each byte of language bits, a 64-bit word with a 1 in the byte lane of each bit.
        private static let byteLanes: [UInt64] = (0..<256).map { (bits: Int) -> UInt64 in
            var lanes: UInt64 = 0
            for bit in 0..<8 where bits & (1 << bit) != 0 { lanes |= 1 << UInt64(8 * bit) }
            return lanes
        }

        /// Adds to `hits[language]` the words of `words` in each language, sixteen words at a
        /// time, asking `goOn(hits, wordsLeft)` before each sixteen whether to continue.
        func count(_ words: Range<Int>, into hits: inout [Int], while goOn: ([Int], Int) -> Bool) {
            bits.withUnsafeBufferPointer { bits in
                var word = words.lowerBound
                while word < words.upperBound, goOn(hits, words.upperBound - word) {
                    let stop = min(words.upperBound, word + 16)
                    var lanes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
                    while word < stop {
                        let languages = bits[word]
                        lanes.0 &+= Self.byteLanes[Int(languages & 0xFF)]
                        lanes.1 &+= Self.byteLanes[Int((languages >> 8) & 0xFF)]
                        lanes.2 &+= Self.byteLanes[Int((languages >> 16) & 0xFF)]
                        lanes.3 &+= Self.byteLanes[Int(languages >> 24)]
                        word += 1
                    }
                    for language in hits.indices {
                        let lane = language < 8 ? lanes.0 : language < 16 ? lanes.1 : language < 24 ? lanes.2 : lanes.3
                        hits[language] += Int((lane >> UInt64(8 * (language % 8))) & 0xFF)
                    }
                }
            }
        }
    }
}
