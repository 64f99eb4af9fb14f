/// A sentence's text kept for a run summary, shortened and held as the UTF-16 units it was
/// cut from: a bilingual run keeps one per aligned sentence, and turning each into a
/// `String` (transcoding and validating) would cost more than aligning it. Made a `String`
/// only when a report shows it.
public struct ShortText: Sendable, Hashable, Comparable {
    private let units: [UInt16]
    /// Whether the text was cut (an ellipsis ends it when shown).
    private let isCut: Bool

    /// At most `limit` units of `text[range]`, never cutting a surrogate pair.
    public init(_ text: [UInt16], _ range: Range<Int>, limit: Int) {
        precondition(limit >= 2, "a shortened text keeps at least one character and the ellipsis")
        guard range.count > limit else {
            units = Array(text[range])
            isCut = false
            return
        }
        var end = range.lowerBound + limit - 1
        if text[end] & 0xFC00 == 0xDC00 { end -= 1 }
        units = Array(text[range.lowerBound..<end])
        isCut = true
    }

    public init(_ string: String) {
        units = Array(string.utf16)
        isCut = false
    }

    public var string: String { String(decoding: units, as: UTF16.self) + (isCut ? "…" : "") }

    public static func < (lhs: ShortText, rhs: ShortText) -> Bool {
        lhs.units == rhs.units ? !lhs.isCut && rhs.isCut : lhs.units.lexicographicallyPrecedes(rhs.units)
    }
}
