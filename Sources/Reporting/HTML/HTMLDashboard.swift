import RuleEngine

/// The numbers the HTML report's dashboard shows, gathered document by document (a batch of
/// any size costs a few counters), and turned into the values its template renders: counts,
/// the gate, a histogram of scores, findings by family and severity, by language, and the
/// rules that fire most.
struct HTMLDashboard {
    private(set) var documents = 0
    private(set) var passed = 0
    private(set) var failed = 0
    private(set) var errors = 0
    private(set) var findings = 0
    private var scoreTotal = 0.0
    /// Documents per score bin: [0, 5), [5, 10), … [95, 100].
    private var bins = [Int](repeating: 0, count: Self.binCount)
    private var byFamily: [RuleFamily: [Severity: Int]] = [:]
    private var byLanguage: [String: (documents: Int, failed: Int, findings: Int, scoreTotal: Double, scored: Int)] = [:]
    private var byRule: [RuleID: Int] = [:]
    /// Documents whose text the report leaves out (past its size budget).
    var textsLeftOut = 0

    static let binCount = 20

    mutating func add(_ document: DocumentReport) {
        documents += 1
        var language = byLanguage[document.language] ?? (0, 0, 0, 0, 0)
        language.documents += 1
        // As in the run summary: a document not checked failed too, and is counted apart.
        if document.error != nil || !document.passed { failed += 1 }
        if document.error != nil {
            errors += 1
        } else {
            if document.passed { passed += 1 }
            scoreTotal += document.score
            language.scoreTotal += document.score
            language.scored += 1
            // A saved report is read back as written: a score out of range must not trap.
            let score = document.score.isFinite ? min(100, max(0, document.score)) : 0
            bins[min(Self.binCount - 1, Int(score / (100 / Double(Self.binCount))))] += 1
        }
        if document.error != nil || !document.passed { language.failed += 1 }
        language.findings += document.findings.count
        byLanguage[document.language] = language
        findings += document.findings.count
        for finding in document.findings {
            byFamily[finding.family, default: [:]][finding.severity, default: 0] += 1
            byRule[finding.rule, default: 0] += 1
        }
    }

    private var checked: Int { documents - errors }

    /// The template's values.
    func context(tool: ToolInfo?, generated: String) -> [String: Any] {
        var context: [String: Any] = [
            "documents": documents, "passed": passed, "failed": failed, "errors": errors, "findings": findings,
            "meanScore": checked > 0 ? Gate.format(Scoring.rounded(scoreTotal / Double(checked))) : "–",
            "generated": generated,
            "version": ToolInfo.version,
            "histogram": histogram(threshold: tool?.thresholds?.minScore),
            "families": families(),
            "languages": languages(),
            "rules": rules(),
        ]
        // Mustache shows a section for any number; the note is there only when needed.
        if textsLeftOut > 0 { context["textsLeftOut"] = textsLeftOut }
        if let tool {
            context["ruleSets"] = tool.ruleSetNames.joined(separator: ", ")
            context["icu"] = tool.icu.icu
        }
        if let thresholds = tool?.thresholds {
            context["gate"] = "score at least \(Gate.format(thresholds.minScore))"
                + (thresholds.failOn.map { ", no finding at or above \($0.rawValue)" } ?? "")
        } else {
            context["gate"] = "as each document's report recorded it"
        }
        return context
    }

    /// Bars of an SVG histogram 600 × 160 (20 bins of 5 points), tallest bar full height, and
    /// the gate's threshold as a line.
    private func histogram(threshold: Double?) -> [String: Any] {
        let width = 600.0, height = 150.0, barWidth = width / Double(Self.binCount)
        let tallest = max(1, bins.max() ?? 1)
        let bars: [[String: Any]] = bins.enumerated().map { index, count in
            let barHeight = count == 0 ? 0 : max(2, height * Double(count) / Double(tallest))
            let low = index * 100 / Self.binCount
            return ["x": format(Double(index) * barWidth + 1), "y": format(height - barHeight), "width": format(barWidth - 2),
                    "height": format(barHeight), "count": count, "label": "\(low)–\(low + 100 / Self.binCount)"]
        }
        var result: [String: Any] = ["bars": bars, "width": Int(width), "height": Int(height)]
        if let threshold {
            result["threshold"] = ["x": format(width * threshold / 100), "label": Gate.format(threshold)]
        }
        return result
    }

    private func format(_ value: Double) -> String { String(Double(Int(value * 10)) / 10) }

    private func families() -> [[String: Any]] {
        byFamily.keys.sorted().map { family in
            let counts = byFamily[family] ?? [:]
            return ["family": family.rawValue, "critical": counts[.critical] ?? 0, "major": counts[.major] ?? 0, "minor": counts[.minor] ?? 0,
                    "total": counts.values.reduce(0, +)]
        }
    }

    private func languages() -> [[String: Any]] {
        byLanguage.sorted { ($1.value.documents, $0.key) < ($0.value.documents, $1.key) }.map { language, entry in
            ["language": language, "documents": entry.documents, "failed": entry.failed, "findings": entry.findings,
             "meanScore": entry.scored > 0 ? Gate.format(Scoring.rounded(entry.scoreTotal / Double(entry.scored))) : "–"]
        }
    }

    /// The 15 rules with the most findings.
    private func rules() -> [[String: Any]] {
        byRule.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(15).map { rule, count in
            ["rule": rule.description, "count": count]
        }
    }
}
