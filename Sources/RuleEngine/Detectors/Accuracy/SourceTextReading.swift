import TextCore

/// Small readings of sentence text the source-aware rules share.
enum SourceTextReading {
    /// The writing system a language's text is mostly in.
    enum Script: Equatable {
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

    /// `text` shortened for a message.
    static func short(_ text: String, _ limit: Int = 60) -> String {
        text.count > limit ? String(text.prefix(limit - 1)) + "…" : text
    }
}
