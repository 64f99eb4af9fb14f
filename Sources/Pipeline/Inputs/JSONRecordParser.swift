import TextCore

/// A document record of a JSONL stream: `{"id": "...", "text": "...", "lang": "fr"}`
/// (`"language"` is read as `"lang"` too).
public struct DocumentRecord: Sendable, Equatable {
    public var id: String?
    /// The text, decoded straight into UTF-16 (no intermediate String); empty when the text
    /// is in `largeText`.
    public var text: [UInt16]
    /// A text longer than the parser was asked to decode to UTF-16, as UTF-8 instead: half
    /// the memory, and read window by window (`ByteWindows`) without ever being whole in
    /// UTF-16.
    public var largeText: [UInt8]? = nil
    public var language: String?
    /// The text's format (`"format": "markdown"`), when the record names one.
    public var format: String?
    /// The source the text translates (`"source"`), read in the text's format.
    public var source: [UInt16]? = nil
    /// The source's language (`"source_lang"`).
    public var sourceLanguage: String? = nil
}

/// Why a JSONL line is not a document record.
public struct RecordError: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: String
    /// 1-based byte column in the line, when the error has a position.
    public let column: Int?
    /// The record's id, when the line got far enough to have one.
    public let id: String?

    public init(message: String, column: Int?, id: String? = nil) {
        self.message = message
        self.column = column
        self.id = id
    }

    public var description: String { column.map { "\(message) at column \($0)" } ?? message }
}

/// A strict JSON parser for one JSONL line, specialised for document records: it validates
/// the whole line, keeps `id`, `text` and `lang`, skips every other field, and decodes the
/// text directly to UTF-16, which is what the checker needs. Foundation's JSON decoding
/// would build Strings first and cost more than the checking on large batches.
public struct JSONRecordParser {
    /// The deepest nesting of arrays and objects a skipped field may have. Real records nest
    /// a few levels; the limit keeps a hostile line of `[[[[…` from exhausting the stack, which
    /// would kill the whole batch instead of failing one record.
    public static let maximumNesting = 256

    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    /// A `text` longer than this many bytes (as written in the line) is kept as UTF-8, in
    /// `largeText`.
    private let largeText: Int

    public static func parse(_ line: UnsafeBufferPointer<UInt8>, largeText: Int = .max) throws(RecordError) -> DocumentRecord {
        var parser = JSONRecordParser(bytes: line, largeText: largeText)
        return try parser.record()
    }

    public static func parse(_ line: [UInt8], largeText: Int = .max) throws(RecordError) -> DocumentRecord {
        try line.withUnsafeBufferPointer { (buffer) throws(RecordError) -> DocumentRecord in try parse(buffer, largeText: largeText) }
    }

    private init(bytes: UnsafeBufferPointer<UInt8>, largeText: Int) {
        self.bytes = bytes
        self.largeText = largeText
    }

    // Long: the record's fields in one loop with a case per known key (id, text, lang,
    // language, format, source, source_lang); a hand-written parser on the hot path of every JSONL stream.
    private mutating func record() throws(RecordError) -> DocumentRecord {
        // A byte order mark (an editor's, or a stream's first line) is not part of the record.
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { position = 3 }
        skipSpace()
        guard peek() == UInt8(ascii: "{") else { throw fail("the line is not a JSON object") }
        position += 1
        var record = DocumentRecord(id: nil, text: [], language: nil, format: nil)
        var sawText = false
        var sawLang = false
        skipSpace()
        if peek() == UInt8(ascii: "}") {
            position += 1
        } else {
            while true {
                skipSpace()
                guard peek() == UInt8(ascii: "\"") else { throw fail("expected a field name") }
                let key = String(decoding: try string(), as: UTF16.self)
                skipSpace()
                guard peek() == UInt8(ascii: ":") else { throw fail("expected ':' after \"\(key)\"") }
                position += 1
                skipSpace()
                switch key {
                case "text":
                    guard peek() == UInt8(ascii: "\"") else { throw fail("\"text\" must be a string") }
                    if stringLength() > largeText {
                        record.largeText = try utf8String()
                        record.text = []
                    } else {
                        record.largeText = nil
                        record.text = try string()
                    }
                    sawText = true
                case "id":
                    if peek() == UInt8(ascii: "\"") {
                        record.id = String(decoding: try string(), as: UTF16.self)
                    } else {
                        let start = position
                        try skipValue()
                        record.id = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
                    }
                case "source":
                    if peek() == UInt8(ascii: "\"") {
                        record.source = try string()
                    } else {
                        try skipValue()
                    }
                case "source_lang":
                    if peek() == UInt8(ascii: "\"") {
                        record.sourceLanguage = String(decoding: try string(), as: UTF16.self)
                    } else {
                        try skipValue()
                    }
                case "format":
                    if peek() == UInt8(ascii: "\"") {
                        record.format = String(decoding: try string(), as: UTF16.self)
                    } else {
                        try skipValue()
                    }
                case "lang", "language":
                    // "language" is what reports call it; "lang" wins when a record has both.
                    if peek() == UInt8(ascii: "\"") {
                        let value = String(decoding: try string(), as: UTF16.self)
                        if key == "lang" || !sawLang { record.language = value }
                        if key == "lang" { sawLang = true }
                    } else {
                        try skipValue()
                    }
                default:
                    try skipValue()
                }
                skipSpace()
                if peek() == UInt8(ascii: ",") {
                    position += 1
                    continue
                }
                guard peek() == UInt8(ascii: "}") else { throw fail("expected ',' or '}'") }
                position += 1
                break
            }
        }
        skipSpace()
        guard position == bytes.count else { throw fail("unexpected data after the JSON object") }
        guard sawText else { throw RecordError(message: "the record has no \"text\" field", column: nil, id: record.id) }
        return record
    }

