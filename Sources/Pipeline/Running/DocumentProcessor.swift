import Foundation
import Formats
import Reporting
import RuleEngine
import TextCore

/// Turns one document source into its report: reads and decodes it, decides its language,
/// checks it and scores it. One processor belongs to one worker thread (its checker owns
/// ICU handles). Every failure becomes a report with an `error`; nothing is thrown.
public final class DocumentProcessor {
    let checker: Checker
    let resolver: LanguageResolver
    let thresholds: GateThresholds
    let baseline: Baseline?
    let pairing: SourcePairing
    private let sourceScope: FileScope?
    /// Decides the source's language: `--source-lang`, the record's `source_lang`, the source
    /// file's path or declaration.
    private let sourceResolver: LanguageResolver
    private let showsAlignment: Bool
    /// Plain text longer than this many bytes is checked window by window (`ByteWindows`).
    let windowBytes: Int
    /// The windows the last document checked window by window took (for tests).
    var lastWindowCount = 0
    /// The default window: large enough that no article is ever cut (a long article is 50 KB),
    /// small enough that a window's analyses stay well under 100 MB.
    public static let defaultWindowBytes = 4 << 20

    /// Whether reports keep the document's text (and its source's), for formats that show
    /// the article.
    let keepsText: Bool
    /// What the reports' columns count.
    let columns: ColumnUnit
    /// When set, the seconds spent in each stage of a record's check are added up here
    /// (`translint-bench --phase real-costs`): parsing the record, checking, building the report.
    public var stageSeconds: [String: Double]?

    public init(book: RuleBook, thresholds: GateThresholds, resolver: LanguageResolver, baseline: Baseline? = nil, sources: SourceOptions = SourceOptions(),
                windowBytes: Int = DocumentProcessor.defaultWindowBytes, keepsText: Bool = false, columns: ColumnUnit = .utf16) throws {
        self.windowBytes = windowBytes
        self.columns = columns
        self.keepsText = keepsText
        checker = try Checker(book: book)
        self.resolver = resolver
        self.thresholds = thresholds
        self.baseline = baseline
        pairing = sources.pairing
        sourceScope = sources.scope
        sourceResolver = LanguageResolver(forced: sources.language, pathRules: resolver.pathRules)
        showsAlignment = sources.showsAlignment
    }

    /// Checks `source`. It is consumed: a JSONL record's bytes are released as soon as they
    /// are parsed, so a 100 MB record is not held twice while it is checked.
    public func process(_ source: consuming DocumentSource) -> DocumentReport {
        let start = ContinuousClock.now
        var report = check(consume source)
        report.seconds = start.duration(to: .now).seconds
        return report
    }

    private func check(_ source: consuming DocumentSource) -> DocumentReport {
        let place = source.withoutPayload
        let payload = (consume source).payload
        switch consume payload {
        case .failure(let message):
            return failed(place, id: nil, language: resolver.resolve(path: place.path, recordLanguage: nil), message)
        case .file(let path):
            if isWindowed(place.format, path: path, size: BoundedFileReader.regularFileSize(path) ?? 0) { return checkFileInWindows(path, place) }
            switch BoundedFileReader.read(path) {
            case .success(let bytes):
                return checkBytes(bytes, place, sourcePath: pairing.sourcePath(forTarget: path))
            case .failure(let error):
                return failed(place, id: nil, language: resolver.resolve(path: path, recordLanguage: nil), "cannot read the file: \(error)")
            }
        case .bytes(let bytes):
            return checkBytes(bytes, place)
        case .record(let line):
            return checkRecord(line, place)
        }
    }

