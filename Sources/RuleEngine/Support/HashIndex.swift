/// A map from 64-bit hashes to small integers, with open addressing and linear probing.
///
/// The duplication detectors look up one already well-mixed 64-bit hash per word; the
/// standard Dictionary would hash it again with SipHash, which cost more than the detection.
/// The key 0 is reserved (a real hash is practically never 0; one that is, is remapped).
struct HashIndex: Sendable, Equatable {
    private var keys: [UInt64]
    private var values: [Int32]
    private var mask: Int
    private(set) var count = 0

    /// A table for `capacity` keys with at least `slotsPerKey` slots for each. Two keep a
    /// growing index compact; a word list looked up for every word of a text, and mostly
    /// missed, is faster with eight: the first slot probed is then almost always empty, and
    /// the probe loop's branch is predicted.
    init(capacity: Int = 16, slotsPerKey: Int = 2) {
        var size = 16
        while size < capacity * slotsPerKey { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        values = [Int32](repeating: 0, count: size)
        mask = size - 1
    }

    @inline(__always)
    private static func normalized(_ key: UInt64) -> UInt64 { key == 0 ? 0x9E3779B97F4A7C15 : key }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: (key ^ (key >> 29)) &* 0xBF58476D1CE4E5B9 >> 32) & mask }

    @inline(__always)
    private func slot(_ key: UInt64) -> Int { Self.slot(key, mask) }

    /// The value stored for `key`, if any.
    func value(for rawKey: UInt64) -> Int32? {
        withReader { $0.value(for: rawKey) }
    }

    /// Look-ups for a loop over every word of a document: the tables as buffers, so that a
    /// probe pays no array checks.
    struct Reader {
        fileprivate let keys: UnsafeBufferPointer<UInt64>
        fileprivate let values: UnsafeBufferPointer<Int32>
        fileprivate let mask: Int

        @inline(__always)
        func value(for rawKey: UInt64) -> Int32? {
            let key = HashIndex.normalized(rawKey)
            var index = HashIndex.slot(key, mask)
            while true {
                let stored = keys[index]
                if stored == key { return values[index] }
                if stored == 0 { return nil }
                index = (index + 1) & mask
            }
        }
    }

    func withReader<Result>(_ body: (Reader) throws -> Result) rethrows -> Result {
        try keys.withUnsafeBufferPointer { keys in
            try values.withUnsafeBufferPointer { values in try body(Reader(keys: keys, values: values, mask: mask)) }
        }
    }

    /// Stores `value` for `key` unless the key is present; returns the value now stored.
    @discardableResult
    mutating func insertIfAbsent(_ rawKey: UInt64, _ value: Int32) -> Int32 {
        if (count + 1) * 2 > keys.count { grow() }
        return withInserter { $0.insertIfAbsent(rawKey, value) }
    }

    /// Inserts for a loop over every word of a document: the tables as buffers. The table
    /// does not grow meanwhile: it must have been made with room for every key the loop adds
    /// (at most `capacity` given at creation).
    struct Inserter {
        fileprivate let keys: UnsafeMutableBufferPointer<UInt64>
        fileprivate let values: UnsafeMutableBufferPointer<Int32>
        fileprivate let mask: Int
        /// Keys stored before this inserter.
        fileprivate let existing: Int
        fileprivate(set) var added = 0

        @inline(__always)
        mutating func insertIfAbsent(_ rawKey: UInt64, _ value: Int32) -> Int32 {
            let key = HashIndex.normalized(rawKey)
            var index = HashIndex.slot(key, mask)
            while true {
                let stored = keys[index]
                if stored == key { return values[index] }
                if stored == 0 {
                    precondition((existing + added + 1) * 2 <= keys.count, "HashIndex.Inserter: more keys than the table was made for")
                    keys[index] = key
                    values[index] = value
                    added += 1
                    return value
                }
                index = (index + 1) & mask
            }
        }
    }

    mutating func withInserter<Result>(_ body: (inout Inserter) throws -> Result) rethrows -> Result {
        let mask = self.mask
        let existing = count
        var added = 0
        defer { count += added }
        return try keys.withUnsafeMutableBufferPointer { keys in
            try values.withUnsafeMutableBufferPointer { values in
                var inserter = Inserter(keys: keys, values: values, mask: mask, existing: existing)
                defer { added = inserter.added }
                return try body(&inserter)
            }
        }
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        values = [Int32](repeating: 0, count: oldKeys.count * 2)
        mask = keys.count - 1
        count = 0
        for (key, value) in zip(oldKeys, oldValues) where key != 0 { insertIfAbsent(key, value) }
    }
}
