/// What the thread writing a batch's reports needs of one checked document, made on the
/// worker that checked it: the document's text in the report format (when the format renders
/// documents one by one), its share of the run's totals, and whether it failed — and the
/// report itself only when something on the writing thread still reads it.
///
/// Why: with the report's serialisation, its totals and the freeing of its findings all on
/// the workers, the writing thread only copies bytes, and no longer holds the workers back
/// (on a real documentation corpus it was a fifth of the time of two workers).
public struct DocumentOutcome: Sendable {
    /// The report, when kept (see `init`).
    public let report: DocumentReport?
    /// The format's text for the document (UTF-8), when the format has a renderer.
    public let rendered: [UInt8]?
    /// The document's totals, as a run summary of one document (without its translation
    /// consistency groups: a report with keyed pairs is kept, and added whole).
    public let totals: RunSummary
    /// The document could not be checked, or its source not read, or a rule failed.
    public let hasError: Bool
    /// The document was checked and failed its gate.
    public let failedGate: Bool

    /// `keepsReport`: the writing thread needs the report itself (a format without a
    /// renderer, a baseline being recorded). A report with translation pairs to compare
    /// across documents is always kept.
    public init(_ report: DocumentReport, renderer: (@Sendable (DocumentReport) -> [UInt8])?, keepsReport: Bool) {
        rendered = renderer?(report)
        var totals = RunSummary()
        totals.add(report, comparingTranslations: false)
        self.totals = totals
        hasError = report.error != nil || report.sourceError != nil || !report.ruleFailures.isEmpty
        failedGate = !hasError && !report.passed
        self.report = keepsReport || renderer == nil || !report.keyedPairs.isEmpty ? report : nil
    }
}
