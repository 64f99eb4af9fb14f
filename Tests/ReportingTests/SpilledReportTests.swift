import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Reporting
import RuleEngine
import TestSupport
import TextCore
import Testing

/// The whole-batch formats keep what they write at the end in a temporary file: on a batch
/// large enough to pass through it (several megabytes, with non-ASCII text cut at arbitrary
/// chunk boundaries), every result comes back whole and in order.
@Suite struct SpilledReportTests {
    static func batch() throws -> (documents: [DocumentReport], summary: RunSummary, findings: Int) {
        let book = Repository.shippedBook
        let checker = try Checker(book: book)
        var documents: [DocumentReport] = []
        var summary = RunSummary()
        var findings = 0
        for index in 0..<1_500 {
            let text = "Le ministre a dit que le le budget \(index) était coupé , « très » grave.Et ensuite ? Ça coûte 3 € ou 4 ¥ — ça dépend 😀."
            let document = Document(name: "feed.jsonl", string: text, language: LanguageTag("fr")!)
            let report = DocumentReport.checked(document, result: checker.check(document), id: "a-\(index)", path: "feed.jsonl",
                                                recordLine: index + 1, languageSource: "record", thresholds: book.thresholds)
            findings += report.findings.count
            summary.add(report)
            documents.append(report)
        }
        return (documents, summary, findings)
    }

    static func render(_ format: String, _ batch: (documents: [DocumentReport], summary: RunSummary, findings: Int)) -> String {
        let output = ReportOutput.memory()
        let reporter = ReportFormat.named(format)!.reporter(ReporterContext(output: output))
        reporter.begin(ToolInfo(book: Repository.shippedBook))
        for document in batch.documents { reporter.report(document) }
        reporter.finish(batch.summary)
        return output.capturedText
    }

    @Test func sarifJUnitCheckstyleAndGitHubComeBackWhole() throws {
        let batch = try Self.batch()
        #expect(batch.findings > 3_000)
        let sarif = Self.render("sarif", batch)
        let sarifBytes = sarif.utf8.count
        #expect(sarifBytes > 2_000_000, "the spill file is used")
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        #expect((run["results"] as? [Any])?.count == batch.findings)
        let artifacts = try #require(run["artifacts"] as? [[String: Any]])
        #expect(((artifacts.first?["properties"] as? [String: Any])?["documents"] as? [Any])?.count == batch.documents.count)
        // Every “le” comes back whole: the quotation marks are three bytes each, and chunk
        // boundaries fall anywhere.
        let doubled = batch.documents.flatMap(\.findings).filter { $0.rule.description == "duplication.word" }.count
        let quotedInSARIF = sarif.components(separatedBy: "“le”").count - 1
        #expect(quotedInSARIF == doubled)

        let junit = Self.render("junit", batch)
        let suites = junit.components(separatedBy: "<testsuite ").count - 1
        #expect(suites == batch.documents.count)
        let hasRoot = junit.contains("<testsuites name=\"translint\" tests=")
        #expect(hasRoot)
        #expect(XMLParser(data: Data(junit.utf8)).parse())

        let checkstyle = Self.render("checkstyle", batch)
        let errors = checkstyle.components(separatedBy: "<error ").count - 1
        #expect(errors == batch.findings)
        #expect(XMLParser(data: Data(checkstyle.utf8)).parse())
        let quotedInCheckstyle = checkstyle.components(separatedBy: "“le”").count - 1
        #expect(quotedInCheckstyle == doubled)

        let github = Self.render("github", batch)
        let lines = github.split(separator: "\n")
        let plain = lines.filter { $0.hasPrefix("feed.jsonl:") }.count
        let annotations = lines.filter { $0.hasPrefix("::error ") || $0.hasPrefix("::warning ") || $0.hasPrefix("::notice file") }.count
        // Every finding, and for each document that fails its gate, an error saying so.
        let failing = batch.documents.filter { !$0.passed && $0.error == nil }.count
        #expect(plain + annotations == batch.findings + failing)
    }
}
