/// Writes JSON with keys in the order they are given (so reports read the way the contract
/// lists them) and strings escaped per RFC 8259.
public struct JSONWriter {
    /// The JSON written so far, as UTF-8: built as bytes (appending to a String checks and
    /// re-measures it at every append, which made report writing a fifth of a check).
    public private(set) var bytes: [UInt8] = []
    /// Whether the innermost open object or array already has a member (so the next one
    /// needs a comma); the enclosing ones' flags wait in `outerNeedsComma`. Kept apart so
    /// that writing a field touches one stored flag, not an array.
    private var needsComma = false
    private var outerNeedsComma: [Bool] = []
    private let pretty: Bool
    private var depth = 0

    public init(pretty: Bool = false) {
        self.pretty = pretty
        bytes.reserveCapacity(1024)
    }

    /// The JSON written so far.
    public var output: String { String(decoding: bytes, as: UTF8.self) }

    public mutating func beginObject() { value(); bytes.append(UInt8(ascii: "{")); push() }
    public mutating func endObject() { pop(); bytes.append(UInt8(ascii: "}")) }
    public mutating func beginArray() { value(); bytes.append(UInt8(ascii: "[")); push() }
    public mutating func endArray() { pop(); bytes.append(UInt8(ascii: "]")) }

    /// Writes a key; the next call writes its value.
    public mutating func key(_ name: String) {
        separate()
        // Keys are nearly always short ASCII names needing no escape: copied as they are.
        var name = name
        let copied = name.withUTF8 { utf8 in
            guard utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x80 && $0 != 0x22 && $0 != 0x5C }) else { return false }
            bytes.append(UInt8(ascii: "\""))
            bytes.append(contentsOf: utf8)
            bytes.append(UInt8(ascii: "\""))
            return true
        }
        if !copied { Self.appendString(name, to: &bytes) }
        bytes.append(UInt8(ascii: ":"))
        if pretty { bytes.append(UInt8(ascii: " ")) }
        needsComma = true
        pendingValueAfterKey = true
    }

    private var pendingValueAfterKey = false

    public mutating func string(_ value: String) { self.value(); Self.appendString(value, to: &bytes) }
    /// Writes a value that is already JSON (an object another writer produced).
    public mutating func raw(_ json: String) { value(); bytes.append(contentsOf: json.utf8) }
    public mutating func number(_ value: Int) { self.value(); Self.appendInteger(value, to: &bytes) }
    public mutating func number(_ value: Double) { self.value(); bytes.append(contentsOf: Self.format(value).utf8) }
    public mutating func bool(_ value: Bool) { self.value(); bytes.append(contentsOf: (value ? "true" : "false").utf8) }
    public mutating func null() { value(); bytes.append(contentsOf: "null".utf8) }

    public mutating func string(_ value: String?) { if let value { string(value) } else { null() } }
    public mutating func number(_ value: Int?) { if let value { number(value) } else { null() } }

    public mutating func field(_ name: String, _ value: String) { key(name); string(value) }
    public mutating func field(_ name: String, _ value: String?) { key(name); string(value) }
    public mutating func field(_ name: String, _ value: Int) { key(name); number(value) }
    public mutating func field(_ name: String, _ value: Int?) { key(name); number(value) }
    public mutating func field(_ name: String, _ value: Double) { key(name); number(value) }
    public mutating func field(_ name: String, _ value: Bool) { key(name); bool(value) }
    public mutating func field(_ name: String, strings values: [String]) {
        key(name)
        beginArray()
        for value in values { string(value) }
        endArray()
    }

    private mutating func value() {
        if pendingValueAfterKey {
            pendingValueAfterKey = false
            return
        }
        separate()
        needsComma = true
    }

    private mutating func separate() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
        if pretty && depth > 0 { newline() }
    }

    private mutating func newline() {
        bytes.append(UInt8(ascii: "\n"))
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }

    private mutating func push() {
        outerNeedsComma.append(needsComma)
        needsComma = false
        depth += 1
    }

    private mutating func pop() {
        let hadContent = needsComma
        needsComma = outerNeedsComma.popLast() ?? false
        depth -= 1
        if pretty && hadContent { newline() }
    }

    /// Numbers: integers without a fraction, others with up to 4 decimals.
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        var text = String((value * 10_000).rounded() / 10_000)
        if text.contains("e") { text = String(value) }
        return text
    }

    /// Appends `string` as a JSON string. With `escapingInvisible`, invisible characters,
    /// combining marks, U+FFFD and spaces other than U+0020 are written as `\uXXXX` too, so a
    /// reader of the file sees exactly what it holds (annotation sidecars use this).
    public static func appendString(_ string: String, to output: inout String, escapingInvisible: Bool = false) {
        guard escapingInvisible else {
            var bytes: [UInt8] = []
            appendString(string, to: &bytes)
            output += String(decoding: bytes, as: UTF8.self)
            return
        }
        output += "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{08}": output += "\\b"
            case "\u{0C}": output += "\\f"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 || isInvisible(scalar.value) {
                    var units: [UInt16] = []
                    UTF16Scalar.append(scalar.value, to: &units)
                    for unit in units { output += unicodeEscape(unit) }
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }

    /// `\uXXXX` for one UTF-16 unit, in lowercase hex.
    private static func unicodeEscape(_ unit: UInt16) -> String {
        let hex = String(unit, radix: 16)
        return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }

    /// Appends the decimal digits of `value`.
    static func appendInteger(_ value: Int, to bytes: inout [UInt8]) {
        guard value >= 0 else { return bytes.append(contentsOf: String(value).utf8) }
        guard value >= 10 else { return bytes.append(UInt8(ascii: "0") + UInt8(value)) }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var rest = value
            var start = 20
            while rest > 0 {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start..<20]))
        }
    }

    /// Appends `string` as a JSON string to a UTF-8 buffer: its bytes are copied in runs
    /// between the characters JSON must escape — a quote, a backslash, a control character,
    /// and U+2028/U+2029 (which JavaScript readers take for line ends).
    public static func appendString(_ string: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        appendContents(of: string, to: &bytes)
        bytes.append(UInt8(ascii: "\""))
    }

    /// Writes `first`, the byte `separator` and `second` as one JSON string, without making
    /// the joined string (a rule id, `family.name`, once per finding).
    public mutating func string(_ first: String, _ separator: UInt8, _ second: String) {
        value()
        bytes.append(UInt8(ascii: "\""))
        Self.appendContents(of: first, to: &bytes)
        bytes.append(separator)
        Self.appendContents(of: second, to: &bytes)
        bytes.append(UInt8(ascii: "\""))
    }

    /// Room for `count` more bytes: a writer that knows the size of what it writes grows once.
    public mutating func reserve(_ count: Int) { bytes.reserveCapacity(bytes.count + count) }

    /// `string`'s characters escaped for JSON, without the quotes.
    private static func appendContents(of string: String, to bytes: inout [UInt8]) {
        var string = string
        string.withUTF8 { utf8 in
            var runStart = 0
            var index = 0
            while index < utf8.count {
                let byte = utf8[index]
                if byte >= 0x20, byte != 0x22, byte != 0x5C, byte != 0xE2 {
                    index += 1
                    continue
                }
                var escape: String?
                var length = 1
                switch byte {
                case 0x22: escape = "\\\""
                case 0x5C: escape = "\\\\"
                case 0x0A: escape = "\\n"
                case 0x0D: escape = "\\r"
                case 0x09: escape = "\\t"
                case 0x08: escape = "\\b"
                case 0x0C: escape = "\\f"
                case 0xE2:
                    // U+2028 and U+2029 (E2 80 A8/A9), which JavaScript readers take for line ends.
                    if index + 2 < utf8.count, utf8[index + 1] == 0x80, utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9 {
                        escape = utf8[index + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                        length = 3
                    }
                default:
                    escape = unicodeEscape(UInt16(byte))
                }
                guard let escape else {
                    index += 1
                    continue
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                bytes.append(contentsOf: escape.utf8)
                index += length
                runStart = index
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
        }
    }

    private static func isInvisible(_ scalar: UInt32) -> Bool {
        let properties = CharacterClass.of(scalar)
        return properties.contains(.invisible) || properties.contains(.mark) || scalar == 0xFFFD
            || (properties.contains(.space) && scalar != 0x20)
    }
}

import TextCore
