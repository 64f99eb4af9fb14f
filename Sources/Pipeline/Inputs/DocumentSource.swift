import Formats

/// One document to check, before it is read or decoded: workers do that in parallel.
public struct DocumentSource: Sendable {
    /// Position in the run; reports come out in this order.
    public let index: Int
    /// The file, or the JSONL file a record comes from (nil for standard input).
    public let path: String?
    /// 1-based line of a JSONL record.
    public let recordLine: Int?
    public let payload: Payload
    /// The format to read it in, when known before reading (from `--input-format` or the
    /// file's extension); a JSONL record may name its own, else it is plain text.
    public let format: InputFormat?
    /// The size of a file to read, measured when it was found (0 when unknown): with
    /// `knownSize`, what the workers use to take the largest queued document first.
    public let sizeHint: Int

    public enum Payload: Sendable {
        /// A file to read whole.
        case file(String)
        /// A whole document already read (standard input).
        case bytes([UInt8])
        /// One JSONL line, to parse as a document record.
        case record([UInt8])
        /// An input that cannot be checked, with the reason.
        case failure(String)
    }

    public init(index: Int, path: String?, recordLine: Int?, payload: Payload, format: InputFormat? = nil, sizeHint: Int = 0) {
        self.index = index
        self.path = path
        self.recordLine = recordLine
        self.payload = payload
        self.format = format
        self.sizeHint = sizeHint
    }

    /// The same source without its bytes: where it is and how to read it, for its report.
    public var withoutPayload: DocumentSource {
        DocumentSource(index: index, path: path, recordLine: recordLine, payload: .failure(""), format: format, sizeHint: sizeHint)
    }

    /// Bytes this source will read, when known in advance (for progress).
    public var knownSize: Int {
        switch payload {
        case .bytes(let bytes), .record(let bytes): return bytes.count
        case .file, .failure: return 0
        }
    }

    /// How much work the source is, as far as is known before reading it: its bytes.
    public var expectedSize: Int { max(knownSize, sizeHint) }
}
