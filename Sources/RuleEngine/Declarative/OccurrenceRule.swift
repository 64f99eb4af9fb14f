import Yams
import TextCore

/// `kind: occurrence` — a limit on how often a pattern may appear in a document, or per 1,000
/// words: exclamation marks in a news story, a filler word, a banned phrase (`max: 0`). The
/// finding sits on the first occurrence past the limit.
///
/// ```yaml
/// - id: style.exclamations
///   kind: occurrence
///   summary: News copy rarely needs more than one exclamation mark.
///   pattern: '!'
///   max: 1
///   per: document
///   examples:
///     triggering: ['Wow! Great⟦!⟧']
///     non-triggering: ['Great!']
/// ```
struct OccurrenceRule: Rule {
    static let kind = "occurrence"
    static let keys = DeclarationHeader.keys + ["pattern", "case-insensitive", "max", "per", "message"]

    enum Unit: String, CaseIterable, Sendable {
        case document
        case thousandWords = "1000-words"
    }

    let description: RuleDescription
    private let expression: RegularExpression
    private let maximum: Double
    private let unit: Unit
    private let message: MessageTemplate

    func check(_ document: AnalyzedDocument, into sink: inout FindingSink) throws(RuleFailure) {
        let limit: Int
        switch unit {
        case .document: limit = Int(maximum)
        case .thousandWords: limit = Int((maximum * Double(document.segmentation.wordCount) / 1000).rounded(.down))
        }
        var matches: [TextRange] = []
        let zones = document.protectedZones
        do {
            try expression.forEachMatch(in: document.text, range: TextRange(start: 0, end: document.text.count)) { match in
                // Code, URLs and paths are not the writing the limit is about.
                if !match.range.isEmpty, !zones.intersects(match.range) { matches.append(match.range) }
                return true
            }
        } catch {
            throw RuleFailure("pattern /\(expression.pattern)/ \(error.isTimeout ? "timed out (simplify it)" : error.description)")
        }
        guard matches.count > limit else { return }
        let text = message.render { name in
            switch name {
            case "count": return String(matches.count)
            case "max": return String(limit)
            case "match": return document.string(matches[limit])
            default: return nil
            }
        }
        sink.report(matches[limit], text)
    }

    static func declare(_ mapping: YAMLMapping, fileLanguage: String?) throws(RuleSetError) -> ConfiguredRule {
        let header = try DeclarationHeader(mapping, fileLanguage: fileLanguage)
        let compiled = try CompiledPattern(try mapping.requiredString("pattern"), caseInsensitive: try mapping.bool("case-insensitive") ?? false,
                                           timeLimit: RegularExpression.defaultTimeLimit, mapping: mapping, key: "pattern")
        guard let maximum = try mapping.number("max"), maximum >= 0, maximum <= 1_000_000 else {
            throw mapping.error("max", "is required and must be from 0 to 1000000")
        }
        let unitName = try mapping.string("per") ?? Unit.document.rawValue
        guard let unit = Unit(rawValue: unitName) else {
            throw mapping.error("per", "'\(unitName)' is not a unit (\(Unit.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        let message = MessageTemplate(try mapping.string("message") ?? "“{match}” appears {count} times; the limit is {max}.")
        let description = header.description(category: .unidiomatic)
        return ConfiguredRule(description: description, origin: header.origin, isEnabled: header.isEnabled) {
            OccurrenceRule(description: description, expression: try compiled.copy(), maximum: maximum, unit: unit, message: message)
        }
    }
}
