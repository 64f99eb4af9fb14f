import TextCore

/// Finds invisible characters in running text: zero-width spaces and joiners, soft hyphens,
/// word joiners, a byte-order mark in mid-text, bidirectional controls, and control
/// characters. Joiners inside emoji sequences and in scripts that need them (Arabic, Indic),
/// variation selectors, and direction marks in right-to-left languages are legitimate.
public struct InvisibleCharacterRule: Detector {
    public static let id = RuleID(.encoding, "invisible-character")

    public static let description = RuleDescription(
        id: id,
        summary: "An invisible character (zero-width space, soft hyphen, bidi control, control character) in the text.",
        rationale: "Invisible characters break search, word counts and hyphenation, and bidi controls can reorder what readers see. They come from copy-paste and MT pipelines, not from writers.",
        category: .characterEncoding,
        severity: .minor,
        triggering: [
            RuleExample("The bud⟦\u{200B}⟧get was approved."),
            RuleExample("Parlia⟦\u{AD}⟧ment voted; the file ⟦\u{202E}⟧cod.exe⟦\u{202C}⟧ was sent."),
            RuleExample("Line with a control⟦\u{07}⟧ character."),
        ],
        nonTriggering: [
            RuleExample("<p>Internationalization&shy;Activity</p>", format: "html", note: "a soft hyphen written as an entity is deliberate"),
            RuleExample("A family emoji 👨\u{200D}👩\u{200D}👧 and a heart ❤\u{FE0F}."),
            RuleExample("می\u{200C}خواهم", language: "fa"),
            RuleExample("Tab\tseparated and\nlines."),
        ]
    )

    public init() {}

    public func check(_ document: AnalyzedDocument, into sink: inout FindingSink) {
        let rightToLeft = ["ar", "he", "fa", "ur", "yi", "ps", "sd", "ug", "dv"].contains(document.language.language)
        document.withText { text in
            // Invisible BMP characters, and every character outside the BMP (tag characters,
            // musical formatting controls) to decode and look at.
            for index in document.sites([.invisible, .astral]) {
                let scalar = text.scalar(at: index)
                let properties = CharacterClass.of(scalar.codePoint)
                guard properties.contains(.invisible) else { continue }
                if isLegitimate(scalar.codePoint, at: index, length: scalar.length, in: text, rightToLeft: rightToLeft) { continue }
                // Written as a reference (`&shy;`, `&#8203;`) in HTML or Markdown, it was put
                // there on purpose: a hyphenation point, a break opportunity.
                if document.document.structure != nil, document.document.originalRange(TextRange(start: index, length: scalar.length)).length > scalar.length { continue }
                sink.report(TextRange(start: index, length: scalar.length), "An invisible \(Self.name(scalar.codePoint)) is in the text; remove it.", suggestions: [""])
            }
        }
    }

    private func isLegitimate(_ scalar: UInt32, at index: Int, length: Int, in text: TextView, rightToLeft: Bool) -> Bool {
        // Variation selectors and emoji tag characters.
        if (0xFE00...0xFE0F).contains(scalar) || (0xE0100...0xE01EF).contains(scalar) || (0xE0020...0xE007F).contains(scalar) { return true }
        if index == 0, scalar == 0xFEFF { return true }
        let before = index > 0 ? text.scalar(before: index).codePoint : 0
        let after = index + length < text.count ? text.scalar(at: index + length).codePoint : 0
        if scalar == 0x200D || scalar == 0x200C {
            if isEmoji(before) || isEmoji(after) { return true }
            // Scripts that shape with joiners (Arabic, Indic, ...): neither neighbour is a
            // Latin, Cyrillic, Greek or CJK letter.
            let neighbours = [Script.of(before), Script.of(after)]
            if !neighbours.contains(where: { $0 == .latin || $0 == .cyrillic || $0 == .greek }), !CharacterClass.of(before).contains(.ideographic) {
                return true
            }
        }
        if rightToLeft, scalar == 0x200E || scalar == 0x200F || scalar == 0x061C { return true }
        // A C1 control right after a Latin-1 letter is part of mojibake (encoding.mojibake).
        if (0x80...0x9F).contains(scalar), (0xC0...0xFF).contains(before) { return true }
        return false
    }

    private func isEmoji(_ scalar: UInt32) -> Bool {
        (0x1F000...0x1FAFF).contains(scalar) || (0x2600...0x27BF).contains(scalar) || scalar == 0xFE0F || (0x1F3FB...0x1F3FF).contains(scalar)
    }

    static func name(_ scalar: UInt32) -> String {
        let names: [UInt32: String] = [
            0x200B: "zero-width space", 0x200C: "zero-width non-joiner", 0x200D: "zero-width joiner", 0x2060: "word joiner",
            0xFEFF: "byte-order mark (zero-width no-break space)", 0xAD: "soft hyphen", 0x200E: "left-to-right mark",
            0x200F: "right-to-left mark", 0x202A: "left-to-right embedding", 0x202B: "right-to-left embedding",
            0x202C: "pop directional formatting", 0x202D: "left-to-right override", 0x202E: "right-to-left override",
            0x2066: "left-to-right isolate", 0x2067: "right-to-left isolate", 0x2068: "first strong isolate", 0x2069: "pop directional isolate",
        ]
        let hex = String(scalar, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        if let name = names[scalar] { return "\(name) (\(code))" }
        return scalar < 0x20 || (0x7F...0x9F).contains(scalar) ? "control character (\(code))" : "formatting character (\(code))"
    }
}
