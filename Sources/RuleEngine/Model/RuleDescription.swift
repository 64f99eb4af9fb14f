/// Everything about a rule that does not depend on the text it checks: its identity, its
/// documentation, its default weight in the score, and the examples that test it.
///
/// One value serves `translint rules show` (documentation), SARIF's `tool.driver.rules`
/// (metadata) and the example test (triggering and non-triggering examples).
public struct RuleDescription: Sendable {
    public let id: RuleID
    /// One line saying what the rule finds.
    public let summary: String
    /// Why it matters to a reader or editor, and what is deliberately not flagged.
    public let rationale: String
    public let category: MQMCategory
    public let severity: Severity
    /// Multiplier of the severity penalty in the score (1 unless a rule set says otherwise).
    public let weight: Double
    /// Languages the rule applies to (language subtags or full tags); empty means all.
    public let languages: [String]
    /// Whether a rule set that does not mention the rule runs it.
    public let enabledByDefault: Bool
    /// Texts the rule must flag, with the expected spans marked.
    public let triggering: [RuleExample]
    /// Texts the rule must not flag.
    public let nonTriggering: [RuleExample]
    /// Example mutations that do not preserve the rule's meaning (see `ExampleMutation`).
    public let unsupportedMutations: Set<ExampleMutation>
    /// Whether `translint fix` may apply the rule's first suggestion without a person looking:
    /// true only where the suggestion cannot change what the text says (a doubled space or
    /// word, a glued quote, a French no-break space) — never a guess like a merged sentence.
    public let fixIsSafe: Bool

    public init(
        id: RuleID,
        summary: String,
        rationale: String,
        category: MQMCategory,
        severity: Severity,
        weight: Double = 1,
        languages: [String] = [],
        enabledByDefault: Bool = true,
        triggering: [RuleExample],
        nonTriggering: [RuleExample],
        unsupportedMutations: Set<ExampleMutation> = [],
        fixIsSafe: Bool = false
    ) {
        self.id = id
        self.summary = summary
        self.rationale = rationale
        self.category = category
        self.severity = severity
        self.weight = weight
        self.languages = languages
        self.enabledByDefault = enabledByDefault
        self.triggering = triggering
        self.nonTriggering = nonTriggering
        self.unsupportedMutations = unsupportedMutations
        self.fixIsSafe = fixIsSafe
    }

    public var family: RuleFamily { id.family }

    /// A copy with a rule set's overrides applied.
    public func overriding(severity: Severity? = nil, weight: Double? = nil, category: MQMCategory? = nil) -> RuleDescription {
        RuleDescription(
            id: id, summary: summary, rationale: rationale, category: category ?? self.category,
            severity: severity ?? self.severity, weight: weight ?? self.weight, languages: languages,
            enabledByDefault: enabledByDefault, triggering: triggering, nonTriggering: nonTriggering,
            unsupportedMutations: unsupportedMutations, fixIsSafe: fixIsSafe)
    }
}

/// Ways the example test rewrites every example to catch offset bugs: the findings must move
/// with the text. A rule opts out of a mutation only when the mutation changes what the text
/// means to it (NFD input is exactly what `encoding.not-nfc` looks for).
public enum ExampleMutation: String, CaseIterable, Sendable {
    /// Prefix a paragraph of astral emoji: every offset shifts by surrogate pairs.
    case emojiPrefix
    /// Prefix a paragraph of right-to-left text (Hebrew with points).
    case rightToLeftPrefix
    /// Decompose the text (NFD): offsets in the original and the NFC text differ.
    case decomposed

    /// The prefixes are paragraphs of their own, so that they shift every offset without
    /// changing the example's sentences and paragraphs.
    static let emojiParagraph = "🙂👍🏽 🇫🇷\n\n"
    static let rightToLeftParagraph = "שָׁלוֹם עוֹלָם\n\n"
}
