/// One article: the text as it was read, its NFC form, and the map between the two.
///
/// Detectors work on `text` (NFC, so that "é" is one code point whichever way it was typed);
/// findings are reported in offsets of `original`, the text as read after decoding, because
/// that is what editors, LSP clients and SARIF viewers index.
public struct Document: Sendable {
    /// A name for messages: the path, or the id of a JSONL record.
    public let name: String
    public let language: LanguageTag
    /// The text as read: decoded from UTF-8, without a byte-order mark, line ends untouched.
    public let original: [UInt16]
    /// The NFC form of `original` (the same storage when it was already NFC).
    public let text: [UInt16]
    /// Maps offsets in `text` back to `original`.
    public let offsetMap: OffsetMap
    /// Line starts of `original`, for line and column numbers.
    public let lines: LineIndex

    public init(name: String, original: [UInt16], language: LanguageTag) {
        self.name = name
        self.language = language
        self.original = original
        let normalized = Normalization.nfc(original)
        self.text = normalized.text
        self.offsetMap = normalized.map
        self.lines = LineIndex(original)
    }

    public init(name: String, string: String, language: LanguageTag) {
        self.init(name: name, original: string.utf16Units, language: language)
    }

    /// Decodes `bytes` (UTF-8 or UTF-16 with a byte-order mark) into a document.
    public init(name: String, bytes: UnsafeBufferPointer<UInt8>, language: LanguageTag) throws(TextDecodingError) {
        self.init(name: name, original: try TextDecoding.decode(bytes), language: language)
    }

    /// Whether NFC changed the text.
    public var wasNormalized: Bool { !offsetMap.isIdentity }

    /// The original range of a range in the NFC text.
    public func originalRange(_ range: TextRange) -> TextRange { offsetMap.original(range) }

    /// The NFC text of a range, as a string.
    public func string(_ range: TextRange) -> String { String(utf16Units: text[range.start..<range.end]) }

    /// The original text of a range (in original offsets), as a string.
    public func originalString(_ range: TextRange) -> String { String(utf16Units: original[range.start..<range.end]) }
}
