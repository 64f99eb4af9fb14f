import RuleEngine
import TextCore

/// `--format text`: for people at a terminal. Each finding as
/// `path:line:column: severity rule message`, its line with a marker under the span, then a
/// score line per document and a summary. Colour only when the context allows it.
final class TextReporter: Reporter {
    private let output: ReportOutput
    private let color: Bool

    init(_ context: ReporterContext) {
        output = context.output
        color = context.useColor
    }

    func report(_ document: DocumentReport) {
        let name = LineSafeText.of(document.displayName)
        if let error = document.error {
            output.write("\(name): \(paint("error", .red, bold: true)): \(LineSafeText.of(error))\n\n")
            return
        }
        for finding in document.findings {
            // Records are named by their id (line and column count inside the record's text).
            let location = "\(name):\(finding.start.line):\(finding.start.column)"
            output.write("\(paint(location, .bold)): \(paint(finding.severity.rawValue, color(for: finding.severity))) \(paint(finding.rule.description, .dim)) \(LineSafeText.of(finding.message))\n")
            writeExcerpt(finding)
            if let suggestion = finding.suggestions.first {
                output.write("    \(paint("suggestion:", .dim)) \(visible(suggestion))\n")
            }
            for related in finding.related {
                output.write("    \(paint("note:", .dim)) \(LineSafeText.of(related.message)) (line \(related.start.line), column \(related.start.column))\n")
            }
            if let source = finding.source {
                output.write("    \(paint("source:", .dim)) \(visible(source.text))\n")
            }
        }
        if let sourceError = document.sourceError {
            output.write("\(name): \(paint("error", .red, bold: true)): \(LineSafeText.of(sourceError)) (checked without its source)\n")
        }
        let verdict = document.passed ? paint("PASS", .green, bold: true) : paint("FAIL", .red, bold: true)
        let reasons = document.passed || document.gateReasons.isEmpty ? "" : " (" + LineSafeText.of(document.gateReasons.joined(separator: "; ")) + ")"
        let language = document.language + (document.languageSource == "default" ? ", language unknown" : "")
        output.write("\(paint(name, .bold)): score \(format(document.score)), penalty \(format(document.penalty)), \(document.words) words, \(document.findings.count) finding\(document.findings.count == 1 ? "" : "s") [\(language)] \(verdict)\(reasons)\n\n")
    }

    func finish(_ summary: RunSummary) {
        var parts = ["\(summary.documents) document\(summary.documents == 1 ? "" : "s"): \(summary.passed) passed, \(summary.failed) failed"
                     + (summary.errors > 0 ? " (\(summary.errors) not checked)" : "")]
        let bySeverity = [Severity.critical, .major, .minor].compactMap { severity -> String? in
            guard let count = summary.findingsBySeverity[severity], count > 0 else { return nil }
            return "\(count) \(severity.rawValue)"
        }
        parts.append("\(summary.findings) finding\(summary.findings == 1 ? "" : "s")" + (bySeverity.isEmpty ? "" : " (" + bySeverity.joined(separator: ", ") + ")"))
        if let mean = summary.meanScore { parts.append("mean score \(format(mean))") }
        var timing = "\(summary.words) words in \(String(format3(summary.duration))) s"
        if summary.duration > 0 {
            timing += ", \(format3(Double(summary.characters) * 2 / 1_000_000 / summary.duration)) MB/s, \(Int(Double(summary.documents) / summary.duration)) documents/s"
        }
        if summary.peakMemory > 0 { timing += ", peak memory \(summary.peakMemory / 1_000_000) MB" }
        parts.append(timing)
        output.write(paint("Summary", .bold) + ": " + parts.joined(separator: " · ") + "\n")
        let inconsistent = summary.consistency.inconsistent
        if !inconsistent.isEmpty {
            output.write(paint("Translated differently across documents", .bold) + ": \(inconsistent.count) source sentence\(inconsistent.count == 1 ? "" : "s")\n")
            for group in inconsistent.prefix(5) {
                output.write("    \(visible(group.source.string))\n")
                for key in group.order {
                    guard let variant = group.variants[key], let first = variant.occurrences.first else { continue }
                    output.write("      → \(visible(variant.text.string)) (\(LineSafeText.of(first.document))\(variant.occurrences.count > 1 ? " and \(variant.occurrences.count - 1) more" : ""))\n")
                }
            }
        }
        output.flush()
    }

    private func writeExcerpt(_ finding: ReportedFinding) {
        let excerpt = finding.excerpt
        let units = Array(excerpt.text.utf16)
        let before = String(utf16Units: units[0..<min(excerpt.spanOffset, units.count)])
        let spanEnd = min(units.count, excerpt.spanOffset + excerpt.spanLength)
        let span = String(utf16Units: units[min(excerpt.spanOffset, units.count)..<spanEnd])
        let after = String(utf16Units: units[spanEnd...])
        output.write("    " + visible(before) + paint(visible(span), color(for: finding.severity), bold: true) + visible(after) + "\n")
        let indent = TerminalWidth.of(Substring(visible(before)))
        let width = max(1, TerminalWidth.of(Substring(visible(span))))
        output.write("    " + String(repeating: " ", count: indent) + paint(String(repeating: "^", count: width), color(for: finding.severity)) + "\n")
    }

    /// Invisible and control characters shown as <U+200B> so the reader sees what was found.
    private func visible(_ text: String) -> String {
        LineSafeText.of(text) { scalar in
            let properties = CharacterClass.of(scalar.value)
            return properties.contains(.invisible) || scalar.value == 0xFFFD || (properties.contains(.space) && scalar.value != 0x20)
        }
    }

    private enum Style: String {
        case red = "31", green = "32", yellow = "33", cyan = "36", bold = "1", dim = "2"
    }

    private func color(for severity: Severity) -> Style {
        switch severity {
        case .critical: return .red
        case .major: return .yellow
        case .minor: return .cyan
        }
    }

    private func paint(_ text: String, _ style: Style, bold: Bool = false) -> String {
        guard color, !text.isEmpty else { return text }
        return "\u{1B}[\(bold && style != .bold ? "1;" : "")\(style.rawValue)m\(text)\u{1B}[0m"
    }

    private func format(_ value: Double) -> String { Gate.format(value) }

    private func format3(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return String(rounded)
    }
}
