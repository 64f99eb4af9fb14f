/// Where each run of `window` consecutive words of a document was first seen, filled run by
/// run as a detector walks the document: the duplicated-passage detector's memory.
///
/// Every run's key is a polynomial of its word hashes that slides one word along in constant
/// time (`RollingKey`), so indexing a document is linear in its length; the table is made
/// for every word once and never grows.
struct RunIndex {
    private var firstSeen: HashIndex
    private let key: RollingKey
    private let hashes: WordHashSequence

    init(_ hashes: WordHashSequence, window: Int) {
        self.hashes = hashes
        firstSeen = HashIndex(capacity: hashes.count)
        key = RollingKey(window: window)
    }

    var window: Int { key.window }

    /// Records each run of `window` words that starts in `words` (all of whose runs must fit
    /// in it), calling `body` with the run's start and the start of the first equal run seen
    /// (itself, when the run is new). Runs recorded with different `scope`s never match.
    mutating func record(_ words: Range<Int>, scope: Int = 0, _ body: (_ start: Int, _ firstStart: Int) -> Void) {
        let salt = UInt64(scope) &* 0xD6E8FEB86659FD93
        guard words.count >= window else { return }
        let key = self.key
        let hashes = self.hashes.hashes
        firstSeen.withInserter { firstSeen in
            hashes.withUnsafeBufferPointer { hashes in
                var current = key.first(hashes, words.lowerBound)
                for start in words.lowerBound...(words.upperBound - key.window) {
                    if start > words.lowerBound { current = key.roll(current, out: hashes[start - 1], in: hashes[start + key.window - 1]) }
                    body(start, Int(firstSeen.insertIfAbsent(current ^ salt, Int32(start))))
                }
            }
        }
    }
}
