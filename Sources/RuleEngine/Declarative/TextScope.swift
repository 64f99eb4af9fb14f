import TextCore

/// The stretch of text a declared rule matches against at a time. `^` and `$` anchor to it,
/// and a match never spans two of them.
enum TextScope: String, CaseIterable, Sendable {
    case sentence
    case paragraph
    case document

    func ranges(in document: AnalyzedDocument) -> [TextRange] {
        switch self {
        case .sentence: return document.segmentation.sentences
        case .paragraph: return document.segmentation.paragraphs
        case .document: return [TextRange(start: 0, end: document.text.count)]
        }
    }
}
