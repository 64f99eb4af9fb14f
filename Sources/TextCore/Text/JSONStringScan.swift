import ICUBridge
import TextKernels

/// The byte scans a JSON string reader needs, done eight bytes at a time in C: where the
/// string ends, how far its contents run without an escape, and those contents appended as
/// UTF-16 in one pass (validated).
public enum JSONStringScan {
    /// Bytes from the start of `bytes` that need no unescaping: no quote, backslash or
    /// control byte.
    @inline(__always)
    public static func plainRun(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        return Int(tk_json_plain_run(base, Int64(bytes.count)))
    }

    /// The offset of the closing quote of a string whose contents start at `bytes` (the
    /// length when there is none).
    public static func stringEnd(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        return Int(tk_json_string_end(base, Int64(bytes.count)))
    }

    /// Appends well-formed UTF-8 `bytes` to `units` as UTF-16. Returns nil, or the offset of
    /// the first ill-formed sequence (then nothing is appended).
    public static func appendUTF8(_ bytes: UnsafeBufferPointer<UInt8>, to units: inout [UInt16]) -> Int? {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return nil }
        let start = units.count
        var invalid: Int64 = -1
        var written: Int64 = 0
        units.append(contentsOf: repeatElement(0, count: bytes.count))
        units.withUnsafeMutableBufferPointer { buffer in
            written = tl_utf8_decode(base, Int64(bytes.count), buffer.baseAddress! + start, &invalid)
        }
        guard written >= 0 else {
            units.removeSubrange(start...)
            return Int(invalid)
        }
        units.removeSubrange((start + Int(written))...)
        return nil
    }
}
