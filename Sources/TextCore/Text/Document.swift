/// One article: the file as it was read, the prose rules check (the file itself for plain
/// text; the text a reader reads for Markdown, HTML, XLIFF and PO), its NFC form, and the
/// maps between them.
///
/// Detectors work on `text` (NFC, so that "é" is one code point whichever way it was typed);
/// findings are reported in offsets of `original`, the file as read after decoding, because
/// that is what editors, LSP clients and SARIF viewers index.
public struct Document: Sendable {
    /// A name for messages: the path, or the id of a JSONL record.
    public let name: String
    public let language: LanguageTag
    /// The file as read: decoded from UTF-8, without a byte-order mark, line ends untouched.
    public let original: [UInt16]
    /// The structure a format reader found (nil for plain text): blocks, opaque stretches,
    /// translation units, directives, and the map from the prose back to `original`.
    public let structure: ProseView?
    /// The NFC form of the prose (`original` for plain text; the same storage when it was
    /// already NFC).
    public let text: [UInt16]
    /// Maps offsets in `text` back to the prose before normalization.
    public let offsetMap: OffsetMap
    /// Line starts of `original`, for line and column numbers.
    public let lines: LineIndex
    /// The text this document translates, when the check has it (source-aware rules run
    /// only then).
    public var source: PairedSource?

    public init(name: String, original: [UInt16], language: LanguageTag) {
        self.name = name
        self.language = language
        self.original = original
        structure = nil
        let normalized = Normalization.nfc(original)
        text = normalized.text
        offsetMap = normalized.map
        lines = LineIndex(original)
    }

    /// A structured document: `original` is the file, `prose` what a format reader made of it.
    public init(name: String, original: [UInt16], prose: ProseView, language: LanguageTag) {
        self.name = name
        self.language = language
        self.original = original
        structure = prose
        let normalized = Normalization.nfc(prose.text)
        text = normalized.text
        offsetMap = normalized.map
        lines = LineIndex(original)
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

    /// The prose before normalization: `original` for plain text.
    public var prose: [UInt16] { structure?.text ?? original }

    /// The range in `original` of a range in the NFC text.
    public func originalRange(_ range: TextRange) -> TextRange {
        let prose = offsetMap.original(range)
        guard let map = structure?.map else { return prose }
        return map.original(prose)
    }

    /// The NFC offset of an offset in the prose before normalization.
    public func normalizedOffset(ofProse offset: Int) -> Int { offsetMap.normalized(offset) }

    /// The NFC text of a range, as a string.
    public func string(_ range: TextRange) -> String { String(utf16Units: text[range.start..<range.end]) }

    /// The original text of a range (in original offsets), as a string.
    public func originalString(_ range: TextRange) -> String { String(utf16Units: original[range.start..<range.end]) }
}
