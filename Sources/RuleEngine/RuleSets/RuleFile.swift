import Formats
import Yams

/// One rule file, decoded strictly: everything it declares and configures, with positions
/// for error messages. Composition (`extends:`) and the final rule book are the loader's job.
struct RuleFile {
    static let topLevelKeys = ["version", "description", "language", "extends", "thresholds", "conventions", "enable", "rules"]
    static let supportedVersion = 1

    /// How `enable:` configures one rule.
    struct Setting {
        let id: RuleID
        let mapping: YAMLMapping?
        let isEnabled: Bool?
        let severity: Severity?
        let weight: Double?
        let category: MQMCategory?
        let parameters: RuleParameters?
        let position: SourcePosition
    }

    let path: String
    let sha256: String
    let description: String?
    let language: String?
    let extends: [(name: String, position: SourcePosition)]
    let thresholds: ThresholdSettings
    let conventions: ConventionsDeclaration?
    let settings: [Setting]
    let rules: [ConfiguredRule]
    let wordLists: [WordListDeclaration]

    // Long: one pass over a rule file's top-level keys; each key is a few lines of strict
    // decoding with its own error message.
    init(path: String, text: String) throws(RuleSetError) {
        let source = YAMLSource(path: path, text: text)
        if let problem = YAMLShapeGuard.problem(in: text) {
            throw RuleSetError(path: path, line: problem.line, column: problem.column, message: problem.message)
        }
        let root: Node
        do {
            guard let composed = try Yams.compose(yaml: text, .basic) else {
                throw source.error(at: nil, "the file is empty; a rule file needs at least `version: 1`")
            }
            root = composed
        } catch let error as RuleSetError {
            throw error
        } catch let error as YamlError {
            throw Self.syntaxError(error, source)
        } catch {
            throw source.error(at: nil, "cannot read YAML: \(error)")
        }
        let top = try YAMLMapping(root, source: source, allowedKeys: Self.topLevelKeys, what: "a rule file")
        guard let version = try top.number("version") else { throw source.error(at: top.mark, key: "version", "is required (version: 1)") }
        guard version == Double(Self.supportedVersion) else {
            throw top.error("version", "version \(ParameterValue.number(version)) is not supported (this translint reads version \(Self.supportedVersion))")
        }
        self.path = path
        self.sha256 = SHA256.hex(text)
        self.description = try top.string("description")
        let language = try top.string("language")
        self.language = language
        var extends: [(String, SourcePosition)] = []
        for name in try top.strings("extends") ?? [] {
            extends.append((name, SourcePosition(source: source, mark: top.node("extends")?.mark, ruleID: nil, key: "extends")))
        }
        self.extends = extends

        thresholds = try ThresholdSettings(top)

        if let conventionsMapping = try top.mapping("conventions", allowedKeys: ["space-before-high-punctuation", "space-inside-guillemets", "ordinal-period"], what: "conventions") {
            guard let language else { throw top.error("conventions", "conventions belong to a language: set `language:` in this file") }
            var declaration = ConventionsDeclaration(language: language, origin: .file(path: path, line: conventionsMapping.mark?.line ?? 1))
            declaration.spaceBeforeHighPunctuation = try conventionsMapping.bool("space-before-high-punctuation")
            declaration.spaceInsideGuillemets = try conventionsMapping.bool("space-inside-guillemets")
            declaration.ordinalPeriod = try conventionsMapping.bool("ordinal-period")
            conventions = declaration
        } else {
            conventions = nil
        }

        settings = try Self.settings(top, source)

        var rules: [ConfiguredRule] = []
        var wordLists: [WordListDeclaration] = []
        if let rulesNode = top.node("rules") {
            guard let sequence = rulesNode.sequence else { throw top.error("rules", "must be a list of rule declarations") }
            for item in sequence {
                let kindName = item.mapping?["kind"]?.string
                let ruleID = item.mapping?["id"]?.string
                switch kindName {
                case PatternRule.kind:
                    rules.append(try PatternRule.declare(try YAMLMapping(item, source: source, allowedKeys: PatternRule.keys, ruleID: ruleID, what: "a pattern rule"), fileLanguage: language))
                case SubstitutionRule.kind:
                    rules.append(try SubstitutionRule.declare(try YAMLMapping(item, source: source, allowedKeys: SubstitutionRule.keys, ruleID: ruleID, what: "a substitution rule"), fileLanguage: language))
                case OccurrenceRule.kind:
                    rules.append(try OccurrenceRule.declare(try YAMLMapping(item, source: source, allowedKeys: OccurrenceRule.keys, ruleID: ruleID, what: "an occurrence rule"), fileLanguage: language))
                case WordListKind.kind:
                    wordLists.append(try WordListKind.declare(try YAMLMapping(item, source: source, allowedKeys: WordListKind.keys, what: "a word list"), fileLanguage: language))
                case let other:
                    let kinds = [PatternRule.kind, SubstitutionRule.kind, OccurrenceRule.kind, WordListKind.kind].joined(separator: ", ")
                    let message = other.map { "'\($0)' is not a rule kind (\(kinds))" } ?? "a declaration needs `kind:` (\(kinds))"
                    throw source.error(at: item.mapping?["kind"]?.mark ?? item.mark, ruleID: ruleID, key: "kind", message)
                }
            }
        }
        self.rules = rules
        self.wordLists = wordLists
    }

