import TextCore

/// A document with everything detectors share: its segmentation, its language's CLDR profile
/// and rule-book resources, and derived tables computed once on first use (case-folded word
/// hashes, stretches that are URLs or code).
public final class AnalyzedDocument {
    public let document: Document
    public let segmentation: Segmentation
    public let profile: LanguageProfile
    public let resources: LanguageResources
    fileprivate var sharedAnalyses: [ObjectIdentifier: AnyObject] = [:]

    public init(document: Document, segmentation: Segmentation, profile: LanguageProfile, resources: LanguageResources) {
        self.document = document
        self.segmentation = segmentation
        self.profile = profile
        self.resources = resources
    }

    /// The NFC text the detectors read.
    public var text: [UInt16] { document.text }
    public var words: WordTable { segmentation.words }
    public var language: LanguageTag { document.language }

    /// Runs `body` with the NFC text as a buffer (the detectors' hot loops index it directly).
    @inline(__always)
    public func withText<Result>(_ body: (UnsafeBufferPointer<UInt16>) throws -> Result) rethrows -> Result {
        try document.text.withUnsafeBufferPointer(body)
    }

    /// Case-folded hash of every word, for the duplication detectors.
    public private(set) lazy var foldedWordHashes: [UInt64] = withText { text in
        let words = segmentation.words
        var hashes = [UInt64](repeating: 0, count: words.count)
        for index in 0..<words.count {
            hashes[index] = CaseFolding.hash(text, words.range(index))
        }
        return hashes
    }

    /// Stretches that are not prose (URLs, e-mail addresses, `code`): quote, spacing and
    /// punctuation detectors skip them.
    public private(set) lazy var protectedZones: ProtectedZones = withText { ProtectedZones(in: $0) }

    /// The text of a range, as a string.
    public func string(_ range: TextRange) -> String { document.string(range) }
}

extension AnalyzedDocument {
    /// Returns the analysis of type `T` shared by several rules (the quote grammar, say),
    /// computing it on first use. One document is checked by one thread, so no lock is needed.
    public func shared<T: AnyObject>(_ type: T.Type, _ compute: (AnalyzedDocument) -> T) -> T {
        let key = ObjectIdentifier(type)
        if let existing = sharedAnalyses[key] as? T { return existing }
        let value = compute(self)
        sharedAnalyses[key] = value
        return value
    }
}
