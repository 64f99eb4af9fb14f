/// A rule written in Swift (the rule files' kinds are the other rules).
///
/// Its description is static, as in SwiftLint: the registry, `translint rules show`, the
/// README's rule table and SARIF read it without building the rule. A detector with
/// parameters writes them in its summary and rationale as `{name}` placeholders, which each
/// instance fills with its own values ("repeats {min-words} or more consecutive words").
public protocol Detector: Rule {
    static var id: RuleID { get }
    static var description: RuleDescription { get }
    /// The parameters a rule set may set (`enable: {rule: {with: {…}}}`).
    static var parameters: [ParameterSpec] { get }
    /// This instance's values for the placeholders of the description.
    var parameterValues: [String: String] { get }
}

extension Detector {
    public static var parameters: [ParameterSpec] { [] }
    public var parameterValues: [String: String] { [:] }
    public var description: RuleDescription { Self.description.filling(parameterValues) }
}

extension RuleDescription {
    /// The description with each `{name}` of its summary and rationale replaced by `values[name]`.
    public func filling(_ values: [String: String]) -> RuleDescription {
        guard !values.isEmpty else { return self }
        func fill(_ text: String) -> String {
            values.reduce(text) { text, entry in text.replacingOccurrences(of: "{\(entry.key)}", with: entry.value) }
        }
        return RuleDescription(id: id, summary: fill(summary), rationale: fill(rationale), category: category, severity: severity, weight: weight,
                               languages: languages, enabledByDefault: enabledByDefault, triggering: triggering, nonTriggering: nonTriggering,
                               unsupportedMutations: unsupportedMutations, fixIsSafe: fixIsSafe)
    }
}
