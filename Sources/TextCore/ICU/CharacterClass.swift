import ICUBridge

/// The Unicode properties detectors ask about a character, as one bit set.
///
/// Looked up in a 64 K table for the Basic Multilingual Plane, built once per process from
/// ICU, so that a detector's inner loop classifies a character with one load instead of a
/// dozen ICU calls.
public struct CharacterClass: OptionSet, Sendable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    @inlinable public static var upper: CharacterClass { CharacterClass(rawValue: UInt32(TL_CHAR_UPPER)) }
    @inlinable public static var lower: CharacterClass { CharacterClass(rawValue: UInt32(TL_CHAR_LOWER)) }
    @inlinable public static var alphabetic: CharacterClass { CharacterClass(rawValue: UInt32(TL_CHAR_ALPHABETIC)) }
    @inlinable public static var digit: CharacterClass { CharacterClass(rawValue: UInt32(TL_CHAR_DIGIT)) }
    @inlinable public static var space: CharacterClass { CharacterClass(rawValue: UInt32(TL_CHAR_SPACE)) }
    @inlinable public static var quotation: CharacterClass { CharacterClass(rawValue: UInt32(TL_CHAR_QUOTATION)) }
    @inlinable public static var sentenceTerminal: CharacterClass { CharacterClass(rawValue: UInt32(TL_CHAR_STERM)) }
    @inlinable public static var ideographic: CharacterClass { CharacterClass(rawValue: UInt32(TL_CHAR_IDEOGRAPHIC)) }
    @inlinable public static var invisible: CharacterClass { CharacterClass(rawValue: UInt32(TL_CHAR_INVISIBLE)) }
    @inlinable public static var bidiControl: CharacterClass { CharacterClass(rawValue: UInt32(TL_CHAR_BIDI_CONTROL)) }
    @inlinable public static var initialPunctuation: CharacterClass { CharacterClass(rawValue: UInt32(TL_CHAR_INITIAL_PUNCT)) }
    @inlinable public static var finalPunctuation: CharacterClass { CharacterClass(rawValue: UInt32(TL_CHAR_FINAL_PUNCT)) }
    @inlinable public static var openPunctuation: CharacterClass { CharacterClass(rawValue: UInt32(TL_CHAR_OPEN_PUNCT)) }
    @inlinable public static var closePunctuation: CharacterClass { CharacterClass(rawValue: UInt32(TL_CHAR_CLOSE_PUNCT)) }
    @inlinable public static var punctuation: CharacterClass { CharacterClass(rawValue: UInt32(TL_CHAR_PUNCTUATION)) }
    @inlinable public static var mark: CharacterClass { CharacterClass(rawValue: UInt32(TL_CHAR_MARK)) }
    @inlinable public static var latin: CharacterClass { CharacterClass(rawValue: UInt32(TL_CHAR_LATIN)) }
    @inlinable public static var cyrillic: CharacterClass { CharacterClass(rawValue: UInt32(TL_CHAR_CYRILLIC)) }
    @inlinable public static var greek: CharacterClass { CharacterClass(rawValue: UInt32(TL_CHAR_GREEK)) }


    /// The table, built once per process (in C, under pthread_once) and never freed: hot
    /// loops read it through a pointer, paying neither lazy-global checks nor bounds checks.
    @inlinable @inline(__always)
    static var table: UnsafePointer<UInt32> { tl_char_bmp_table() }

    /// The properties of a code point.
    @inlinable @inline(__always)
    public static func of(_ codePoint: UInt32) -> CharacterClass {
        if codePoint < 0x10000 {
            return CharacterClass(rawValue: table[Int(codePoint)])
        }
        return astral(codePoint)
    }

    /// The properties of a UTF-16 unit that is not a surrogate.
    @inlinable @inline(__always)
    public static func of(unit: UInt16) -> CharacterClass {
        CharacterClass(rawValue: table[Int(unit)])
    }

    @usableFromInline
    static func astral(_ codePoint: UInt32) -> CharacterClass {
        CharacterClass(rawValue: tl_char_properties(Int32(bitPattern: codePoint)))
    }

    /// Builds the lookup table, and the kernels' tables made from it, now rather than on
    /// first use (for timing and start-up).
    public static func warmUp() {
        BreakIterator.prepareWordScan()
        _ = table[0]
        CharacterTables.warmUp()
    }
}

/// Unicode scripts that detectors distinguish.
public enum Script: Sendable, Equatable {
    case common, inherited, latin, cyrillic, greek, other(Int32)

    public static func of(_ codePoint: UInt32) -> Script {
        if codePoint < 0x80 {
            let isLetter = (codePoint | 0x20) >= 0x61 && (codePoint | 0x20) <= 0x7A
            return isLetter ? .latin : .common
        }
        if codePoint < 0x10000 {
            let properties = CharacterClass.of(codePoint)
            if properties.contains(.latin) { return .latin }
            if properties.contains(.cyrillic) { return .cyrillic }
            if properties.contains(.greek) { return .greek }
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
