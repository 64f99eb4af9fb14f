/// One side's paragraph or sentence as the aligner sees it: its length and what in it
/// survives translation (see `SentenceAnchors`).
struct AlignmentItem {
    /// UTF-16 units, white space included.
    var length: Int
    /// Hashes of the item's anchors (numbers, addresses, codes, names), sorted.
    var anchors: [UInt64]
    /// Hashes the item may share with the other side but whose absence there says little
    /// (capitalised names: German capitalises every noun, Japanese writes names in kana).
    var weakAnchors: [UInt64]

    /// At most this many weak anchors per item: enough to recognise a sentence.
    static let weakAnchorLimit = 24

    /// Hashes sorted, without repeats, at most `weakAnchorLimit` of them (the search compares
    /// weak anchors by merging sorted lists).
    static func sortedUnique(_ hashes: [UInt64]) -> [UInt64] {
        var scratch = hashes
        return sortedUnique(&scratch)
    }

    /// `sortedUnique` of a scratch list (sorted in place, then copied once at its final size).
    static func sortedUnique(_ hashes: inout [UInt64]) -> [UInt64] {
        guard !hashes.isEmpty else { return [] }
        hashes.sort()
        var write = 1
        for read in 1..<hashes.count where hashes[read] != hashes[write - 1] {
            hashes[write] = hashes[read]
            write += 1
        }
        return Array(hashes[0..<min(write, weakAnchorLimit)])
    }

    /// How many hashes two sorted lists share.
    static func sharedCount(_ a: [UInt64], _ b: [UInt64]) -> Int {
        var i = 0
        var j = 0
        var shared = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] {
                shared += 1
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return shared
    }
}
