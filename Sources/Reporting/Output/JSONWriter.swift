/// Writes JSON with keys in the order they are given (so reports read the way the contract
/// lists them) and strings escaped per RFC 8259.
public struct JSONWriter {
    public private(set) var output = ""
    private var needsComma: [Bool] = [false]
    private let pretty: Bool
    private var depth = 0

    public init(pretty: Bool = false) {
        self.pretty = pretty
        output.reserveCapacity(1024)
    }

    public mutating func beginObject() { value(); output += "{"; push() }
    public mutating func endObject() { pop(); output += "}" }
    public mutating func beginArray() { value(); output += "["; push() }
    public mutating func endArray() { pop(); output += "]" }

    /// Writes a key; the next call writes its value.
    public mutating func key(_ name: String) {
        separate()
        Self.appendString(name, to: &output)
        output += pretty ? ": " : ":"
        needsComma[needsComma.count - 1] = true
        pendingValueAfterKey = true
    }

    private var pendingValueAfterKey = false

    public mutating func string(_ value: String) { self.value(); Self.appendString(value, to: &output) }
    /// Writes a value that is already JSON (an object another writer produced).
    public mutating func raw(_ json: String) { value(); output += json }
    public mutating func number(_ value: Int) { self.value(); output += String(value) }
    public mutating func number(_ value: Double) { self.value(); output += Self.format(value) }
    public mutating func bool(_ value: Bool) { self.value(); output += value ? "true" : "false" }
    public mutating func null() { value(); output += "null" }

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
        needsComma[needsComma.count - 1] = true
    }

    private mutating func separate() {
        if needsComma[needsComma.count - 1] { output += "," }
        if pretty && depth > 0 { output += "\n" + String(repeating: "  ", count: depth) }
    }

    private mutating func push() {
        needsComma.append(false)
        depth += 1
    }

    private mutating func pop() {
        let hadContent = needsComma.removeLast()
        depth -= 1
        if pretty && hadContent { output += "\n" + String(repeating: "  ", count: depth) }
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
    /// combining marks, U+FFFD and spaces other than U+0020 are written as `\uXXXX`, so a
    /// reader of the file sees exactly what it holds (annotation sidecars use this).
    public static func appendString(_ string: String, to output: inout String, escapingInvisible: Bool = false) {
        if !escapingInvisible, !needsEscaping(string) {
            // Most strings (keys, rule ids, messages) need no escape: append them whole.
            output += "\""
            output += string
            output += "\""
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
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 || (escapingInvisible && isInvisible(scalar.value)) {
                    var units: [UInt16] = []
                    UTF16Scalar.append(scalar.value, to: &units)
                    for unit in units {
                        let hex = String(unit, radix: 16)
                        output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                    }
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }

    /// Whether `string` holds a character JSON must escape: a quote, a backslash, a control
    /// character, or U+2028/U+2029 (which JavaScript readers take for line ends).
    private static func needsEscaping(_ string: String) -> Bool {
        var utf8 = string.utf8.makeIterator()
        while let byte = utf8.next() {
            if byte < 0x20 || byte == 0x22 || byte == 0x5C { return true }
            // E2 80 A8 / E2 80 A9
            if byte == 0xE2, utf8.next() == 0x80, let last = utf8.next(), last == 0xA8 || last == 0xA9 { return true }
        }
        return false
    }

    private static func isInvisible(_ scalar: UInt32) -> Bool {
        let properties = CharacterClass.of(scalar)
        return properties.contains(.invisible) || properties.contains(.mark) || scalar == 0xFFFD
            || (properties.contains(.space) && scalar != 0x20)
    }
}

import TextCore
