import RuleEngine

/// `--format sarif`: SARIF 2.1.0 as GitHub code scanning accepts it. Rules are described in
/// `tool.driver.rules`; each finding is a result with a repository-relative location
/// (`columnKind: utf16CodeUnits`), a fingerprint, and fixes from its suggestions. Each
/// document's score and gate verdict are in its artifact's property bag, and the run's
/// totals in the run's. The log is built as data (`JSONValue`), member by member in the
/// order the schema lists them. Results and verdicts are serialized as they come and wait in
/// a spill file; the end writes the log around them.
final class SARIFReporter: Reporter {
    private let output: ReportOutput
    private let base: String?
    private var tool: ToolInfo?
    private var ruleIndex: [RuleID: Int] = [:]
    private let spill = SpillFile()
    private var results = SpillFile.Stretches()
    /// One artifact per file (or JSONL stream): its language and its documents' verdicts.
    private var artifacts = ArtifactTable<(language: String, documents: SpillFile.Stretches)>()

    init(_ context: ReporterContext) {
        output = context.output
        base = context.baseDirectory
    }

    func begin(_ tool: ToolInfo) {
        self.tool = tool
        ruleIndex = Dictionary(uniqueKeysWithValues: tool.rules.enumerated().map { ($1.id, $0) })
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .critical: return "error"
        case .major: return "warning"
        case .minor: return "note"
        }
    }

    func report(_ document: DocumentReport) {
        let uri = ReportPaths.artifact(document, base: base)
        let index = artifacts.index(of: uri) { (document.language, SpillFile.Stretches()) }
        let verdict = (artifacts[index].documents.pieces == 0 ? "" : ",") + Self.verdict(document).serialized
        artifacts[index].documents.add(spill.append(verdict))
        let artifact: JSONValue = ["uri": .string(uri), "index": .int(index)]
        for finding in document.findings {
            results.add(spill.append((results.pieces == 0 ? "" : ",") + result(finding, in: document, artifact: artifact).serialized))
        }
    }

    private func result(_ finding: ReportedFinding, in document: DocumentReport, artifact: JSONValue) -> JSONValue {
        // The JSONL record and the translation unit (XLIFF id, PO msgid) a finding is in.
        let logical = [(document.id, "document"), (finding.unit, "translationUnit")].compactMap { name, kind -> JSONValue? in
            name.map { ["name": .string($0), "kind": .string(kind)] }
        }
        let location = JSONValue.members([
            ("physicalLocation", ["artifactLocation": artifact, "region": Self.region(finding, in: document)]),
            ("logicalLocations", logical.isEmpty ? nil : .array(logical)),
        ])
        let hasFixes = !finding.suggestions.isEmpty && document.recordLine == nil
        return .members([
            ("ruleId", .string(finding.rule.description)),
            ("ruleIndex", ruleIndex[finding.rule].map(JSONValue.int)),
            ("level", .string(Self.level(finding.severity))),
            ("message", ["text": .string(finding.message)]),
            ("locations", [location]),
            ("relatedLocations", relatedLocations(finding, in: document, artifact: artifact)),
            ("partialFingerprints", ["translintFinding/v1": .string(finding.fingerprint)]),
            ("fixes", hasFixes ? .array(finding.suggestions.prefix(3).map { Self.fix($0, finding, artifact: artifact) }) : nil),
            ("properties", .members([
                ("severity", .string(finding.severity.rawValue)),
                ("category", .string(finding.category.path)),
                ("penalty", .double(finding.penalty)),
                ("documentId", document.id.map(JSONValue.string)),
            ])),
        ])
    }

    /// The places a finding refers to: the first copy of a repetition (in the same artifact),
    /// and the source span it concerns (in the source file, in the same file for XLIFF and
    /// PO, or only as a message for a record's source).
    private func relatedLocations(_ finding: ReportedFinding, in document: DocumentReport, artifact: JSONValue) -> JSONValue? {
        var locations: [JSONValue] = finding.related.map { related in
            [
                "physicalLocation": ["artifactLocation": artifact, "region": ["startLine": .int(related.start.line), "startColumn": .int(related.start.column),
                                                                             "charOffset": .int(related.offset), "charLength": .int(related.length)]],
                "message": ["text": .string(related.message)],
            ]
        }
        if let source = finding.source {
            let message: JSONValue = ["text": .string("source: " + source.text)]
            if let path = source.path ?? (document.format == "xliff" || document.format == "po" ? document.path : nil) {
                let sourceArtifact: JSONValue = source.path == nil ? artifact : ["uri": .string(ReportPaths.relative(path, to: base))]
                locations.append(["physicalLocation": ["artifactLocation": sourceArtifact, "region": ["charOffset": .int(source.offset), "charLength": .int(source.length)]],
                                  "message": message])
            } else {
                locations.append(["message": message, "properties": ["sourceOffset": .int(source.offset), "sourceLength": .int(source.length)]])
            }
        }
        return locations.isEmpty ? nil : .array(locations)
    }

    /// Where a finding is: line, column and offsets in a file; in a JSONL stream, the record's
    /// line, with the offsets inside the record in the property bag.
    private static func region(_ finding: ReportedFinding, in document: DocumentReport) -> JSONValue {
        if let recordLine = document.recordLine {
            return ["startLine": .int(recordLine), "properties": ["charOffsetInRecord": .int(finding.offset), "charLengthInRecord": .int(finding.length)]]
        }
        return [
            "startLine": .int(finding.start.line), "startColumn": .int(finding.start.column),
            "endLine": .int(finding.end.line), "endColumn": .int(finding.end.column),
            "charOffset": .int(finding.offset), "charLength": .int(finding.length),
            "snippet": ["text": .string(finding.excerpt.text)],
        ]
    }

    private static func fix(_ suggestion: String, _ finding: ReportedFinding, artifact: JSONValue) -> JSONValue {
        [
            "description": ["text": .string("Replace with “\(suggestion)”")],
            "artifactChanges": [[
                "artifactLocation": artifact,
                "replacements": [[
                    "deletedRegion": ["charOffset": .int(finding.offset), "charLength": .int(finding.length)],
                    "insertedContent": ["text": .string(suggestion)],
                ]],
            ]],
        ]
    }

    /// A document's score and verdict, for its artifact's property bag.
    private static func verdict(_ document: DocumentReport) -> JSONValue {
        .members([
            ("id", document.id.map(JSONValue.string)),
            ("recordLine", document.recordLine.map(JSONValue.int)),
            ("language", .string(document.language)),
            ("words", .int(document.words)),
            ("score", .double(document.score)),
            ("penalty", .double(document.penalty)),
            ("passed", .bool(document.passed)),
            ("gateReasons", .strings(document.gateReasons)),
            ("error", document.error.map(JSONValue.string)),
        ])
    }

    private static func descriptor(_ rule: RuleDescription) -> JSONValue {
        let example = rule.triggering.first.map { "Example: \($0.marked)" } ?? ""
        return [
            "id": .string(rule.id.description),
            "name": .string(rule.id.name),
            "shortDescription": ["text": .string(rule.summary)],
            "fullDescription": ["text": .string(rule.rationale.isEmpty ? rule.summary : rule.rationale)],
            "help": [
                "text": .string("\(rule.summary) \(example)"),
                "markdown": .string("**\(rule.summary)**\n\n\(rule.rationale)\n\nRun `translint rules show \(rule.id)` for examples."),
            ],
            "defaultConfiguration": ["level": .string(level(rule.severity))],
            "properties": ["tags": .strings([rule.family.rawValue, rule.category.path]), "severity": .string(rule.severity.rawValue), "weight": .double(rule.weight)],
        ]
    }

    func finish(_ summary: RunSummary) {
        guard let tool else { return }
        let driver: JSONValue = [
            "name": .string(ToolInfo.name), "version": .string(ToolInfo.version), "semanticVersion": .string(ToolInfo.version),
            "informationUri": .string(ToolInfo.informationURI), "rules": .array(tool.rules.map(Self.descriptor)),
        ]
        // Where the spilled arrays go: control characters, which JSON strings never hold raw.
        let artifactList = artifacts.entries.enumerated().map { index, entry -> JSONValue in
            ["location": ["uri": .string(entry.path)], "sourceLanguage": .string(entry.entry.language),
             "properties": ["documents": .raw("\u{1}\(index)\u{2}")]]
        }
        let properties: JSONValue = [
            "icu": .string(tool.icu.icu), "unicode": .string(tool.icu.unicode), "cldr": .string(tool.icu.cldr),
            "ruleSets": .strings(tool.ruleSetNames), "ruleSetSha256": .string(tool.ruleSetHash),
            "documents": .int(summary.documents), "passed": .int(summary.passed), "failed": .int(summary.failed), "errors": .int(summary.errors),
            "gatePassed": .bool(summary.failed == 0), "meanScore": .optional(summary.meanScore),
        ]
        let run: JSONValue = [
            "tool": ["driver": driver],
            "invocations": [["executionSuccessful": .bool(summary.errors == 0)]],
            "columnKind": "utf16CodeUnits",
            "artifacts": .array(artifactList),
            "results": .raw("\u{1}results\u{2}"),
            "properties": properties,
        ]
        let log: JSONValue = ["$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0", "runs": [run]]
        let parts = (log.serialized + "\n").split(separator: "\u{1}", omittingEmptySubsequences: false)
        output.write(String(parts[0]))
        for part in parts.dropFirst() {
            guard let end = part.firstIndex(of: "\u{2}") else { continue }
            let name = part[..<end]
            output.write("[")
            spill.copy(name == "results" ? results : artifacts[Int(name) ?? 0].documents, to: output)
            output.write("]" + String(part[part.index(after: end)...]))
        }
        output.flush()
    }
}
