import TextCore

/// One link of a document's alignment with its source, as reports show it (`--show-alignment`)
/// and as the run compares translations across documents: the source and target spans (in
/// offsets of each as read; nil for the empty side of a 1:0 or 0:1 link) and its shape.
public struct AlignedPair: Sendable, Equatable {
    public var source: TextRange?
    public var target: TextRange?
    /// "1:1", "2:1", "1:0"…
    public var shape: String
    /// Case-folded hashes of the letters of each side of a 1:1 link long enough to compare
    /// across documents (0 otherwise): the run's consistency check reads them.
    public var sourceKey: UInt64 = 0
    public var targetKey: UInt64 = 0
    /// The two sentences' texts (shortened), for keyed links: what the run summary shows.
    public var sourceText: ShortText?
    public var targetText: ShortText?

    public init(source: TextRange?, target: TextRange?, shape: String) {
        self.source = source
        self.target = target
        self.shape = shape
    }
}
