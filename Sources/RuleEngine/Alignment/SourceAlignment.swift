import TextCore

/// A translation aligned with its source, sentence by sentence: paragraphs first (or the
/// lines of two texts that keep a segment per line, or the units of an XLIFF or PO file,
/// which are pairs already), then the sentences inside each linked group, both with
/// `LengthAligner`. What is linked on each side are `AlignmentUnits`: the sentences, cut at
/// line breaks for segment-per-line texts. Empty when the document has no source. Every
/// source-aware rule reads it.
public final class SourceAlignment: DocumentAnalysis {
    /// The analysed source, when the document has one.
    public let source: AnalyzedDocument?
    /// Links in order; indices are those of `sourceUnits` and `targetUnits`.
    public private(set) var beads: [AlignmentBead] = []
    /// What is linked on each side.
    public private(set) var targetUnits: AlignmentUnits
    public private(set) var sourceUnits: AlignmentUnits
    /// Expected target length per unit of source length.
    public private(set) var ratio = 1.0
    /// For each target and source unit, the index of its bead (-1 in a code paragraph, which
    /// is not aligned).
    public private(set) var beadOfTarget: [Int32] = []
    public private(set) var beadOfSource: [Int32] = []
    /// The beads of each linked group of paragraphs (of each unit in a translation file):
    /// markup is compared within a group, since units are independent strings.
    public private(set) var groups: [Range<Int>] = []
    /// The index of the first bead of each group: a run of omissions or additions ends
    /// there (what lies between two groups — a code block, a unit without a translation — is
    /// not part of it).
    public var groupStarts: Set<Int> { Set(groups.map(\.lowerBound)) }
    /// The beads inside a link of two source lines with one translated line.
    public private(set) var lineJoins = Set<Int>()
    /// Whether the translation, kept a segment per line, has fewer lines than its source: a
    /// line lost or two run together, for certain.
    public private(set) var losesLines = false
    /// The translation unit of each group (nil outside XLIFF and PO).
    public private(set) var groupUnits: [Int?] = []
    private(set) var targetAnchors: SentenceAnchors?
    private(set) var sourceAnchors: SentenceAnchors?

    public init(_ document: AnalyzedDocument) {
        source = document.source
        guard let source else {
            targetUnits = AlignmentUnits(document, lines: false)
            sourceUnits = targetUnits
            return
        }
        let lines = Self.keepsSegmentsPerLine(document, source)
        targetUnits = AlignmentUnits(document, lines: lines)
        sourceUnits = AlignmentUnits(source, lines: lines)
        let scripts: Set = [SourceTextReading.script(of: document.language), SourceTextReading.script(of: source.language)]
        let skeletons = scripts == [.latin, .cyrillic]
        let target = SentenceAnchors(document, units: targetUnits, skeletons: skeletons)
        let sourceSide = SentenceAnchors(source, units: sourceUnits, skeletons: skeletons)
        targetAnchors = target
        sourceAnchors = sourceSide
        let targetParagraphs = Self.alignedParagraphs(document)
        let sourceParagraphs = Self.alignedParagraphs(source, isSource: true)
        ratio = Self.ratio(source: sourceSide.items, sourceParagraphs: sourceParagraphs, sourceUnits: sourceUnits, sourceLanguage: source.language,
                           target: target.items, targetParagraphs: targetParagraphs, targetUnits: targetUnits, targetLanguage: document.language)
        let aligner = LengthAligner(ratio: ratio)
        // Where the next sentence of each side is: an empty side of a link sits there.
        var nextSource = 0
        var nextTarget = 0
        for group in blockGroups(document, targetParagraphs, sourceParagraphs, target: target, source: sourceSide, aligner: aligner) {
            nextSource = group.source.first ?? nextSource
            nextTarget = group.target.first ?? nextTarget
            let groupStart = beads.count
            appendLinks(of: group, aligner, source: sourceSide, target: target, next: &nextSource, &nextTarget)
            groups.append(groupStart..<beads.count)
            groupUnits.append(group.unit)
            if group.joinsLines { lineJoins.formUnion(groupStart..<beads.count) }
        }
        beadOfTarget = [Int32](repeating: -1, count: targetUnits.count)
        beadOfSource = [Int32](repeating: -1, count: sourceUnits.count)
        for (index, bead) in beads.enumerated() {
            for sentence in bead.targets where sentence < beadOfTarget.count { beadOfTarget[sentence] = Int32(index) }
            for sentence in bead.sources where sentence < beadOfSource.count { beadOfSource[sentence] = Int32(index) }
        }
    }

