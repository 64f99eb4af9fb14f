/// A set of UTF-16 code units (Basic Multilingual Plane characters), written as the
/// characters themselves: `UnitSet("。，、：；！？")`.
///
/// Membership of an ASCII unit is a shift and a test on a 128-bit mask; other units are
/// looked up in a short list of ranges. The named sets every layer shares (`Punctuation`)
/// are built from these literals, and so is the table the C kernels classify units with.
public struct UnitSet: Sendable, Equatable {
    @usableFromInline var low: UInt64 = 0
    @usableFromInline var high: UInt64 = 0
    @usableFromInline var others: [ClosedRange<UInt16>] = []

    /// The set of the characters of `members` (characters outside the BMP are ignored).
    public init(_ members: String) {
        for unit in members.utf16 where !(0xD800...0xDFFF).contains(unit) { insert(unit) }
    }

    /// The units of `ranges`, or nil when one reaches outside the BMP or into the
    /// surrogates (a character that would be two units long).
    public init?(ranges: [ClosedRange<UInt32>]) {
        for range in ranges {
            guard range.upperBound < 0x10000, !(range.lowerBound <= 0xDFFF && range.upperBound >= 0xD800) else { return nil }
            if range.lowerBound < 0x80 {
                for unit in range.lowerBound...min(range.upperBound, 0x7F) { insert(UInt16(unit)) }
            }
            if range.upperBound >= 0x80 { others.append(UInt16(max(range.lowerBound, 0x80))...UInt16(range.upperBound)) }
        }
    }

    /// Exactly `unit` (a surrogate too: half of a literal character outside the BMP).
    public init(unit: UInt16) {
        insert(unit)
    }

    private mutating func insert(_ unit: UInt16) {
        if unit < 64 {
            low |= 1 << UInt64(unit)
        } else if unit < 128 {
            high |= 1 << UInt64(unit - 64)
        } else if !others.contains(where: { $0.contains(unit) }) {
            others.append(unit...unit)
        }
    }

    /// The units in either set.
    public func union(_ other: UnitSet) -> UnitSet {
        var result = self
        result.low |= other.low
        result.high |= other.high
        for range in other.others where !result.others.contains(range) { result.others.append(range) }
        return result
    }

    @inlinable @inline(__always)
    public func contains(_ unit: UInt16) -> Bool {
        if unit < 64 { return low & (1 << UInt64(unit)) != 0 }
        if unit < 128 { return high & (1 << UInt64(unit - 64)) != 0 }
        for range in others where range.contains(unit) { return true }
        return false
    }

    /// Whether the code point is a member (a code point outside the BMP never is).
    @inline(__always)
    public func contains(scalar: UInt32) -> Bool {
        scalar < 0x10000 && contains(UInt16(scalar))
    }

    /// Every member, in order.
    public var members: [UInt16] {
        var result = (0..<128).map(UInt16.init).filter(contains)
        for range in others { result += Array(range) }
        return result.sorted()
    }

    /// Calls `body` with each low byte a member can have (for a skip table).
    public func forEachLowByte(_ body: (Int) -> Void) {
        for unit in 0..<128 where contains(UInt16(unit)) { body(unit) }
        for range in others {
            if range.count >= 256 {
                for byte in 0..<256 { body(byte) }
            } else {
                for unit in range { body(Int(unit & 0xFF)) }
            }
        }
    }
}
