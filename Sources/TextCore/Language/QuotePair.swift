/// An opening and a closing quotation mark, as code points.
public struct QuotePair: Hashable, Sendable, CustomStringConvertible {
    public let open: UInt32
    public let close: UInt32

    public init(open: UInt32, close: UInt32) {
        self.open = open
        self.close = close
    }

    /// Builds a pair from two one-character strings such as "„" and "“".
    public init?(_ open: String, _ close: String) {
        guard let o = open.unicodeScalars.first, let c = close.unicodeScalars.first,
              open.unicodeScalars.count == 1, close.unicodeScalars.count == 1 else { return nil }
        self.init(open: o.value, close: c.value)
    }

    public var description: String {
        String(String.UnicodeScalarView([Unicode.Scalar(open), Unicode.Scalar(close)].compactMap { $0 }))
    }
}
