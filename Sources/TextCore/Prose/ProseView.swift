/// The prose of a structured document (Markdown, HTML, XLIFF, PO): the text a reader reads,
/// in blocks, with a map back to the file, so that rules check prose and findings point
/// into the file.
///
/// Blocks are separated by a blank line in `text`; each block is one paragraph for the
/// segmenter. `opaque` are stretches the reader sees as one unit that is not prose (inline
/// code, a template expression, a placeholder, an inline XLIFF code): kept in the text so
/// that encoding rules still see their characters, but one word to every other rule.
public struct ProseView: Sendable {
    public var text: [UInt16]
    public var map: ProseMap
    public var blocks: [ProseBlock]
    public var opaque: [TextRange]
    public var units: [ProseUnit]
    /// Directives found in the file's comments.
    public var suppressions: [SuppressionComment]
    /// The language the file declares (`<html lang>`, XLIFF `target-language`, PO `Language:`).
    public var declaredLanguage: LanguageTag?
    /// The language of the units' sources (XLIFF `source-language`; English for PO, whose
    /// msgids are written in English by convention).
    public var sourceLanguage: LanguageTag?

    public init(text: [UInt16] = [], map: ProseMap = ProseMap(), blocks: [ProseBlock] = [], opaque: [TextRange] = [], units: [ProseUnit] = [],
                suppressions: [SuppressionComment] = [], declaredLanguage: LanguageTag? = nil) {
        self.text = text
        self.map = map
        self.blocks = blocks
        self.opaque = opaque
        self.units = units
        self.suppressions = suppressions
        self.declaredLanguage = declaredLanguage
    }
}
