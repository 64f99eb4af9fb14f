import TextCore
import TextKernels

/// A small read-only map from 64-bit word hashes to nonzero 32-bit values, looked up
/// without a branch: each key lives in one bucket of four slots, and a look-up compares all
/// four and keeps the value of the one that matches (conditional moves, not jumps).
///
/// Built for the function-word lists, looked up for every word of every paragraph: about
/// half the words are function words, so a probe loop's "found or not" branch was wrong
/// half the time. The table doubles until no bucket needs more than four slots. The layout
/// (which bucket a key goes to, how a look-up reads it) is TextKernels.h's; this type only
/// fills it.
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
            let base = Int(tk_bucket_of(key, Int64(buckets - 1))) * 4
            guard let free = (base..<(base + 4)).first(where: { keys[$0] == 0 }) else {
                overflow[key] = value
                continue
            }
            keys[free] = key
            values[free] = value
        }
        return (keys, values, overflow)
    }

    /// The value of `key`, or 0 when it is absent.
    func value(_ key: UInt64) -> UInt32 {
        let found = keys.withUnsafeBufferPointer { keys in
            values.withUnsafeBufferPointer { values in tk_bucket_value(key, keys.baseAddress, values.baseAddress, Int64(bucketMask)) }
        }
        return found != 0 || overflow.isEmpty ? found : overflow[key] ?? 0
    }

    /// The value of each of `hashes` (0 when absent), all at once.
    func values(for hashes: UnsafeBufferPointer<UInt64>) -> [UInt32] {
        var found = keys.withUnsafeBufferPointer { keys in
            values.withUnsafeBufferPointer { values in CaseFolding.bucketValues(hashes, keys: keys, values: values, bucketMask: bucketMask) }
        }
        if !overflow.isEmpty {
            for index in found.indices where found[index] == 0 { found[index] = overflow[hashes[index]] ?? 0 }
        }
        return found
    }
}
