import TextCore

/// A place in a document a rule objects to.
///
/// Rules emit ranges in the NFC text they analyse; the checker maps them to the file as read
/// before anything leaves the engine.
public struct Finding: Sendable, Equatable {
    public var rule: RuleID
    public var range: TextRange
    public var message: String
    /// Replacements for the text of `range`, best first (LanguageTool's convention).
    public var suggestions: [String]
    /// Other places the finding refers to (the first copy of a duplicated passage).
    public var related: [RelatedLocation]
    /// Set by the checker from the rule's effective configuration.
    public var severity: Severity
    public var category: MQMCategory
    public var weight: Double
    /// The XLIFF or PO unit the finding is in (set by the checker).
    public var unit: String?
    /// The span of the source a source-aware finding concerns: NFC offsets of the source
    /// from the rule, offsets of the source as read once the checker has mapped it (of the
    /// file itself for XLIFF and PO, whose units hold their sources).
    public var sourceRange: TextRange?
    /// Whether `range` is already in offsets of the file (a finding about a translation unit
    /// as a whole, made from the file's structure), not of the NFC text.
    public var isInFile = false
    /// Whether `sourceRange` is already in offsets of the source as read (a Markdown link
    /// target, which the source's prose leaves out).
    public var isSourceInFile = false
    /// Set on the finding that stands for the findings past a limit: how many it stands for,
    /// and whose limit it was. A check read window by window merges these.
    public var omission: Omission?

    /// Findings a limit left out, summarized by one finding.
    public struct Omission: Sendable, Equatable {
        public enum Scope: Sendable, Equatable {
            /// `findings-per-rule`: every finding it stands for is of its rule.
            case rule
            /// `findings-per-document`: of any rule.
            case document
        }

        public var scope: Scope
        public var count: Int
    }

    /// How many findings this one counts as: one, or as many as it summarizes.
    public var represented: Int { omission?.count ?? 1 }

    public init(rule: RuleID, range: TextRange, message: String, suggestions: [String] = [], related: [RelatedLocation] = [],
                severity: Severity = .minor, category: MQMCategory = .punctuation, weight: Double = 1) {
        self.rule = rule
        self.range = range
        self.message = message
        self.suggestions = suggestions
        self.related = related
        self.severity = severity
        self.category = category
        self.weight = weight
    }

    /// The finding's cost in the MQM score: severity multiplier times rule weight.
    public var penalty: Double { severity.multiplier * weight }

    /// This finding, standing in for `count` findings past a limit: at its place, saying
    /// `message`, with nothing to suggest or point to of its own.
    public func summarizing(_ message: String, _ scope: Omission.Scope, count: Int) -> Finding {
        var summary = self
        summary.message = message
        summary.omission = Omission(scope: scope, count: count)
        summary.suggestions = []
        summary.related = []
        return summary
    }
}

/// A second place a finding points to, with a note saying why.
public struct RelatedLocation: Sendable, Equatable {
    public var range: TextRange
    public var message: String

    public init(range: TextRange, message: String) {
        self.range = range
        self.message = message
    }
}
