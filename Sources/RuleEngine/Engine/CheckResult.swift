/// Counts that scoring and reports need about a checked document.
public struct DocumentStatistics: Sendable, Equatable {
    /// UTF-16 code units of the text as read.
    public var characters: Int
    public var words: Int
    public var sentences: Int
    public var paragraphs: Int

    public init(characters: Int = 0, words: Int = 0, sentences: Int = 0, paragraphs: Int = 0) {
        self.characters = characters
        self.words = words
        self.sentences = sentences
        self.paragraphs = paragraphs
    }
}

/// What checking one document produced: findings in offsets of the text as read, sorted by
/// position; the statistics; and the rules that could not finish.
public struct CheckResult: Sendable {
    public var findings: [Finding]
    public var statistics: DocumentStatistics
    public var ruleFailures: [CheckFailure]
    /// Findings left out by inline `translint-disable` directives.
    public var suppressed: Int
    /// Why the document could not be checked (a directive naming an unknown rule); nil when
    /// it was.
    public var error: CheckError?
    /// The alignment with the source, when the document had one.
    public var alignment: [AlignedPair]?

    public init(findings: [Finding], statistics: DocumentStatistics, ruleFailures: [CheckFailure] = [], suppressed: Int = 0, error: CheckError? = nil) {
        self.findings = findings
        self.statistics = statistics
        self.ruleFailures = ruleFailures
        self.suppressed = suppressed
        self.error = error
    }
}
