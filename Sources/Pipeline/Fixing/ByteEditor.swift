/// Applies edits given in UTF-16 offsets of a decoded file to the file's own UTF-8 bytes, so
/// that everything outside the edited spans — line endings, a byte-order mark, the bytes of
/// markup — stays byte for byte what it was.
public enum ByteEditor {
    /// Why a file cannot be edited in place.
    public struct Refusal: Error, CustomStringConvertible {
        public let description: String
    }

    /// `bytes` with `edits` (sorted, not overlapping) applied.
    public static func apply(_ edits: [SafeEdit], to bytes: [UInt8]) throws(Refusal) -> [UInt8] {
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            throw Refusal(description: "a UTF-16 file: translint fix edits UTF-8 files only")
        }
        // Offsets count from after a UTF-8 byte-order mark, as the decoder does.
        var byte = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var unit = 0
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + edits.count * 4)
        var copiedUpTo = 0
        /// Moves `byte` forward to UTF-16 offset `target`.
        func advance(to target: Int) throws(Refusal) {
            while unit < target {
                guard byte < bytes.count else { throw Refusal(description: "an edit lies past the end of the file") }
                let lead = bytes[byte]
                let length = lead < 0x80 ? 1 : (lead < 0xE0 ? 2 : (lead < 0xF0 ? 3 : 4))
                byte += length
                unit += length == 4 ? 2 : 1
            }
            guard unit == target else { throw Refusal(description: "an edit splits a character") }
        }
        for edit in edits {
            try advance(to: edit.start)
            result += bytes[copiedUpTo..<byte]
            try advance(to: edit.end)
            result += Array(edit.replacement.utf8)
            copiedUpTo = byte
        }
        result += bytes[copiedUpTo...]
        return result
    }
}
