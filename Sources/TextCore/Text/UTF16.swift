/// Code point access to UTF-16 buffers, for detectors that walk text by offsets.
public enum UTF16Scalar {
    /// The code point starting at `offset` and its length in code units (1 or 2). An unpaired
    /// surrogate is returned as itself.
    @inline(__always)
    public static func decode(_ text: UnsafeBufferPointer<UInt16>, at offset: Int) -> (codePoint: UInt32, length: Int) {
        let unit = text[offset]
        if unit & 0xFC00 == 0xD800, offset + 1 < text.count {
            let next = text[offset + 1]
            if next & 0xFC00 == 0xDC00 {
                return (0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(next) - 0xDC00), 2)
            }
        }
        return (UInt32(unit), 1)
    }

    /// The code point ending just before `offset` and its length in code units.
    @inline(__always)
    public static func decode(_ text: UnsafeBufferPointer<UInt16>, before offset: Int) -> (codePoint: UInt32, length: Int) {
        let unit = text[offset - 1]
        if unit & 0xFC00 == 0xDC00, offset >= 2 {
            let lead = text[offset - 2]
            if lead & 0xFC00 == 0xD800 {
                return (0x10000 + ((UInt32(lead) - 0xD800) << 10) + (UInt32(unit) - 0xDC00), 2)
            }
        }
        return (UInt32(unit), 1)
    }

    /// Appends the UTF-16 form of `codePoint`.
    @inline(__always)
    public static func append(_ codePoint: UInt32, to units: inout [UInt16]) {
        if codePoint < 0x10000 {
            units.append(UInt16(codePoint))
        } else {
            let value = codePoint - 0x10000
            units.append(UInt16(0xD800 + (value >> 10)))
            units.append(UInt16(0xDC00 + (value & 0x3FF)))
        }
    }

    /// Whether `unit` ends a line: LF, CR, or one of Unicode's line and paragraph separators.
    @inline(__always)
    public static func isLineBreak(_ unit: UInt16) -> Bool {
        unit == 0x0A || unit == 0x0D || unit == 0x2028 || unit == 0x2029 || unit == 0x85 || unit == 0x0B || unit == 0x0C
    }
}

extension String {
    /// The string's UTF-16 code units as an array.
    public var utf16Units: [UInt16] { Array(utf16) }

    /// Builds a string from a slice of UTF-16 code units (unpaired surrogates become U+FFFD).
    public init(utf16Units units: some Collection<UInt16>) {
        if let built = units.withContiguousStorageIfAvailable({ String(utf16Buffer: $0) }) {
            self = built
        } else {
            self = String(decoding: units, as: UTF16.self)
        }
    }

    /// Transcodes UTF-16 to the string's native UTF-8 in one pass. (The standard library's
    /// generic `String(decoding:as:)` takes a slow path for UTF-16 that cost more than the
    /// rest of building a report's excerpts and messages.)
    public init(utf16Buffer units: UnsafeBufferPointer<UInt16>) {
        self.init(utf16Buffer: units, prefix: "", suffix: "", replacingTabs: false)
    }

    /// `units` transcoded between `prefix` and `suffix` (short strings, such as "…"), tabs
    /// written as spaces when `replacingTabs`: an excerpt in one allocation.
    public init(utf16Buffer units: UnsafeBufferPointer<UInt16>, prefix: StaticString, suffix: StaticString, replacingTabs: Bool) {
        let prefixCount = prefix.utf8CodeUnitCount
        let suffixCount = suffix.utf8CodeUnitCount
        self.init(unsafeUninitializedCapacity: units.count * 3 + prefixCount + suffixCount) { bytes in
            var written = 0
            for offset in 0..<prefixCount { bytes[offset] = prefix.utf8Start[offset] }
            written = prefixCount
            var index = 0
            let count = units.count
            while index < count {
                var scalar = UInt32(units[index])
                index += 1
                if scalar < 0x80 {
                    bytes[written] = UInt8(truncatingIfNeeded: replacingTabs && scalar == 0x09 ? 0x20 : scalar)
                    written += 1
                    continue
                }
                if scalar & 0xFC00 == 0xD800, index < count, units[index] & 0xFC00 == 0xDC00 {
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (UInt32(units[index]) - 0xDC00)
                    index += 1
                } else if scalar & 0xF800 == 0xD800 {
                    scalar = 0xFFFD  // an unpaired surrogate
                }
                if scalar < 0x800 {
                    bytes[written] = UInt8(truncatingIfNeeded: 0xC0 | (scalar >> 6))
                    bytes[written + 1] = UInt8(truncatingIfNeeded: 0x80 | (scalar & 0x3F))
                    written += 2
                } else if scalar < 0x10000 {
                    bytes[written] = UInt8(truncatingIfNeeded: 0xE0 | (scalar >> 12))
                    bytes[written + 1] = UInt8(truncatingIfNeeded: 0x80 | ((scalar >> 6) & 0x3F))
                    bytes[written + 2] = UInt8(truncatingIfNeeded: 0x80 | (scalar & 0x3F))
                    written += 3
                } else {
                    bytes[written] = UInt8(truncatingIfNeeded: 0xF0 | (scalar >> 18))
                    bytes[written + 1] = UInt8(truncatingIfNeeded: 0x80 | ((scalar >> 12) & 0x3F))
                    bytes[written + 2] = UInt8(truncatingIfNeeded: 0x80 | ((scalar >> 6) & 0x3F))
                    bytes[written + 3] = UInt8(truncatingIfNeeded: 0x80 | (scalar & 0x3F))
                    written += 4
                }
            }
            for offset in 0..<suffixCount { bytes[written + offset] = suffix.utf8Start[offset] }
            return written + suffixCount
        }
    }
}