    /// `enable:` maps rule ids to `on`, `off`, or `{enabled, severity, weight, category, with}`.
    static func settings(_ top: YAMLMapping, _ source: YAMLSource) throws(RuleSetError) -> [Setting] {
        guard let node = top.node("enable") else { return [] }
        guard let mapping = node.mapping else { throw top.error("enable", "must map rule ids to on, off or settings") }
        var settings: [Setting] = []
        for (keyNode, value) in mapping {
            let idString = keyNode.string ?? ""
            let position = SourcePosition(source: source, mark: keyNode.mark, ruleID: idString, key: "enable")
            let id: RuleID
            do {
                id = try RuleID(parsing: idString)
            } catch {
                throw source.error(at: keyNode.mark, key: "enable", error.description)
            }
            if let scalar = value.scalar {
                guard let flag = YAMLMapping.parseBool(scalar.string) else {
                    throw source.error(at: value.mark, ruleID: idString, key: "enable", "use on, off, or a mapping of settings")
                }
                settings.append(Setting(id: id, mapping: nil, isEnabled: flag, severity: nil, weight: nil, category: nil, parameters: nil, position: position))
                continue
            }
            let entry = try YAMLMapping(value, source: source, allowedKeys: ["enabled", "severity", "weight", "category", "with"], ruleID: idString, what: "rule settings")
            let weight = try entry.number("weight")
            if let weight, !(0...1000).contains(weight) { throw entry.error("weight", "must be from 0 to 1000") }
            var parameters: RuleParameters?
            if let with = entry.node("with") {
                guard let withMapping = with.mapping else { throw entry.error("with", "must map parameter names to values") }
                var values: [String: ParameterValue] = [:]
                for (nameNode, valueNode) in withMapping {
                    guard let name = nameNode.string else { continue }
                    values[name] = try parameterValue(valueNode, entry, name)
                }
                parameters = RuleParameters(values)
            }
            settings.append(Setting(id: id, mapping: entry, isEnabled: try entry.bool("enabled") ?? true,
                                    severity: try DeclarationHeader.severity(entry, "severity"), weight: weight,
                                    category: try entry.string("category").map { MQMCategory($0) }, parameters: parameters, position: position))
        }
        return settings
    }

    private static func parameterValue(_ node: Node, _ entry: YAMLMapping, _ name: String) throws(RuleSetError) -> ParameterValue {
        if let sequence = node.sequence {
            return .strings(sequence.compactMap(\.string))
        }
        guard let scalar = node.scalar else { throw entry.error("with", "parameter '\(name)' must be a value or a list") }
        if scalar.style == .plain, let flag = YAMLMapping.parseBool(scalar.string) { return .bool(flag) }
        if scalar.style == .plain, let number = Double(scalar.string) { return .number(number) }
        return .string(scalar.string)
    }

    private static func syntaxError(_ error: YamlError, _ source: YAMLSource) -> RuleSetError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return source.error(at: mark, "invalid YAML: \(problem)")
        default:
            return source.error(at: nil, "invalid YAML: \(error)")
        }
    }
}
