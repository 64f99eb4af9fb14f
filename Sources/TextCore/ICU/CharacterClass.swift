import ICUBridge

/// The Unicode properties detectors ask about a character, as one bit set.
///
/// Looked up in a 64 K table for the Basic Multilingual Plane, built once per process from
/// ICU, so that a detector's inner loop classifies a character with one load instead of a
/// dozen ICU calls.
public struct CharacterClass: OptionSet, Sendable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    public static let upper = CharacterClass(rawValue: UInt32(TL_CHAR_UPPER))
    public static let lower = CharacterClass(rawValue: UInt32(TL_CHAR_LOWER))
    public static let alphabetic = CharacterClass(rawValue: UInt32(TL_CHAR_ALPHABETIC))
    public static let digit = CharacterClass(rawValue: UInt32(TL_CHAR_DIGIT))
    public static let space = CharacterClass(rawValue: UInt32(TL_CHAR_SPACE))
    public static let quotation = CharacterClass(rawValue: UInt32(TL_CHAR_QUOTATION))
    public static let sentenceTerminal = CharacterClass(rawValue: UInt32(TL_CHAR_STERM))
    public static let ideographic = CharacterClass(rawValue: UInt32(TL_CHAR_IDEOGRAPHIC))
    public static let invisible = CharacterClass(rawValue: UInt32(TL_CHAR_INVISIBLE))
    public static let bidiControl = CharacterClass(rawValue: UInt32(TL_CHAR_BIDI_CONTROL))
    public static let initialPunctuation = CharacterClass(rawValue: UInt32(TL_CHAR_INITIAL_PUNCT))
    public static let finalPunctuation = CharacterClass(rawValue: UInt32(TL_CHAR_FINAL_PUNCT))
    public static let openPunctuation = CharacterClass(rawValue: UInt32(TL_CHAR_OPEN_PUNCT))
    public static let closePunctuation = CharacterClass(rawValue: UInt32(TL_CHAR_CLOSE_PUNCT))
    public static let punctuation = CharacterClass(rawValue: UInt32(TL_CHAR_PUNCTUATION))
    public static let mark = CharacterClass(rawValue: UInt32(TL_CHAR_MARK))

    /// Letters of any script (alphabetic, not a combining mark).
    public static let letterLike: CharacterClass = [.alphabetic]

    private static let bmpTable: [UInt16] = {
        var table = [UInt16](repeating: 0, count: 0x10000)
        table.withUnsafeMutableBufferPointer { tl_char_fill_bmp_table($0.baseAddress!) }
        return table
    }()

    /// The properties of a code point.
    @inline(__always)
    public static func of(_ codePoint: UInt32) -> CharacterClass {
        if codePoint < 0x10000 {
            return CharacterClass(rawValue: UInt32(bmpTable[Int(codePoint)]))
        }
        return CharacterClass(rawValue: tl_char_properties(Int32(bitPattern: codePoint)))
    }

    /// The properties of a UTF-16 unit that is not a surrogate.
    @inline(__always)
    public static func of(unit: UInt16) -> CharacterClass {
        CharacterClass(rawValue: UInt32(bmpTable[Int(unit)]))
    }

    /// Builds the lookup table now rather than on first use (for timing and start-up).
    public static func warmUp() { _ = bmpTable.count }
}

/// Unicode scripts that detectors distinguish.
public enum Script: Sendable, Equatable {
    case common, inherited, latin, cyrillic, greek, other(Int32)

    public static func of(_ codePoint: UInt32) -> Script {
        if codePoint < 0x80 {
            let isLetter = (codePoint | 0x20) >= 0x61 && (codePoint | 0x20) <= 0x7A
            return isLetter ? .latin : .common
        }
        switch tl_char_script(Int32(bitPattern: codePoint)) {
        case Int32(TL_SCRIPT_COMMON): return .common
        case Int32(TL_SCRIPT_INHERITED): return .inherited
        case Int32(TL_SCRIPT_LATIN): return .latin
        case Int32(TL_SCRIPT_CYRILLIC): return .cyrillic
        case Int32(TL_SCRIPT_GREEK): return .greek
        case let code: return .other(code)
        }
    }
}