    /// The links of a group's sentences: one link (or none) for a sentence on each side,
    /// else a search.
    private func appendLinks(of group: Group, _ aligner: LengthAligner, source: SentenceAnchors, target: SentenceAnchors,
                             next nextSource: inout Int, _ nextTarget: inout Int) {
        if group.source.count == 1, group.target.count == 1 {
            // A line (or paragraph) of one sentence on each side: no search to make.
            let sourceUnit = group.source[0]
            let targetUnit = group.target[0]
            if aligner.linksSingle(source.items[sourceUnit], target.items[targetUnit]) {
                beads.append(AlignmentBead(source: sourceUnit, sourceCount: 1, target: targetUnit, targetCount: 1))
            } else {
                // In the order the search gives them: the added sentence, then the gap.
                beads.append(AlignmentBead(source: sourceUnit, sourceCount: 0, target: targetUnit, targetCount: 1))
                beads.append(AlignmentBead(source: sourceUnit, sourceCount: 1, target: targetUnit + 1, targetCount: 0))
            }
            nextSource = sourceUnit + 1
            nextTarget = targetUnit + 1
            return
        }
        let sourceItems = group.source.map { source.items[$0] }
        let targetItems = group.target.map { target.items[$0] }
        for bead in aligner.refined(aligner.align(sourceItems, targetItems), sourceItems, targetItems) {
            // A link's sentences are consecutive within its group.
            let sourceStart = bead.sourceCount > 0 ? group.source[bead.source] : nextSource
            let targetStart = bead.targetCount > 0 ? group.target[bead.target] : nextTarget
            beads.append(AlignmentBead(source: sourceStart, sourceCount: bead.sourceCount, target: targetStart, targetCount: bead.targetCount))
            nextSource = sourceStart + bead.sourceCount
            nextTarget = targetStart + bead.targetCount
        }
    }

    /// Whether there is a source to compare with.
    public var hasSource: Bool { source != nil }

    /// The paragraphs that take part: not code. The source's code blocks are those its
    /// reader marks (its paragraphs are not classified further: that analysis is the
    /// target's rules', and costs a pass over the text).
    private static func alignedParagraphs(_ document: AnalyzedDocument, isSource: Bool = false) -> [Int] {
        let paragraphs = document.segmentation.paragraphs.indices.filter { !document.segmentation.sentenceIndices(inParagraph: $0).isEmpty }
        // (Units lie in the paragraphs that have sentences: a paragraph's units are its
        // sentences, cut or not.)
        if isSource {
            guard let blocks = document.paragraphBlocks else { return paragraphs }
            return paragraphs.filter { blocks[$0].kind != .code }
        }
        let kinds = document.paragraphKinds
        return paragraphs.filter { kinds[$0] != .code }
    }

    /// A linked group: source and target sentences aligned as wholes at the first level,
    /// and the translation unit they belong to.
    private struct Group {
        var source: UnitList
        var target: UnitList
        var unit: Int?
        /// Two source lines that one line of the translation renders: a lost line break,
        /// strong evidence of a merge.
        var joinsLines = false
    }

    /// The units of one side of a group: one run of consecutive units, most often (a line,
    /// a paragraph), kept as a range; else listed.
    private enum UnitList {
        case range(Range<Int>)
        case list([Int])

        /// The units of `ranges`, in order.
        init(_ ranges: some Collection<Range<Int>>) {
            var joined: Range<Int>?
            for range in ranges {
                guard let current = joined else {
                    joined = range
                    continue
                }
                guard current.upperBound == range.lowerBound else {
                    self = .list(ranges.flatMap { $0 })
                    return
                }
                joined = current.lowerBound..<range.upperBound
            }
            self = .range(joined ?? 0..<0)
        }

        var count: Int {
            switch self {
            case .range(let range): return range.count
            case .list(let units): return units.count
            }
        }

        var first: Int? { count > 0 ? self[0] : nil }

        subscript(index: Int) -> Int {
            switch self {
            case .range(let range):
                precondition(index >= 0 && index < range.count, "unit \(index) of a group of \(range.count)")
                return range.lowerBound + index
            case .list(let units): return units[index]
            }
        }

        func map<T>(_ transform: (Int) -> T) -> [T] {
            switch self {
            case .range(let range): return range.map(transform)
            case .list(let units): return units.map(transform)
            }
        }
    }

