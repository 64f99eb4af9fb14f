@testable import RuleEngine
import TestSupport
import TextCore

/// Analysed documents for the analyses' specification tests.
enum Analyzed {
    /// A checker per call: a checker belongs to one thread, and tests run in parallel.
    static var checker: Checker { try! Checker(book: Repository.shippedBook) }

    static func text(_ text: String, language: String = "en") throws -> AnalyzedDocument {
        try checker.analyze(Document(name: "t", string: text, language: LanguageTag(language)!))
    }

    /// The text of each range, for readable expectations.
    static func strings(_ ranges: [TextRange], in document: AnalyzedDocument) -> [String] {
        ranges.map { String(utf16Units: document.document.text[$0.start..<$0.end]) }
    }
}
