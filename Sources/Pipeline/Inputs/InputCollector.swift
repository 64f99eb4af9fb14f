import Foundation
import Formats
import TextCore

/// Turns the paths given on the command line into a lazy stream of documents: files are one
/// document each, folders are walked (include and exclude patterns), `.jsonl` files and JSONL
/// on standard input are read one record per line, and `-` is standard input. Nothing is read
/// ahead: memory stays bounded by the documents in flight.
public struct InputCollector: IteratorProtocol {
    public struct Options: Sendable {
        public var include: [Glob]
        public var exclude: [Glob]
        /// How to read standard input: as JSONL records, as one text, or decided by its first
        /// character (`{` means JSONL).
        public var standardInput: StandardInputKind
        /// The format of every input, whatever its extension (`--input-format`).
        public var format: InputFormat?
        /// Whether a walk checks files that symbolic links inside a folder lead to outside it.
        public var followsLinks = false
        /// Files a walk passes over: the report being written into a checked folder.
        public var skipped: Set<FileIdentity> = []
        /// The largest document (file, record or standard input) read, in bytes; larger ones
        /// are input errors, measured before or while reading, never loaded whole.
        public var maximumDocumentBytes = TextDecoding.maximumBytes

        public init(include: [Glob] = Options.defaultInclude, exclude: [Glob] = [], standardInput: StandardInputKind = .automatic, format: InputFormat? = nil,
                    followsLinks: Bool = false, skipped: Set<FileIdentity> = []) {
            self.include = include
            self.exclude = exclude
            self.standardInput = standardInput
            self.format = format
            self.followsLinks = followsLinks
            self.skipped = skipped
        }

        /// Every extension a format reader knows.
        public static let defaultInclude = InputFormat.defaultFilePatterns.map { Glob($0) }
    }

    /// How much of the input has been handed out, for a progress display. Read on the thread
    /// that pulls documents from the collector.
    public final class Progress {
        /// Bytes of input read so far (files are counted when handed out).
        public internal(set) var bytes = 0
        /// Documents handed out so far.
        public internal(set) var documents = 0
        public init() {}
    }

    /// What can be known in advance about the inputs: the number of documents when every
    /// input is a plain file, the number of bytes when every input is a file or a JSONL file.
    public static func expectedTotals(paths: [String]) -> (documents: Int?, bytes: Int?) {
        var bytes = 0
        var allFiles = true
        var anyStream = false
        for path in paths {
            var isDirectory: ObjCBool = false
            guard path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else { return (nil, nil) }
            if path.hasSuffix(".jsonl") { anyStream = true }
            let size = BoundedFileReader.regularFileSize(path)
            guard let size else {
                allFiles = false
                continue
            }
            bytes += size
        }
        return (allFiles && !anyStream ? paths.count : nil, allFiles ? bytes : nil)
    }

    public enum StandardInputKind: String, Sendable, CaseIterable {
        case automatic = "auto"
        case jsonl
        case text
    }

    private var pending: [String]
    private let options: Options
    public let progress = Progress()
    private var nextIndex = 0
    private var walker: (walker: DirectoryWalker, root: String, found: Int)?
    private var stream: (reader: LineReader, path: String?)?

    public init(paths: [String], options: Options) {
        pending = paths.reversed()
        self.options = options
    }

    public mutating func next() -> DocumentSource? {
        while true {
            if stream != nil {
                if let source = nextRecord() { return source }
                stream = nil
            }
            if var current = walker {
                if let entry = current.walker.next() {
                    current.found += 1
                    walker = current
                    guard case .file(let path) = entry else {
                        if case .problem(let path, let message) = entry { return make(path: path, recordLine: nil, .failure(message)) }
                        continue
                    }
                    if path.hasSuffix(".jsonl") {
                        if let failure = openStream(path) { return failure }
                        continue
                    }
                    return make(path: path, recordLine: nil, .file(path))
                }
                walker = nil
                if current.found == 0 {
                    let patterns = options.include.map(\.pattern).joined(separator: ", ")
                    return make(path: current.root, recordLine: nil, .failure("no readable files matching \(patterns) in this folder"))
                }
            }
            guard let spec = pending.popLast() else { return nil }
            if spec == "-" {
                if let source = openStandardInput() { return source }
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: spec, isDirectory: &isDirectory) else {
                return make(path: spec, recordLine: nil, .failure("no such file or folder"))
            }
            if isDirectory.boolValue {
                walker = (DirectoryWalker(root: spec, include: options.include, exclude: options.exclude,
                                          followsLinks: options.followsLinks, skipped: options.skipped), spec, 0)
                continue
            }
            if spec.hasSuffix(".jsonl") {
                if let failure = openStream(spec) { return failure }
                continue
            }
            return make(path: spec, recordLine: nil, .file(spec))
        }
    }

    private mutating func make(path: String?, recordLine: Int?, _ payload: DocumentSource.Payload) -> DocumentSource {
        var payload = payload
        var sizeHint = 0
        defer { nextIndex += 1 }
        progress.documents += 1
        switch payload {
        case .file(let file):
            // Through symbolic links: a link's own size is the length of its target's name.
            let size = BoundedFileReader.regularFileSize(file) ?? 0
            sizeHint = size
            progress.bytes += size
            // Measured before reading: a file over the limit is never loaded.
            if size > options.maximumDocumentBytes {
                payload = .failure("the file is \(size) bytes, over the limit of \(options.maximumDocumentBytes) bytes for one document")
            }
        case .record(let bytes):
            progress.bytes += bytes.count + 1
        case .bytes(let bytes):
            progress.bytes += bytes.count
        case .failure:
            break
        }
        let format: InputFormat?
        switch payload {
        case .file(let file): format = options.format ?? InputFormat(fileName: file) ?? .text
        case .bytes: format = options.format ?? .text
        case .record, .failure: format = options.format
        }
        return DocumentSource(index: nextIndex, path: path, recordLine: recordLine, payload: payload, format: format, sizeHint: sizeHint)
    }

    private mutating func openStream(_ path: String) -> DocumentSource? {
        switch LineReader.open(path: path) {
        case .success(let reader):
            stream = (reader, path)
            return nil
        case .failure(let error):
            return make(path: path, recordLine: nil, .failure("cannot open: \(error)"))
        }
    }

    private mutating func openStandardInput() -> DocumentSource? {
        let reader = LineReader(descriptor: 0, ownsDescriptor: false)
        let isJSONL: Bool
        switch options.standardInput {
        case .jsonl: isJSONL = true
        case .text: isJSONL = false
        case .automatic: isJSONL = reader.peekFirstNonBlank() == UInt8(ascii: "{")
        }
        if isJSONL {
            stream = (reader, nil)
            return nil
        }
        guard let bytes = reader.readAll(limit: options.maximumDocumentBytes) else {
            return make(path: "-", recordLine: nil, .failure("standard input is over the limit of \(options.maximumDocumentBytes) bytes for one document"))
        }
        return make(path: "-", recordLine: nil, .bytes(bytes))
    }

    private mutating func nextRecord() -> DocumentSource? {
        guard let (reader, path) = stream, let line = reader.nextLine(limit: options.maximumDocumentBytes) else { return nil }
        switch line {
        case .text(let bytes):
            return make(path: path, recordLine: reader.lineNumber, .record(bytes))
        case .tooLong(let bytes):
            return make(path: path, recordLine: reader.lineNumber,
                        .failure("the record is \(bytes) bytes, over the limit of \(options.maximumDocumentBytes) bytes for one document; skipped"))
        }
    }
}
