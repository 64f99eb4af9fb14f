import Foundation
import Formats
import Pipeline
import Reporting
import RuleEngine
import TextCore

/// What the fuzzer feeds: each reader of untrusted input, and the whole check of one document
/// in every report format. A target returns normally for any input, rejected or not; a broken
/// invariant (a finding outside its text, a report that does not parse) stops the process, so
/// the fuzzer keeps the input as a crash.
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// UTF-8 and UTF-16 decoding of a file's bytes.
    case decode
    /// One JSONL line as a document record.
    case jsonl
    /// A rule file's YAML, decoded and compiled (patterns, word lists, examples).
    case rules
    /// A `.translint.yml` configuration.
    case config
    /// A pattern (the first line) and a text (the rest): the pre-search must never rule out
    /// a place where ICU finds a match.
    case presearch
    /// Each document format's reader and the check of what it reads.
    case text, markdown, html, xliff, po
    /// A JSONL record with a source: the aligner and the source-aware rules.
    case align
    /// The check of a plain-text document rendered in every report format.
    case report

    /// Runs the target on one input.
    public func run(_ data: UnsafeRawBufferPointer) {
        let bytes = Array(data.bindMemory(to: UInt8.self))
        switch self {
        case .decode:
            if let units = try? TextDecoding.decode(bytes) {
                Self.require(!units.isEmpty, "decoded text is empty")
                _ = Normalization.nfc(units)
            }
        case .jsonl:
            _ = try? JSONRecordParser.parse(bytes)
        case .rules:
            _ = try? RuleSetLoader.compile(text: String(decoding: bytes, as: UTF8.self), path: "fuzz.yml")
        case .config:
            _ = try? ProjectConfiguration(path: "fuzz/.translint.yml", text: String(decoding: bytes, as: UTF8.self))
        case .presearch:
            Self.presearch(String(decoding: bytes, as: UTF8.self))
        case .text, .markdown, .html, .xliff, .po:
            let format = InputFormat(rawValue: rawValue) ?? .text
            check(DocumentSource(index: 0, path: "fuzz", recordLine: nil, payload: .bytes(bytes), format: format))
        case .align:
            check(DocumentSource(index: 0, path: "fuzz.jsonl", recordLine: 1, payload: .record(bytes)))
        case .report:
            let report = check(DocumentSource(index: 0, path: "fuzz.txt", recordLine: nil, payload: .bytes(bytes), format: .text))
            Self.renderEveryFormat(report)
        }
    }

    // MARK: Invariants

    nonisolated(unsafe) private static var processor: DocumentProcessor?

    /// Checks a document as the CLI does and holds every finding to its text.
    @discardableResult
    private func check(_ source: DocumentSource) -> DocumentReport {
        let processor = Self.sharedProcessor()
        let report = processor.process(source)
        for finding in report.findings {
            Self.require(finding.offset >= 0 && finding.length >= 0 && finding.offset + finding.length <= report.characters,
                         "finding \(finding.rule) at \(finding.offset)+\(finding.length) outside \(report.characters) characters")
            Self.require(finding.start.line >= 1 && finding.start.column >= 1, "finding \(finding.rule) has no position")
            if let span = finding.source {
                Self.require(span.offset >= 0 && span.length >= 0, "finding \(finding.rule) has a negative source span")
            }
        }
        return report
    }

    private static func sharedProcessor() -> DocumentProcessor {
        if let processor { return processor }
        let rules = ProcessInfo.processInfo.environment["TRANSLINT_RULES"] ?? FileManager.default.currentDirectoryPath + "/Rules"
        guard let book = try? RuleSetLoader(roots: [rules]).load(["default"]) else {
            fatalError("fuzzing needs the rule sets: run from the repository or set TRANSLINT_RULES")
        }
        let made = try! DocumentProcessor(book: book, thresholds: book.thresholds, resolver: LanguageResolver(forced: LanguageTag("en")))
        processor = made
        return made
    }

    /// Writes the report in every format; the JSON ones must parse.
    private static func renderEveryFormat(_ report: DocumentReport) {
        var summary = RunSummary()
        summary.add(report)
        for format in ReportFormat.all {
            let output = ReportOutput.memory()
            let reporter = format.reporter(ReporterContext(output: output))
            reporter.begin(ToolInfo(book: RuleBook.builtins()))
            reporter.report(report)
            reporter.finish(summary)
            let text = output.capturedText
            switch format.name {
            case "json", "sarif", "gitlab":
                require((try? JSONSerialization.jsonObject(with: Data(text.utf8))) != nil, "\(format.name) report does not parse")
            case "jsonl":
                for line in text.split(separator: "\n") {
                    require((try? JSONSerialization.jsonObject(with: Data(line.utf8))) != nil, "jsonl line does not parse")
                }
            default:
                break
            }
        }
    }

    private static func presearch(_ input: String) {
        guard let newline = input.firstIndex(of: "\n") else { return }
        let pattern = String(input[..<newline])
        let text = Array(input[input.index(after: newline)...].utf16)
        guard let expression = try? RegularExpression(pattern, timeLimit: 50),
              let mayMatch = PatternPreSearch.mayMatch(pattern: pattern, caseInsensitive: false, in: text) else { return }
        var matched = false
        try? expression.forEachMatch(in: text, range: TextRange(start: 0, end: text.count)) { _ in
            matched = true
            return false
        }
        require(!matched || mayMatch, "ICU matches /\(pattern)/ where the pre-search ruled it out")
    }

    private static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { fatalError("fuzz invariant: \(message())") }
    }
}
