import TextCore

/// A document with everything detectors share: its character sites, its segmentation, its
/// language's CLDR profile and rule-book resources, and the shared analyses (see
/// `DocumentAnalysis`), each computed once, on first use.
public final class AnalyzedDocument {
    public let document: Document
    /// Every character that is not a letter, a digit or a single space, with its class.
    public let characterSites: CharacterSites
    public let segmentation: Segmentation
    public let profile: LanguageProfile
    public let resources: LanguageResources
    /// For each paragraph, the block of a structured document it is (nil for plain text).
    public let paragraphBlocks: [ProseBlock]?
    /// Stretches a format reader marked as one unit that is not prose (NFC offsets).
    public let opaque: [TextRange]
    /// The source the document translates, analysed in its own language (set by the checker
    /// when the document has one and a source-aware rule is on).
    public internal(set) var source: AnalyzedDocument?
    /// Shared analyses by type, and site lists by classes: a few per document, so lists.
    private var analyses: [(type: ObjectIdentifier, analysis: AnyObject)] = []
    private var siteLists: [(classes: SiteClass, list: SiteList)] = []

    public init(document: Document, sites: CharacterSites, segmentation: Segmentation, profile: LanguageProfile, resources: LanguageResources,
                blocks: [ProseBlock]? = nil, opaque: [TextRange] = []) {
        self.document = document
        self.characterSites = sites
        self.segmentation = segmentation
        self.profile = profile
        self.resources = resources
        self.paragraphBlocks = blocks
        self.opaque = opaque
    }

    /// The translation units of an XLIFF or PO document (empty otherwise).
    public var units: [ProseUnit] { document.structure?.units ?? [] }

    /// The id of the unit whose block holds NFC offset `offset`, if any.
    func unitID(at offset: Int) -> String? {
        guard let blocks = paragraphBlocks, let paragraph = paragraphIndex(containing: offset), let unit = blocks[paragraph].unit,
              unit < units.count else { return nil }
        return units[unit].id
    }

    /// For each paragraph, the section it belongs to: the number of headings before it in a
    /// structured document (a page of documentation repeats its notes from section to
    /// section); 0 everywhere in plain text.
    public private(set) lazy var paragraphSections: [Int] = {
        guard let blocks = paragraphBlocks else { return [Int](repeating: 0, count: segmentation.paragraphs.count) }
        var section = 0
        return blocks.map { block in
            if block.kind == .heading { section += 1 }
            return section
        }
    }()

    /// Whether paragraph `paragraph` translates a unit whose source holds quotation mark
    /// `mark` (an ASCII one): a catalogue that quotes an option or a value with straight marks
    /// in the source and keeps them in the translation follows its source, whatever the
    /// language's marks.
    public func sourceUses(_ mark: UInt32, paragraph: Int) -> Bool {
        guard mark < 0x80, let blocks = paragraphBlocks, paragraph < blocks.count, let unit = blocks[paragraph].unit, unit < units.count else { return false }
        return units[unit].source.utf8.contains(UInt8(mark))
    }

    /// Whether a repetition between the translations in paragraphs `a` and `b` is the
    /// source's: both are forms of one unit (plural forms, Symfony variants), or their units'
    /// sources are the same or share a long stretch of text. A translation repeats what its
    /// source repeats; only the other repetitions are defects.
    public func repetitionIsInSource(paragraph a: Int, paragraph b: Int) -> Bool {
        guard let blocks = paragraphBlocks, let first = blocks[a].unit, let second = blocks[b].unit else { return false }
        if first == second { return true }
        let units = self.units
        guard first < units.count, second < units.count else { return false }
        return Self.shareLongStretch(Array(units[first].source.utf16.prefix(2000)), Array(units[second].source.utf16.prefix(2000)))
    }