    /// The first level of the alignment: the units of a translation file (pairs already);
    /// else the lines of two plain texts that keep one segment per line (as MT pipelines and
    /// JSONL streams do); else the paragraphs.
    private func blockGroups(_ document: AnalyzedDocument, _ targetParagraphs: [Int], _ sourceParagraphs: [Int],
                             target: SentenceAnchors, source: SentenceAnchors, aligner: LengthAligner) -> [Group] {
        guard let sourceDocument = self.source else { return [] }
        if let unitGroups = unitGroups(document, sourceDocument, targetParagraphs, sourceParagraphs, target: target, source: source, aligner: aligner) {
            return unitGroups
        }
        func units(_ paragraphs: [Int], _ units: AlignmentUnits) -> [Range<Int>] { paragraphs.map { units.paragraphUnits[$0] } }
        var sourceBlocks = units(sourceParagraphs, sourceUnits)
        var targetBlocks = units(targetParagraphs, targetUnits)
        var blockAligner = aligner
        blockAligner.level = .paragraphs
        if targetUnits.isLines {
            sourceBlocks = Self.lineBlocks(sourceDocument, sourceBlocks, sourceUnits)
            targetBlocks = Self.lineBlocks(document, targetBlocks, targetUnits)
            blockAligner.level = .lines
        }
        losesLines = targetUnits.isLines && Self.contentLineCount(document) < Self.contentLineCount(sourceDocument)
        let sourceItems = sourceBlocks.map { Self.item($0, source) }
        let targetItems = targetBlocks.map { Self.item($0, target) }
        guard isPlausibleSource(sourceItems, sourceDocument, paragraphs: sourceParagraphs, targetItems, ratio: aligner.ratio) else { return [] }
        let links = blockAligner.merged(blockAligner.align(sourceItems, targetItems), sourceItems, targetItems)
        return links.map { link in
            Group(source: UnitList(sourceBlocks[link.sources]), target: UnitList(targetBlocks[link.targets]), unit: nil,
                  joinsLines: blockAligner.level == .lines && link.sourceCount == 2 && link.targetCount == 1)
        }
    }

    /// The units of a plain text's paragraphs grouped by the line each starts on.
    private static func lineBlocks(_ document: AnalyzedDocument, _ paragraphs: [Range<Int>], _ units: AlignmentUnits) -> [Range<Int>] {
        var breaks = document.sites(.lineBreak).makeIterator()
        var nextBreak = breaks.next()
        var blocks: [Range<Int>] = []
        blocks.reserveCapacity(paragraphs.count)
        for paragraph in paragraphs {
            var current = paragraph.lowerBound
            for unit in paragraph {
                let start = units.ranges[unit].start
                var crossed = false
                while let lineBreak = nextBreak, lineBreak < start {
                    crossed = true
                    nextBreak = breaks.next()
                }
                if crossed, current < unit {
                    blocks.append(current..<unit)
                    current = unit
                }
            }
            if current < paragraph.upperBound { blocks.append(current..<paragraph.upperBound) }
        }
        return blocks
    }

    /// Groups by translation unit, when both sides are a translation file's units.
    private func unitGroups(_ document: AnalyzedDocument, _ sourceDocument: AnalyzedDocument, _ targetParagraphs: [Int], _ sourceParagraphs: [Int],
                            target: SentenceAnchors, source: SentenceAnchors, aligner: LengthAligner) -> [Group]? {
        guard let targetBlocks = document.paragraphBlocks, let sourceBlocks = sourceDocument.paragraphBlocks,
              targetBlocks.contains(where: { $0.unit != nil }), sourceBlocks.contains(where: { $0.unit != nil }) else { return nil }
        var byUnit: [Int: (source: [Int], target: [Int])] = [:]
        for paragraph in sourceParagraphs { if let unit = sourceBlocks[paragraph].unit { byUnit[unit, default: ([], [])].source.append(paragraph) } }
        for paragraph in targetParagraphs { if let unit = targetBlocks[paragraph].unit { byUnit[unit, default: ([], [])].target.append(paragraph) } }
        let sourceUnits = self.sourceUnits
        let targetUnits = self.targetUnits
        func sentences(_ paragraph: Int, _ document: AnalyzedDocument) -> Range<Int> {
            (document === sourceDocument ? sourceUnits : targetUnits).paragraphUnits[paragraph]
        }
        // A unit without a translation is the missing-translation rule's, not an omission;
        // a unit whose "source" is a key or a marker is not a translation of its text.
        var groups: [Group] = []
        for unit in byUnit.keys.sorted() {
            guard let group = byUnit[unit], !group.target.isEmpty, !group.source.isEmpty else { continue }
            let sourceItems = group.source.map { Self.item(sentences($0, sourceDocument), source) }
            let targetItems = group.target.map { Self.item(sentences($0, document), target) }
            guard isPlausibleSource(sourceItems, sourceDocument, paragraphs: group.source, targetItems, ratio: aligner.ratio) else { continue }
            if group.source.count == 1 && group.target.count == 1 {
                groups.append(Group(source: .range(sentences(group.source[0], sourceDocument)), target: .range(sentences(group.target[0], document)), unit: unit))
                continue
            }
            // Variants (plural forms, "one|many"): languages have different numbers of
            // them, so a variant without a counterpart is neither omitted nor added.
            var variantAligner = aligner
            variantAligner.level = .paragraphs
            for link in variantAligner.align(sourceItems, targetItems) where link.sourceCount > 0 && link.targetCount > 0 {
                groups.append(Group(source: UnitList(link.sources.map { sentences(group.source[$0], sourceDocument) }),
                                    target: UnitList(link.targets.map { sentences(group.target[$0], document) }), unit: unit))
            }
        }
        return groups
    }

