import RuleEngine

/// `--format sarif`: SARIF 2.1.0 as GitHub code scanning accepts it. Rules are described in
/// `tool.driver.rules`; each finding is a result with a location relative to `%SRCROOT%`
/// (the working directory, given in `originalUriBaseIds`; a percent-encoded URI reference),
/// `columnKind: utf16CodeUnits`, fingerprints that tell identical findings apart by their
/// occurrence, and fixes from its suggestions. Inputs that could not be checked are the
/// invocation's `toolExecutionNotifications`. Each
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
    private var notifications = SpillFile.Stretches()
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

    /// Where a path is, as SARIF says it: relative to `%SRCROOT%` when it is relative (the
    /// reporter makes paths under the working directory relative), else a `file:` URI.
    static func location(_ path: String, index: Int? = nil) -> JSONValue {
        let isFile = path != "stdin"
        let uri = !isFile ? path : (path.hasPrefix("/") ? URIReference.file(path) : URIReference.encode(path))
        return .members([
            ("uri", .string(uri)),
            ("uriBaseId", isFile && !path.hasPrefix("/") ? .string(Self.sourceRoot) : nil),
            ("index", index.map(JSONValue.int)),
        ])
    }

    static let sourceRoot = "%SRCROOT%"

    func report(_ document: DocumentReport) {
        let path = ReportPaths.artifact(document, base: base)
        let index = artifacts.index(of: path) { (document.language, SpillFile.Stretches()) }
        let verdict = (artifacts[index].documents.pieces == 0 ? "" : ",") + Self.verdict(document).serialized
        artifacts[index].documents.add(spill.append(verdict))
        let artifact = Self.location(path, index: index)
        for message in [document.error, document.sourceError.map { "the source could not be used: \($0)" }].compactMap({ $0 }) {
            notifications.add(spill.append((notifications.pieces == 0 ? "" : ",") + Self.notification(message, document, artifact: artifact).serialized))
        }
        // Identical findings (a sentence repeated word for word) get distinct fingerprints by
        // their occurrence in the document; records of one stream are told apart by id or line.
        let documentKey = document.id ?? document.recordLine.map(String.init) ?? ""
        var occurrences: [String: Int] = [:]
        var lineOccurrences: [String: Int] = [:]
        for finding in document.findings {
            let occurrence = occurrences[finding.fingerprint, default: 0] + 1
            occurrences[finding.fingerprint] = occurrence
            let lineHash = FingerprintHasher.hasher(finding.excerpt.text.filter { !$0.isWhitespace }).hex.prefix(16)
            let lineOccurrence = lineOccurrences[String(lineHash), default: 0] + 1
            lineOccurrences[String(lineHash)] = lineOccurrence
            let fingerprints: JSONValue = [
                "translintFinding/v1": .string(finding.fingerprint),
                "translintFinding/v2": .string(FingerprintHasher.hasher(documentKey + "\u{0}" + finding.fingerprint).hex + ":\(occurrence)"),
                "primaryLocationLineHash": .string("\(lineHash):\(lineOccurrence)"),
            ]
            results.add(spill.append((results.pieces == 0 ? "" : ",") + result(finding, in: document, artifact: artifact, fingerprints: fingerprints).serialized))
        }
    }

    /// An input that could not be checked (or whose source could not be used), as a
    /// notification of the invocation, at the line the problem is on when known.
    private static func notification(_ message: String, _ document: DocumentReport, artifact: JSONValue) -> JSONValue {
        let line = document.errorLine ?? document.recordLine
        let region: JSONValue? = line.map { ["startLine": .int($0)] }
        return .members([
            ("locations", [["physicalLocation": .members([("artifactLocation", artifact), ("region", region)])]]),
            ("message", ["text": .string(message)]),
            ("level", .string("error")),
            ("properties", document.id.map { ["documentId": .string($0)] }),
        ])
    }

    private func result(_ finding: ReportedFinding, in document: DocumentReport, artifact: JSONValue, fingerprints: JSONValue) -> JSONValue {
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
            ("partialFingerprints", fingerprints),
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
                let sourceArtifact: JSONValue = source.path == nil ? artifact : Self.location(ReportPaths.relative(path, to: base))
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
            "properties": ["tags": .strings([rule.family.rawValue, rule.category.path]), "severity": .string(rule.severity.rawValue), "weight": .double(rule.weight),
                           "fix": .string(rule.fixIsSafe ? "safe" : "review")],
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
            ["location": Self.location(entry.path), "sourceLanguage": .string(entry.entry.language),
             "properties": ["documents": .raw("\u{1}\(index)\u{2}")]]
        }
        let properties: JSONValue = [
            "icu": .string(tool.icu.icu), "unicode": .string(tool.icu.unicode), "cldr": .string(tool.icu.cldr),
            "ruleSets": .strings(tool.ruleSetNames), "ruleSetSha256": .string(tool.ruleSetHash),
            "documents": .int(summary.documents), "passed": .int(summary.passed), "failed": .int(summary.failed), "errors": .int(summary.errors),
            "gatePassed": .bool(summary.failed == 0), "meanScore": .optional(summary.meanScore),
        ]
        let invocation: JSONValue = .members([
            ("executionSuccessful", .bool(summary.errors == 0)),
            ("toolExecutionNotifications", notifications.pieces == 0 ? nil : .raw("\u{1}notifications\u{2}")),
        ])
        // The working directory is where the relative paths start (absent when unknown).
        let root: JSONValue? = base.map { folder in
            [Self.sourceRoot: ["uri": .string(URIReference.file(folder.hasSuffix("/") ? folder : folder + "/"))]]
        }
        let run: JSONValue = .members([
            ("tool", ["driver": driver]),
            ("invocations", [invocation]),
            ("originalUriBaseIds", root),
            ("columnKind", .string(tool.columns == .codepoint ? "unicodeCodePoints" : "utf16CodeUnits")),
            ("artifacts", .array(artifactList)),
            ("results", .raw("\u{1}results\u{2}")),
            ("properties", properties),
        ])
        let log: JSONValue = ["$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0", "runs": [run]]
        let parts = (log.serialized + "\n").split(separator: "\u{1}", omittingEmptySubsequences: false)
        output.write(String(parts[0]))
        for part in parts.dropFirst() {
            guard let end = part.firstIndex(of: "\u{2}") else { continue }
            let name = part[..<end]
            output.write("[")
            spill.copy(name == "results" ? results : (name == "notifications" ? notifications : artifacts[Int(name) ?? 0].documents), to: output)
            output.write("]" + String(part[part.index(after: end)...]))
        }
        output.flush()
    }
}