    /// Equal texts, or a common stretch of 40 units or more (or most of the shorter text).
    private static func shareLongStretch(_ a: [UInt16], _ b: [UInt16]) -> Bool {
        guard !a.isEmpty, !b.isEmpty else { return false }
        if a == b { return true }
        let needed = max(20, min(40, min(a.count, b.count) * 3 / 5))
        var previous = [Int](repeating: 0, count: b.count + 1)
        var current = previous
        for i in 1...a.count {
            for j in 1...b.count {
                current[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : 0
                if current[j] >= needed { return true }
            }
            swap(&previous, &current)
        }
        return false
    }

    /// The section of sentence `sentence` (see `paragraphSections`).
    public func section(ofSentence sentence: Int) -> Int {
        paragraphSections[Int(segmentation.sentenceParagraph[sentence])]
    }

    /// Whether markup the prose view left out lies between NFC offsets `offset - 1` and
    /// `offset` in the file (`[` before a link's text, a `*` of emphasis): the two units are
    /// neighbours for the reader only. Never in plain text.
    public func hasSeam(before offset: Int) -> Bool {
        guard document.structure != nil, offset > 0, offset < document.text.count else { return false }
        let before = document.originalRange(TextRange(start: offset - 1, end: offset))
        let after = document.originalRange(TextRange(start: offset, end: offset + 1))
        return after.start > before.end
    }

    /// The words the score counts: all of them in plain text; outside code blocks in a
    /// structured document.
    var proseWordCount: Int {
        guard paragraphBlocks != nil else { return segmentation.wordCount }
        let kinds = paragraphKinds
        var count = 0
        for paragraph in segmentation.paragraphs.indices where kinds[paragraph] != .code {
            let sentences = segmentation.sentenceIndices(inParagraph: paragraph)
            guard !sentences.isEmpty else { continue }
            count += Int(segmentation.sentenceWordStart[sentences.upperBound]) - Int(segmentation.sentenceWordStart[sentences.lowerBound])
        }
        return count
    }

    /// The NFC text the detectors read.
    public var text: [UInt16] { document.text }
    public var words: WordTable { segmentation.words }
    public var language: LanguageTag { document.language }

    /// Runs `body` with a view of the NFC text (the detectors' loops index it directly).
    @inline(__always)
    public func withText<Result>(_ body: (TextView) throws -> Result) rethrows -> Result {
        try document.text.withUnsafeBufferPointer { try body(TextView($0)) }
    }

    /// The offsets of the character sites in any of `classes`, in text order.
    public func sites(_ classes: SiteClass) -> SiteList {
        if let cached = siteLists.first(where: { $0.classes == classes }) { return cached.list }
        let list: SiteList
        if classes.rawValue.nonzeroBitCount == 1 {
            list = SiteList(singleClassSites[classes.rawValue.trailingZeroBitCount])
        } else {
            var bits = classes.rawValue
            var lists: [[Int32]] = []
            while bits != 0 {
                lists.append(singleClassSites[bits.trailingZeroBitCount])
                bits &= bits - 1
            }
            list = SiteList(merging: lists)
        }
        siteLists.append((classes, list))
        return list
    }

    /// The sites of each single class, computed together on first use.
    private lazy var singleClassSites: [[Int32]] = characterSites.offsetsByClass()

    /// Which of the Latin, Cyrillic and Greek alphabets the text uses.
    public var alphabets: CharacterClass { characterSites.alphabets }

    /// The analysis of type `T`, computed on first use. One document is checked by one
    /// thread, so no lock is needed.
    public func analysis<T: DocumentAnalysis>(_ type: T.Type) -> T {
        let key = ObjectIdentifier(type)
        if let existing = analyses.first(where: { $0.type == key }) {
            return unsafeDowncast(existing.analysis, to: T.self)
        }
        let value = T(self)
        analyses.append((key, value))
        return value
    }

    /// Case-folded hash of every word, for the duplication detectors. An opaque word (inline
    /// code, a placeholder) is equal to no other: "de %s de %s" repeats no phrase.
    public private(set) lazy var foldedWordHashes: [UInt64] = withText { text in
        var hashes = CaseFolding.hashes(text.buffer, segmentation.words)
        if !opaque.isEmpty {
            let kinds = segmentation.words.kinds
            for index in hashes.indices where kinds[index] == .opaque { hashes[index] = 0x9E3779B97F4A7C15 &* UInt64(index + 1) | 1 }
        }
        return hashes
    }

    /// The word hashes with the questions the duplication detectors ask of them.
    public private(set) lazy var wordHashes = WordHashSequence(foldedWordHashes)

    /// The document aligned with its source (empty without one).
    public var alignment: SourceAlignment { analysis(SourceAlignment.self) }

    /// What each paragraph is: prose, code or a fragment (heading, cell, label).
    public private(set) lazy var paragraphKinds: [ParagraphKind] = analysis(ParagraphKinds.self).kinds

    /// Stretches that are not prose (code paragraphs, URLs, paths, technical tokens, `code`):
    /// every rule but the encoding ones skips them.
    public var protectedZones: ProtectedZones { analysis(ProtectedZones.self) }

    /// For each paragraph, the language it seems to be written in when that is not the
    /// document's (an untranslated or quoted passage), else nil. Rules that apply the
    /// document language's conventions skip such paragraphs.
    public private(set) lazy var paragraphForeignLanguage: [String?] = analysis(ParagraphLanguages.self).foreign

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