    /// Sentences as one item: their lengths and anchors together.
    private static func item(_ sentences: Range<Int>, _ anchors: SentenceAnchors) -> AlignmentItem {
        if sentences.count == 1 { return anchors.items[sentences.lowerBound] }
        var merged = AlignmentItem(length: 0, anchors: [], weakAnchors: [])
        for sentence in sentences {
            merged.length += anchors.items[sentence].length
            merged.anchors += anchors.items[sentence].anchors
            merged.weakAnchors += anchors.items[sentence].weakAnchors
        }
        merged.weakAnchors = AlignmentItem.sortedUnique(merged.weakAnchors)
        return merged
    }

    /// Whether a source can be the text a translation translates: not a key
    /// (`user.duplicate_email`) or a marker, and of a length within a factor of four of what
    /// the translation's length suggests.
    private func isPlausibleSource(_ sourceItems: [AlignmentItem], _ sourceDocument: AnalyzedDocument, paragraphs: [Int], _ targetItems: [AlignmentItem], ratio: Double) -> Bool {
        let sourceLength = Double(sourceItems.reduce(0) { $0 + $1.length })
        let targetLength = Double(targetItems.reduce(0) { $0 + $1.length })
        if paragraphs.count == 1, let paragraph = paragraphs.first {
            let range = sourceDocument.segmentation.paragraphs[paragraph]
            let text = sourceDocument.text[range.start..<range.end]
            if !text.contains(0x20), text.contains(where: { $0 == 0x2E || $0 == 0x5F }) { return false }
        }
        guard sourceLength > 0 else { return false }
        guard max(sourceLength * ratio, targetLength) >= 20 else { return true }
        return targetLength <= sourceLength * ratio * 4 && targetLength * 4 >= sourceLength * ratio
    }

    /// The document's own length ratio when it is long enough to say; else the usual ratio
    /// of the two writing systems (Chinese takes about a third of the UTF-16 units of
    /// English, Japanese under half).
    private static func ratio(source: [AlignmentItem], sourceParagraphs: [Int], sourceUnits: AlignmentUnits, sourceLanguage: LanguageTag,
                              target: [AlignmentItem], targetParagraphs: [Int], targetUnits: AlignmentUnits, targetLanguage: LanguageTag) -> Double {
        func total(_ items: [AlignmentItem], _ paragraphs: [Int], _ units: AlignmentUnits) -> Int {
            paragraphs.reduce(0) { sum, paragraph in sum + units.paragraphUnits[paragraph].reduce(0) { $0 + items[$1].length } }
        }
        let sourceLength = total(source, sourceParagraphs, sourceUnits)
        let targetLength = total(target, targetParagraphs, targetUnits)
        let prior = lengthDensity(targetLanguage) / lengthDensity(sourceLanguage) * expansion
        guard sourceLength >= 400, targetLength > 0 else { return prior }
        let measured = Double(targetLength) / Double(sourceLength)
        // A document missing half its text must not teach the aligner that this is normal.
        return min(max(measured, prior / 2), prior * 2)
    }

