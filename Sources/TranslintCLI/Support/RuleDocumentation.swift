import RuleEngine

/// A rule's documentation as Markdown, built from its description: what it finds, why, its
/// configuration and its examples. The same text `translint rules show` prints.
enum RuleDocumentation {
    /// Every rule of a book as one Markdown table, in the book's order: the README's rule
    /// table is this output (a test keeps the two equal).
    static func table(_ rules: [ConfiguredRule]) -> String {
        var lines = ["| rule | severity | default | languages | finds |", "| --- | --- | --- | --- | --- |"]
        for rule in rules {
            let description = rule.description
            let languages = description.languages.isEmpty ? "all" : description.languages.joined(separator: ", ")
            let summary = description.summary.replacingOccurrences(of: "|", with: "\\|")
            lines.append("| `\(rule.id)` | \(description.severity.rawValue) | \(rule.isEnabled ? "on" : "off") | \(languages) | \(summary) |")
        }
        return lines.joined(separator: "\n")
    }

    static func markdown(_ rule: ConfiguredRule, parameters: [ParameterSpec], wordLists: [WordListDeclaration]) -> String {
        let description = rule.description
        var lines = ["# \(rule.id)", "", description.summary, ""]
        if !description.rationale.isEmpty { lines += ["## Why it matters", "", description.rationale, ""] }
        lines += [
            "## Configuration", "",
            "| | |", "|---|---|",
            "| Family | \(description.family.rawValue) |",
            "| MQM category | \(description.category) |",
            "| Severity | \(description.severity.rawValue) |",
            "| Weight | \(formatWeight(description.weight)) |",
            "| Languages | \(description.languages.isEmpty ? "all" : description.languages.joined(separator: ", ")) |",
            "| Enabled | \(rule.isEnabled ? "yes" : "no") |",
            "| `translint fix` | \(description.fixIsSafe ? "applies the first suggestion (safe)" : "leaves it for review") |",
            "| Source | \(rule.origin) |", "",
        ]
        if !parameters.isEmpty {
            lines += ["## Parameters", ""]
            for parameter in parameters { lines.append("- `\(parameter.name)` (default \(parameter.defaultValue)): \(parameter.summary)") }
            lines.append("")
        }
        lines += ["## Examples", "", "Flagged (the finding is marked ⟦…⟧):", ""]
        for example in description.triggering { lines.append(bullet(example)) }
        lines += ["", "Not flagged:", ""]
        for example in description.nonTriggering { lines.append(bullet(example)) }
        for list in wordLists {
            lines += ["", "## Word list: \(list.list.rawValue) (\(list.language))", "", "From \(list.origin): " + list.words.prefix(40).joined(separator: ", ") + (list.words.count > 40 ? ", …" : "")]
        }
        return lines.joined(separator: "\n")
    }

    private static func bullet(_ example: RuleExample) -> String {
        let text = example.marked.replacingOccurrences(of: "\n", with: "⏎")
        let correction = example.correction.map { " → fixed: \($0.replacingOccurrences(of: "\n", with: "⏎"))" } ?? ""
        return "- `\(example.language)` \(text)" + correction + (example.note.map { " — \($0)" } ?? "")
    }

    private static func formatWeight(_ value: Double) -> String {
        ParameterValue.format(value)
    }
}

import Foundation
