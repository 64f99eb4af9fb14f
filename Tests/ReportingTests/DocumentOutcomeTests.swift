import Reporting
import Testing

/// A batch renders, sums and frees reports on its workers (`DocumentOutcome`); the thread
/// writing the report adds outcomes. The totals and the text must be those of the reports.
@Suite struct DocumentOutcomeTests {
    @Test func outcomesGiveTheReportsTotalsAndText() throws {
        let (_, documents, summary) = try ReportFixtures.reports()
        let renderer = try #require(ReportFormat.named("jsonl")?.renderer)
        var added = RunSummary()
        let output = ReportOutput.memory()
        let reporter = ReportFormat.named("jsonl")!.reporter(ReporterContext(output: output))
        for document in documents {
            let outcome = DocumentOutcome(document, renderer: renderer, keepsReport: false)
            added.add(outcome)
            #expect(outcome.report == nil, "a rendered report without translation pairs is freed on the worker")
            #expect(outcome.hasError == (document.error != nil))
            #expect(outcome.failedGate == (document.error == nil && !document.passed))
            reporter.report(rendered: try #require(outcome.rendered))
        }
        #expect(added.documents == summary.documents)
        #expect(added.passed == summary.passed)
        #expect(added.failed == summary.failed)
        #expect(added.errors == summary.errors)
        #expect(added.findings == summary.findings)
        #expect(added.words == summary.words)
        #expect(added.characters == summary.characters)
        #expect(added.meanScore == summary.meanScore)
        #expect(added.findingsByFamily == summary.findingsByFamily)
        #expect(added.findingsBySeverity == summary.findingsBySeverity)
        #expect(output.capturedText == (try ReportFixtures.render("jsonl")))
    }

    @Test func aFormatWithoutRendererKeepsTheReport() throws {
        let (_, documents, _) = try ReportFixtures.reports()
        let outcome = DocumentOutcome(documents[0], renderer: nil, keepsReport: false)
        #expect(outcome.rendered == nil)
        #expect(outcome.report != nil)
    }
}
