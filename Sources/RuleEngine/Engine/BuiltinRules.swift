/// The registry of detectors written in Swift. It is a value built on demand, not a global
/// mutable registry: a rule book starts from it and rule sets configure it.
public enum BuiltinRules {
    public static let all: [DetectorFactory] = [
        DetectorFactory(UnbalancedQuoteRule.self) { _ in UnbalancedQuoteRule() },
        DetectorFactory(MisnestedQuoteRule.self) { _ in MisnestedQuoteRule() },
        DetectorFactory(MisplacedClosingQuoteRule.self) { _ in MisplacedClosingQuoteRule() },
        DetectorFactory(GluedClosingQuoteRule.self) { _ in GluedClosingQuoteRule() },
        DetectorFactory(GluedOpeningQuoteRule.self) { _ in GluedOpeningQuoteRule() },
        DetectorFactory(QuoteStyleRule.self) { _ in QuoteStyleRule() },
        DetectorFactory(StraightQuoteRule.self) { _ in StraightQuoteRule() },
        DetectorFactory(GluedSentenceRule.self) { _ in GluedSentenceRule() },
        DetectorFactory(MergedSentenceRule.self) { _ in MergedSentenceRule() },
        DetectorFactory(SplitSentenceRule.self) { _ in SplitSentenceRule() },
        DetectorFactory(RunOnSentenceRule.self) { (parameters) throws(RuleConfigurationError) in try RunOnSentenceRule(parameters: parameters) },
        DetectorFactory(RepeatedWordRule.self) { _ in RepeatedWordRule() },
        DetectorFactory(RepeatedPhraseRule.self) { _ in RepeatedPhraseRule() },
        DetectorFactory(RepeatedSentenceRule.self) { _ in RepeatedSentenceRule() },
        DetectorFactory(RepeatedPassageRule.self) { (parameters) throws(RuleConfigurationError) in try RepeatedPassageRule(parameters: parameters) },
        DetectorFactory(DecoderLoopRule.self) { _ in DecoderLoopRule() },
        DetectorFactory(RepeatedPunctuationRule.self) { _ in RepeatedPunctuationRule() },
        DetectorFactory(UnbalancedBracketRule.self) { _ in UnbalancedBracketRule() },
        DetectorFactory(DoubleSpaceRule.self) { _ in DoubleSpaceRule() },
        DetectorFactory(SpaceBeforePunctuationRule.self) { _ in SpaceBeforePunctuationRule() },
        DetectorFactory(FrenchSpacingRule.self) { _ in FrenchSpacingRule() },
        DetectorFactory(NoBreakSpaceRule.self) { _ in NoBreakSpaceRule() },
        DetectorFactory(SpaceBetweenCJKRule.self) { _ in SpaceBetweenCJKRule() },
        DetectorFactory(ReplacementCharacterRule.self) { _ in ReplacementCharacterRule() },
        DetectorFactory(MojibakeRule.self) { _ in MojibakeRule() },
        DetectorFactory(InvisibleCharacterRule.self) { _ in InvisibleCharacterRule() },
        DetectorFactory(NotNFCRule.self) { _ in NotNFCRule() },
        DetectorFactory(MixedScriptRule.self) { _ in MixedScriptRule() },
        DetectorFactory(UntranslatedParagraphRule.self) { _ in UntranslatedParagraphRule() },
        DetectorFactory(MissingTranslationRule.self) { _ in MissingTranslationRule() },
        DetectorFactory(UnfinishedTranslationRule.self) { _ in UnfinishedTranslationRule() },
        DetectorFactory(NumberMismatchRule.self) { _ in NumberMismatchRule() },
        DetectorFactory(UntranslatedSentenceRule.self) { _ in UntranslatedSentenceRule() },
        DetectorFactory(OmissionRule.self) { _ in OmissionRule() },
        DetectorFactory(AdditionRule.self) { _ in AdditionRule() },
        DetectorFactory(MarkupMismatchRule.self) { _ in MarkupMismatchRule() },
        DetectorFactory(QuotationMismatchRule.self) { _ in QuotationMismatchRule() },
        DetectorFactory(InconsistentTranslationRule.self) { _ in InconsistentTranslationRule() },
        DetectorFactory(SourceMergedSentenceRule.self) { _ in SourceMergedSentenceRule() },
        DetectorFactory(SourceSplitSentenceRule.self) { _ in SourceSplitSentenceRule() },
        DetectorFactory(GlossaryRule.self) { _ in GlossaryRule() },
    ]

    /// The rules that compare a translation with its source: the checker analyses a
    /// document's source only when one of them is on.
    public static let sourceAware: Set<RuleID> = [
        NumberMismatchRule.id, UntranslatedSentenceRule.id, OmissionRule.id, AdditionRule.id, MarkupMismatchRule.id, QuotationMismatchRule.id,
        InconsistentTranslationRule.id, SourceMergedSentenceRule.id, SourceSplitSentenceRule.id, GlossaryRule.id,
    ]

    /// The built-in rules that judge text by the document language's conventions (its
    /// capitals, spacing, abbreviations, allowed doubles, quotation marks): their findings
    /// inside a quotation in another language are dropped (see `ForeignQuotations`). Rules
    /// from a language's rule files (`language: fr`) are such rules too.
    public static let languageConventions: Set<RuleID> = [
        MergedSentenceRule.id, SplitSentenceRule.id, GluedSentenceRule.id, QuoteStyleRule.id, StraightQuoteRule.id,
        FrenchSpacingRule.id, NoBreakSpaceRule.id,
    ]

    public static func named(_ id: RuleID) -> DetectorFactory? { all.first { $0.id == id } }
}