    /// Whether two plain texts keep one segment per line: each line its own paragraph on
    /// both sides (no blank lines, no wrapped prose), with as many lines on each give or
    /// take one (a dropped or merged segment) or a tenth; or more lines than paragraphs on
    /// one side at least and as many lines on each within a tenth.
    private static func keepsSegmentsPerLine(_ document: AnalyzedDocument, _ source: AnalyzedDocument) -> Bool {
        guard document.document.structure == nil, source.document.structure == nil else { return false }
        let targetLines = lineCount(document)
        let sourceLines = lineCount(source)
        let larger = max(sourceLines, targetLines)
        let difference = abs(sourceLines - targetLines)
        guard larger > 1 else { return false }
        // Lines that follow each other without a blank line, each a paragraph to the
        // paragraph breaker, or lines of any length, are segments (not prose wrapped at a
        // width); a short text may have one more or one fewer.
        let eachLineAParagraph = targetLines == document.segmentation.paragraphs.count && sourceLines == source.segmentation.paragraphs.count
        if eachLineAParagraph || (!Self.looksWrapped(document) && !Self.looksWrapped(source)) {
            return difference <= max(1, larger / 10)
        }
        // One side's paragraph breaker may take the lines for paragraphs (Chinese has no
        // hard-wrapped text) while the other joins them: the lines are what both keep.
        return (targetLines > document.segmentation.paragraphs.count || sourceLines > source.segmentation.paragraphs.count)
            && difference * 10 <= larger
    }

    /// Whether a text is prose wrapped at a width: three lines or more, none longer than
    /// 120 units, and most of them within a quarter of the longest (a paragraph's last line
    /// is shorter). Segments one per line vary in length as their sentences do.
    private static func looksWrapped(_ document: AnalyzedDocument) -> Bool {
        let text = document.text
        var lengths: [Int] = []
        var start = 0
        func visit(_ end: Int) {
            var first = start
            while first < end, text[first] == 0x20 || text[first] == 0x09 || text[first] == 0x0D { first += 1 }
            var last = end
            while last > first, text[last - 1] == 0x20 || text[last - 1] == 0x09 || text[last - 1] == 0x0D { last -= 1 }
            if first < last { lengths.append(last - first) }
        }
        for offset in document.sites(.lineBreak) where text[offset] != 0x0D || offset + 1 >= text.count || text[offset + 1] != 0x0A {
            visit(offset)
            start = offset + 1
            if lengths.count > 200 { break }
        }
        visit(text.count)
        guard lengths.count >= 3, let longest = lengths.max(), longest <= 120 else { return false }
        let near = lengths.count { $0 * 4 >= longest * 3 }
        return near * 10 >= lengths.count * 7
    }

    /// The lines of a document that hold more than white space.
    private static func contentLineCount(_ document: AnalyzedDocument) -> Int {
        let text = document.text
        var count = 0
        var start = 0
        func isBlank(_ range: Range<Int>) -> Bool {
            for offset in range where !(text[offset] == 0x20 || text[offset] == 0x09 || text[offset] == 0x0D || text[offset] == 0xA0) { return false }
            return true
        }
        for offset in document.sites(.lineBreak) where text[offset] != 0x0D || offset + 1 >= text.count || text[offset + 1] != 0x0A {
            if !isBlank(start..<offset) { count += 1 }
            start = offset + 1
        }
        if !isBlank(start..<text.count) { count += 1 }
        return count
    }

    /// The document's lines (CR LF is one line break; its two units are two sites).
    private static func lineCount(_ document: AnalyzedDocument) -> Int {
        let text = document.text
        return document.sites(.lineBreak).reduce(1) { count, offset in
            text[offset] == 0x0D && offset + 1 < text.count && text[offset + 1] == 0x0A ? count : count + 1
        }
    }

    /// UTF-16 units per unit of meaning, relative to English: measured on the WMT 2021–22
    /// test sets with their human references, in both directions where there are both
    /// (en→de 1.18 and de→en 0.97 give German 1.10 and the expansion below); Chinese and
    /// Japanese from English into them (a syllable or a word per character). Hebrew writes
    /// few vowels.
    static func density(_ language: LanguageTag) -> Double {
        switch language.language {
        case "zh", "yue": return 0.32
        case "ja": return 0.42
        case "ko": return 0.5
        case "he": return 0.72
        case "fr": return 1.13
        case "de", "es", "it", "pt", "nl": return 1.1
        case "pl": return 1.05
        case "ru": return 1.02
        case "uk": return 0.98
        case "cs": return 0.96
        default: return 1.0
        }
    }

