/// A set of ASCII characters as a 128-bit mask: membership is a shift and a test, with no
/// branch per member. A `switch` over a dozen characters compiles to a jump table whose
/// mispredictions cost more per character than everything else a scan loop does; hot loops
/// copy a set into a local and test with it instead.
@frozen
public struct ASCIISet: Sendable, Equatable {
    @usableFromInline let low: UInt64
    @usableFromInline let high: UInt64

    /// The set of the ASCII characters of `members` (other characters are ignored).
    public init(_ members: String) {
        var low: UInt64 = 0
        var high: UInt64 = 0
        for unit in members.utf8 where unit < 0x80 {
            if unit < 64 { low |= 1 << UInt64(unit) } else { high |= 1 << UInt64(unit - 64) }
        }
        self.low = low
        self.high = high
    }

    @inlinable @inline(__always)
    public func contains(_ unit: UInt16) -> Bool {
        if unit < 64 { return low & (1 << UInt64(unit)) != 0 }
        if unit < 128 { return high & (1 << UInt64(unit - 64)) != 0 }
        return false
    }
}
