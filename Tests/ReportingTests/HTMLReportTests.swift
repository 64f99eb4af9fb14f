import Foundation
@testable import Reporting
import RuleEngine
import Testing
import TestSupport
import TextCore

/// The HTML report as a file: its embedded documents are the JSON report's own, nothing a
/// document carries can end the script element or add markup, and its dashboard counts what
/// the run summary counts. (What a browser makes of it: Tests/Browser/html_report.py.)
@Suite struct HTMLReportTests {
    /// Renders `documents` (their text kept) as HTML.
    private static func page(_ documents: [DocumentReport], thresholds: GateThresholds? = .defaults) throws -> String {
        let output = ReportOutput.memory()
        let reporter = ReportFormat.named("html")!.reporter(ReporterContext(output: output))
        var tool = ToolInfo(book: Repository.shippedBook)
        tool.thresholds = thresholds
        reporter.begin(tool)
        var summary = RunSummary()
        for document in documents {
            reporter.report(document)
            summary.add(document)
        }
        reporter.finish(summary)
        return output.capturedText
    }

    private static func checked(_ text: String, id: String?, path: String) throws -> DocumentReport {
        let checker = try Checker(book: Repository.shippedBook)
        let document = Document(name: path, string: text, language: LanguageTag("en")!)
        var report = DocumentReport.checked(document, result: checker.check(document), id: id, path: path, recordLine: nil,
                                            languageSource: "flag", thresholds: Repository.shippedBook.thresholds)
        report.keepText(document.original, source: nil)
        return report
    }

    /// The embedded documents: the text between the data element's tags.
    private static func embedded(_ page: String) throws -> [[String: Any]] {
        let open = try #require(page.range(of: #"<script type="application/json" id="documents">"#))
        let close = try #require(page.range(of: "</script>", range: open.upperBound..<page.endIndex))
        let json = String(page[open.upperBound..<close.lowerBound])
        return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
    }

    @Test func markupInADocumentStaysInsideItsJSON() throws {
        let hostile = "</script><script>alert(1)</script><!-- <textarea> the the end."
        let document = try Self.checked("The editor wrote \(hostile)\n", id: "</script><b>id</b>", path: "desk/<img src=x onerror=alert(1)>.txt")
        let page = try Self.page([document])
        let documents = try Self.embedded(page)
        #expect(documents.count == 1)
        #expect(documents.first?["text"] as? String == "The editor wrote \(hostile)\n")
        #expect(documents.first?["id"] as? String == "</script><b>id</b>")
        // Only the page's own three script elements (rule notes, documents, code), and no
        // markup from the document anywhere.
        #expect(page.components(separatedBy: "<script").count - 1 == 3)
        #expect(!page.contains("<b>id</b>") && !page.contains("<img src=x") && !page.contains("<textarea>"))
    }

    @Test func theDashboardCountsWhatTheSummaryCounts() throws {
        var documents = try (0..<5).map { try Self.checked("Report \($0) said said the budget was cut.\n", id: "a\($0)", path: "feed.jsonl") }
        documents.append(DocumentReport.failed(id: "broken", path: "feed.jsonl", recordLine: 9, language: "en", languageSource: "record", error: "not JSON"))
        let page = try Self.page(documents)
        var summary = RunSummary()
        for document in documents { summary.add(document) }
        for (id, value) in [("count-documents", summary.documents), ("count-passed", summary.passed), ("count-failed", summary.failed),
                            ("count-errors", summary.errors), ("count-findings", summary.findings)] {
            #expect(page.contains("id=\"\(id)\">\(value)<"), "\(id) is \(value)")
        }
        #expect(page.contains("score at least 95"))
        #expect(try Self.embedded(page).count == 6)
        #expect(!page.contains("id=\"texts-left-out\""))
        // The gate's line sits at 95 of 100 on the 600-wide histogram.
        #expect(page.contains(#"<line class="threshold" x1="570.0""#))
    }

    @Test func savedReportsComeBackAsTheyWereWritten() throws {
        let documents = try [Self.checked("“We will not resign.”The minister left the the room.\n", id: nil, path: "desk/en/a.txt"),
                             Self.checked("Costs rose 3.8% , the lowest in years.\n", id: "b", path: "feed.jsonl")]
        let output = ReportOutput.memory()
        let reporter = ReportFormat.named("jsonl")!.reporter(ReporterContext(output: output))
        for document in documents { reporter.report(document) }
        reporter.finish(RunSummary())
        let folder = try TemporaryFolder()
        let path = try folder.write("saved.jsonl", output.capturedText)
        var read: [DocumentReport] = []
        try SavedReports.read(path) { read.append($0) }
        #expect(read.count == 2)
        let again = ReportOutput.memory()
        let second = ReportFormat.named("jsonl")!.reporter(ReporterContext(output: again))
        for document in read { second.report(document) }
        second.finish(RunSummary())
        #expect(again.capturedText == output.capturedText)
        #expect(read[0].text == documents[0].text && read[0].findings.map(\.fingerprint) == documents[0].findings.map(\.fingerprint))
        let broken = try folder.write("broken.jsonl", output.capturedText + "{\"language\": \"en\"}\n")
        #expect(throws: SavedReports.ReadError.self) { try SavedReports.read(broken) { _ in } }
    }

    /// A saved report is read back as written: numbers out of range do not stop the render.
    @Test func aSavedReportWithOddNumbersStillRenders() throws {
        let folder = try TemporaryFolder()
        let line = #"{"id":"odd","language":"en","passed":false,"score":1e300,"penalty":1,"findings":[{"rule":"duplication.word","severity":"minor","message":"m","offset":0,"length":3,"line":1,"column":0,"excerpt":"the the"}]}"#
        let path = try folder.write("odd.jsonl", line + "\n")
        var read: [DocumentReport] = []
        try SavedReports.read(path) { read.append($0) }
        for format in ["html", "text"] {
            let output = ReportOutput.memory()
            let reporter = ReportFormat.named(format)!.reporter(ReporterContext(output: output))
            var summary = RunSummary()
            for document in read {
                reporter.report(document)
                summary.add(document)
            }
            reporter.finish(summary)
            #expect(output.capturedText.contains("odd"))
        }
    }
}
