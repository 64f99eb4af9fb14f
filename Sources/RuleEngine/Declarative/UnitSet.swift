/// A set of UTF-16 code units (Basic Multilingual Plane characters, no surrogates): one
/// position of the unit-level search `RequiredLiteral` runs. ASCII membership is a 128-bit
/// mask; other units are looked up in a short list of ranges.
struct UnitSet: Equatable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0
    private var others: [ClosedRange<UInt16>] = []

    /// The units of `set`, if it holds only BMP characters listed or ranged (no property
    /// classes, which could match a character outside the BMP, two units long).
    init?(_ set: CodePointSet) {
        guard set.properties.isEmpty else { return nil }
        for range in set.ranges {
            guard range.upperBound < 0x10000, !(range.lowerBound <= 0xDFFF && range.upperBound >= 0xD800) else { return nil }
            if range.lowerBound < 0x80 {
                for unit in range.lowerBound...min(range.upperBound, 0x7F) {
                    if unit < 64 { low |= 1 << UInt64(unit) } else { high |= 1 << UInt64(unit - 64) }
                }
            }
            if range.upperBound >= 0x80 { others.append(UInt16(max(range.lowerBound, 0x80))...UInt16(range.upperBound)) }
        }
    }

    /// Exactly `unit` (a surrogate too: half of a literal character outside the BMP).
    init(unit: UInt16) {
        if unit < 64 {
            low = 1 << UInt64(unit)
        } else if unit < 128 {
            high = 1 << UInt64(unit - 64)
        } else {
            others = [unit...unit]
        }
    }

    @inline(__always)
    func contains(_ unit: UInt16) -> Bool {
        if unit < 64 { return low & (1 << UInt64(unit)) != 0 }
        if unit < 128 { return high & (1 << UInt64(unit - 64)) != 0 }
        for range in others where range.contains(unit) { return true }
        return false
    }

    /// Calls `body` with each low byte a member can have (for a skip table).
    func forEachLowByte(_ body: (Int) -> Void) {
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