    /// What a unit of an item's length stands for, relative to English: 1 in Chinese,
    /// Japanese and Korean, whose own characters `SentenceAnchors` counts at their English
    /// worth (and Latin names, digits and emoji at theirs), else the language's density.
    static func lengthDensity(_ language: LanguageTag) -> Double {
        cjkScale(language) == nil ? density(language) : 1
    }

    /// For a language written in Chinese characters, kana or Hangul, the English units one
    /// of its characters is worth (nil for others).
    static func cjkScale(_ language: LanguageTag) -> Double? {
        switch language.language {
        case "zh", "yue", "ja", "ko": return 1 / density(language)
        default: return nil
        }
    }

    /// The item length of a bead's source and target units (English-equivalent for
    /// Chinese, Japanese and Korean).
    public func sourceLength(_ bead: AlignmentBead) -> Int { sourceAnchors.map { anchors in bead.sources.reduce(0) { $0 + anchors.items[$1].length } } ?? 0 }
    public func targetLength(_ bead: AlignmentBead) -> Int { targetAnchors.map { anchors in bead.targets.reduce(0) { $0 + anchors.items[$1].length } } ?? 0 }

    /// A translation runs longer than its source whichever the direction (explicitation):
    /// about 7 % in both directions of every pair measured.
    static let expansion = 1.07

    // MARK: - Questions the rules ask

    /// The bead of the target unit holding NFC offset `offset`, if it was aligned.
    public func bead(atTarget offset: Int) -> AlignmentBead? {
        guard let unit = targetUnits.unit(containing: offset), beadOfTarget[unit] >= 0 else { return nil }
        return beads[Int(beadOfTarget[unit])]
    }

    /// The NFC range of a bead's target units (the gap's place when it has none).
    public func targetRange(_ document: AnalyzedDocument, _ bead: AlignmentBead) -> TextRange {
        bead.targetCount > 0 ? targetUnits.range(of: bead.targets) : gapRange(document, before: bead.target)
    }

    /// The NFC range of a bead's source units.
    public func sourceRange(_ bead: AlignmentBead) -> TextRange? {
        guard source != nil, bead.sourceCount > 0 else { return nil }
        return sourceUnits.range(of: bead.sources)
    }

    /// Where missing content belongs in the target: the last character of the unit before
    /// target unit `unit` (its full stop), or the first of `unit` when it starts the
    /// document.
    func gapRange(_ document: AnalyzedDocument, before unit: Int) -> TextRange {
        let ranges = targetUnits.ranges
        guard !ranges.isEmpty else { return TextRange(start: 0, end: min(1, document.text.count)) }
        if unit > 0, unit - 1 < ranges.count {
            let previous = ranges[unit - 1]
            return TextRange(start: max(previous.start, previous.end - Self.lastCharacterLength(document.text, previous.end)), end: previous.end)
        }
        let first = ranges[min(unit, ranges.count - 1)]
        return TextRange(start: first.start, end: first.start + (document.text[first.start] & 0xFC00 == 0xD800 ? 2 : 1))
    }

    private static func lastCharacterLength(_ text: [UInt16], _ end: Int) -> Int {
        end >= 2 && text[end - 1] & 0xFC00 == 0xDC00 ? 2 : 1
    }

    /// The letter key of a bead's target or source units (see `SentenceAnchors.letterKey`).
    func letterKey(ofTarget bead: AlignmentBead, _ document: AnalyzedDocument) -> (key: UInt64, letters: Int) {
        if bead.targetCount == 1, let anchors = targetAnchors { return anchors.letterKeys[bead.target] }
        return SentenceAnchors.letterKey(document, words: targetUnits.words(of: bead.targets))
    }

    func letterKey(ofSource bead: AlignmentBead) -> (key: UInt64, letters: Int) {
        if bead.sourceCount == 1, let anchors = sourceAnchors { return anchors.letterKeys[bead.source] }
        guard let source else { return (0, 0) }
        return SentenceAnchors.letterKey(source, words: sourceUnits.words(of: bead.sources))
    }

    /// The letter key of target unit `unit`.
    func letterKey(ofTargetUnit unit: Int) -> (key: UInt64, letters: Int) { targetAnchors?.letterKeys[unit] ?? (0, 0) }

    /// The source text of a bead, for messages (shortened).
    func sourceText(_ bead: AlignmentBead, limit: Int = 80) -> String {
        guard let source, let range = sourceRange(bead) else { return "" }
        let string = source.string(range)
        return string.count > limit ? String(string.prefix(limit - 1)) + "…" : string
    }
}
