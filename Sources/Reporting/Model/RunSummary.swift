import RuleEngine

/// Totals over every document of a run.
public struct RunSummary: Sendable {
    public var documents = 0
    public var passed = 0
    public var failed = 0
    /// Documents that could not be checked.
    public var errors = 0
    public var findings = 0
    public var words = 0
    public var characters = 0
    public var findingsBySeverity: [Severity: Int] = [:]
    public var findingsByFamily: [RuleFamily: Int] = [:]
    private var scoreTotal = 0.0
    private var scored = 0
    /// Wall time of the run, in seconds.
    public var duration: Double = 0
    /// Peak resident memory of the process, in bytes (0 when not measured).
    public var peakMemory: Int = 0

    /// Source sentences translated differently across the run's documents.
    public private(set) var consistency = TranslationConsistency()

    public init() {}

    /// Adds a document's totals; `comparingTranslations` also adds its translation pairs to
    /// the run's consistency groups.
    public mutating func add(_ report: DocumentReport, comparingTranslations: Bool = true) {
        documents += 1
        if report.error != nil {
            errors += 1
            failed += 1
            return
        }
        if report.passed { passed += 1 } else { failed += 1 }
        if comparingTranslations, !report.keyedPairs.isEmpty { consistency.add(report) }
        if report.sourceError != nil { errors += 1 }
        findings += report.findings.count
        words += report.words
        characters += report.characters
        scoreTotal += report.score
        scored += 1
        for finding in report.findings {
            findingsBySeverity[finding.severity, default: 0] += 1
            findingsByFamily[finding.family, default: 0] += 1
        }
    }

    /// Adds the totals of documents summed elsewhere (a worker's `DocumentOutcome`), and the
    /// translation pairs of `report` when it has them.
    public mutating func add(_ outcome: DocumentOutcome) {
        documents += outcome.totals.documents
        passed += outcome.totals.passed
        failed += outcome.totals.failed
        errors += outcome.totals.errors
        findings += outcome.totals.findings
        words += outcome.totals.words
        characters += outcome.totals.characters
        scoreTotal += outcome.totals.scoreTotal
        scored += outcome.totals.scored
        findingsBySeverity.merge(outcome.totals.findingsBySeverity, uniquingKeysWith: +)
        findingsByFamily.merge(outcome.totals.findingsByFamily, uniquingKeysWith: +)
        if let report = outcome.report, !report.keyedPairs.isEmpty { consistency.add(report) }
    }

    /// Mean score of the documents that were checked (nil when none was).
    public var meanScore: Double? { scored > 0 ? Scoring.rounded(scoreTotal / Double(scored)) : nil }

    /// Characters (UTF-16 code units) checked per second of wall time.
    public var charactersPerSecond: Double { duration > 0 ? Double(characters) / duration : 0 }
}
