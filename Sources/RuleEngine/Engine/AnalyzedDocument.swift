import TextCore

/// A document with everything detectors share: its segmentation, its language's CLDR profile
/// and rule-book resources, and derived tables computed once on first use (case-folded word
/// hashes, stretches that are URLs or code).
public final class AnalyzedDocument {
    public let document: Document
    public let segmentation: Segmentation
    public let profile: LanguageProfile
    public let resources: LanguageResources
    /// Analyses several rules share, by type: one or two per document, so a list.
    fileprivate var sharedAnalyses: [(type: ObjectIdentifier, analysis: AnyObject)] = []

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
        CaseFolding.hashes(text, segmentation.words)
    }

    /// The segmentation's notable offsets (punctuation, line breaks, runs of spaces, special
    /// characters): detectors that look for punctuation walk this list, not the whole text.
    public var notableOffsets: [Int32] { segmentation.notableOffsets }

    /// Which of the Latin, Cyrillic and Greek scripts the text uses (seen with the notable
    /// offsets): a word cannot mix two alphabets the document does not both contain.
    public var alphabets: CharacterClass { segmentation.alphabets }

    /// Index in `notableOffsets` of the first offset at or after `offset`.
    public func notableIndex(atOrAfter offset: Int) -> Int {
        notableOffsets.partitionPoint { Int($0) >= offset }
    }

    /// What each paragraph is: prose, code or a fragment (heading, cell, label).
    public private(set) lazy var paragraphKinds: [ParagraphKind] = withText { text in
        let segmentation = self.segmentation
        return notableOffsets.withUnsafeBufferPointer { notable in
            var next = 0
            return segmentation.paragraphs.enumerated().map { index, paragraph in
                let sentences = segmentation.sentenceIndices(inParagraph: index)
                let words = sentences.isEmpty ? 0 : Int(segmentation.sentenceWordStart[sentences.upperBound]) - Int(segmentation.sentenceWordStart[sentences.lowerBound])
                // The paragraph's notable offsets: paragraphs are in order, so one forward walk.
                while next < notable.count, Int(notable[next]) < paragraph.start { next += 1 }
                var end = next
                while end < notable.count, Int(notable[end]) < paragraph.end { end += 1 }
                defer { next = end }
                return ParagraphKind.classify(paragraph, in: text, wordCount: words, notable: UnsafeBufferPointer(rebasing: notable[next..<end]))
            }
        }
    }

    /// Stretches that are not prose (code paragraphs, URLs, paths, technical tokens,
    /// `code`): every rule but the encoding ones skips them.
    public private(set) lazy var protectedZones: ProtectedZones = withText { text in
        let code = zip(segmentation.paragraphs, paragraphKinds).filter { $0.1 == .code }.map(\.0)
        return ProtectedZones(in: text, notableOffsets: notableOffsets, adding: code)
    }

    /// For each paragraph, the language it seems to be written in when that is not the
    /// document's (an untranslated or quoted passage), else nil. Rules that apply the
    /// document language's conventions skip such paragraphs.
    public private(set) lazy var paragraphForeignLanguage: [String?] = withText { text in
        ParagraphLanguage.guessForeign(self, text)
    }

    /// Whether the paragraph of sentence `sentence` is in another language than the document.
    public func isForeign(sentence: Int) -> Bool {
        paragraphForeignLanguage[Int(segmentation.sentenceParagraph[sentence])] != nil
    }

    /// The paragraph holding `offset`, if any.
    public func paragraphIndex(containing offset: Int) -> Int? {
        let paragraphs = segmentation.paragraphs
        let index = paragraphs.partitionPoint { $0.end > offset }
        return index < paragraphs.count && paragraphs[index].contains(offset) ? index : nil
    }

    /// The kind of the paragraph holding sentence `sentence`.
    public func kind(ofSentence sentence: Int) -> ParagraphKind {
        paragraphKinds[Int(segmentation.sentenceParagraph[sentence])]
    }

    /// Whether word `index` lies in a protected stretch (code, an address, a technical token).
    public func isProtected(word index: Int) -> Bool {
        protectedZones.contains(Int(segmentation.words.starts[index]))
    }

    /// The text of a range, as a string.
    public func string(_ range: TextRange) -> String { document.string(range) }
}

extension AnalyzedDocument {
    /// Returns the analysis of type `T` shared by several rules (the quote grammar, say),
    /// computing it on first use. One document is checked by one thread, so no lock is needed.
    public func shared<T: AnyObject>(_ type: T.Type, _ compute: (AnalyzedDocument) -> T) -> T {
        let key = ObjectIdentifier(type)
        if let existing = sharedAnalyses.first(where: { $0.type == key }) {
            return unsafeDowncast(existing.analysis, to: T.self)
        }
        let value = compute(self)
        sharedAnalyses.append((key, value))
        return value
    }
}
