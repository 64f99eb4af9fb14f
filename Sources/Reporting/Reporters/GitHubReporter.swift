import RuleEngine

/// `--format github`: GitHub Actions workflow commands, which the Actions UI shows as
/// annotations on the files. GitHub shows at most 10 errors, 10 warnings and 10 notices per
/// step, so the slots go where they matter: a document that fails its gate gets an `error`
/// saying so (at its first finding, or line 1), and the slots of each kind go to failing
/// documents' annotations before passing ones'. The rest are counted in a notice and printed
/// as plain log lines. When `GITHUB_STEP_SUMMARY` is set, a Markdown table of documents,
/// scores and verdicts is appended to the job summary.
///
/// Which annotations win is known only at the end, so nothing is written before it: the
/// ten best of each kind wait in memory, the rest in a spill file, and the job summary keeps
/// one short row per document.
final class GitHubReporter: Reporter {
    static let annotationsPerKind = 10

    /// An annotation waiting for a slot: `rank` 0 for a failed gate or an unread input, 1
    /// for a finding of a failing document, 2 for one of a passing document; then arrival.
    private struct Candidate {
        let rank: Int
        let index: Int
        let command: String
        let plain: String
        func precedes(_ other: Candidate) -> Bool { (rank, index) < (other.rank, other.index) }
    }

    private let output: ReportOutput
    private let base: String?
    private let summaryPath: String?
    private var annotations: [Severity: [Candidate]] = [:]
    private var arrivals = 0
    private let spill = SpillFile()
    private var overflow = SpillFile.Stretches()
    /// A hash of the plain lines, for the stop-commands token: the same run gives the same
    /// log, and no line can contain the hash of all of them.
    private var overflowHash = FingerprintHasher()
    /// The job summary's rows, worst first once sorted; trimmed to what the table can show
    /// whenever they hold twice that, so a batch of any size keeps a few megabytes.
    private var documents: [(passed: Bool, score: Double, index: Int, row: String)] = []
    private var rowBytes = 0
    private var documentsSeen = 0
    /// Rows trimmed away: documents the summary will not list.
    private var omittedRows = 0
    static let summaryTableBytes = 900_000
    /// The rows held for the summary, and their size.
    var summaryRowsHeld: (rows: Int, bytes: Int) { (documents.count, rowBytes) }

