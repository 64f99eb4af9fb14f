import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import Reporting
import RuleEngine
import TestSupport
import TextCore
import Testing

/// Every report format, compared with a checked-in golden file. Run with
/// TRANSLINT_RECORD_GOLDEN=1 to re-record them after an intended change, and review the diff:
/// a recording run fails on purpose (it compared nothing), so it never stands for a pass.
@Suite struct GoldenReportTests {
    static let goldenDirectory = Repository.path("Tests/ReportingTests/Golden")

    @Test(arguments: ["text", "json", "jsonl", "sarif", "junit", "github", "gitlab", "checkstyle"])
    func formatMatchesItsGoldenFile(_ format: String) throws {
        let rendered = try ReportFixtures.render(format)
        let path = (Self.goldenDirectory as NSString).appendingPathComponent("report.\(format).golden")
        if ProcessInfo.processInfo.environment["TRANSLINT_RECORD_GOLDEN"] == "1" {
            try Data(rendered.utf8).write(to: URL(fileURLWithPath: path))
            Issue.record("recorded \(path); review the diff and run the tests again without TRANSLINT_RECORD_GOLDEN")
            return
        }
        let expected = try String(contentsOfFile: path, encoding: .utf8)
        if rendered != expected {
            let renderedLines = rendered.split(separator: "\n", omittingEmptySubsequences: false)
            let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let line = zip(renderedLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(renderedLines.count, expectedLines.count)
            let got = line < renderedLines.count ? String(renderedLines[line].prefix(300)) : "(end)"
            let want = line < expectedLines.count ? String(expectedLines[line].prefix(300)) : "(end)"
            Issue.record("\(format) differs from \(path) at line \(line + 1):\n  got:  \(got)\n  want: \(want)\nRe-record with TRANSLINT_RECORD_GOLDEN=1 if the change is intended.")
        }
    }

    @Test func machineFormatsParse() throws {
        for format in ["json", "sarif", "gitlab"] {
            let text = try ReportFixtures.render(format)
            #expect((try? JSONSerialization.jsonObject(with: Data(text.utf8))) != nil, "\(format) is not JSON")
        }
        for line in try ReportFixtures.render("jsonl").split(separator: "\n") {
            #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) != nil)
        }
        for format in ["junit", "checkstyle"] {
            let text = try ReportFixtures.render(format)
            #expect((try? XMLDocument(xmlString: text)) != nil, "\(format) is not well-formed XML")
        }
    }

    @Test func junitNamesAreUnique() throws {
        let document = try XMLDocument(xmlString: try ReportFixtures.render("junit"))
        let suites = try document.nodes(forXPath: "//testsuite/@name").compactMap(\.stringValue)
        #expect(Set(suites).count == suites.count)
        for suite in try document.nodes(forXPath: "//testsuite") {
            let names = try suite.nodes(forXPath: "testcase/@name").compactMap(\.stringValue)
            #expect(Set(names).count == names.count)
        }
    }

    @Test func githubCapsAnnotationsAndWritesTheJobSummary() throws {
        let folder = try TemporaryFolder()
        let summary = folder.path("summary.md")
        let text = try ReportFixtures.render("github", environment: ["GITHUB_STEP_SUMMARY": summary])
        let commands = text.split(separator: "\n").filter { $0.hasPrefix("::") }
        for kind in ["error", "warning", "notice"] {
            #expect(commands.filter { $0.hasPrefix("::\(kind) ") }.count <= 10)
        }
        #expect(commands.first?.hasPrefix("::error") == true, "worst first")
        let written = try String(contentsOfFile: summary, encoding: .utf8)
        #expect(written.contains("| document | language | words | findings | score | verdict |"))
        #expect(written.contains("desk/en/budget.txt"))
    }

    /// The job summary holds the worst documents that fit GitHub's limit, whatever the batch's
    /// size: rows that can never be listed are dropped as the batch goes (memory stays flat).
    @Test func theJobSummaryListsTheWorstDocumentsOfAnyBatch() throws {
        let folder = try TemporaryFolder()
        let summaryPath = folder.path("summary.md")
        let output = ReportOutput.memory()
        let reporter = ReportFormat.named("github")!.reporter(ReporterContext(output: output, useColor: false, baseDirectory: nil,
                                                                               environment: ["GITHUB_STEP_SUMMARY": summaryPath]))
        reporter.begin(ToolInfo(book: Repository.shippedBook))
        var summary = RunSummary()
        let count = 60_000
        for index in 0..<count {
            // Scores fall and rise again, so the worst documents come at both ends of the batch.
            let score = Double(abs(index - count / 2) % 1_000) / 10
            let document = DocumentReport(id: "article-\(index)", path: "feed.jsonl", language: "en", languageSource: "record",
                                          words: 100, score: score, passed: score >= 95)
            reporter.report(document)
            summary.add(document)
        }
        let held = try #require(reporter as? GitHubReporter).summaryRowsHeld
        #expect(held.bytes <= 2 * GitHubReporter.summaryTableBytes && held.rows < count / 2)
        reporter.finish(summary)
        let written = try String(contentsOfFile: summaryPath, encoding: .utf8)
        let rows = written.split(separator: "\n").filter { $0.hasPrefix("| article-") }
        let omitted = try #require(written.split(separator: "\n").first { $0.hasSuffix("(the summary has a size limit).") })
        #expect(rows.count > 10_000 && rows.count < count)
        #expect(Int(omitted.prefix { $0.isNumber }) == count - rows.count)
        let scores = rows.map { Double($0.split(separator: "|")[4].trimmingCharacters(in: .whitespaces))! }
        #expect(scores == scores.sorted())
        #expect(scores.first == 0)
        #expect(written.utf8.count < 1_000_000)
    }

    /// GitLab fingerprints are unique in a batch — identical findings in one document, a
    /// document that comes back later — and a document's do not depend on what came before.
    @Test func gitlabFingerprintsAreUniqueAndStable() throws {
        let checker = try Checker(book: Repository.shippedBook)
        func report(_ id: String) -> DocumentReport {
            let document = Document(name: "feed.jsonl", string: String(repeating: "The the minister spoke. ", count: 5), language: LanguageTag("en")!)
            return DocumentReport.checked(document, result: checker.check(document), id: id, path: "feed.jsonl", recordLine: 1,
                                          languageSource: "flag", thresholds: Repository.shippedBook.thresholds)
        }
        func fingerprints(_ ids: [String]) throws -> [[String]] {
            let output = ReportOutput.memory()
            let reporter = ReportFormat.named("gitlab")!.reporter(ReporterContext(output: output))
            for id in ids { reporter.report(report(id)) }
            reporter.finish(RunSummary())
            let issues = try #require(try JSONSerialization.jsonObject(with: Data(output.capturedText.utf8)) as? [[String: Any]])
            let perDocument = issues.count / ids.count
            return stride(from: 0, to: issues.count, by: perDocument).map { start in
                issues[start..<start + perDocument].map { $0["fingerprint"] as? String ?? "" }
            }
        }
        let batch = try fingerprints(["a", "b", "a", "a", "c"])
        let all = batch.flatMap { $0 }
        #expect(batch[0].count >= 5)
        #expect(Set(all).count == all.count)
        #expect(try fingerprints(["b"])[0] == batch[1])
        #expect(try fingerprints(["a"])[0] == batch[0])
    }

    /// A file name or record id with line breaks cannot forge a workflow command or drive the
    /// terminal, also past the tenth annotation, where findings become plain log lines.
    @Test func hostileNamesCannotInjectIntoLineFormats() throws {
        let book = Repository.shippedBook
        let checker = try Checker(book: book)
        let path = "desk/evil\n::add-mask::token\n::error file=x::forged\u{1B}[2J.txt"
        let text = String(repeating: "The the minister spoke. ", count: 40)
        let document = Document(name: path, string: text, language: LanguageTag("en")!)
        let report = DocumentReport.checked(document, result: checker.check(document), id: "id\r\n::warning::forged", path: path,
                                            recordLine: nil, languageSource: "flag", thresholds: book.thresholds)
        #expect(report.findings.count > 30)
        for format in ["github", "text"] {
            let output = ReportOutput.memory()
            let reporter = ReportFormat.named(format)!.reporter(ReporterContext(output: output, useColor: false, baseDirectory: nil, environment: [:]))
            var summary = RunSummary()
            summary.add(report)
            reporter.begin(ToolInfo(book: book, icu: ReportFixtures.versions))
            reporter.report(report)
            reporter.finish(summary)
            let lines = output.capturedText.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(!output.capturedText.contains("\u{1B}"), "\(format)")
            #expect(!output.capturedText.contains("\r"), "\(format)")
            for line in lines where line.hasPrefix("::") {
                let allowed = ["::error ", "::warning ", "::notice ", "::stop-commands::translint-", "::translint-"]
                #expect(allowed.contains { line.hasPrefix($0) }, "\(format): \(line)")
            }
        }
    }
}
