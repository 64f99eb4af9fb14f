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

    /// Runs `body` with a recorder over the index's tables, opened once for a whole walk over
    /// the document (opening them per sentence costs more than the look-ups).
    mutating func recording<Result>(_ body: (inout Recorder) -> Result) -> Result {
        let key = self.key
        return hashes.hashes.withUnsafeBufferPointer { hashes in
            firstSeen.withInserter { inserter in
                var recorder = Recorder(inserter: inserter, key: key, hashes: hashes)
                defer { inserter = recorder.inserter }
                return body(&recorder)
            }
        }
    }

    struct Recorder {
        fileprivate var inserter: HashIndex.Inserter
        fileprivate let key: RollingKey
        fileprivate let hashes: UnsafeBufferPointer<UInt64>

        /// Records each run of `window` words that starts in `words` (all of whose runs must
        /// fit in it), calling `body` with the run's start and the start of the first equal
        /// run seen (itself, when the run is new). Runs recorded with different `scope`s never
        /// match.
        @inline(__always)
        mutating func record(_ words: Range<Int>, scope: Int = 0, _ body: (_ start: Int, _ firstStart: Int) -> Void) {
            guard words.count >= key.window else { return }
            let salt = UInt64(scope) &* 0xD6E8FEB86659FD93
            var current = key.first(hashes, words.lowerBound)
            for start in words.lowerBound...(words.upperBound - key.window) {
                if start > words.lowerBound { current = key.roll(current, out: hashes[start - 1], in: hashes[start + key.window - 1]) }
                body(start, Int(inserter.insertIfAbsent(current ^ salt, Int32(start))))
            }
        }
    }
}
