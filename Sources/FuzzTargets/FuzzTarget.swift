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
    /// Each document format's reader: the prose view it builds must stay inside its text and
    /// map back inside the file.
    case markdown, html, xliff, po
    /// A JSONL record with a source: the aligner and the source-aware rules.
    case align
    /// The whole check of a plain-text document.
    case text
    /// The whole check of a document in any format (its first byte chooses: text, Markdown,
    /// HTML, XLIFF, PO), rendered in every report format.
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
        case .markdown, .html, .xliff, .po:
            Self.read(bytes, as: InputFormat(rawValue: rawValue) ?? .text)
        case .align:
            check(DocumentSource(index: 0, path: "fuzz.jsonl", recordLine: 1, payload: .record(bytes)))
        case .text:
            check(DocumentSource(index: 0, path: "fuzz.txt", recordLine: nil, payload: .bytes(bytes), format: .text))
        case .report:
            guard let first = bytes.first else { return }
            let formats: [InputFormat] = [.text, .markdown, .html, .xliff, .po]
            let report = check(DocumentSource(index: 0, path: "fuzz", recordLine: nil, payload: .bytes(Array(bytes.dropFirst())),
                                              format: formats[Int(first) % formats.count]))
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

    /// Reads `bytes` in `format` and holds the prose view to its text: blocks and opaque
    /// stretches inside the prose, and prose offsets and blocks mapped back inside the file.
    private static func read(_ bytes: [UInt8], as format: InputFormat) {
        guard let units = try? TextDecoding.decode(bytes), let view = try? DocumentReader.prose(of: units, format: format, fileName: "fuzz") else { return }
        let length = view.text.count
        for block in view.blocks {
            require(block.range.start >= 0 && block.range.start <= block.range.end && block.range.end <= length, "block \(block.range) outside \(length) units")
        }
        for range in view.opaque {
            require(range.start >= 0 && range.start <= range.end && range.end <= length, "opaque stretch \(range) outside \(length) units")
        }
        // Pieces need not map back in order (an HTML page's description comes from its head);
        // each must land inside the file.
        for offset in stride(from: 0, through: length, by: max(1, length / 64)) {
            let start = view.map.originalStart(offset)
            require(start >= 0 && start <= units.count, "prose offset \(offset) maps to \(start), outside \(units.count) units")
        }
        for block in view.blocks {
            let original = view.map.original(block.range)
            require(original.start >= 0 && original.start <= original.end && original.end <= units.count, "block \(block.range) maps to \(original), outside the file")
        }
        for comment in view.suppressions {
            require(comment.range.start >= 0 && comment.range.end <= units.count, "directive \(comment.range) outside the file")
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
