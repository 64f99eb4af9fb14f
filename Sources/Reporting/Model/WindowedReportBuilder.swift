import RuleEngine
import TextCore

/// Puts together the report of a document checked window by window: each window's findings
/// placed in the document, the limits on findings applied to the document as a whole (each
/// window's checker applies them to its window only), the counts summed, one score and one
/// verdict. The windows' texts are not kept: each finding is made a `ReportedFinding` (excerpt
/// and fingerprint) while its window is at hand.
public struct WindowedReportBuilder {
    private let limits: DocumentLimits
    /// Where the next window starts.
    public private(set) var origin = WindowOrigin()
    private var reported: [ReportedFinding] = []
    /// The kept findings in document offsets, for the score and the gate.
    private var kept: [Finding] = []
    private var keptPerRule: [RuleID: Int] = [:]
    /// Findings past a limit: per rule (`findings-per-rule`) and for the document (nil key).
    private var omitted: [RuleID?: Omitted] = [:]
    private var statistics = DocumentStatistics()
    private var ruleFailures: [String] = []
    private var suppressed = 0
    /// Why the document could not be checked, placed in the document.
    public private(set) var error: String?
    /// Windows added so far.
    public private(set) var windows = 0

    /// What a limit left out: how many, their penalty and worst severity, and the first of
    /// them, where the summary stands.
    private struct Omitted {
        var first: Finding
        var firstReported: ReportedFinding
        var count = 0
        var penalty = 0.0
        var severity: Severity
    }

    /// What columns count; each window's counters start afresh.
    private let columns: ColumnUnit
    private var counters: FindingColumns

    public init(limits: DocumentLimits, columns: ColumnUnit = .utf16) {
        self.limits = limits
        self.columns = columns
        counters = FindingColumns(unit: columns)
    }

    /// Adds the result of checking `window`, the window starting at `origin`.
    public mutating func add(_ result: CheckResult, of window: Document) {
        windows += 1
        if let failure = result.error {
            if case let .unknownDirectiveSelector(selector, line, column, suggestion) = failure {
                let placed = origin.place(SourceLocation(line: line, column: column))
                error = CheckError.unknownDirectiveSelector(selector: selector, line: placed.line, column: placed.column, suggestion: suggestion).description
            }
            return
        }
        statistics.characters += result.statistics.characters
        statistics.words += result.statistics.words
        statistics.sentences += result.statistics.sentences
        statistics.paragraphs += result.statistics.paragraphs
        suppressed += result.suppressed
        for failure in result.ruleFailures.map(\.description) where !ruleFailures.contains(failure) { ruleFailures.append(failure) }
        counters = FindingColumns(unit: columns)
        for finding in result.findings { add(finding, of: window) }
        origin = origin.advanced(over: window, columns: columns)
    }

    private mutating func add(_ finding: Finding, of window: Document) {
        var placed = finding
        placed.range = TextRange(start: finding.range.start + origin.offset, end: finding.range.end + origin.offset)
        placed.related = finding.related.map { RelatedLocation(range: TextRange(start: $0.range.start + origin.offset, end: $0.range.end + origin.offset), message: $0.message) }
        let perRule = keptPerRule[finding.rule, default: 0]
        if finding.omission == nil, perRule < limits.findingsPerRule, kept.count < limits.findingsPerDocument {
            kept.append(placed)
            reported.append(ReportedFinding(finding, in: window, columns: &counters).placed(at: origin))
            keptPerRule[finding.rule] = perRule + 1
            return
        }
        let key: RuleID? = finding.omission?.scope == .document || (finding.omission == nil && perRule < limits.findingsPerRule) ? nil : finding.rule
        if omitted[key] == nil {
            omitted[key] = Omitted(first: placed, firstReported: ReportedFinding(finding, in: window, columns: &counters).placed(at: origin), severity: finding.severity)
        }
        omitted[key]?.count += finding.represented
        omitted[key]?.penalty += finding.penalty
        if let worst = omitted[key]?.severity, finding.severity > worst { omitted[key]?.severity = finding.severity }
    }

    /// The document's report.
    public func report(id: String?, path: String?, recordLine: Int?, language: String, languageSource: String,
                       thresholds: GateThresholds) -> DocumentReport {
        if let error {
            return DocumentReport.failed(id: id, path: path, recordLine: recordLine, language: language, languageSource: languageSource, error: error)
        }
        var findings = kept
        var reported = self.reported
        for (rule, part) in omitted {
            let message = rule == nil
                ? "\(part.count) more findings in this document are not listed (at most \(limits.findingsPerDocument) per document)."
                : "\(part.count) more findings of this rule in this document are not listed (at most \(limits.findingsPerRule) per rule)."
            var summary = part.first.summarizing(message, rule == nil ? .document : .rule, count: part.count)
            // It stands for all of them: their worst severity (for the gate) and their penalty.
            summary.severity = part.severity
            summary.weight = part.penalty / part.severity.multiplier
            findings.append(summary)
            reported.append(part.firstReported.summarizing(summary))
        }
        reported.sort { ($0.offset, $0.offset + $0.length, $0.rule) < ($1.offset, $1.offset + $1.length, $1.rule) }
        var report = DocumentReport.scored(findings, reported: reported, statistics: statistics, ruleFailures: ruleFailures, thresholds: thresholds,
                                           id: id, path: path, recordLine: recordLine, language: language, languageSource: languageSource)
        report.suppressedInline = suppressed
        return report
    }
}
