import RuleEngine
import TextCore

/// The report of one document, as the contract describes it (`documents[]` in JSON, one line
/// in JSONL): who it is, its counts, score, verdict, and findings. A document that could not
/// be checked has an `error` and no findings.
public struct DocumentReport: Sendable {
    /// The JSONL record id, when the document came from a JSONL stream.
    public var id: String?
    /// The file path, when the document is a file (or the JSONL file a record came from).
    public var path: String?
    /// 1-based line of the record in its JSONL file.
    public var recordLine: Int?
    public var language: String
    /// Where the language came from: flag, document, record, config, file-name, folder or default.
    public var languageSource: String
    /// The format the document was read in: text, markdown, html, xliff or po.
    public var format = "text"
    public var characters: Int
    public var words: Int
    public var sentences: Int
    public var score: Double
    public var penalty: Double
    public var passed: Bool
    /// Why the gate failed (empty when it passed).
    public var gateReasons: [String]
    public var error: String?
    /// The line of the file the error is on, when known (undecodable bytes, malformed XLIFF or
    /// PO, a directive naming no rule); a record's errors are on `recordLine`.
    public var errorLine: Int?
    public var findings: [ReportedFinding]
    /// Rules that could not finish this document (a regular expression that timed out).
    public var ruleFailures: [String]
    /// Findings left out by inline `translint-disable` directives and by the baseline.
    public var suppressedInline = 0
    public var suppressedByBaseline = 0
    /// The source file the document was paired with (nil for a record's `"source"`).
    public var sourcePath: String?
    /// The source's language, when the document had a source.
    public var sourceLanguage: String?
    /// Why the paired source could not be used (the document was checked without it): an
    /// input error for the run.
    public var sourceError: String?
    /// The alignment with the source, when asked for (`--show-alignment`).
    public var alignment: [AlignedPair]?
    /// The links long enough to compare across the run's documents (see
    /// `TranslationConsistency`).
    public var keyedPairs: [AlignedPair] = []
    /// The document's text as read, for reports that show the article (`html`, or `json` and
    /// `jsonl` with `--include-text`): at most `DocumentReport.keptTextLimit` UTF-16 units of
    /// it, `textIsPartial` when it was cut.
    public var text: String?
    public var textIsPartial = false
    /// The paired source's text, kept the same way.
    public var sourceText: String?
    /// How long reading and checking the document took, for the reports that carry a
    /// duration (JUnit's `time`). The JSON formats leave it out so that a report is the same
    /// on every run.
    public var seconds: Double?
    /// The most UTF-16 units of a document's text (and of its source) a report keeps.
    public static let keptTextLimit = 200_000

    /// Keeps `units` (the text as read) and `source`, each cut at the limit.
    public mutating func keepText(_ units: [UInt16], source: [UInt16]?) {
        func kept(_ units: [UInt16]) -> (String, Bool) {
            guard units.count > Self.keptTextLimit else { return (String(decoding: units, as: UTF16.self), false) }
            var end = Self.keptTextLimit
            // Do not cut a surrogate pair.
            if units[end - 1] & 0xFC00 == 0xD800 { end -= 1 }
            return (String(decoding: units[0..<end], as: UTF16.self), true)
        }
        (text, textIsPartial) = kept(units)
        if let source { sourceText = kept(source).0 }
    }

    public init(id: String?, path: String?, recordLine: Int? = nil, language: String, languageSource: String, characters: Int = 0,
                words: Int = 0, sentences: Int = 0, score: Double = 0, penalty: Double = 0, passed: Bool = false,
                gateReasons: [String] = [], error: String? = nil, findings: [ReportedFinding] = [], ruleFailures: [String] = []) {
        self.id = id
        self.path = path
        self.recordLine = recordLine
        self.language = language
        self.languageSource = languageSource
        self.characters = characters
        self.words = words
        self.sentences = sentences
        self.score = score
        self.penalty = penalty
        self.passed = passed
        self.gateReasons = gateReasons
        self.error = error
        self.findings = findings
        self.ruleFailures = ruleFailures
    }

    /// How people name the document: its id, else its path (with the record line).
    public var displayName: String {
        if let id { return id }
        if let path, let recordLine { return "\(path):\(recordLine)" }
        return path ?? "-"
    }

    /// A report for a checked document: scores the findings and applies the gate.
    public static func checked(_ document: Document, result: CheckResult, id: String?, path: String?, recordLine: Int?,
                               languageSource: String, thresholds: GateThresholds, columns: ColumnUnit = .utf16) -> DocumentReport {
        var counters = FindingColumns(unit: columns)
        let reported = result.findings.map { ReportedFinding($0, in: document, columns: &counters) }
        var report = scored(result.findings, reported: reported, statistics: result.statistics,
                            ruleFailures: result.ruleFailures.map(\.description), thresholds: thresholds,
                            id: id, path: path, recordLine: recordLine, language: document.language.identifier, languageSource: languageSource)
        report.suppressedInline = result.suppressed
        report.keyedPairs = result.alignment?.filter { $0.sourceKey != 0 } ?? []
        return report
    }

    /// Scores `findings` (as `reported`) and applies the gate.
    static func scored(_ findings: [Finding], reported: [ReportedFinding], statistics: DocumentStatistics, ruleFailures: [String],
                       thresholds: GateThresholds, id: String?, path: String?, recordLine: Int?, language: String, languageSource: String) -> DocumentReport {
        let penalty = Scoring.penalty(of: findings)
        let score = Scoring.score(penalty: penalty, words: statistics.words)
        let verdict = Gate.evaluate(score: score, findings: findings, thresholds: thresholds)
        return DocumentReport(
            id: id, path: path, recordLine: recordLine, language: language, languageSource: languageSource,
            characters: statistics.characters, words: statistics.words, sentences: statistics.sentences,
            score: Scoring.rounded(score), penalty: penalty, passed: verdict.passed && ruleFailures.isEmpty,
            gateReasons: verdict.reasons + ruleFailures.map { "rule failure: \($0)" },
            findings: reported, ruleFailures: ruleFailures)
    }

    /// A report for an input that could not be checked.
    public static func failed(id: String?, path: String?, recordLine: Int?, language: String, languageSource: String, error: String) -> DocumentReport {
        DocumentReport(id: id, path: path, recordLine: recordLine, language: language, languageSource: languageSource, passed: false,
                       gateReasons: ["not checked"], error: error)
    }
}
