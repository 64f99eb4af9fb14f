import Foundation
import Reporting
import RuleEngine

/// `translint eval` output: tables for people, JSON for machines.
public enum EvaluationReport {
    public static func table(_ result: Evaluator.Result, tolerance: Int) -> String {
        var lines: [String] = []
        lines.append("Evaluated \(result.documents) documents (\(result.documents - result.cleanDocuments) annotated, \(result.cleanDocuments) clean); a finding matches an annotation of its family within \(tolerance) UTF-16 units.")
        lines.append("")
        let header = ["", "annotations", "findings", "TP findings", "TP annotations", "precision", "recall", "F1", "clean/10k chars"]
        var rows: [[String]] = []
        for family in RuleFamily.allCases {
            guard let counts = result.byFamily[family], counts.annotations + counts.findings + counts.cleanFindings > 0 else { continue }
            rows.append(row(family.rawValue, counts))
        }
        rows.append(row("all families", result.total))
        lines += render(["family"] + header.dropFirst(), rows)
        lines.append("")
        var languageRows: [[String]] = []
        for language in result.byLanguage.keys.sorted() { languageRows.append(row(language, result.byLanguage[language]!)) }
        lines += render(["language"] + header.dropFirst(), languageRows)
        if result.byPart.count > 1 {
            lines.append("")
            let partRows = result.byPart.keys.sorted().map { row($0, result.byPart[$0]!) }
            lines += render(["part"] + header.dropFirst(), partRows)
        }
        return lines.joined(separator: "\n")
    }

    static func row(_ name: String, _ counts: Counts) -> [String] {
        [name, String(counts.annotations), String(counts.findings), String(counts.matchedFindings), String(counts.foundAnnotations),
         format(counts.precision), format(counts.recall), format(counts.f1), format(counts.cleanFindingsPer10k)]
    }

    static func render(_ header: [String], _ rows: [[String]]) -> [String] {
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        return ([header] + rows).map { cells in
            cells.enumerated().map { index, cell in
                index == 0 ? cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
                           : String(repeating: " ", count: widths[index] - cell.count) + cell
            }.joined(separator: "  ")
        }
    }

    static func format(_ value: Double?) -> String {
        guard let value else { return "–" }
        return String(format: "%.2f", value)
    }

    /// The same figures as a Markdown table, for the README.
    public static func markdown(_ result: Evaluator.Result) -> String {
        var lines = ["| family | annotations | findings | precision | recall | F1 | false alarms / 10k clean chars |", "|---|---:|---:|---:|---:|---:|---:|"]
        for family in RuleFamily.allCases {
            guard let counts = result.byFamily[family], counts.annotations + counts.findings + counts.cleanFindings > 0 else { continue }
            lines.append("| \(family.rawValue) | \(counts.annotations) | \(counts.findings) | \(format(counts.precision)) | \(format(counts.recall)) | \(format(counts.f1)) | \(format(counts.cleanFindingsPer10k)) |")
        }
        let total = result.total
        lines.append("| **all** | \(total.annotations) | \(total.findings) | \(format(total.precision)) | \(format(total.recall)) | \(format(total.f1)) | \(format(total.cleanFindingsPer10k)) |")
        if result.byPart.count > 1 {
            lines += ["", "| part | documents with annotations / clean | annotations | findings | precision | recall | F1 | false alarms / 10k clean chars |", "|---|---:|---:|---:|---:|---:|---:|---:|"]
            for part in result.byPart.keys.sorted() {
                let counts = result.byPart[part]!
                lines.append("| \(part) | \(result.documentsByPart[part, default: 0] - result.cleanDocumentsByPart[part, default: 0]) / \(result.cleanDocumentsByPart[part, default: 0]) | \(counts.annotations) | \(counts.findings) | \(format(counts.precision)) | \(format(counts.recall)) | \(format(counts.f1)) | \(format(counts.cleanFindingsPer10k)) |")
            }
        }
        return lines.joined(separator: "\n")
    }

    public static func json(_ result: Evaluator.Result, tolerance: Int) -> String {
        var json = JSONWriter(pretty: true)
        json.beginObject()
        json.field("documents", result.documents)
        json.field("clean_documents", result.cleanDocuments)
        json.field("tolerance", tolerance)
        json.key("families")
        json.beginObject()
        for family in RuleFamily.allCases {
            guard let counts = result.byFamily[family], counts.annotations + counts.findings + counts.cleanFindings > 0 else { continue }
            json.key(family.rawValue)
            write(counts, &json)
        }
        json.endObject()
        json.key("languages")
        json.beginObject()
        for language in result.byLanguage.keys.sorted() {
            json.key(language)
            json.beginObject()
            json.key("all")
            write(result.byLanguage[language]!, &json)
            for (family, counts) in (result.byLanguageAndFamily[language] ?? [:]).sorted(by: { $0.key < $1.key })
            where counts.annotations + counts.findings + counts.cleanFindings > 0 {
                json.key(family.rawValue)
                write(counts, &json)
            }
            json.endObject()
        }
        json.endObject()
        json.key("parts")
        json.beginObject()
        for part in result.byPart.keys.sorted() {
            json.key(part)
            write(result.byPart[part]!, &json)
        }
        json.endObject()
        json.key("total")
        write(result.total, &json)
        json.field("errors", strings: result.errors)
        json.endObject()
        return json.output + "\n"
    }

    private static func write(_ counts: Counts, _ json: inout JSONWriter) {
        json.beginObject()
        json.field("annotations", counts.annotations)
        json.field("findings", counts.findings)
        json.field("true_positive_findings", counts.matchedFindings)
        json.field("true_positive_annotations", counts.foundAnnotations)
        for (key, value) in [("precision", counts.precision), ("recall", counts.recall), ("f1", counts.f1)] {
            json.key(key)
            if let value { json.number((value * 10_000).rounded() / 10_000) } else { json.null() }
        }
        json.field("clean_findings", counts.cleanFindings)
        json.field("clean_characters", counts.cleanCharacters)
        json.key("clean_findings_per_10k")
        if let rate = counts.cleanFindingsPer10k { json.number((rate * 1000).rounded() / 1000) } else { json.null() }
        json.endObject()
    }

    /// Missed annotations and false findings, a few per family, for tuning.
    public static func examples(_ result: Evaluator.Result, limit: Int) -> String {
        var lines: [String] = []
        for family in RuleFamily.allCases {
            let missed = result.missedAnnotations.filter { $0.family == family }
            let false_ = result.falseFindings.filter { $0.family == family }
            guard !missed.isEmpty || !false_.isEmpty else { continue }
            lines.append("== \(family.rawValue): \(missed.count) missed, \(false_.count) false")
            for miss in missed.prefix(limit) { lines.append("  missed  \(miss.path): \(miss.context)") }
            for finding in false_.prefix(limit) { lines.append("  false   \(finding.path) [\(finding.rule ?? "")]: \(finding.context)") }
        }
        return lines.joined(separator: "\n")
    }
}
