/// The registry of detectors written in Swift. It is a value built on demand, not a global
/// mutable registry: a rule book starts from it and rule sets configure it.
public enum BuiltinRules {
    public static let all: [BuiltinRule] = [
        BuiltinRule(GluedClosingQuoteRule.id) { _ in GluedClosingQuoteRule() },
        BuiltinRule(GluedOpeningQuoteRule.id) { _ in GluedOpeningQuoteRule() },
        BuiltinRule(RepeatedWordRule.id) { _ in RepeatedWordRule() },
        BuiltinRule(DecoderLoopRule.id) { _ in DecoderLoopRule() },
    ]

    public static func named(_ id: RuleID) -> BuiltinRule? { all.first { $0.id == id } }
}
