import Foundation
import Reporting
import RuleEngine
import TestSupport
import TextCore

/// A small, fixed run for the golden-file tests: three articles checked with the shipped
/// rules (one English with defects, one clean French, one JSONL record) and one input that
/// could not be read.
enum ReportFixtures {
    static let versions = ICUVersions(icu: "72.1", unicode: "15.0", cldr: "42.0")

    static let articles: [(path: String, id: String?, line: Int?, language: String, text: String)] = [
        ("desk/en/budget.txt", nil, nil, "en",
         "Budget \"deal\" reached\n\nThe minister said “We will not resign.”The opposition left the the chamber.\n\n“Prices will rise.” across the region next year,” she said. Costs rose 3.8% , the lowest in years."),
        ("desk/fr/reforme.txt", nil, nil, "fr", "Le ministre a annoncé «\u{A0}une réforme\u{A0}» hier soir."),
        ("feed.jsonl", "article-17", 2, "de", "Die Regierung hat den Haushalt beschlossen.Die Opposition protestiert und und stimmt dagegen."),
    ]

    /// The reports, in input order, plus the run summary.
    static func reports() throws -> (tool: ToolInfo, documents: [DocumentReport], summary: RunSummary) {
        let book = Repository.shippedBook
        let checker = try Checker(book: book)
        var documents: [DocumentReport] = []
        for article in articles {
            let document = Document(name: article.path, string: article.text, language: LanguageTag(article.language)!)
            documents.append(DocumentReport.checked(document, result: checker.check(document), id: article.id, path: article.path,
                                                   recordLine: article.line, languageSource: "file-name", thresholds: book.thresholds))
        }
        var broken = DocumentReport.failed(id: nil, path: "desk/en/broken.txt", recordLine: nil, language: "en", languageSource: "folder",
                                           error: "invalid UTF-8 at line 2, byte column 8 (byte offset 18); re-encode the file as UTF-8")
        broken.errorLine = 2
        documents.append(broken)
        var summary = RunSummary()
        for document in documents { summary.add(document) }
        // The rule files' hash changes with every rule edit; the golden files should not.
        var tool = ToolInfo(book: book, icu: versions)
        tool.ruleSetHash = "fixture"
        tool.ruleFiles = 0
        return (tool, documents, summary)
    }

    /// The text a format writes for the fixture run.
    static func render(_ format: String, environment: [String: String] = [:]) throws -> String {
        let (tool, documents, summary) = try reports()
        let output = ReportOutput.memory()
        let reporter = ReportFormat.named(format)!.reporter(ReporterContext(output: output, useColor: false, baseDirectory: nil, environment: environment))
        reporter.begin(tool)
        for document in documents { reporter.report(document) }
        reporter.finish(summary)
        return output.capturedText
    }
}
