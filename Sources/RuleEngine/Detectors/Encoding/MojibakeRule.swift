import TextCore

/// Finds mojibake: UTF-8 text that was decoded as Windows-1252 or Latin-1 on the way, so that
/// "é" became "Ã©", "’" became "â€™", "при" became "Ð¿Ñ€Ð¸" and "日本" became "æ—¥æœ¬".
///
/// A run of characters from the Latin-1/Windows-1252 upper half is turned back into the bytes
/// they stand for; if those bytes are well-formed UTF-8 with at least one multi-byte
/// character, the run is mojibake, and the decoded text is the suggestion. Ordinary accented
/// text never forms valid UTF-8 this way ("für" → 0xFC alone is not UTF-8).
public struct MojibakeRule: Detector {
    public static let id = RuleID(.encoding, "mojibake")

    public static let description = RuleDescription(
        id: id,
        summary: "Garbled characters from a wrong encoding conversion (mojibake), such as “Ã©” for “é”.",
        rationale: "Mojibake shows readers that the text went through a broken pipeline; every garbled word must be repaired before publication.",
        category: .characterEncoding,
        severity: .major,
        triggering: [
            RuleExample("The caf⟦Ã©⟧ in Z⟦Ã¼⟧rich said it⟦â€™⟧s closed.", correction: "The café in Zürich said it’s closed."),
            RuleExample("Он сказал: ⟦Ð¿Ñ€Ð¸⟧вет.", language: "ru"),
            RuleExample("⟦æ—¥æœ¬⟧の経済。", language: "ja"),
            RuleExample("She said: “Le caf⟦Ã©⟧ est fermé.”", language: "en", note: "inside a quotation of several words: a slip"),
        ],
        nonTriggering: [
            RuleExample("The café in Zürich said it’s closed; façade, naïve, Øresund, señor."),
            RuleExample("Ça coûte 5 € à Besançon, même en été.", language: "fr"),
            RuleExample("Größe, Maß und Übermaß.", language: "de"),
            RuleExample("Read as Latin-1, an é shows up as “Ã©” and the word été as \"Ã©tÃ©\".", note: "garbled text quoted as an example"),
            RuleExample("Cela devrait durer jusqu’à l’été\u{A0}», a-t-elle dit.", language: "fr", note: "é, no-break space and » would decode to a Chinese character"),
        ]
    )

    public init() {}

    /// Windows-1252's characters for bytes 0x80–0x9F (nil where the byte is undefined).
    private static let windows1252: [UInt32: UInt8] = {
        let high: [UInt32?] = [0x20AC, nil, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, nil, 0x017D, nil,
                               nil, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, nil, 0x017E, 0x0178]
        var table: [UInt32: UInt8] = [:]
        for (offset, scalar) in high.enumerated() {
            if let scalar { table[scalar] = UInt8(0x80 + offset) }
        }
        return table
    }()

    /// The byte a character stands for in Windows-1252 (or Latin-1, for C1 controls).
    private static func byte(_ scalar: UInt32) -> UInt8? {
        if (0x80...0xFF).contains(scalar) { return UInt8(scalar) }
        return windows1252[scalar]
    }

    public func check(_ document: AnalyzedDocument, into sink: inout FindingSink) {
        let script = document.profile.script
        document.withText { text in
            var covered = 0
            // Every character that stands for a continuation byte is a site: look at the one
            // before each. A UTF-8 lead byte read as Latin-1 is one of Â…ô (U+00C2…U+00F4),
            // followed by a character for a continuation byte.
            for tail in document.sites(.encodingTail) where tail >= 1 {
                let index = tail - 1
                let unit = text[index]
                guard index >= covered, unit >= 0xC2, unit <= 0xF4, text[index + 1] >= 0x80 else { continue }
                // Collect the run of characters that map to high bytes.
                var bytes: [UInt8] = []
                var end = index
                while end < text.count, let byte = Self.byte(UInt32(text[end])) {
                    bytes.append(byte)
                    end += 1
                }
                if let decoded = Self.decodeUTF8Prefix(bytes), Self.isPlausible(decoded.text, script: script) {
                    let range = TextRange(start: index, end: index + decoded.consumed)
                    covered = index + decoded.consumed
                    // Garbled text quoted on its own is shown, not suffered: “Ã©” in a page
                    // about encodings.
                    if Self.isQuotedOnItsOwn(text, range) { continue }
                    sink.report(range, "Garbled characters (UTF-8 read as Windows-1252): “\(document.string(range))” should read “\(decoded.text)”.",
                                suggestions: [decoded.text])
                }
            }
        }
    }

    /// Whether the word holding `range` is all there is between two quotation marks (or
    /// backticks): an example of mojibake, not a slip.
    static func isQuotedOnItsOwn(_ text: TextView, _ range: TextRange) -> Bool {
        func isMark(_ unit: UInt16) -> Bool { unit == 0x60 || CharacterClass.of(unit: unit).contains(.quotation) }
        func isSpace(_ unit: UInt16) -> Bool { CharacterClass.of(unit: unit).contains(.space) }
        var start = range.start
        while start > 0, !isSpace(text[start - 1]), !isMark(text[start - 1]) { start -= 1 }
        var end = range.end
        while end < text.count, !isSpace(text[end]), !isMark(text[end]) { end += 1 }
        // Short, and no Han or kana: in Chinese and Japanese the "word" runs to the marks.
        guard end - start <= range.length + 8, !(start..<end).contains(where: { CharacterClass.of(unit: text[$0]).contains(.ideographic) }) else { return false }
        return start > 0 && isMark(text[start - 1]) && end < text.count && isMark(text[end])
    }

    /// Whether decoded text could belong in a document of `script`: punctuation and Latin
    /// letters anywhere, other letters only in their own languages. French "l’été »" is
    /// é + no-break space + », bytes that decode to a Chinese character: not mojibake in French.
    static func isPlausible(_ decoded: String, script: String) -> Bool {
        guard !script.isEmpty else { return true }
        return decoded.unicodeScalars.allSatisfy { scalar in
            switch Script.of(scalar.value) {
            case .common, .inherited, .latin: return true
            case .cyrillic: return script == "Cyrl"
            case .greek: return script == "Grek"
            case .other: return CharacterClass.of(scalar.value).contains(.ideographic) && ["Jpan", "Hans", "Hant", "Hani", "Kore"].contains(script)
            }
        }
    }

    /// Decodes the longest prefix of `bytes` that is well-formed UTF-8 made of multi-byte
    /// characters only; nil when there is none.
    static func decodeUTF8Prefix(_ bytes: [UInt8]) -> (text: String, consumed: Int)? {
        var position = 0
        var scalars = String.UnicodeScalarView()
        while position < bytes.count {
            let lead = bytes[position]
            let length: Int
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: length = 0
            }
            guard length > 0, position + length <= bytes.count,
                  (1..<length).allSatisfy({ bytes[position + $0] & 0xC0 == 0x80 }) else { break }
            var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for offset in 1..<length { value = value << 6 | UInt32(bytes[position + offset] & 0x3F) }
            let minimum: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
            guard value >= minimum, let scalar = Unicode.Scalar(value) else { break }
            scalars.append(scalar)
            position += length
        }
        return scalars.isEmpty ? nil : (String(scalars), position)
    }
}
