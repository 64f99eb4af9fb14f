/// A reading of a whole document that several rules share — which paragraphs are code, which
/// stretches are addresses, which paragraphs are in another language, what each quotation
/// mark does — computed once per document, on first use, by whichever rule asks first.
///
/// Each analysis is a class in this folder with a specification test of its own
/// (`Tests/RuleEngineTests/Analyses`); rules read it through `AnalyzedDocument.analysis(_:)`
/// or the accessors the document offers for the common ones.
public protocol DocumentAnalysis: AnyObject {
    /// Analyses `document`. It may ask the document for other analyses, never for its own.
    init(_ document: AnalyzedDocument)
}
