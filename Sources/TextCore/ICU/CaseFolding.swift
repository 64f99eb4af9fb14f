import ICUBridge
import TextKernels

/// Case-insensitive identity of words and phrases (Unicode default case folding).
public enum CaseFolding {
    /// A 64-bit hash of the case-folded text.
    @inline(__always)
    public static func hash(_ text: UnsafeBufferPointer<UInt16>, _ range: TextRange) -> UInt64 {
        tl_fold_hash(text.baseAddress! + range.start, Int32(range.length))
    }

    /// A 64-bit hash of the case-folded text of `range` in `units`.
    public static func hash(_ units: [UInt16], _ range: TextRange) -> UInt64 {
        units.withUnsafeBufferPointer { hash($0, range) }
    }

    /// `hash` of every word of `words`, in one pass (TextKernels folds BMP words through the
    /// folding table; the few holding a character outside the BMP are hashed through ICU).
    public static func hashes(_ text: UnsafeBufferPointer<UInt16>, _ words: WordTable) -> [UInt64] {
        let count = words.count
        guard count > 0, let base = text.baseAddress else { return [] }
        var slowCount = 0
        return [UInt64](unsafeUninitializedCapacity: count) { buffer, initialized in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: count) { slow in
                words.starts.withUnsafeBufferPointer { starts in
                    words.ends.withUnsafeBufferPointer { ends in
                        slowCount = Int(tk_fold_hash_ranges(base, Int32(text.count), starts.baseAddress, ends.baseAddress, Int32(count),
                                                            tl_char_fold_table(), buffer.baseAddress, slow.baseAddress))
                    }
                }
                initialized = count
                for index in slow.prefix(slowCount) {
                    buffer[Int(index)] = hash(text, words.range(Int(index)))
                }
            }
        }
    }

    /// For each hash, its value in a table of four-slot buckets (see RuleEngine's
    /// BucketMap), or 0; in one C loop without branches.
    public static func bucketValues(_ hashes: UnsafeBufferPointer<UInt64>, keys: UnsafeBufferPointer<UInt64>, values: UnsafeBufferPointer<UInt32>,
                                    bucketMask: Int) -> [UInt32] {
        let count = hashes.count
        guard count > 0, let base = hashes.baseAddress else { return [] }
        return [UInt32](unsafeUninitializedCapacity: count) { buffer, initialized in
            tk_bucket_lookup(base, Int32(count), keys.baseAddress, values.baseAddress, Int64(bucketMask), buffer.baseAddress)
            initialized = count
        }
    }

    /// Whether two stretches of text are equal after case folding.
    @inline(__always)
    public static func equal(_ text: UnsafeBufferPointer<UInt16>, _ a: TextRange, _ b: TextRange) -> Bool {
        tl_fold_equal(text.baseAddress! + a.start, Int32(a.length), text.baseAddress! + b.start, Int32(b.length)) != 0
    }

    /// The case-folded form of a string.
    public static func fold(_ string: String) -> String {
        let units = string.utf16Units
        guard !units.isEmpty else { return string }
        var capacity = units.count * 3
        while true {
            var output = [UInt16](repeating: 0, count: capacity)
            let written = units.withUnsafeBufferPointer { source in
                output.withUnsafeMutableBufferPointer {
                    Int(tl_fold(source.baseAddress, Int32(source.count), $0.baseAddress, Int32(capacity)))
                }
            }
            if written < 0 { return string.lowercased() }
            if written <= capacity { return String(utf16Units: output.prefix(written)) }
            capacity = written
        }
    }

    public static func lowercase(_ codePoint: UInt32) -> UInt32 {
        if codePoint < 0x10000, let table = tl_char_lower_table() {
            let lowered = table[Int(codePoint)]
            if lowered != 0xFFFF || codePoint == 0xFFFF { return UInt32(lowered) }
        }
        return UInt32(bitPattern: tl_char_lower(Int32(bitPattern: codePoint)))
    }

    public static func uppercase(_ codePoint: UInt32) -> UInt32 {
        UInt32(bitPattern: tl_char_upper(Int32(bitPattern: codePoint)))
    }
}
