import TextCore

/// A small read-only map from 64-bit word hashes to nonzero 32-bit values, looked up
/// without a branch: each key lives in one bucket of four slots, and a look-up compares all
/// four and keeps the value of the one that matches (conditional moves, not jumps).
///
/// Built for the function-word lists, looked up for every word of every paragraph: about
/// half the words are function words, so a probe loop's "found or not" branch was wrong
/// half the time. The table doubles until no bucket needs more than four slots.
struct BucketMap: Sendable, Equatable {
    private var keys: [UInt64]
    private var values: [UInt32]
    private var bucketMask: Int
    /// Keys that found no room even in the largest table (possible only for keys chosen to
    /// collide): looked up after the bucket, and almost always empty.
    private var overflow: [UInt64: UInt32] = [:]

    /// The largest table tried: 64 K buckets (an 8 K-entry word list needs far fewer).
    static let maximumBuckets = 1 << 16

    init(_ entries: [UInt64: UInt32]) {
        var buckets = 16
        while buckets * 2 < entries.count, buckets < Self.maximumBuckets { buckets <<= 1 }
        while true {
            let built = Self.build(entries, buckets: buckets)
            if built.2.isEmpty || buckets >= Self.maximumBuckets {
                (keys, values, overflow) = built
                bucketMask = buckets - 1
                return
            }
            buckets <<= 1
        }
    }

    private static func build(_ entries: [UInt64: UInt32], buckets: Int) -> ([UInt64], [UInt32], [UInt64: UInt32]) {
        var keys = [UInt64](repeating: 0, count: buckets * 4)
        var values = [UInt32](repeating: 0, count: buckets * 4)
        var overflow: [UInt64: UInt32] = [:]
        for (key, value) in entries where key != 0 {
            let base = bucket(key, buckets - 1) * 4
            guard let free = (base..<(base + 4)).first(where: { keys[$0] == 0 }) else {
                overflow[key] = value
                continue
            }
            keys[free] = key
            values[free] = value
        }
        return (keys, values, overflow)
    }

    /// Word hashes are already mixed; one more multiply spreads keys that share their high bits.
    @inline(__always)
    private static func bucket(_ key: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: (key &* 0x9E3779B97F4A7C15) >> 40) & mask }

    /// Look-ups for a loop: the tables as buffers.
    struct Reader {
        fileprivate let keys: UnsafeBufferPointer<UInt64>
        fileprivate let values: UnsafeBufferPointer<UInt32>
        fileprivate let bucketMask: Int
        fileprivate let overflow: [UInt64: UInt32]
        fileprivate let hasOverflow: Bool

        /// The value of `key`, or 0 when it is absent. (Empty slots hold key 0 and value 0,
        /// so even a hash that happens to be 0 finds nothing.)
        @inline(__always)
        func value(_ key: UInt64) -> UInt32 {
            let base = BucketMap.bucket(key, bucketMask) &* 4
            // Masks, not conditions: compiled without a jump.
            func masked(_ slot: Int) -> UInt32 {
                values[slot] & (0 &- UInt32(truncatingIfNeeded: (keys[slot] == key).asBit))
            }
            let found = masked(base) | masked(base &+ 1) | masked(base &+ 2) | masked(base &+ 3)
            if hasOverflow, found == 0 { return overflow[key] ?? 0 }
            return found
        }
    }

    /// The value of each of `hashes` (0 when absent), all at once.
    func values(for hashes: UnsafeBufferPointer<UInt64>) -> [UInt32] {
        guard overflow.isEmpty else { return withReader { reader in hashes.map { reader.value($0) } } }
        return keys.withUnsafeBufferPointer { keys in
            values.withUnsafeBufferPointer { values in CaseFolding.bucketValues(hashes, keys: keys, values: values, bucketMask: bucketMask) }
        }
    }

    func withReader<Result>(_ body: (Reader) throws -> Result) rethrows -> Result {
        try keys.withUnsafeBufferPointer { keys in
            try values.withUnsafeBufferPointer { values in try body(Reader(keys: keys, values: values, bucketMask: bucketMask, overflow: overflow, hasOverflow: !overflow.isEmpty)) }
        }
    }
}

private extension Bool {
    /// 1 or 0.
    @inline(__always)
    var asBit: UInt8 { self ? 1 : 0 }
}
