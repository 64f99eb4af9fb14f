import TextKernels

/// The character sites of a text, in order: every unit that is not a letter, a digit or a
/// single space (punctuation, quotation marks, brackets, line breaks, runs of spaces,
/// invisible and special characters), plus the letters that stand for UTF-8 continuation
/// bytes in mojibake, each with its `SiteClass`. Typically one unit in fifteen.
///
/// Found in one pass per document (in C, eight units at a time), so that a detector looking
/// for quotation marks or doubled spaces walks the sites of its classes, not the text.
public struct CharacterSites: Sendable {
    /// Offsets of the sites, ascending.
    public let offsets: [Int32]
    /// The `SiteClass` raw value of each site.
    public let classes: [UInt16]
    /// Which of the Latin, Cyrillic and Greek alphabets the text uses (seen in the same pass):
    /// a word cannot mix two alphabets the text does not both contain.
    public let alphabets: CharacterClass

    public init(_ text: UnsafeBufferPointer<UInt16>) {
        guard let base = text.baseAddress, !text.isEmpty else {
            (offsets, classes, alphabets) = ([], [], [])
            return
        }
        var offsets: [Int32] = []
        var classes: [UInt16] = []
        offsets.reserveCapacity(text.count / 12)
        classes.reserveCapacity(text.count / 12)
        var seen: UInt32 = 0
        let scan = CharacterTables.scan
        let sites = CharacterTables.sites
        // In chunks through fixed buffers: the scan needs room for every unit, and a 100 MB
        // document must not need 600 MB for it. A short document gets buffers its own size:
        // 384 KB of buffers would be mapped and unmapped by malloc for every document.
        let chunk = Swift.min(text.count, 1 << 16)
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: chunk) { offsetBuffer in
            withUnsafeTemporaryAllocation(of: UInt16.self, capacity: chunk) { classBuffer in
                var start = 0
                while start < text.count {
                    let end = min(text.count, start + chunk)
                    let count = Int(tk_scan_sites(base, Int32(start), Int32(end), scan, sites, offsetBuffer.baseAddress!, classBuffer.baseAddress!, &seen))
                    offsets.append(contentsOf: UnsafeBufferPointer(rebasing: offsetBuffer[0..<count]))
                    classes.append(contentsOf: UnsafeBufferPointer(rebasing: classBuffer[0..<count]))
                    start = end
                }
            }
        }
        var alphabets: CharacterClass = []
        if seen & UInt32(TK_ALPHABET_LATIN) != 0 { alphabets.insert(.latin) }
        if seen & UInt32(TK_ALPHABET_CYRILLIC) != 0 { alphabets.insert(.cyrillic) }
        if seen & UInt32(TK_ALPHABET_GREEK) != 0 { alphabets.insert(.greek) }
        self.offsets = offsets
        self.classes = classes
        self.alphabets = alphabets
    }

    public init(_ units: [UInt16]) {
        self = units.withUnsafeBufferPointer { CharacterSites($0) }
    }

    public var count: Int { offsets.count }

    /// The offsets of the sites in any of `kinds`, in order.
    public func offsets(of kinds: SiteClass) -> [Int32] {
        let mask = kinds.rawValue
        var result: [Int32] = []
        classes.withUnsafeBufferPointer { classes in
            offsets.withUnsafeBufferPointer { offsets in
                for index in 0..<classes.count where classes[index] & mask != 0 { result.append(offsets[index]) }
            }
        }
        return result
    }

    /// The offsets of the sites of each single class (indexed by bit), in one pass: most
    /// detectors ask for one class, and one pass for all costs less than one per detector.
    public func offsetsByClass() -> [[Int32]] {
        var lists = [[Int32]](repeating: [], count: 16)
        classes.withUnsafeBufferPointer { classes in
            offsets.withUnsafeBufferPointer { offsets in
                for index in 0..<classes.count {
                    var bits = classes[index]
                    while bits != 0 {
                        let bit = bits.trailingZeroBitCount
                        lists[bit].append(offsets[index])
                        bits &= bits - 1
                    }
                }
            }
        }
        return lists
    }

    /// Index of the first site at or after `offset`.
    public func index(atOrAfter offset: Int) -> Int {
        offsets.partitionPoint { Int($0) >= offset }
    }

    /// Whether a site of `kinds` satisfies `test`, looked for without building a list.
    public func contains(_ kinds: SiteClass, where test: (Int) -> Bool) -> Bool {
        let mask = kinds.rawValue
        for index in classes.indices where classes[index] & mask != 0 && test(Int(offsets[index])) { return true }
        return false
    }

    /// The sites inside `range`, as a slice of `offsets`.
    public func offsets(in range: TextRange) -> ArraySlice<Int32> {
        offsets[index(atOrAfter: range.start)..<index(atOrAfter: range.end)]
    }
}

/// The offsets of the sites of some classes (`AnalyzedDocument.sites(_:)`), in order.
public struct SiteList: Sequence, Sendable {
    public let offsets: [Int32]

    public init(_ offsets: [Int32]) { self.offsets = offsets }

    public var count: Int { offsets.count }
    public var isEmpty: Bool { offsets.isEmpty }

    public func makeIterator() -> Iterator { Iterator(base: offsets.makeIterator()) }

    public struct Iterator: IteratorProtocol {
        var base: IndexingIterator<[Int32]>
        @inline(__always)
        public mutating func next() -> Int? { base.next().map(Int.init) }
    }

    /// The sites in any of `lists` (each ascending), ascending and each once: a site of two
    /// classes is in two lists. Costs what the lists hold, not what the text holds.
    public init(merging lists: [[Int32]]) {
        let lists = lists.filter { !$0.isEmpty }
        guard lists.count > 1 else {
            self.init(lists.first ?? [])
            return
        }
        var merged: [Int32] = []
        merged.reserveCapacity(lists.reduce(0) { $0 + $1.count })
        var positions = [Int](repeating: 0, count: lists.count)
        while true {
            var smallest = Int32.max
            for (list, position) in zip(lists, positions) where position < list.count { smallest = Swift.min(smallest, list[position]) }
            guard smallest != .max else { break }
            merged.append(smallest)
            for index in lists.indices where positions[index] < lists[index].count && lists[index][positions[index]] == smallest {
                positions[index] += 1
            }
        }
        self.init(merged)
    }
}
