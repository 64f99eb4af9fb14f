/// The text a document translates, when the check has it: a JSONL record's `"source"`, a file
/// named by `--source` or found under `--source-root`. (XLIFF and PO files carry their sources
/// in their units; the checker pairs those itself.)
///
/// A class, so that a `Document` holding one stays a small value.
public final class PairedSource: Sendable {
    /// The source as a document of its own, in its own language.
    public let document: Document
    /// Where it came from, for reports: a path, or nil for a record's `"source"`.
    public let path: String?

    public init(document: Document, path: String?) {
        self.document = document
        self.path = path
    }
}
