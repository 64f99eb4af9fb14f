/// The registry's entry for a detector written in Swift: it builds the detector from a rule
/// set's parameters and knows which parameters the detector accepts.
public struct DetectorFactory: Sendable {
    public let id: RuleID
    public let parameters: [ParameterSpec]
    private let make: @Sendable (RuleParameters) throws(RuleConfigurationError) -> any Rule

    /// The entry for detector type `D`: its id and parameters come from the type, `make`
    /// builds an instance from a rule set's parameters.
    public init<D: Detector>(_ type: D.Type, make: @escaping @Sendable (RuleParameters) throws(RuleConfigurationError) -> D) {
        self.id = D.id
        self.parameters = D.parameters
        self.make = { (parameters) throws(RuleConfigurationError) -> any Rule in try make(parameters) }
    }

    /// A rule instance with `parameters` (validated against the rule's specs).
    public func instantiate(_ parameters: RuleParameters = .none) throws(RuleConfigurationError) -> any Rule {
        try parameters.validate(against: self.parameters, rule: id)
        return try make(parameters)
    }

    /// The description of the rule with default parameters.
    public var description: RuleDescription {
        // Default parameters are valid by construction (a test builds every built-in).
        (try? instantiate())?.description ?? RuleDescription(
            id: id, summary: "", rationale: "", category: .punctuation, severity: .minor, triggering: [], nonTriggering: [])
    }

    /// The rule as a rule book holds it, before any rule set configures it.
    public func configured(parameters: RuleParameters = .none, isEnabled: Bool? = nil) throws(RuleConfigurationError) -> ConfiguredRule {
        let rule = try instantiate(parameters)
        let make = self.make
        return ConfiguredRule(description: rule.description, origin: .builtin, isEnabled: isEnabled ?? rule.description.enabledByDefault,
                              parameters: parameters, factory: { try make(parameters) })
    }
}
