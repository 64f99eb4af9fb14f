import TextCore

/// A file as the format readers see it: its UTF-16 text (the offsets findings are reported
/// in), the same text as UTF-8 (what the C parsers read), and the conversions between a
/// parser's positions (byte offsets; lines and byte columns) and UTF-16 offsets.
struct SourceText {
    let units: [UInt16]
    let utf8: [UInt8]
    /// UTF-16 offset of every 64th byte's character (the character holding that byte).
    private let checkpoints: [Int32]
    /// UTF-16 offset where each line starts (LF, CR LF and CR end a line, as CommonMark says).
    let lineStarts: [Int]

    init(_ units: [UInt16]) {
        self.units = units
        var bytes: [UInt8] = []
        bytes.reserveCapacity(units.count + units.count / 4)
        var checkpoints: [Int32] = []
        var lineStarts = [0]
        var index = 0
        while index < units.count {
            let unit = units[index]
            var scalar = UInt32(unit)
            var length = 1
            if unit & 0xFC00 == 0xD800, index + 1 < units.count, units[index + 1] & 0xFC00 == 0xDC00 {
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (UInt32(units[index + 1]) - 0xDC00)
                length = 2
            } else if unit & 0xF800 == 0xD800 {
                scalar = 0xFFFD
            }
            Self.appendUTF8(scalar, to: &bytes)
            while checkpoints.count * 64 < bytes.count { checkpoints.append(Int32(index)) }
            if unit == 0x0A || (unit == 0x0D && (index + 1 >= units.count || units[index + 1] != 0x0A)) { lineStarts.append(index + 1) }
            index += length
        }
        checkpoints.append(Int32(units.count))
        self.utf8 = bytes
        self.checkpoints = checkpoints
        self.lineStarts = lineStarts
    }

    private static func appendUTF8(_ scalar: UInt32, to bytes: inout [UInt8]) {
        if scalar < 0x80 {
            bytes.append(UInt8(scalar))
        } else if scalar < 0x800 {
            bytes.append(UInt8(0xC0 | (scalar >> 6)))
            bytes.append(UInt8(0x80 | (scalar & 0x3F)))
        } else if scalar < 0x10000 {
            bytes.append(UInt8(0xE0 | (scalar >> 12)))
            bytes.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            bytes.append(UInt8(0x80 | (scalar & 0x3F)))
        } else {
            bytes.append(UInt8(0xF0 | (scalar >> 18)))
            bytes.append(UInt8(0x80 | ((scalar >> 12) & 0x3F)))
            bytes.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            bytes.append(UInt8(0x80 | (scalar & 0x3F)))
        }
    }

    /// The UTF-16 offset of the character holding byte `byte` of `utf8` (`units.count` at the end).
    func offset(ofByte byte: Int) -> Int {
        guard byte < utf8.count else { return units.count }
        guard byte > 0 else { return 0 }
        var offset = Int(checkpoints[byte / 64])
        var position = (byte / 64) * 64
        // Back to the first byte of the checkpoint's character.
        while position > 0, utf8[position] & 0xC0 == 0x80 { position -= 1 }
        while position < byte {
            let lead = utf8[position]
            let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            if position + length > byte { break }
            position += length
            offset += length == 4 ? 2 : 1
        }
        return offset
    }

    /// The UTF-16 offset of a 1-based line and 1-based byte column (cmark's positions).
    func offset(line: Int, byteColumn: Int) -> Int {
        guard line >= 1, line <= lineStarts.count else { return line < 1 ? 0 : units.count }
        var offset = lineStarts[line - 1]
        var bytes = 1
        while bytes < byteColumn, offset < units.count {
            let unit = units[offset]
            if unit == 0x0A || unit == 0x0D { break }
            if unit < 0x80 {
                bytes += 1
                offset += 1
            } else if unit < 0x800 {
                bytes += 2
                offset += 1
            } else if unit & 0xFC00 == 0xD800 {
                bytes += 4
                offset += 2
            } else {
                bytes += 3
                offset += 1
            }
        }
        return min(offset, units.count)
    }

    /// The end of the line holding `offset` (its line break, or the end of the text).
    func lineEnd(after offset: Int) -> Int {
        var end = offset
        while end < units.count, units[end] != 0x0A, units[end] != 0x0D { end += 1 }
        return end
    }

    /// The 1-based line and column (in UTF-16 units) of an offset, for error messages.
    func location(of offset: Int) -> (line: Int, column: Int) {
        let line = max(0, lineStarts.partitionPoint { $0 > offset } - 1)
        return (line + 1, offset - lineStarts[line] + 1)
    }
}
