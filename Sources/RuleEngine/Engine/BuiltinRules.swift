/// The registry of detectors written in Swift. It is a value built on demand, not a global
/// mutable registry: a rule book starts from it and rule sets configure it.
public enum BuiltinRules {
    public static let all: [BuiltinRule] = [
        BuiltinRule(UnbalancedQuoteRule.id) { _ in UnbalancedQuoteRule() },
        BuiltinRule(MisnestedQuoteRule.id) { _ in MisnestedQuoteRule() },
        BuiltinRule(MisplacedClosingQuoteRule.id) { _ in MisplacedClosingQuoteRule() },
        BuiltinRule(GluedClosingQuoteRule.id) { _ in GluedClosingQuoteRule() },
        BuiltinRule(GluedOpeningQuoteRule.id) { _ in GluedOpeningQuoteRule() },
        BuiltinRule(QuoteStyleRule.id) { _ in QuoteStyleRule() },
        BuiltinRule(GluedSentenceRule.id) { _ in GluedSentenceRule() },
        BuiltinRule(MergedSentenceRule.id) { _ in MergedSentenceRule() },
        BuiltinRule(SplitSentenceRule.id) { _ in SplitSentenceRule() },
        BuiltinRule(RunOnSentenceRule.id, parameters: RunOnSentenceRule.parameters) { (parameters) throws(RuleConfigurationError) in try RunOnSentenceRule(parameters: parameters) },
        BuiltinRule(RepeatedWordRule.id) { _ in RepeatedWordRule() },
        BuiltinRule(RepeatedPhraseRule.id) { _ in RepeatedPhraseRule() },
        BuiltinRule(RepeatedSentenceRule.id) { _ in RepeatedSentenceRule() },
        BuiltinRule(RepeatedPassageRule.id, parameters: RepeatedPassageRule.parameters) { (parameters) throws(RuleConfigurationError) in try RepeatedPassageRule(parameters: parameters) },
        BuiltinRule(DecoderLoopRule.id) { _ in DecoderLoopRule() },
        BuiltinRule(RepeatedPunctuationRule.id) { _ in RepeatedPunctuationRule() },
        BuiltinRule(UnbalancedBracketRule.id) { _ in UnbalancedBracketRule() },
        BuiltinRule(DoubleSpaceRule.id) { _ in DoubleSpaceRule() },
        BuiltinRule(SpaceBeforePunctuationRule.id) { _ in SpaceBeforePunctuationRule() },
        BuiltinRule(FrenchSpacingRule.id) { _ in FrenchSpacingRule() },
        BuiltinRule(NoBreakSpaceRule.id) { _ in NoBreakSpaceRule() },
        BuiltinRule(SpaceBetweenCJKRule.id) { _ in SpaceBetweenCJKRule() },
        BuiltinRule(ReplacementCharacterRule.id) { _ in ReplacementCharacterRule() },
        BuiltinRule(MojibakeRule.id) { _ in MojibakeRule() },
        BuiltinRule(InvisibleCharacterRule.id) { _ in InvisibleCharacterRule() },
        BuiltinRule(NotNFCRule.id) { _ in NotNFCRule() },
        BuiltinRule(MixedScriptRule.id) { _ in MixedScriptRule() },
        BuiltinRule(UntranslatedParagraphRule.id) { _ in UntranslatedParagraphRule() },
        BuiltinRule(MissingTranslationRule.id) { _ in MissingTranslationRule() },
        BuiltinRule(UnfinishedTranslationRule.id) { _ in UnfinishedTranslationRule() },
    ]

    public static func named(_ id: RuleID) -> BuiltinRule? { all.first { $0.id == id } }
}
