#if canImport(Glibc)
import Glibc
#endif
import Formats
import Reporting
import RuleEngine
import TextCore

/// Plain text too large to analyse at once, checked window by window: each window is decoded,
/// checked and reported on in turn, with the `translint-disable` stretches it leaves open
/// carried into the next, so memory follows the window, not the document. Rules that compare
/// distant parts of a text (a repeated passage, the document's dominant quotation marks) see
/// one window at a time; a window is 4 MB, far beyond any article.
extension DocumentProcessor {
    /// Whether a document of `size` bytes or units in `format` is checked window by window:
    /// plain text larger than a window and not paired with a source (alignment needs the
    /// whole text).
    func isWindowed(_ format: InputFormat?, path: String?, size: Int) -> Bool {
        guard (format ?? .text) == .text, size > windowBytes else { return false }
        return path.map { pairing.sourcePath(forTarget: $0) == nil } ?? true
    }

    func checkFileInWindows(_ path: String, _ source: DocumentSource) -> DocumentReport {
        let descriptor: Int32
        switch BoundedFileReader.open(path) {
        case .success(let opened): descriptor = opened.descriptor
        case .failure(let error):
            return failed(source, id: nil, language: resolver.resolve(path: path, recordLanguage: nil), "cannot read the file: \(error)")
        }
        defer { close(descriptor) }
        var head: [UInt8] = [0, 0]
        if pread(descriptor, &head, 2, 0) == 2, ByteWindows.startsWithUTF16Mark(head) {
            // UTF-16 is read whole.
            switch BoundedFileReader.read(path) {
            case .success(let bytes): return checkBytes(bytes, source)
            case .failure(let error):
                return failed(source, id: nil, language: resolver.resolve(path: path, recordLanguage: nil), "cannot read the file: \(error)")
            }
        }
        var windows = ByteWindows(descriptor: descriptor, size: windowBytes, limit: TextDecoding.maximumBytes)
        return checkInWindows(&windows, source)
    }

    /// Checks bytes window by window, decoding each window as it comes: a file's (or standard
    /// input's), which may start with a byte-order mark, or a JSONL record's long text
    /// (`id` given), which is text from its first byte.
    func checkInWindows(_ windows: inout ByteWindows, _ source: DocumentSource, id: String? = nil,
                        language: (language: LanguageTag, source: LanguageResolver.Source)? = nil) -> DocumentReport {
        let language = language ?? resolver.resolve(path: source.path, recordLanguage: nil)
        let isRecord = id != nil || source.recordLine != nil
        return checkInWindows(source, id: id, language: language) { () -> Result<[UInt16], ReadError>? in
            let (startByte, lines, column) = (windows.nextByte, windows.nextLineBreaks, windows.nextColumn)
            guard let next = windows.next() else { return nil }
            do {
                return .success(try TextDecoding.decode(try next.get(), startsFile: startByte == 0 && !isRecord))
            } catch let error as TextDecodingError {
                let placed = error.placed(atByte: startByte, lines: lines, column: column)
                return .failure(ReadError(reason: placed.description, line: placed.line))
            } catch {
                return .failure(ReadError(reason: "cannot read the file: \(error)"))
            }
        }
    }

    /// Checks the windows `next` gives (their text, or why there is none) one by one.
    private func checkInWindows(_ source: DocumentSource, id: String?, language: (language: LanguageTag, source: LanguageResolver.Source),
                                next: () -> Result<[UInt16], ReadError>?) -> DocumentReport {
        var builder = WindowedReportBuilder(limits: checker.book.limits, columns: columns)
        var openDisables = OpenDirectives()
        var removedByBaseline = 0
        // The baseline's fingerprints are used up across the windows, as in one document.
        var recorded = baseline.map { $0.recorded(for: $0.key(id: id, path: source.path)) } ?? [:]
        var firstWindow: [UInt16]?
        while builder.error == nil, let window = next() {
            let units: [UInt16]
            switch window {
            case .success(let text): units = text
            case .failure(let error): return failed(source, id: id, language: language, error.reason, line: error.line)
            }
            let document = Document(name: id ?? source.path ?? "-", original: units, language: language.language)
            var result = checker.check(document, continuing: &openDisables)
            if !recorded.isEmpty {
                let removed: Int
                (result, removed) = Baseline.filter(result, document: document, remaining: &recorded)
                removedByBaseline += removed
            }
            builder.add(result, of: document)
            if keepsText, firstWindow == nil { firstWindow = units }
        }
        // A file emptied between its measuring and its reading has no window.
        if builder.windows == 0 { return failed(source, id: id, language: language, TextDecodingError.empty.description) }
        var report = builder.report(id: id, path: source.path, recordLine: source.recordLine, language: language.language.identifier,
                                    languageSource: language.source.rawValue, thresholds: thresholds)
        report.suppressedByBaseline = removedByBaseline
        if let firstWindow, report.error == nil {
            report.keepText(firstWindow, source: nil)
            report.textIsPartial = true
        }
        lastWindowCount = builder.windows
        return report
    }
}
