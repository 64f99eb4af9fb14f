import Yams
import TextCore

/// `kind: pattern` — an ICU regular expression matched in each sentence, paragraph or the
/// whole document, with a message and an optional replacement built from its captures.
///
/// ```yaml
/// - id: style.en-per-cent
///   kind: pattern
///   summary: Write "per cent" as the house style asks.
///   pattern: '\b(\d+) percent\b'
///   message: 'Write “{1} per cent”.'
///   replacement: '{1} per cent'
///   examples:
///     triggering: ['Prices rose ⟦5 percent⟧.']
///     non-triggering: ['Prices rose 5 per cent.']
/// ```
struct PatternRule: Rule {
    static let kind = "pattern"
    static let keys = DeclarationHeader.keys + ["pattern", "case-insensitive", "scope", "message", "replacement", "time-limit"]

    let description: RuleDescription
    private let expression: RegularExpression
    private let literal: RequiredLiteral?
    private let scope: TextScope
    private let message: MessageTemplate
    private let replacement: MessageTemplate?

    func check(_ document: AnalyzedDocument, into sink: inout FindingSink) throws(RuleFailure) {
        let text = document.text
        let occurrences = literal.map { literal in document.withText { literal.occurrences(in: $0) } }
        if let occurrences, occurrences.isEmpty { return }
        let zones = document.protectedZones
        var nextOccurrence = 0
        for range in scope.ranges(in: document) {
            if let occurrences, let literal {
                // Ranges come in text order: advance to the first occurrence in this one, and
                // run the expression only if one of its occurrences has the context a match needs.
                while nextOccurrence < occurrences.count, Int(occurrences[nextOccurrence]) < range.start { nextOccurrence += 1 }
                var fitting = false
                var candidate = nextOccurrence
                document.withText { text in
                    while !fitting, candidate < occurrences.count, Int(occurrences[candidate]) + literal.searchLength <= range.end {
                        fitting = literal.fitsContext(text, at: Int(occurrences[candidate]), within: range)
                        candidate += 1
                    }
                }
                guard fitting else { continue }
            }
            var matches: [RegularExpression.Match] = []
            do {
                try expression.forEachMatch(in: text, range: range) { match in
                    if !match.range.isEmpty { matches.append(match) }
                    return true
                }
            } catch {
                let what = error.isTimeout ? "timed out (the pattern backtracks too much; simplify it)" : error.description
                throw RuleFailure("pattern /\(expression.pattern)/ \(what) in the \(scope.rawValue) at offset \(range.start)")
            }
            for match in matches where !zones.intersects(match.range.shifted(by: range.start)) {
                let values: (String) -> String? = { name in
                    guard let group = Int(name) else { return nil }
                    if group == 0 { return document.string(match.range.shifted(by: range.start)) }
                    guard group <= match.groups.count, let groupRange = match.groups[group - 1] else { return group <= match.groups.count ? "" : nil }
                    return document.string(groupRange.shifted(by: range.start))
                }
                sink.report(match.range.shifted(by: range.start), message.render(values), suggestions: replacement.map { [$0.render(values)] } ?? [])
            }
        }
    }

    /// Decodes and compiles a `kind: pattern` declaration.
    static func declare(_ mapping: YAMLMapping, fileLanguage: String?) throws(RuleSetError) -> ConfiguredRule {
        let header = try DeclarationHeader(mapping, fileLanguage: fileLanguage)
        let patternText = try mapping.requiredString("pattern")
        // 0 would switch ICU's limit off, and a runaway pattern would hang the batch.
        let timeLimit = try mapping.integer("time-limit", in: 1...RegularExpression.maximumTimeLimit).map { Int32($0) }
            ?? RegularExpression.defaultTimeLimit
        let compiled = try CompiledPattern(patternText, caseInsensitive: try mapping.bool("case-insensitive") ?? false,
                                           timeLimit: timeLimit, mapping: mapping, key: "pattern")
        let scopeName = try mapping.string("scope") ?? TextScope.sentence.rawValue
        guard let scope = TextScope(rawValue: scopeName) else {
            throw mapping.error("scope", "'\(scopeName)' is not a scope (\(TextScope.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        let message = MessageTemplate(try mapping.requiredString("message"))
        let replacement = try mapping.string("replacement").map(MessageTemplate.init)
        for (key, template) in [("message", message), ("replacement", replacement)] {
            for name in template?.placeholders ?? [] where Int(name).map({ $0 > compiled.groupCount }) ?? true {
                throw mapping.error(key, "placeholder {\(name)} does not name a capture group of the pattern (it has \(compiled.groupCount))")
            }
        }
        let description = header.description(category: .grammar)
        return ConfiguredRule(description: description, origin: header.origin, isEnabled: header.isEnabled) {
            PatternRule(description: description, expression: try compiled.copy(), literal: compiled.literal, scope: scope, message: message, replacement: replacement)
        }
    }
}
