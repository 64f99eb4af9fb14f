extension RandomAccessCollection where Index == Int {
    /// The index of the first element for which `isInSecondPart` is true, in a collection
    /// where every such element follows every other (a binary search; `endIndex` when
    /// there is none). The one lower-bound search behind offset, line, word, sentence and
    /// paragraph look-ups.
    @inlinable
    public func partitionPoint(where isInSecondPart: (Element) throws -> Bool) rethrows -> Int {
        var low = startIndex
        var high = endIndex
        while low < high {
            let middle = low + (high - low) / 2
            if try isInSecondPart(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
