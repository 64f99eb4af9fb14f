import TextCore

/// Small readings of sentence text the source-aware rules share.
enum SourceTextReading {
    /// The writing system a language's text is mostly in.
    enum Script: Hashable {
        case latin, cyrillic, greek, cjk, other
    }

    static func script(of language: LanguageTag) -> Script {
        switch language.language {
        case "zh", "ja", "ko", "yue": return .cjk
        case "ru", "uk", "bg", "sr", "be", "mk", "kk": return .cyrillic
        case "el": return .greek
        case "ar", "he", "fa", "hi", "th", "ka", "hy": return .other
        default: return .latin
        }
    }

    static func script(of unit: UInt16) -> Script? {
        let properties = CharacterClass.of(unit: unit)
        if properties.contains(.latin) { return .latin }
        if properties.contains(.cyrillic) { return .cyrillic }
        if properties.contains(.greek) { return .greek }
        if properties.contains(.ideographic) || (0x3040...0x30FF).contains(unit) || (0xAC00...0xD7AF).contains(unit) || (0x1100...0x11FF).contains(unit) { return .cjk }
        return properties.contains(.alphabetic) ? .other : nil
    }

    /// The text of `range` of `document`, shortened (at most `limit` UTF-16 units, never
    /// cutting a surrogate pair): made from the UTF-16 text directly, as reports make one
    /// per aligned sentence.
    static func short(_ document: AnalyzedDocument, _ range: TextRange, _ limit: Int = 60) -> String {
        guard range.length > limit else { return document.string(range) }
        var end = range.start + limit - 1
        if document.text[end] & 0xFC00 == 0xDC00 { end -= 1 }
        return String(utf16Units: document.text[range.start..<end]) + "…"
    }

    /// `text` shortened for a message, counting UTF-16 units (cheap: reports make one per
    /// aligned sentence), never cutting a surrogate pair.
    static func short(_ text: String, _ limit: Int = 60) -> String {
        let units = text.utf16
        guard units.count > limit else { return text }
        var cut = limit - 1
        let index = units.index(units.startIndex, offsetBy: cut)
        if UTF16.isTrailSurrogate(units[index]) { cut -= 1 }
        return String(decoding: units.prefix(cut), as: UTF16.self) + "…"
    }
}