    // MARK: Values

    private mutating func skipValue(depth: Int = 1) throws(RecordError) {
        skipSpace()
        guard let byte = peek() else { throw fail("expected a value") }
        switch byte {
        case UInt8(ascii: "\""):
            _ = try string()
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            let close = byte == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
            guard depth <= Self.maximumNesting else {
                throw fail("arrays and objects nested more than \(Self.maximumNesting) deep")
            }
            position += 1
            skipSpace()
            if peek() == close {
                position += 1
                return
            }
            while true {
                skipSpace()
                if byte == UInt8(ascii: "{") {
                    guard peek() == UInt8(ascii: "\"") else { throw fail("expected a field name") }
                    _ = try string()
                    skipSpace()
                    guard peek() == UInt8(ascii: ":") else { throw fail("expected ':'") }
                    position += 1
                }
                try skipValue(depth: depth + 1)
                skipSpace()
                if peek() == UInt8(ascii: ",") {
                    position += 1
                    continue
                }
                guard peek() == close else { throw fail("expected ',' or '\(Character(Unicode.Scalar(close)))'") }
                position += 1
                return
            }
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        default: try number()
        }
    }

    private mutating func literal(_ word: String) throws(RecordError) {
        for expected in word.utf8 {
            guard peek() == expected else { throw fail("invalid literal") }
            position += 1
        }
    }

    private mutating func number() throws(RecordError) {
        let start = position
        if peek() == UInt8(ascii: "-") { position += 1 }
        var digits = 0
        while let byte = peek(), byte >= 0x30 && byte <= 0x39 { position += 1; digits += 1 }
        if peek() == UInt8(ascii: ".") {
            position += 1
            while let byte = peek(), byte >= 0x30 && byte <= 0x39 { position += 1 }
        }
        if let byte = peek(), byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
            position += 1
            if let sign = peek(), sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { position += 1 }
            while let byte = peek(), byte >= 0x30 && byte <= 0x39 { position += 1 }
        }
        if digits == 0 {
            position = start
            throw fail("invalid value")
        }
    }

    /// The bytes of the JSON string whose opening quote is at `position`, as written (escapes
    /// included, quotes not): no byte of it decodes to more than one UTF-16 unit or one UTF-8
    /// byte, so this is the most either decoding needs.
    private func stringLength() -> Int {
        guard position + 1 < bytes.count else { return 0 }
        return JSONStringScan.stringEnd(UnsafeBufferPointer(rebasing: bytes[(position + 1)...]))
    }

    /// Decodes a JSON string (the opening quote is at `position`) to UTF-16.
    private mutating func string() throws(RecordError) -> [UInt16] {
        try decodeString(as: UTF16DecodedText.self).units
    }

    /// Decodes a JSON string (the opening quote is at `position`) to UTF-8, for a long text.
    private mutating func utf8String() throws(RecordError) -> [UInt8] {
        try decodeString(as: UTF8DecodedText.self).bytes
    }

    /// Reads the JSON string whose opening quote is at `position` into `Text`.
    private mutating func decodeString<Text: DecodedText>(as: Text.Type) throws(RecordError) -> Text {
        // Reserved once: a long text grown a unit at a time would be copied, and held twice.
        var text = Text(reservingCapacity: stringLength())
        position += 1
        while position < bytes.count {
            // Everything up to the next quote, backslash or control byte, in one piece.
            let run = JSONStringScan.plainRun(UnsafeBufferPointer(rebasing: bytes[position...]))
            if run > 0 {
                if let invalid = text.appendRun(UnsafeBufferPointer(rebasing: bytes[position..<position + run])) {
                    position += invalid
                    throw fail("invalid UTF-8")
                }
                position += run
                guard position < bytes.count else { break }
            }
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                position += 1
                text.finish()
                return text
            }
            if byte == UInt8(ascii: "\\") {
                if let plain = try escaped() {
                    text.appendASCII(plain)
                } else {
                    text.appendEscapedUnit(try hexUnit())
                }
                continue
            }
            throw fail("control character in a string (escape it as \\u00XX)")
        }
        throw fail("unterminated string")
    }

    /// Reads the escape whose backslash is at `position`: the ASCII character it stands for,
    /// or nil for `\u`, whose four hex digits follow at the new `position`.
    private mutating func escaped() throws(RecordError) -> UInt8? {
        position += 1
        guard let escape = peek() else { throw fail("unterminated escape") }
        position += 1
        switch escape {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): return escape
        case UInt8(ascii: "b"): return 0x08
        case UInt8(ascii: "f"): return 0x0C
        case UInt8(ascii: "n"): return 0x0A
        case UInt8(ascii: "r"): return 0x0D
        case UInt8(ascii: "t"): return 0x09
        case UInt8(ascii: "u"): return nil
        default: throw fail("invalid escape \\\(Character(Unicode.Scalar(escape)))")
        }
    }

    private mutating func hexUnit() throws(RecordError) -> UInt16 {
        guard position + 4 <= bytes.count else { throw fail("incomplete \\u escape") }
        var value: UInt16 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            let digit: UInt16
            switch byte {
            case 0x30...0x39: digit = UInt16(byte - 0x30)
            case 0x41...0x46: digit = UInt16(byte - 0x41 + 10)
            case 0x61...0x66: digit = UInt16(byte - 0x61 + 10)
            default: throw fail("invalid \\u escape")
            }
            value = value << 4 | digit
            position += 1
        }
        return value
    }


    private func peek() -> UInt8? { position < bytes.count ? bytes[position] : nil }

    private mutating func skipSpace() {
        while let byte = peek(), byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { position += 1 }
    }

    private func fail(_ message: String) -> RecordError { RecordError(message: message, column: position + 1) }
}
