/// The sets of characters the layers share, declared once, as the characters themselves.
///
/// Detectors test membership with them; `CharacterTables` builds the C kernels' scan table
/// and the character-site classes from them, so Swift and C cannot disagree about what a
/// full-width mark or a code symbol is.
public enum Punctuation {
    /// Marks that end a sentence: `. ! ? …` and their full-width forms.
    public static let sentenceMarks = UnitSet(".!?…。！？．")
    /// Marks inside a sentence: `, ; :` and their full-width forms, and the ideographic comma.
    public static let clauseMarks = UnitSet(",;:，、；：")
    /// Chinese and Japanese punctuation that ends a token (a URL in running CJK text stops there).
    public static let fullWidth = UnitSet("。，、：；！？")
    /// Brackets, half- and full-width, each opening one with its closing partner.
    public static let bracketPairs: [(open: UInt16, close: UInt16)] = zip("([{（【〔［".utf16, ")]}）】〕］".utf16).map { ($0, $1) }
    public static let openingBrackets = UnitSet(String(decoding: bracketPairs.map(\.open), as: UTF16.self))
    public static let closingBrackets = UnitSet(String(decoding: bracketPairs.map(\.close), as: UTF16.self))
    public static let brackets = openingBrackets.union(closingBrackets)
    /// Hyphens and dashes.
    public static let dashes = UnitSet("-‐‑‒–—―")
    /// Line breaks: LF, CR, VT, FF, NEL, LS, PS.
    public static let lineBreaks = UnitSet("\n\r\u{0B}\u{0C}\u{85}\u{2028}\u{2029}")
    /// Spaces that are not U+0020 and do not break a line: tab, no-break, narrow no-break,
    /// thin, ideographic.
    public static let otherSpaces = UnitSet("\t\u{A0}\u{202F}\u{2009}\u{2007}\u{3000}")
    /// The replacement character: text lost in a broken conversion.
    public static let replacement = UnitSet("\u{FFFD}")
}

/// Characters that betray a broken encoding conversion.
public enum EncodingCharacters {
    /// Windows-1252's characters for bytes 0x80…0x9F. Like U+0080…U+00BF (Latin-1's upper
    /// half), each stands for a UTF-8 continuation byte when UTF-8 is read as Windows-1252:
    /// the second character of any mojibake ("â€™" for "’").
    public static let windows1252High = UnitSet("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ")
}

/// Characters that tell code and addresses from prose.
public enum TechnicalCharacters {
    /// ASCII characters rare in prose; many of them in a paragraph make it code.
    public static let codeSymbols = UnitSet("{}[]<>=|\\/$#_;~^*@`")
    /// Characters that hint a token is technical (with the digits).
    public static let hints = UnitSet("/_=-:.${}[]<>|\\0123456789")
    /// Inside a token, characters that may make it an address or a term (a path, `a=b`).
    public static let insideToken = UnitSet(".@/:_=\\${}<>|#")
    /// At the start of a token: an option, a variable, a home folder, a comment, a path.
    public static let tokenLead = UnitSet("-$~^#/")
    /// Where the token scan may report something: the two sets above and the backtick.
    public static let tokenScanStops = insideToken.union(tokenLead).union(UnitSet("`"))
}