    init(_ context: ReporterContext) {
        output = context.output
        base = context.baseDirectory
        summaryPath = context.environment["GITHUB_STEP_SUMMARY"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Offers an annotation its kind's slots: it takes one if a slot is free or it outranks
    /// the worst holder, which then becomes a plain line (as does an annotation that loses).
    private func add(_ severity: Severity, rank: Int, command: String, plain: String) {
        let candidate = Candidate(rank: rank, index: arrivals, command: command, plain: plain)
        arrivals += 1
        var held = annotations[severity, default: []]
        defer { annotations[severity] = held }
        if held.count < Self.annotationsPerKind {
            held.append(candidate)
            return
        }
        let worst = held.indices.max { held[$0].precedes(held[$1]) }!
        if candidate.precedes(held[worst]) {
            spillPlain(held[worst].plain)
            held[worst] = candidate
        } else {
            spillPlain(candidate.plain)
        }
    }

    private func spillPlain(_ plain: String) {
        let line = LineSafeText.of(plain) + "\n"
        for unit in line.utf16 { overflowHash.add(unit) }
        overflow.add(spill.append(line))
    }

    // Long: the three kinds of annotation a document can give (input error, failed gate,
    // findings), each with its place and rank.
    func report(_ document: DocumentReport) {
        let file = ReportPaths.artifact(document, base: base)
        if summaryPath != nil { addSummaryRow(document) }
        let idPrefix = document.id.map { "[\($0)] " } ?? ""
        if let error = document.error {
            let errorLine = document.errorLine ?? document.recordLine
            add(.critical, rank: 0, command: "::error file=\(Self.property(file))\(errorLine.map { ",line=\($0)" } ?? ""),title=\(Self.property("translint: input not checked"))::\(Self.data(idPrefix + error))",
                plain: "\(file)\(errorLine.map { ":\($0)" } ?? ""): error: \(idPrefix)\(error)")
            return
        }
        if !document.passed {
            let line = document.recordLine ?? document.findings.first?.start.line ?? 1
            let count = document.findings.count
            let message = "\(idPrefix)gate failed: \(document.gateReasons.joined(separator: "; ")) (\(count) finding\(count == 1 ? "" : "s"))"
            add(.critical, rank: 0, command: "::error file=\(Self.property(file)),line=\(line),title=\(Self.property("translint: gate failed"))::\(Self.data(message))",
                plain: "\(file):\(line): error: \(message)")
        }
        for finding in document.findings {
            let kind: String
            switch finding.severity {
            case .critical: kind = "error"
            case .major: kind = "warning"
            case .minor: kind = "notice"
            }
            var location = "file=\(Self.property(file))"
            if let recordLine = document.recordLine {
                location += ",line=\(recordLine)"
            } else if finding.end.line == finding.start.line {
                location += ",line=\(finding.start.line),endLine=\(finding.end.line),col=\(finding.start.column),endColumn=\(finding.end.column)"
            } else {
                // GitHub ignores columns on an annotation that spans lines.
                location += ",line=\(finding.start.line),endLine=\(finding.end.line)"
            }
            let title = "translint \(finding.rule) (\(finding.severity.rawValue))"
            add(finding.severity, rank: document.passed ? 2 : 1,
                command: "::\(kind) \(location),title=\(Self.property(title))::\(Self.data(idPrefix + finding.messageWithSource))",
                plain: "\(file):\(document.recordLine ?? finding.start.line):\(finding.start.column): \(finding.severity.rawValue) \(finding.rule) \(idPrefix)\(finding.messageWithSource)")
        }
    }

    func finish(_ summary: RunSummary) {
        let severities: [Severity] = [.critical, .major, .minor]
        for severity in severities {
            for candidate in (annotations[severity] ?? []).sorted(by: { $0.index < $1.index }) { output.write(candidate.command + "\n") }
        }
        let more = overflow.pieces
        if more > 0 {
            output.write("::notice title=translint::\(Self.data("\(more) more findings are not annotated (GitHub shows 10 of each kind per step; failing documents come first); they follow in the log."))\n")
            // The plain lines carry file names and article text: with commands stopped, a line
            // that looks like `::add-mask::…` is printed, not obeyed; each entry stays one line.
            let token = "translint-" + overflowHash.hex
            output.write("::stop-commands::\(token)\n")
            spill.copy(overflow, to: output)
            output.write("::\(token)::\n")
        }
        let verdict = summary.failed == 0 ? "all \(summary.documents) passed" : "\(summary.failed) of \(summary.documents) failed"
        output.write("translint: \(summary.findings) findings; \(verdict)\n")
        output.flush()
        if let summaryPath { appendStepSummary(summary, to: summaryPath) }
    }

    private func addSummaryRow(_ document: DocumentReport) {
        let row = summaryRow(document)
        documents.append((document.error == nil && document.passed, document.score, documentsSeen, row))
        documentsSeen += 1
        rowBytes += row.utf8.count + 1
        guard rowBytes > 2 * Self.summaryTableBytes else { return }
        // Keep the rows the table would list, worst first (a row too long to fit is skipped,
        // as the table skips it); the rest can never be listed.
        sortRows()
        var size = 0
        var kept: [(passed: Bool, score: Double, index: Int, row: String)] = []
        for document in documents where size + document.row.utf8.count + 1 <= Self.summaryTableBytes {
            size += document.row.utf8.count + 1
            kept.append(document)
        }
        omittedRows += documents.count - kept.count
        documents = kept
        rowBytes = size
    }

    /// Failing documents first, lowest score first, then in the order they came.
    private func sortRows() {
        documents.sort { ($0.passed ? 1 : 0, $0.score, $0.index) < ($1.passed ? 1 : 0, $1.score, $1.index) }
    }

    /// The job summary: a table of documents, worst first, within GitHub's 1 MiB per step.
    private func appendStepSummary(_ summary: RunSummary, to path: String) {
        var lines = ["## translint", "", "| document | language | words | findings | score | verdict |", "|---|---|---:|---:|---:|---|"]
        sortRows()
        var size = lines.joined(separator: "\n").utf8.count
        var omitted = omittedRows
        for document in documents {
            let row = document.row
            if size + row.utf8.count > Self.summaryTableBytes {
                omitted += 1
                continue
            }
            size += row.utf8.count + 1
            lines.append(row)
        }
        if omitted > 0 { lines += ["", "\(omitted) more documents are not listed (the summary has a size limit)."] }
        lines += ["", "\(summary.documents) documents, \(summary.passed) passed, \(summary.failed) failed, \(summary.findings) findings, mean score \(summary.meanScore.map(Gate.format) ?? "–").", ""]
        let text = lines.joined(separator: "\n") + "\n"
        if let handle = FileHandle(forWritingAtPath: path) {
            handle.seekToEndOfFile()
            handle.write(Data(text.utf8))
            handle.closeFile()
        } else {
            _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        }
    }

    /// A document's row in the job summary's table.
    private func summaryRow(_ document: DocumentReport) -> String {
        let name = LineSafeText.of(document.id ?? ReportPaths.artifact(document, base: base)).replacingOccurrences(of: "|", with: "\\|")
        let verdict = document.error != nil ? "not checked" : (document.passed ? "pass" : "**fail**")
        let language = LineSafeText.of(document.language).replacingOccurrences(of: "|", with: "\\|")
        return "| \(name) | \(language) | \(document.words) | \(document.findings.count) | \(Gate.format(document.score)) | \(verdict) |"
    }

    /// Escapes a command's message: %, CR and LF as GitHub decodes them; other control
    /// characters (a terminal escape in a file name) are shown, not passed to the log.
    static func data(_ text: String) -> String {
        LineSafeText.of(text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A"))
    }

    /// Escapes a command property: as data, plus : and ,.
    static func property(_ text: String) -> String {
        data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}

import Foundation
