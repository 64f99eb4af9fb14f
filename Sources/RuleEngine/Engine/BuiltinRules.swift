/// The registry of detectors written in Swift. It is a value built on demand, not a global
/// mutable registry: a rule book starts from it and rule sets configure it.
public enum BuiltinRules {
    public static let all: [DetectorFactory] = [
        DetectorFactory(UnbalancedQuoteRule.id) { _ in UnbalancedQuoteRule() },
        DetectorFactory(MisnestedQuoteRule.id) { _ in MisnestedQuoteRule() },
        DetectorFactory(MisplacedClosingQuoteRule.id) { _ in MisplacedClosingQuoteRule() },
        DetectorFactory(GluedClosingQuoteRule.id) { _ in GluedClosingQuoteRule() },
        DetectorFactory(GluedOpeningQuoteRule.id) { _ in GluedOpeningQuoteRule() },
        DetectorFactory(QuoteStyleRule.id) { _ in QuoteStyleRule() },
        DetectorFactory(GluedSentenceRule.id) { _ in GluedSentenceRule() },
        DetectorFactory(MergedSentenceRule.id) { _ in MergedSentenceRule() },
        DetectorFactory(SplitSentenceRule.id) { _ in SplitSentenceRule() },
        DetectorFactory(RunOnSentenceRule.id, parameters: RunOnSentenceRule.parameters) { (parameters) throws(RuleConfigurationError) in try RunOnSentenceRule(parameters: parameters) },
        DetectorFactory(RepeatedWordRule.id) { _ in RepeatedWordRule() },
        DetectorFactory(RepeatedPhraseRule.id) { _ in RepeatedPhraseRule() },
        DetectorFactory(RepeatedSentenceRule.id) { _ in RepeatedSentenceRule() },
        DetectorFactory(RepeatedPassageRule.id, parameters: RepeatedPassageRule.parameters) { (parameters) throws(RuleConfigurationError) in try RepeatedPassageRule(parameters: parameters) },
        DetectorFactory(DecoderLoopRule.id) { _ in DecoderLoopRule() },
        DetectorFactory(RepeatedPunctuationRule.id) { _ in RepeatedPunctuationRule() },
        DetectorFactory(UnbalancedBracketRule.id) { _ in UnbalancedBracketRule() },
        DetectorFactory(DoubleSpaceRule.id) { _ in DoubleSpaceRule() },
        DetectorFactory(SpaceBeforePunctuationRule.id) { _ in SpaceBeforePunctuationRule() },
        DetectorFactory(FrenchSpacingRule.id) { _ in FrenchSpacingRule() },
        DetectorFactory(NoBreakSpaceRule.id) { _ in NoBreakSpaceRule() },
        DetectorFactory(SpaceBetweenCJKRule.id) { _ in SpaceBetweenCJKRule() },
        DetectorFactory(ReplacementCharacterRule.id) { _ in ReplacementCharacterRule() },
        DetectorFactory(MojibakeRule.id) { _ in MojibakeRule() },
        DetectorFactory(InvisibleCharacterRule.id) { _ in InvisibleCharacterRule() },
        DetectorFactory(NotNFCRule.id) { _ in NotNFCRule() },
        DetectorFactory(MixedScriptRule.id) { _ in MixedScriptRule() },
        DetectorFactory(UntranslatedParagraphRule.id) { _ in UntranslatedParagraphRule() },
        DetectorFactory(MissingTranslationRule.id) { _ in MissingTranslationRule() },
        DetectorFactory(UnfinishedTranslationRule.id) { _ in UnfinishedTranslationRule() },
    ]

    public static func named(_ id: RuleID) -> DetectorFactory? { all.first { $0.id == id } }
}
