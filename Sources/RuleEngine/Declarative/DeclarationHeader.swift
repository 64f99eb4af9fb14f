import Formats
import Yams

/// The keys every declared rule shares (id, documentation, severity, languages, examples),
/// decoded once for all rule kinds.
struct DeclarationHeader {
    static let keys = ["kind", "id", "summary", "rationale", "severity", "weight", "category", "languages", "enabled", "examples", "fix"]

    let id: RuleID
    let summary: String
    let rationale: String
    let severity: Severity
    let weight: Double
    let category: MQMCategory?
    let languages: [String]
    let isEnabled: Bool
    let examples: DeclaredExamples
    let origin: RuleOrigin
    /// `fix: safe` lets `translint fix` apply the rule's suggestion (`fix: review`, the
    /// default, leaves it to a person).
    let fixIsSafe: Bool

    init(_ mapping: YAMLMapping, fileLanguage: String?) throws(RuleSetError) {
        let idString = try mapping.requiredString("id")
        do {
            id = try RuleID(parsing: idString)
        } catch {
            throw mapping.error("id", error.description)
        }
        summary = try mapping.requiredString("summary")
        rationale = try mapping.string("rationale") ?? ""
        severity = try Self.severity(mapping, "severity") ?? .minor
        weight = try mapping.number("weight") ?? 1
        guard weight >= 0 else { throw mapping.error("weight", "must not be negative") }
        category = try mapping.string("category").map { MQMCategory($0) }
        if let category, !category.hasKnownDimension {
            throw mapping.error("category", "'\(category)' does not start with an MQM dimension (accuracy, fluency, terminology, style, locale-convention, design)")
        }
        languages = try mapping.strings("languages") ?? fileLanguage.map { [$0] } ?? []
        isEnabled = try mapping.bool("enabled") ?? true
        switch try mapping.string("fix") {
        case nil, "review": fixIsSafe = false
        case "safe": fixIsSafe = true
        case let other?: throw mapping.error("fix", "'\(other)' is not a fix policy (safe or review)")
        }
        examples = try DeclaredExamples(mapping, language: languages.first ?? fileLanguage ?? "en")
        origin = .file(path: mapping.source.path, line: mapping.mark?.line ?? 1)
    }

    static func severity(_ mapping: YAMLMapping, _ key: String) throws(RuleSetError) -> Severity? {
        guard let name = try mapping.string(key) else { return nil }
        guard let severity = Severity(rawValue: name) else {
            throw mapping.error(key, "'\(name)' is not a severity (minor, major, critical)")
        }
        return severity
    }

    func description(category defaultCategory: MQMCategory, unsupportedMutations: Set<ExampleMutation> = []) -> RuleDescription {
        RuleDescription(id: id, summary: summary, rationale: rationale, category: category ?? defaultCategory, severity: severity,
                        weight: weight, languages: languages, enabledByDefault: isEnabled, triggering: examples.triggering,
                        nonTriggering: examples.nonTriggering, unsupportedMutations: unsupportedMutations, fixIsSafe: fixIsSafe)
    }
}

/// `examples: {triggering: [...], non-triggering: [...]}`; an example is a string in the
/// rule's language, or `{text, language, format, note}`.
struct DeclaredExamples {
    var triggering: [RuleExample] = []
    var nonTriggering: [RuleExample] = []

    init(_ mapping: YAMLMapping, language: String) throws(RuleSetError) {
        guard let examples = try mapping.mapping("examples", allowedKeys: ["triggering", "non-triggering"], what: "examples") else { return }
        triggering = try Self.list(examples, "triggering", language: language, requireMarkers: true)
        nonTriggering = try Self.list(examples, "non-triggering", language: language, requireMarkers: false)
    }

    private static func list(_ mapping: YAMLMapping, _ key: String, language: String, requireMarkers: Bool) throws(RuleSetError) -> [RuleExample] {
        guard let node = mapping.node(key) else { return [] }
        guard let sequence = node.sequence else { throw mapping.error(key, "must be a list of examples") }
        var examples: [RuleExample] = []
        for item in sequence {
            let example: RuleExample
            if let scalar = item.scalar {
                example = RuleExample(scalar.string, language: language)
            } else {
                let entry = try YAMLMapping(item, source: mapping.source, allowedKeys: ["text", "language", "format", "correction", "note"], ruleID: mapping.ruleID, what: "an example")
                let format = try entry.string("format")
                if let format, InputFormat(name: format) == nil {
                    throw entry.error("format", "unknown format '\(format)' (text, markdown, html, xliff, po)")
                }
                example = RuleExample(try entry.requiredString("text"), language: try entry.string("language") ?? language, format: format,
                                      correction: try entry.string("correction"), note: try entry.string("note"))
            }
            let marked: MarkedText
            do {
                marked = try MarkedText(example.marked)
            } catch {
                throw mapping.source.error(at: item.mark, ruleID: mapping.ruleID, key: key, error.description)
            }
            if requireMarkers && marked.spans.isEmpty {
                throw mapping.source.error(at: item.mark, ruleID: mapping.ruleID, key: key, "a triggering example must mark the expected finding with ⟦ ⟧")
            }
            if !requireMarkers && example.correction != nil {
                throw mapping.source.error(at: item.mark, ruleID: mapping.ruleID, key: key, "a non-triggering example has nothing to correct")
            }
            if !requireMarkers && !marked.spans.isEmpty {
                throw mapping.source.error(at: item.mark, ruleID: mapping.ruleID, key: key, "a non-triggering example must not contain ⟦ ⟧ markers")
            }
            examples.append(example)
        }
        return examples
    }
}
