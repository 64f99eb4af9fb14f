/// A polynomial key of a run of word hashes, Σ hash[i]·B^(n-1-i) mod 2^64, that can slide one
/// word along in constant time. Equal runs get equal keys; a rare collision is caught by the
/// caller's word-by-word comparison.
struct RollingKey {
    static let base: UInt64 = 0x100000001B3
    let window: Int
    /// B^(window-1): the weight of the word that leaves.
    let leavingWeight: UInt64

    init(window: Int) {
        self.window = window
        var weight: UInt64 = 1
        for _ in 1..<max(1, window) { weight = weight &* Self.base }
        leavingWeight = weight
    }

    /// The key of the run starting at `start`.
    func first(_ hashes: UnsafeBufferPointer<UInt64>, _ start: Int) -> UInt64 {
        var key: UInt64 = 0
        for index in start..<min(hashes.count, start + window) { key = key &* Self.base &+ hashes[index] }
        return key
    }

    /// The key one word further on: `out` leaves at the front, `in` enters at the back.
    @inline(__always)
    func roll(_ key: UInt64, out: UInt64, in entering: UInt64) -> UInt64 {
        (key &- out &* leavingWeight) &* Self.base &+ entering
    }
}
