/// The word-like segments of a document (letters, numbers, kana, ideographs), in text order.
///
/// Stored as parallel arrays of 32-bit offsets: a 100 MB document has about 17 million words,
/// and a struct per word with `Int` fields would triple the memory.
public struct WordTable: Sendable, Equatable {
    public private(set) var starts: [Int32] = []
    public private(set) var ends: [Int32] = []
    public private(set) var kinds: [WordKind] = []

    public init() {}

    public var count: Int { starts.count }

    public mutating func reserveCapacity(_ capacity: Int) {
        starts.reserveCapacity(capacity)
        ends.reserveCapacity(capacity)
        kinds.reserveCapacity(capacity)
    }

    @inline(__always)
    mutating func append(start: Int32, end: Int32, kind: WordKind) {
        starts.append(start)
        ends.append(end)
        kinds.append(kind)
    }

    @inline(__always)
    public func range(_ index: Int) -> TextRange {
        TextRange(start: Int(starts[index]), end: Int(ends[index]))
    }

    /// The table with every word overlapping one of `stretches` (sorted, disjoint) replaced
    /// by one `.opaque` word spanning the stretch.
    public func mergingOpaque(_ stretches: [TextRange]) -> WordTable {
        guard !stretches.isEmpty else { return self }
        var merged = WordTable()
        merged.reserveCapacity(count)
        var next = 0
        for index in 0..<count {
            let start = Int(starts[index])
            let end = Int(ends[index])
            while next < stretches.count, stretches[next].end <= start {
                merged.append(start: Int32(stretches[next].start), end: Int32(stretches[next].end), kind: .opaque)
                next += 1
            }
            if next < stretches.count, stretches[next].start < end { continue }
            merged.append(start: starts[index], end: ends[index], kind: kinds[index])
        }
        for stretch in stretches[next...] { merged.append(start: Int32(stretch.start), end: Int32(stretch.end), kind: .opaque) }
        return merged
    }

    /// Index of the first word that starts at or after `offset`.
    public func firstIndex(atOrAfter offset: Int) -> Int {
        let target = Int32(clamping: offset)
        return starts.partitionPoint { $0 >= target }
    }
}
