/// The fields of an `application/x-www-form-urlencoded` body or a query string, decoded
/// strictly: a `%` not followed by two hex digits, or bytes that are not UTF-8 once decoded,
/// make the whole request a 400 naming the field, never a silently mangled text.
struct FormFields {
    private(set) var values: [String: String] = [:]

    struct Malformed: Error {
        let message: String
    }

    init() {}

    /// Parses `bytes` and adds its fields; a field given twice keeps its first value.
    mutating func add(_ bytes: some Collection<UInt8>) throws(Malformed) {
        for pair in bytes.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
            let parts = pair.split(separator: UInt8(ascii: "="), maxSplits: 1, omittingEmptySubsequences: false)
            let name = try Self.decode(parts[0], field: nil)
            let value = parts.count > 1 ? try Self.decode(parts[1], field: name) : ""
            if values[name] == nil { values[name] = value }
        }
    }

    subscript(name: String) -> String? { values[name] }

    /// `+` is a space, `%XX` a byte; the bytes must be UTF-8.
    static func decode(_ bytes: some Collection<UInt8>, field: String?) throws(Malformed) -> String {
        var decoded: [UInt8] = []
        decoded.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let byte = bytes[index]
            index = bytes.index(after: index)
            switch byte {
            case UInt8(ascii: "+"):
                decoded.append(0x20)
            case UInt8(ascii: "%"):
                guard index != bytes.endIndex, let high = hexValue(bytes[index]) else { throw malformed(field, "a % not followed by two hex digits") }
                index = bytes.index(after: index)
                guard index != bytes.endIndex, let low = hexValue(bytes[index]) else { throw malformed(field, "a % not followed by two hex digits") }
                index = bytes.index(after: index)
                decoded.append(high << 4 | low)
            default:
                decoded.append(byte)
            }
        }
        guard let string = String(validating: decoded, as: UTF8.self) else { throw malformed(field, "bytes that are not UTF-8") }
        return string
    }

    private static func malformed(_ field: String?, _ problem: String) -> Malformed {
        Malformed(message: "malformed form encoding\(field.map { " in field '\($0)'" } ?? " in a field name"): \(problem)")
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
