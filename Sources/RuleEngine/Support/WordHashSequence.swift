/// The case-folded hashes of a document's words, in order, with the questions the
/// duplication detectors ask of them: does this word come back, how far do two stretches
/// agree, how many copies of a phrase follow each other, where does a word echo the one a
/// given distance before it.
///
/// These loops visit every word of every document; they read the hashes without bounds
/// checks, which only this type does.
public struct WordHashSequence: Sendable {
    public let hashes: [UInt64]

    public init(_ hashes: [UInt64]) { self.hashes = hashes }

    public var count: Int { hashes.count }

    @inline(__always)
    public subscript(index: Int) -> UInt64 { hashes[index] }

    /// An order-sensitive key of the words `words` (equal word sequences, equal keys).
    public func key(of words: Range<Int>) -> UInt64 {
        var hash: UInt64 = 0x9E3779B97F4A7C15
        for word in hashes[words] {
            hash = (hash ^ word) &* 0x100000001B3
            hash = hash ^ (hash >> 29)
        }
        return hash ^ UInt64(words.count)
    }

    /// The key of `words` as a sentence of section `section` (see
    /// `AnalyzedDocument.paragraphSections`): equal sentences in two sections differ.
    public func key(of words: Range<Int>, inSection section: Int) -> UInt64 {
        key(of: words) ^ (UInt64(section) &* 0x9E3779B97F4A7C15)
    }

    /// Whether the word at `start` comes back at one of `distances` words further on.
    @inline(__always)
    public func comesBack(at start: Int, within distances: ClosedRange<Int>) -> Bool {
        hashes.withUnsafeBufferPointer { hashes in
            let first = hashes[start]
            var comesBack = false
            for distance in distances { comesBack = comesBack || hashes[start + distance] == first }
            return comesBack
        }
    }

    /// Whether the `length` words at `start` are followed at once by the same words.
    @inline(__always)
    public func repeatsImmediately(at start: Int, length: Int) -> Bool {
        hashes.withUnsafeBufferPointer { hashes in
            guard hashes[start] == hashes[start + length] else { return false }
            for offset in 1..<length where hashes[start + offset] != hashes[start + length + offset] { return false }
            return true
        }
    }

    /// Length of the run of equal words starting at `a` and at `b`, up to `limitA` and `limitB`.
    public func sharedRunLength(_ a: Int, _ b: Int, limitA: Int, limitB: Int) -> Int {
        hashes.withUnsafeBufferPointer { hashes in
            var length = 0
            while a + length < limitA, b + length < limitB, hashes[a + length] == hashes[b + length] { length += 1 }
            return length
        }
    }

    /// Whether words `start..<start+length` repeat with a shorter period (so the phrase is
    /// really a repeated word or a shorter phrase).
    public func hasSmallerPeriod(start: Int, length: Int) -> Bool {
        for period in 1..<length where length % period == 0 {
            if (start + period..<(start + length)).allSatisfy({ hashes[$0] == hashes[$0 - period] }) { return true }
        }
        return false
    }

    /// How many back-to-back copies of the `length` words at `start` follow each other.
    public func copies(start: Int, length: Int) -> Int {
        var copies = 1
        var next = start + length
        while next + length <= hashes.count, (0..<length).allSatisfy({ hashes[next + $0] == hashes[start + $0] }) {
            copies += 1
            next += length
        }
        return copies
    }

    /// For each period 1…`maximumPeriod`, whether some run of at least `multiple` × period
    /// words each equals the word `period` places before it (one pass for all periods: a
    /// period without such a run cannot hold a loop).
    public func periodsWithEchoRuns(maximumPeriod: Int, multiple: Int) -> [Bool] {
        var runs = [Int](repeating: 0, count: maximumPeriod + 1)
        var found = [Bool](repeating: false, count: maximumPeriod + 1)
        hashes.withUnsafeBufferPointer { hashes in
            for index in 1..<max(1, hashes.count) {
                for period in 1...maximumPeriod where index >= period {
                    runs[period] = hashes[index] == hashes[index - period] ? runs[period] + 1 : 0
                    if runs[period] >= multiple * period { found[period] = true }
                }
            }
        }
        return found
    }

    /// The first position at or after `start` whose word reappears `period` words later, or
    /// the last position that can (`count - period`) when none does.
    @inline(__always)
    public func nextEcho(from start: Int, period: Int) -> Int {
        hashes.withUnsafeBufferPointer { hashes in
            var position = start
            while position + period < hashes.count, hashes[position + period] != hashes[position] { position += 1 }
            return position
        }
    }

    /// Whether word `index` equals the word `period` places before it.
    @inline(__always)
    public func echoes(_ index: Int, period: Int) -> Bool { hashes[index] == hashes[index - period] }
}