    func checkBytes(_ bytes: [UInt8], _ source: DocumentSource, sourcePath: String? = nil) -> DocumentReport {
        if sourcePath == nil, isWindowed(source.format, path: nil, size: bytes.count), !ByteWindows.startsWithUTF16Mark(bytes) {
            var windows = ByteWindows(bytes: bytes, size: windowBytes)
            return checkInWindows(&windows, source)
        }
        let units: [UInt16]
        do {
            units = try TextDecoding.decode(bytes)
        } catch {
            return failed(source, id: nil, language: resolver.resolve(path: source.path, recordLanguage: nil), error.description, line: error.line)
        }
        var paired: PairedText?
        if let sourcePath {
            if let sourceScope, !sourceScope.permits(sourcePath) {
                return check(units, format: source.format ?? .text, source: source, id: nil, recordLanguage: nil, name: source.path ?? "-",
                             paired: PairedText(units: nil, language: nil, path: sourcePath, error: "the source \(sourcePath) is \(FileScope.explanation)"))
            }
            guard case .success(let data) = BoundedFileReader.read(sourcePath) else {
                return check(units, format: source.format ?? .text, source: source, id: nil, recordLanguage: nil, name: source.path ?? "-",
                             paired: PairedText(units: nil, language: nil, path: sourcePath, error: "cannot read the source file \(sourcePath)"))
            }
            do {
                paired = PairedText(units: try TextDecoding.decode(data), language: nil, path: sourcePath, error: nil)
            } catch {
                paired = PairedText(units: nil, language: nil, path: sourcePath, error: "the source file \(sourcePath): \(error.description)")
            }
        }
        return check(units, format: source.format ?? .text, source: source, id: nil, recordLanguage: nil, name: source.path ?? "-", paired: paired)
    }

    /// A source to pair with a document: its text, or why it could not be read.
    private struct PairedText {
        var units: [UInt16]?
        var language: String?
        var path: String?
        var error: String?
    }

    /// The source as a document of its own, read in the target's format (a Markdown
    /// translation has a Markdown source), or why it cannot be.
    private func sourceDocument(_ paired: PairedText, format: InputFormat) -> (PairedSource?, String?) {
        guard let units = paired.units else { return (nil, paired.error) }
        let prose: ProseView?
        do {
            prose = try DocumentReader.prose(of: units, format: format, fileName: paired.path)
        } catch {
            return (nil, "the source \(paired.path ?? "text") does not read as \(format.rawValue): \(error.description)")
        }
        let language = sourceResolver.resolve(path: paired.path, recordLanguage: paired.language, declared: prose?.declaredLanguage).language
        let name = paired.path ?? "source"
        let document = prose.map { Document(name: name, original: units, prose: $0, language: language) } ?? Document(name: name, original: units, language: language)
        return (PairedSource(document: document, path: paired.path), nil)
    }

    /// Checks a text already in memory — what a server request carries — as a record with
    /// `language` would be checked, without writing and parsing the record.
    public func process(units: [UInt16], language: String?, format: InputFormat = .text) -> DocumentReport {
        // Only the place (no path, no record line) and the format matter to the check.
        let place = DocumentSource(index: 0, path: nil, recordLine: nil, payload: .bytes([]), format: format)
        guard !units.isEmpty else {
            return failed(place, id: nil, language: resolver.resolve(path: nil, recordLanguage: language), "the text is empty")
        }
        return check(units, format: format, source: place, id: nil, recordLanguage: language, name: "-")
    }

    /// Reads `units` in `format`, decides the language (the document may declare its own) and
    /// checks it; a malformed structured file is an error report naming line and column.
    private func check(_ units: [UInt16], format: InputFormat, source: DocumentSource, id: String?, recordLanguage: String?, name: String,
                       paired: PairedText? = nil) -> DocumentReport {
        let prose: ProseView?
        do {
            prose = try DocumentReader.prose(of: units, format: format, fileName: source.path)
        } catch {
            let line = error.line > 0 ? error.line : nil
            var report = failed(source, id: id, language: resolver.resolve(path: source.path, recordLanguage: recordLanguage), error.description, line: line)
            report.format = format.rawValue
            return report
        }
        let language = resolver.resolve(path: source.path, recordLanguage: recordLanguage, declared: prose?.declaredLanguage)
        var document = prose.map { Document(name: name, original: units, prose: $0, language: language.language) }
            ?? Document(name: name, original: units, language: language.language)
        var sourceError: String?
        if let paired {
            (document.source, sourceError) = sourceDocument(paired, format: format)
        }
        var report = report(document, source: source, id: id, languageSource: language.source)
        report.format = format.rawValue
        report.sourcePath = paired?.path
        report.sourceLanguage = document.source?.document.language.identifier
        // The target is still checked, monolingually; the missing source is an input error.
        if let sourceError, report.error == nil { report.sourceError = sourceError }
        return report
    }

