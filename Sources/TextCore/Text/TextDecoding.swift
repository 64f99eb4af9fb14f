import ICUBridge

/// Why the bytes of an input could not become a document.
public enum TextDecodingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The input has no text at all (or only a byte-order mark).
    case empty
    /// The input holds NUL bytes: it is not a text file.
    case binary(byteOffset: Int)
    /// The bytes stop being UTF-8 at `byteOffset` (on 1-based `line`, `column` in bytes).
    case invalidUTF8(byteOffset: Int, line: Int, column: Int)
    /// The input is larger than one document may be (ICU indexes text with 32-bit offsets).
    case tooLarge(bytes: Int)

    public var description: String {
        switch self {
        case .empty:
            return "empty document: there is no text to check"
        case .binary(let offset):
            return "binary data (NUL byte at byte offset \(offset)): not a text document"
        case .invalidUTF8(let offset, let line, let column):
            return "invalid UTF-8 at line \(line), byte column \(column) (byte offset \(offset)); re-encode the file as UTF-8"
        case .tooLarge(let bytes):
            return "document of \(bytes) bytes exceeds the limit of \(TextDecoding.maximumBytes) bytes"
        }
    }

    /// This error, found in a window of a file, placed in the file: the window starts at byte
    /// `byteOffset`, after `lines` line breaks and `column` bytes of its first line.
    public func placed(atByte byteOffset: Int, lines: Int, column: Int) -> TextDecodingError {
        switch self {
        case .binary(let offset):
            return .binary(byteOffset: offset + byteOffset)
        case let .invalidUTF8(offset, line, byteColumn):
            return .invalidUTF8(byteOffset: offset + byteOffset, line: line + lines, column: line == 1 ? byteColumn + column : byteColumn)
        case .empty, .tooLarge:
            return self
        }
    }

    /// The 1-based line the error points at, when it points at one.
    public var line: Int? {
        if case .invalidUTF8(_, let line, _) = self { return line }
        return nil
    }
}

/// Turns input bytes into UTF-16 text: UTF-8 (the default) or UTF-16 with a byte-order mark;
/// a UTF-8 byte-order mark is dropped; NUL bytes mark binary data.
public enum TextDecoding {
    /// Largest document accepted, in bytes: UTF-16 offsets must fit ICU's int32_t.
    public static let maximumBytes = 1 << 30

    /// Decodes a file's bytes: UTF-8, after a byte-order mark or without one, or UTF-16 after
    /// its mark. `startsFile` false reads a later window of a UTF-8 file: UTF-8 only, and
    /// U+FEFF at its start is text, not a mark.
    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>, startsFile: Bool = true) throws(TextDecodingError) -> [UInt16] {
        var body = bytes
        if body.count > maximumBytes { throw .tooLarge(bytes: body.count) }
        if startsFile, body.count >= 2, body[0] == 0xFF || body[0] == 0xFE, body[1] == (body[0] == 0xFF ? 0xFE : 0xFF) {
            return try decodeUTF16(UnsafeBufferPointer(rebasing: body[2...]), bigEndian: body[0] == 0xFE)
        }
        if startsFile, body.count >= 3, body[0] == 0xEF, body[1] == 0xBB, body[2] == 0xBF {
            body = UnsafeBufferPointer(rebasing: body[3...])
        }
        if body.isEmpty { throw .empty }
        let nul = tl_find_nul(body.baseAddress, Int64(body.count))
        if nul >= 0 { throw .binary(byteOffset: Int(nul)) }
        var invalidOffset: Int64 = -1
        var units = [UInt16](unsafeUninitializedCapacity: body.count) { buffer, initialized in
            let written = tl_utf8_decode(body.baseAddress, Int64(body.count), buffer.baseAddress, &invalidOffset)
            initialized = written < 0 ? 0 : Int(written)
        }
        if invalidOffset >= 0 {
            let offset = Int(invalidOffset)
            var line = 1
            var lineStart = 0
            for index in 0..<offset where body[index] == 0x0A {
                line += 1
                lineStart = index + 1
            }
            units = []
            throw .invalidUTF8(byteOffset: offset + (bytes.count - body.count), line: line, column: offset - lineStart + 1)
        }
        return units
    }

    public static func decode(_ bytes: [UInt8], startsFile: Bool = true) throws(TextDecodingError) -> [UInt16] {
        try bytes.withUnsafeBufferPointer { (buffer) throws(TextDecodingError) -> [UInt16] in try decode(buffer, startsFile: startsFile) }
    }

    private static func decodeUTF16(_ body: UnsafeBufferPointer<UInt8>, bigEndian: Bool) throws(TextDecodingError) -> [UInt16] {
        if body.count < 2 { throw .empty }
        var units = [UInt16]()
        units.reserveCapacity(body.count / 2)
        var index = 0
        while index + 1 < body.count {
            let unit = bigEndian ? UInt16(body[index]) << 8 | UInt16(body[index + 1]) : UInt16(body[index + 1]) << 8 | UInt16(body[index])
            if unit == 0 { throw .binary(byteOffset: index + 2) }
            units.append(unit)
            index += 2
        }
        return units
    }
}
