/// The JSON form of a document report, shared by the `json` and `jsonl` formats.
enum DocumentJSON {
    static func write(_ report: DocumentReport, to json: inout JSONWriter) {
        json.beginObject()
        if let id = report.id { json.field("id", id) }
        if let path = report.path { json.field("path", path) }
        if let line = report.recordLine { json.field("record_line", line) }
        json.field("language", report.language)
        json.field("language_source", report.languageSource)
        json.field("format", report.format)
        json.field("characters", report.characters)
        json.field("words", report.words)
        json.field("sentences", report.sentences)
        json.field("score", report.score)
        json.field("penalty", report.penalty)
        json.field("passed", report.passed)
        json.field("gate_reasons", strings: report.gateReasons)
        json.field("error", report.error)
        if !report.ruleFailures.isEmpty { json.field("rule_failures", strings: report.ruleFailures) }
        if report.suppressedInline > 0 { json.field("suppressed_inline", report.suppressedInline) }
        if report.suppressedByBaseline > 0 { json.field("suppressed_by_baseline", report.suppressedByBaseline) }
        if let path = report.sourcePath { json.field("source_path", path) }
        if let language = report.sourceLanguage { json.field("source_language", language) }
        if let error = report.sourceError { json.field("source_error", error) }
        if let alignment = report.alignment {
            json.key("alignment")
            json.beginArray()
            for pair in alignment {
                json.beginObject()
                json.field("shape", pair.shape)
                if let source = pair.source {
                    json.field("source_offset", source.start)
                    json.field("source_length", source.length)
                }
                if let target = pair.target {
                    json.field("offset", target.start)
                    json.field("length", target.length)
                }
                json.endObject()
            }
            json.endArray()
        }
        json.key("findings")
        json.beginArray()
        for finding in report.findings { write(finding, to: &json) }
        json.endArray()
        if let text = report.text {
            json.field("text", text)
            if report.textIsPartial { json.field("text_partial", true) }
        }
        if let source = report.sourceText { json.field("source_text", source) }
        json.endObject()
    }

    static func write(_ finding: ReportedFinding, to json: inout JSONWriter) {
        json.beginObject()
        json.key("rule")
        json.string(finding.rule.family.rawValue, UInt8(ascii: "."), finding.rule.name)
        json.field("family", finding.family.rawValue)
        json.field("category", finding.category.path)
        json.field("severity", finding.severity.rawValue)
        json.field("weight", finding.weight)
        json.field("message", finding.message)
        json.field("offset", finding.offset)
        json.field("length", finding.length)
        json.field("line", finding.start.line)
        json.field("column", finding.start.column)
        json.field("end_line", finding.end.line)
        json.field("end_column", finding.end.column)
        json.field("excerpt", finding.excerpt.text)
        json.field("suggestions", strings: finding.suggestions)
        json.field("fingerprint", finding.fingerprint)
        if let unit = finding.unit { json.field("unit", unit) }
        if let source = finding.source {
            json.field("source_offset", source.offset)
            json.field("source_length", source.length)
            json.field("source_text", source.text)
        }
        if !finding.related.isEmpty {
            json.key("related")
            json.beginArray()
            for related in finding.related {
                json.beginObject()
                json.field("offset", related.offset)
                json.field("length", related.length)
                json.field("line", related.start.line)
                json.field("column", related.start.column)
                json.field("message", related.message)
                json.endObject()
            }
            json.endArray()
        }
        json.endObject()
    }

    /// Source sentences translated differently across documents (at most 100 groups).
    static func writeInconsistencies(_ consistency: TranslationConsistency, to json: inout JSONWriter) {
        let groups = consistency.inconsistent
        guard !groups.isEmpty || consistency.isTruncated else { return }
        json.key("inconsistent_translations")
        json.beginArray()
        for group in groups.prefix(100) {
            json.beginObject()
            json.field("source", group.source.string)
            json.key("translations")
            json.beginArray()
            for key in group.order {
                guard let variant = group.variants[key] else { continue }
                json.beginObject()
                json.field("text", variant.text.string)
                json.key("occurrences")
                json.beginArray()
                for occurrence in variant.occurrences {
                    json.beginObject()
                    json.field("document", occurrence.document)
                    json.field("offset", occurrence.offset)
                    json.field("length", occurrence.length)
                    json.endObject()
                }
                json.endArray()
                json.endObject()
            }
            json.endArray()
            json.endObject()
        }
        json.endArray()
        if groups.count > 100 { json.field("inconsistent_translations_not_listed", groups.count - 100) }
        if consistency.isTruncated { json.field("inconsistent_translations_truncated", true) }
    }

    static func writeTool(_ tool: ToolInfo, to json: inout JSONWriter) {
        json.beginObject()
        json.field("name", ToolInfo.name)
        json.field("version", ToolInfo.version)
        json.field("icu", tool.icu.icu)
        json.field("unicode", tool.icu.unicode)
        json.field("cldr", tool.icu.cldr)
        json.key("rule_sets")
        json.beginObject()
        json.field("names", strings: tool.ruleSetNames)
        json.field("files", tool.ruleFiles)
        json.field("sha256", tool.ruleSetHash)
        json.endObject()
        json.endObject()
    }

    static func writeSummary(_ summary: RunSummary, to json: inout JSONWriter) {
        json.beginObject()
        json.field("documents", summary.documents)
        json.field("passed", summary.passed)
        json.field("failed", summary.failed)
        json.field("errors", summary.errors)
        json.field("findings", summary.findings)
        json.key("findings_by_severity")
        json.beginObject()
        for severity in [Severity.critical, .major, .minor] { json.field(severity.rawValue, summary.findingsBySeverity[severity] ?? 0) }
        json.endObject()
        json.key("findings_by_family")
        json.beginObject()
        for (family, count) in summary.findingsByFamily.sorted(by: { $0.key < $1.key }) { json.field(family.rawValue, count) }
        json.endObject()
        json.field("words", summary.words)
        json.key("mean_score")
        if let mean = summary.meanScore { json.number(mean) } else { json.null() }
        json.field("seconds", (summary.duration * 1000).rounded() / 1000)
        if summary.peakMemory > 0 { json.field("peak_memory_bytes", summary.peakMemory) }
        writeInconsistencies(summary.consistency, to: &json)
        json.endObject()
    }
}

import RuleEngine

extension DocumentReport {
    /// The document's report as the `jsonl` format writes it (one line, no line break): what
    /// the server's native API answers, byte for byte the CLI's schema.
    public var jsonLine: String {
        var json = JSONWriter()
        DocumentJSON.write(self, to: &json)
        return json.output
    }
}
