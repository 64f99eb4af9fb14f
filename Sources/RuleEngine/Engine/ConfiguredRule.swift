/// A rule as a rule book configures it: its description with the rule set's overrides, where
/// it was declared, whether it runs, and how a worker makes its own instance.
public struct ConfiguredRule: Sendable {
    public let description: RuleDescription
    public let origin: RuleOrigin
    public let isEnabled: Bool
    public let parameters: RuleParameters
    private let factory: @Sendable () throws -> any Rule

    public init(description: RuleDescription, origin: RuleOrigin, isEnabled: Bool, parameters: RuleParameters = .none,
                factory: @escaping @Sendable () throws -> any Rule) {
        self.description = description
        self.origin = origin
        self.isEnabled = isEnabled
        self.parameters = parameters
        self.factory = factory
    }

    public var id: RuleID { description.id }

    /// A new instance for one worker thread.
    public func makeRule() throws -> any Rule { try factory() }

    /// A copy with overrides applied.
    public func with(description: RuleDescription? = nil, origin: RuleOrigin? = nil, isEnabled: Bool? = nil) -> ConfiguredRule {
        ConfiguredRule(description: description ?? self.description, origin: origin ?? self.origin,
                       isEnabled: isEnabled ?? self.isEnabled, parameters: parameters, factory: factory)
    }

    /// Whether the rule runs on documents in `language`: rules without languages run on
    /// every document (including `und`); others only on their languages.
    public func applies(to language: String) -> Bool {
        description.languages.isEmpty || description.languages.contains { tagCovers($0, language) }
    }

    private func tagCovers(_ ruleLanguage: String, _ documentLanguage: String) -> Bool {
        ruleLanguage == "*" || documentLanguage == ruleLanguage || documentLanguage.hasPrefix(ruleLanguage + "-")
    }
}

/// Where a rule comes from: built into translint, or declared in a rule file.
public enum RuleOrigin: Sendable, Equatable, CustomStringConvertible {
    case builtin
    case file(path: String, line: Int)

    public var description: String {
        switch self {
        case .builtin: return "built-in"
        case .file(let path, let line): return "\(path):\(line)"
        }
    }
}
