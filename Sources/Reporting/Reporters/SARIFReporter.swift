import RuleEngine

/// `--format sarif`: SARIF 2.1.0 as GitHub code scanning accepts it. Rules are described in
/// `tool.driver.rules`; each finding is a result with a repository-relative location
/// (`columnKind: utf16CodeUnits`), a fingerprint, and fixes from its suggestions. Each
/// document's score and gate verdict are in its artifact's property bag, and the run's
/// totals in the run's.
final class SARIFReporter: Reporter {
    private let output: ReportOutput
    private let base: String?
    private var tool: ToolInfo?
    private var results: [String] = []
    /// One artifact per file (or JSONL stream), with the reports of its documents.
    private var artifacts: [(uri: String, language: String, documents: [String])] = []
    private var artifactIndex: [String: Int] = [:]

    init(_ context: ReporterContext) {
        output = context.output
        base = context.baseDirectory
    }

    func begin(_ tool: ToolInfo) { self.tool = tool }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .critical: return "error"
        case .major: return "warning"
        case .minor: return "note"
        }
    }

    func report(_ document: DocumentReport) {
        let uri = ReportPaths.artifact(document, base: base)
        let index = artifactIndex[uri] ?? {
            artifacts.append((uri, document.language, []))
            artifactIndex[uri] = artifacts.count - 1
            return artifacts.count - 1
        }()
        artifacts[index].documents.append(Self.documentProperties(document))
        let ruleIndex = Dictionary(uniqueKeysWithValues: (tool?.rules ?? []).enumerated().map { ($1.id, $0) })
        for finding in document.findings {
            var json = JSONWriter()
            json.beginObject()
            json.field("ruleId", finding.rule.description)
            if let index = ruleIndex[finding.rule] { json.field("ruleIndex", index) }
            json.field("level", Self.level(finding.severity))
            json.key("message")
            json.beginObject()
            json.field("text", finding.message)
            json.endObject()
            json.key("locations")
            json.beginArray()
            json.beginObject()
            json.key("physicalLocation")
            writePhysicalLocation(uri: uri, index: index, document: document, finding: finding, into: &json)
            // The JSONL record and the translation unit (XLIFF id, PO msgid) a finding is in.
            let logical = [(document.id, "document"), (finding.unit, "translationUnit")].compactMap { name, kind in name.map { ($0, kind) } }
            if !logical.isEmpty {
                json.key("logicalLocations")
                json.beginArray()
                for (name, kind) in logical {
                    json.beginObject()
                    json.field("name", name)
                    json.field("kind", kind)
                    json.endObject()
                }
                json.endArray()
            }
            json.endObject()
            json.endArray()
            json.key("partialFingerprints")
            json.beginObject()
            json.field("translintFinding/v1", finding.fingerprint)
            json.endObject()
            if !finding.suggestions.isEmpty, document.recordLine == nil {
                json.key("fixes")
                json.beginArray()
                for suggestion in finding.suggestions.prefix(3) {
                    json.beginObject()
                    json.key("description")
                    json.beginObject()
                    json.field("text", "Replace with “\(suggestion)”")
                    json.endObject()
                    json.key("artifactChanges")
                    json.beginArray()
                    json.beginObject()
                    json.key("artifactLocation")
                    json.beginObject()
                    json.field("uri", uri)
                    json.field("index", index)
                    json.endObject()
                    json.key("replacements")
                    json.beginArray()
                    json.beginObject()
                    json.key("deletedRegion")
                    json.beginObject()
                    json.field("charOffset", finding.offset)
                    json.field("charLength", finding.length)
                    json.endObject()
                    json.key("insertedContent")
                    json.beginObject()
                    json.field("text", suggestion)
                    json.endObject()
                    json.endObject()
                    json.endArray()
                    json.endObject()
                    json.endArray()
                    json.endObject()
                }
                json.endArray()
            }
            json.key("properties")
            json.beginObject()
            json.field("severity", finding.severity.rawValue)
            json.field("category", finding.category.path)
            json.field("penalty", finding.penalty)
            if let id = document.id { json.field("documentId", id) }
            json.endObject()
            json.endObject()
            results.append(json.output)
        }
    }

    private func writePhysicalLocation(uri: String, index: Int, document: DocumentReport, finding: ReportedFinding, into json: inout JSONWriter) {
        json.beginObject()
        json.key("artifactLocation")
        json.beginObject()
        json.field("uri", uri)
        json.field("index", index)
        json.endObject()
        json.key("region")
        json.beginObject()
        if let recordLine = document.recordLine {
            // A JSONL record: the region is its line in the stream; offsets are in properties.
            json.field("startLine", recordLine)
            json.key("properties")
            json.beginObject()
            json.field("charOffsetInRecord", finding.offset)
            json.field("charLengthInRecord", finding.length)
            json.endObject()
        } else {
            json.field("startLine", finding.start.line)
            json.field("startColumn", finding.start.column)
            json.field("endLine", finding.end.line)
            json.field("endColumn", finding.end.column)
            json.field("charOffset", finding.offset)
            json.field("charLength", finding.length)
            json.key("snippet")
            json.beginObject()
            json.field("text", finding.excerpt.text)
            json.endObject()
        }
        json.endObject()
        json.endObject()
    }

    /// A document's score and verdict, for its artifact's property bag.
    private static func documentProperties(_ document: DocumentReport) -> String {
        var json = JSONWriter()
        json.beginObject()
        if let id = document.id { json.field("id", id) }
        if let line = document.recordLine { json.field("recordLine", line) }
        json.field("language", document.language)
        json.field("words", document.words)
        json.field("score", document.score)
        json.field("penalty", document.penalty)
        json.field("passed", document.passed)
        json.field("gateReasons", strings: document.gateReasons)
        if let error = document.error { json.field("error", error) }
        json.endObject()
        return json.output
    }

    func finish(_ summary: RunSummary) {
        guard let tool else { return }
        var json = JSONWriter()
        json.beginObject()
        json.field("$schema", "https://json.schemastore.org/sarif-2.1.0.json")
        json.field("version", "2.1.0")
        json.key("runs")
        json.beginArray()
        json.beginObject()
        json.key("tool")
        json.beginObject()
        json.key("driver")
        json.beginObject()
        json.field("name", ToolInfo.name)
        json.field("version", ToolInfo.version)
        json.field("semanticVersion", ToolInfo.version)
        json.field("informationUri", ToolInfo.informationURI)
        json.key("rules")
        json.beginArray()
        for rule in tool.rules {
            json.beginObject()
            json.field("id", rule.id.description)
            json.field("name", rule.id.name)
            json.key("shortDescription")
            json.beginObject()
            json.field("text", rule.summary)
            json.endObject()
            json.key("fullDescription")
            json.beginObject()
            json.field("text", rule.rationale.isEmpty ? rule.summary : rule.rationale)
            json.endObject()
            json.key("help")
            json.beginObject()
            let example = rule.triggering.first.map { "Example: \($0.marked)" } ?? ""
            json.field("text", "\(rule.summary) \(example)")
            json.field("markdown", "**\(rule.summary)**\n\n\(rule.rationale)\n\nRun `translint rules show \(rule.id)` for examples.")
            json.endObject()
            json.key("defaultConfiguration")
            json.beginObject()
            json.field("level", Self.level(rule.severity))
            json.endObject()
            json.key("properties")
            json.beginObject()
            json.field("tags", strings: [rule.family.rawValue, rule.category.path])
            json.field("severity", rule.severity.rawValue)
            json.field("weight", rule.weight)
            json.endObject()
            json.endObject()
        }
        json.endArray()
        json.endObject()
        json.endObject()
        json.key("invocations")
        json.beginArray()
        json.beginObject()
        json.field("executionSuccessful", summary.errors == 0)
        json.endObject()
        json.endArray()
        json.field("columnKind", "utf16CodeUnits")
        json.key("artifacts")
        json.beginArray()
        for artifact in artifacts {
            json.beginObject()
            json.key("location")
            json.beginObject()
            json.field("uri", artifact.uri)
            json.endObject()
            json.field("sourceLanguage", artifact.language)
            json.key("properties")
            json.beginObject()
            json.key("documents")
            json.beginArray()
            for document in artifact.documents { json.raw(document) }
            json.endArray()
            json.endObject()
            json.endObject()
        }
        json.endArray()
        json.key("results")
        json.beginArray()
        for result in results { json.raw(result) }
        json.endArray()
        json.key("properties")
        json.beginObject()
        json.field("icu", tool.icu.icu)
        json.field("unicode", tool.icu.unicode)
        json.field("cldr", tool.icu.cldr)
        json.field("ruleSets", strings: tool.ruleSetNames)
        json.field("ruleSetSha256", tool.ruleSetHash)
        json.field("documents", summary.documents)
        json.field("passed", summary.passed)
        json.field("failed", summary.failed)
        json.field("errors", summary.errors)
        json.field("gatePassed", summary.failed == 0)
        json.key("meanScore")
        if let mean = summary.meanScore { json.number(mean) } else { json.null() }
        json.endObject()
        json.endObject()
        json.endArray()
        json.endObject()
        output.write(json.output + "\n")
        output.flush()
    }
}
