import TextCore

/// Where `JSONRecordParser` decodes a JSON string to: UTF-16 units (what the checker reads),
/// or UTF-8 bytes for a text longer than a window (half the memory; read window by window).
/// The parser's one loop reads the string; these say how each piece is stored.
protocol DecodedText {
    init(reservingCapacity: Int)
    mutating func appendASCII(_ byte: UInt8)
    /// A stretch of the string without escapes, quotes or control bytes, as UTF-8. Returns
    /// nil, or the offset of its first ill-formed UTF-8 sequence (then nothing is appended).
    mutating func appendRun(_ run: UnsafeBufferPointer<UInt8>) -> Int?
    /// The code unit of a `\uXXXX` escape (half of a surrogate pair, possibly).
    mutating func appendEscapedUnit(_ unit: UInt16)
    /// The closing quote was read.
    mutating func finish()
}

/// A string decoded to UTF-16; escaped surrogate halves are kept as they come.
struct UTF16DecodedText: DecodedText {
    var units: [UInt16] = []

    init(reservingCapacity capacity: Int) { units.reserveCapacity(capacity) }
    mutating func appendASCII(_ byte: UInt8) { units.append(UInt16(byte)) }
    mutating func appendRun(_ run: UnsafeBufferPointer<UInt8>) -> Int? { JSONStringScan.appendUTF8(run, to: &units) }
    mutating func appendEscapedUnit(_ unit: UInt16) { units.append(unit) }
    mutating func finish() {}
}

/// A string decoded to UTF-8. An escaped surrogate pair becomes its scalar; a lone surrogate
/// and NUL (which would make the text read as binary), which UTF-8 text cannot carry, become
/// U+FFFD — one UTF-16 unit either way, so offsets match the UTF-16 decoding.
struct UTF8DecodedText: DecodedText {
    var bytes: [UInt8] = []
    /// A high surrogate escape waiting for its low half.
    private var pendingHigh: UInt16?

    init(reservingCapacity capacity: Int) { bytes.reserveCapacity(capacity) }

    mutating func appendASCII(_ byte: UInt8) {
        flush()
        bytes.append(byte)
    }

    mutating func appendEscapedUnit(_ unit: UInt16) {
        if let high = pendingHigh, unit & 0xFC00 == 0xDC00 {
            pendingHigh = nil
            appendUTF8(0x10000 + ((UInt32(high) - 0xD800) << 10) + (UInt32(unit) - 0xDC00))
            return
        }
        flush()
        if unit & 0xFC00 == 0xD800 {
            pendingHigh = unit
        } else {
            appendUTF8(unit & 0xF800 == 0xD800 || unit == 0 ? 0xFFFD : UInt32(unit))
        }
    }

    mutating func appendRun(_ run: UnsafeBufferPointer<UInt8>) -> Int? {
        // Validated by decoding (a long text's runs are long: one allocation each is nothing).
        var scratch: [UInt16] = []
        scratch.reserveCapacity(run.count)
        if let invalid = JSONStringScan.appendUTF8(run, to: &scratch) { return invalid }
        flush()
        bytes.append(contentsOf: run)
        return nil
    }

    mutating func finish() { flush() }

    /// A high surrogate that no low half followed.
    private mutating func flush() {
        guard pendingHigh != nil else { return }
        pendingHigh = nil
        appendUTF8(0xFFFD)
    }

    private mutating func appendUTF8(_ scalar: UInt32) {
        switch scalar {
        case 0..<0x80:
            bytes.append(UInt8(scalar))
        case 0x80..<0x800:
            bytes.append(contentsOf: [UInt8(0xC0 | scalar >> 6), UInt8(0x80 | scalar & 0x3F)])
        case 0x800..<0x10000:
            bytes.append(contentsOf: [UInt8(0xE0 | scalar >> 12), UInt8(0x80 | scalar >> 6 & 0x3F), UInt8(0x80 | scalar & 0x3F)])
        default:
            bytes.append(contentsOf: [UInt8(0xF0 | scalar >> 18), UInt8(0x80 | scalar >> 12 & 0x3F), UInt8(0x80 | scalar >> 6 & 0x3F), UInt8(0x80 | scalar & 0x3F)])
        }
    }
}
