/// Single UTF-16 code units the detectors compare against, by name: `text[i] == Unit.colon`
/// reads as what it tests, where `text[i] == 0x3A` needs a table. Inlinable computed
/// properties, so each is a constant in the caller's loop.
public enum Unit {
    @inlinable public static var tab: UInt16 { 0x09 }
    @inlinable public static var lineFeed: UInt16 { 0x0A }
    @inlinable public static var carriageReturn: UInt16 { 0x0D }
    @inlinable public static var space: UInt16 { 0x20 }
    @inlinable public static var exclamationMark: UInt16 { 0x21 }
    @inlinable public static var quotationMark: UInt16 { 0x22 }
    @inlinable public static var numberSign: UInt16 { 0x23 }
    @inlinable public static var dollarSign: UInt16 { 0x24 }
    @inlinable public static var percentSign: UInt16 { 0x25 }
    @inlinable public static var ampersand: UInt16 { 0x26 }
    @inlinable public static var apostrophe: UInt16 { 0x27 }
    @inlinable public static var leftParenthesis: UInt16 { 0x28 }
    @inlinable public static var rightParenthesis: UInt16 { 0x29 }
    @inlinable public static var asterisk: UInt16 { 0x2A }
    @inlinable public static var plusSign: UInt16 { 0x2B }
    @inlinable public static var comma: UInt16 { 0x2C }
    @inlinable public static var hyphenMinus: UInt16 { 0x2D }
    @inlinable public static var fullStop: UInt16 { 0x2E }
    @inlinable public static var solidus: UInt16 { 0x2F }
    @inlinable public static var colon: UInt16 { 0x3A }
    @inlinable public static var semicolon: UInt16 { 0x3B }
    @inlinable public static var lessThanSign: UInt16 { 0x3C }
    @inlinable public static var equalsSign: UInt16 { 0x3D }
    @inlinable public static var greaterThanSign: UInt16 { 0x3E }
    @inlinable public static var questionMark: UInt16 { 0x3F }
    @inlinable public static var commercialAt: UInt16 { 0x40 }
    @inlinable public static var leftSquareBracket: UInt16 { 0x5B }
    @inlinable public static var reverseSolidus: UInt16 { 0x5C }
    @inlinable public static var rightSquareBracket: UInt16 { 0x5D }
    @inlinable public static var circumflexAccent: UInt16 { 0x5E }
    @inlinable public static var lowLine: UInt16 { 0x5F }
    @inlinable public static var graveAccent: UInt16 { 0x60 }
    @inlinable public static var leftCurlyBracket: UInt16 { 0x7B }
    @inlinable public static var verticalLine: UInt16 { 0x7C }
    @inlinable public static var rightCurlyBracket: UInt16 { 0x7D }
    @inlinable public static var tilde: UInt16 { 0x7E }
    @inlinable public static var noBreakSpace: UInt16 { 0xA0 }
    @inlinable public static var leftGuillemet: UInt16 { 0xAB }
    @inlinable public static var rightGuillemet: UInt16 { 0xBB }
    @inlinable public static var enDash: UInt16 { 0x2013 }
    @inlinable public static var emDash: UInt16 { 0x2014 }
    @inlinable public static var leftSingleQuotationMark: UInt16 { 0x2018 }
    @inlinable public static var rightSingleQuotationMark: UInt16 { 0x2019 }
    @inlinable public static var singleLow9QuotationMark: UInt16 { 0x201A }
    @inlinable public static var leftDoubleQuotationMark: UInt16 { 0x201C }
    @inlinable public static var rightDoubleQuotationMark: UInt16 { 0x201D }
    @inlinable public static var doubleLow9QuotationMark: UInt16 { 0x201E }
    @inlinable public static var horizontalEllipsis: UInt16 { 0x2026 }
    @inlinable public static var singleLeftGuillemet: UInt16 { 0x2039 }
    @inlinable public static var singleRightGuillemet: UInt16 { 0x203A }
    @inlinable public static var narrowNoBreakSpace: UInt16 { 0x202F }
    @inlinable public static var fullwidthColon: UInt16 { 0xFF1A }
}
