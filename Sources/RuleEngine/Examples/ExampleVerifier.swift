import Formats
import TextCore

/// Runs rule examples: a triggering example must produce findings of its rule at exactly the
/// marked spans, a non-triggering one none at all. Mutations (an emoji or right-to-left
/// prefix, NFD) must move the findings with the text. The test suite and
/// `translint rules test` both use it.
public final class ExampleVerifier {
    private let book: RuleBook
    private var checkers: [RuleID: Checker] = [:]

    public init(book: RuleBook) { self.book = book }

    /// nil when the example holds; otherwise what went wrong.
    public func failure(of exampleCase: ExampleCase) -> String? {
        let marked: MarkedText
        do {
            marked = try MarkedText(exampleCase.example.marked)
        } catch {
            return error.description
        }
        let input: MarkedText
        // A paragraph put in front of the translation is put in front of its source too.
        var source = exampleCase.example.source
        switch exampleCase.mutation {
        case nil: input = marked
        case .emojiPrefix:
            input = marked.prefixed(with: ExampleMutation.emojiParagraph)
            source = source.map { ExampleMutation.emojiParagraph + $0 }
        case .rightToLeftPrefix:
            input = marked.prefixed(with: ExampleMutation.rightToLeftParagraph)
            source = source.map { ExampleMutation.rightToLeftParagraph + $0 }
        case .decomposed: input = marked.decomposed()
        }
        guard let language = LanguageTag(exampleCase.example.language) else {
            return "example language '\(exampleCase.example.language)' is not a language tag"
        }
        let checker: Checker
        do {
            checker = try self.checker(for: exampleCase.rule)
        } catch {
            return "cannot create rule \(exampleCase.rule): \(error)"
        }
        var document: Document
        if let name = exampleCase.example.format {
            guard let format = InputFormat(name: name) else { return "example format '\(name)' is not a format translint reads" }
            do {
                document = try DocumentReader.document(name: "example", original: input.text.utf16Units, format: format, language: language)
            } catch {
                return "the \(name) example does not read: \(error)"
            }
        } else {
            document = Document(name: "example", string: input.text, language: language)
        }
        if let source {
            let sourceLanguage = exampleCase.example.sourceLanguage.flatMap { LanguageTag($0) } ?? LanguageTag("en") ?? .undetermined
            document.source = PairedSource(document: Document(name: "example source", string: source, language: sourceLanguage), path: nil)
        }
        let result = checker.check(document)
        if let error = result.error { return error.description }
        if let failure = result.ruleFailures.first { return failure.description }
        let findings = result.findings.filter { $0.rule == exampleCase.rule }.sorted { $0.range < $1.range }
        let found = findings.map(\.range)
        let expected = exampleCase.isTriggering ? input.spans.sorted() : []
        guard found == expected else {
            return "expected \(MarkedText.render(input.text, spans: expected)) but \(exampleCase.rule) reported \(found.isEmpty ? "nothing" : MarkedText.render(input.text, spans: found))"
        }
        // The fix, checked on the example as written (a mutation moves the text it is in).
        if let correction = exampleCase.example.correction, exampleCase.mutation == nil {
            let corrected = Self.applying(findings, to: input.text.utf16Units)
            if corrected != correction { return "expected the correction \(correction.debugDescription) but the suggestions give \(corrected.debugDescription)" }
        }
        return nil
    }

    /// `text` with each finding's first suggestion in place of its span (a finding without
    /// one leaves its span as it is).
    static func applying(_ findings: [Finding], to text: [UInt16]) -> String {
        var result: [UInt16] = []
        var position = 0
        for finding in findings where finding.range.start >= position {
            guard let suggestion = finding.suggestions.first else { continue }
            result += text[position..<finding.range.start]
            result += Array(suggestion.utf16)
            position = finding.range.end
        }
        result += text[position...]
        return String(decoding: result, as: UTF16.self)
    }

    private func checker(for rule: RuleID) throws -> Checker {
        if let existing = checkers[rule] { return existing }
        var restricted = book.restricted(to: rule)
        // The glossary rule's examples are written against its example glossary.
        if rule == GlossaryRule.id, restricted.glossary.isEmpty { restricted.glossary = GlossaryRule.exampleGlossary }
        let checker = try Checker(book: restricted)
        checkers[rule] = checker
        return checker
    }
}

extension RuleBook {
    /// The same book with only `rule` enabled (its language data intact).
    public func restricted(to rule: RuleID) -> RuleBook {
        var copy = self
        copy.rules = rules.map { $0.with(isEnabled: $0.id == rule) }
        return copy
    }

    /// The same book with `rules` switched off (the monolingual check of a bilingual book).
    public func without(_ rules: Set<RuleID>) -> RuleBook {
        var copy = self
        copy.rules = self.rules.map { rules.contains($0.id) ? $0.with(isEnabled: false) : $0 }
        return copy
    }
}