    private func checkRecord(_ line: consuming [UInt8], _ source: DocumentSource) -> DocumentReport {
        let unknown = resolver.resolve(path: nil, recordLanguage: nil)
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
            return failed(source, id: nil, language: unknown, "empty line where a JSON document record was expected")
        }
        var record: DocumentRecord
        let parsing = ContinuousClock.now
        do {
            record = try JSONRecordParser.parse(line, largeText: windowBytes)
        } catch {
            return failed(source, id: error.id, language: unknown, "not a document record: \(error)")
        }
        addStage("read: parse records", since: parsing)
        _ = consume line
        if record.text.isEmpty, record.largeText == nil {
            return failed(source, id: record.id, language: resolver.resolve(path: source.path, recordLanguage: record.language), "the record's \"text\" is empty")
        }
        var format = source.format ?? .text
        if source.format == nil, let name = record.format {
            guard let named = InputFormat(name: name) else {
                return failed(source, id: record.id, language: resolver.resolve(path: source.path, recordLanguage: record.language),
                              "unknown \"format\" '\(name)' (text, markdown, html, xliff, po)")
            }
            format = named
        }
        if let large = record.largeText {
            // A text longer than a window, kept as UTF-8: checked window by window when it is
            // plain text on its own, else decoded whole as any other.
            if record.source == nil, isWindowed(format, path: nil, size: large.count) {
                var windows = ByteWindows(bytes: large, size: windowBytes)
                return checkInWindows(&windows, source, id: record.id, language: resolver.resolve(path: source.path, recordLanguage: record.language))
            }
            record.text = (try? TextDecoding.decode(large, startsFile: false)) ?? []
            record.largeText = nil
        }
        let name = record.id ?? "\(source.path ?? "-"):\(source.recordLine ?? 0)"
        let paired = record.source.map { PairedText(units: $0, language: record.sourceLanguage, path: nil, error: nil) }
        return check(record.text, format: format, source: source, id: record.id, recordLanguage: record.language, name: name, paired: paired)
    }

    private func addStage(_ name: String, since start: ContinuousClock.Instant) {
        guard stageSeconds != nil else { return }
        stageSeconds![name, default: 0] += start.duration(to: .now).seconds
    }

    private func report(_ document: Document, source: DocumentSource, id: String?, languageSource: LanguageResolver.Source) -> DocumentReport {
        let checking = ContinuousClock.now
        var result = checker.check(document)
        addStage("check", since: checking)
        if let error = result.error {
            var report = DocumentReport.failed(id: id, path: source.path, recordLine: source.recordLine, language: document.language.identifier,
                                               languageSource: languageSource.rawValue, error: error.description)
            if case .unknownDirectiveSelector(_, let line, _, _) = error, source.recordLine == nil { report.errorLine = line }
            return report
        }
        var removed = 0
        if let baseline {
            (result, removed) = baseline.filter(result, document: document, key: baseline.key(id: id, path: source.path))
        }
        let building = ContinuousClock.now
        var report = DocumentReport.checked(document, result: result, id: id, path: source.path, recordLine: source.recordLine,
                                            languageSource: languageSource.rawValue, thresholds: thresholds, columns: columns)
        addStage("report: build", since: building)
        if showsAlignment { report.alignment = result.alignment }
        if keepsText { report.keepText(document.original, source: document.source?.document.original) }
        report.suppressedByBaseline = removed
        return report
    }

    /// A report for a document that could not be checked; `line` is the line of the file the
    /// problem is on, when known (a record's problems are on the record's line).
    func failed(_ source: DocumentSource, id: String?, language: (language: LanguageTag, source: LanguageResolver.Source), _ message: String,
                line: Int? = nil) -> DocumentReport {
        var report = DocumentReport.failed(id: id, path: source.path, recordLine: source.recordLine, language: language.language.identifier,
                                           languageSource: language.source.rawValue, error: message)
        if source.recordLine == nil { report.errorLine = line }
        return report
    }
}
