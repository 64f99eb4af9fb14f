import TextKernels

/// What a character site is. Every unit that is not a letter, a digit or a single space is a
/// site (as are the letters that stand for UTF-8 continuation bytes in mojibake); the scan
/// that finds them records what each is, once, and detectors ask for the classes they look at
/// (`document.sites(.quote)`) instead of filtering the text again.
///
/// A unit can be in several classes (`;` is a clause mark and a code symbol; `。` a sentence
/// mark and full-width).
public struct SiteClass: OptionSet, Sendable, Hashable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// LF, CR, VT, FF, NEL, LS, PS.
    public static let lineBreak = SiteClass(rawValue: 1 << 0)
    /// The second (or later) U+0020 of a run of spaces; set by the scan from the neighbour.
    public static let spaceRun = SiteClass(rawValue: UInt16(TK_SITE_SPACE_RUN))
    /// A tab, a no-break space or another space that is not U+0020.
    public static let otherSpace = SiteClass(rawValue: 1 << 2)
    /// `Punctuation.sentenceMarks`.
    public static let sentenceMark = SiteClass(rawValue: 1 << 3)
    /// `Punctuation.clauseMarks`.
    public static let clauseMark = SiteClass(rawValue: 1 << 4)
    /// A quotation mark (Unicode's Quotation_Mark: straight and curly quotes, guillemets,
    /// corner brackets, apostrophes).
    public static let quote = SiteClass(rawValue: 1 << 5)
    /// `Punctuation.brackets`.
    public static let bracket = SiteClass(rawValue: 1 << 6)
    /// An invisible character: default-ignorable, a control or a bidi control.
    public static let invisible = SiteClass(rawValue: 1 << 7)
    /// A character that stands for a UTF-8 continuation byte when UTF-8 is read as Latin-1 or
    /// Windows-1252 (U+0080…U+00BF and `EncodingCharacters.windows1252High`): the second
    /// character of any mojibake.
    public static let encodingTail = SiteClass(rawValue: 1 << 8)
    /// U+FFFD.
    public static let replacement = SiteClass(rawValue: 1 << 9)
    /// `Punctuation.dashes`.
    public static let dash = SiteClass(rawValue: 1 << 10)
    /// `TechnicalCharacters.codeSymbols`.
    public static let codeSymbol = SiteClass(rawValue: 1 << 11)
    /// `Punctuation.fullWidth`.
    public static let fullWidth = SiteClass(rawValue: 1 << 12)
    /// The first unit of a character outside the BMP (an emoji, a rare ideograph, a tag
    /// character): detectors that care decode it.
    public static let astral = SiteClass(rawValue: 1 << 14)
    /// A site in none of the classes above (an ampersand, a percent sign, a kana mark...).
    public static let other = SiteClass(rawValue: 1 << 13)
}
