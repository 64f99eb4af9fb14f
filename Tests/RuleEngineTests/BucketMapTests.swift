@testable import RuleEngine
import TestSupport
import Testing

@Suite struct BucketMapTests {
    /// Every stored key finds its value and no other key finds anything, including when many
    /// keys crowd one bucket and the table has to double.
    @Test func findsExactlyWhatWasStored() {
        var generator = SplitMix(seed: 9)
        for size in [0, 1, 5, 64, 400, 3000] {
            var entries: [UInt64: UInt32] = [:]
            while entries.count < size { entries[generator.next() | 1] = UInt32(truncatingIfNeeded: generator.next()) | 1 }
            // Keys that differ in few bits crowd few buckets.
            for crowded in 0..<9 { entries[0xABCD_0000_0000_0000 | UInt64(crowded) << 1 | 1] = UInt32(crowded + 1) }
            let map = BucketMap(entries)
            // The look-up of a whole document's hashes (in C) agrees with the one-by-one look-up.
            let probes = Array(entries.keys) + (0..<200).map { _ in generator.next() }
            let together = probes.withUnsafeBufferPointer { map.values(for: $0) }
            #expect(together == probes.map { map.value($0) })
            for (key, value) in entries { #expect(map.value(key) == value) }
            for _ in 0..<1000 {
                let absent = generator.next() | 1
                if entries[absent] == nil { #expect(map.value(absent) == 0) }
            }
            #expect(map.value(0) == 0)
        }
    }

    /// Keys that are not hashes (small, consecutive, differing only in low bits) are spread
    /// by the bucket function and all found.
    @Test func spreadsKeysThatAreNotHashes() {
        var entries: [UInt64: UInt32] = [:]
        for index in 1...40 { entries[UInt64(index)] = UInt32(index) }
        let map = BucketMap(entries)
        for (key, value) in entries { #expect(map.value(key) == value) }
        #expect(map.value(41) == 0)
    }

    /// Keys chosen so that the bucket function sends them all to one bucket at every table
    /// size: the ones beyond four are kept aside and still found.
    @Test func keepsKeysThatNoTableSizeSeparates() {
        // The bucket is the high bits of key × M; with inverse(M) · i the product is i.
        let multiplier: UInt64 = 0x9E3779B97F4A7C15
        var inverse = multiplier
        for _ in 0..<6 { inverse = inverse &* (2 &- multiplier &* inverse) }
        #expect(multiplier &* inverse == 1)
        var entries: [UInt64: UInt32] = [:]
        for index in 1...9 { entries[inverse &* UInt64(index)] = UInt32(index) }
        let map = BucketMap(entries)
        for (key, value) in entries { #expect(map.value(key) == value) }
        #expect(map.value(inverse &* 10) == 0)
    }
}
