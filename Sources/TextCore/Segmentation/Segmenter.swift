/// Cuts documents into paragraphs, sentences and words with ICU.
///
/// One segmenter belongs to one worker thread. It keeps an ICU sentence and word iterator per
/// locale (the 32 most recently used locales) and a scratch buffer, and reuses them for
/// every document it segments.
public final class Segmenter {
    private var sentenceIterators = RecentlyUsedCache<String, BreakIterator>(capacity: 32)
    private var wordIterators = RecentlyUsedCache<String, BreakIterator>(capacity: 32)
    private var scratch: [UInt16] = []

    public init() {}

    /// What a format reader knows of a document's structure, in NFC offsets: its paragraphs
    /// (the blocks of its prose view) and its opaque stretches (one word each, never cut by
    /// a sentence boundary).
    public struct Structure: Sendable {
        public var paragraphs: [TextRange]
        public var opaque: [TextRange]

        public init(paragraphs: [TextRange], opaque: [TextRange]) {
            self.paragraphs = paragraphs
            self.opaque = opaque
        }
    }

    /// Segments the NFC text of a document, whose character sites (for its line breaks) are
    /// `sites`. Without a `structure`, paragraphs are found from blank lines.
    public func segment(_ text: [UInt16], sites: CharacterSites, profile: LanguageProfile, options: SegmentationOptions = .none,
                        structure: Structure? = nil) throws(ICUError) -> Segmentation {
        let sentenceIterator = try iterator(.sentence, profile.sentenceLocale, &sentenceIterators)
        let wordIterator = try iterator(.word, profile.wordLocale, &wordIterators)
        var result = Segmentation()
        text.withUnsafeBufferPointer { buffer in
            let lineBreaks = sites.offsets(of: .lineBreak)
            let dashes = sites.offsets(of: .dash)
            result.paragraphs = structure?.paragraphs ?? ParagraphSplitter.paragraphs(in: buffer, lineBreaks: lineBreaks)
            findSentences(buffer, paragraphs: result.paragraphs, lineBreaks: lineBreaks, dashes: dashes, iterator: sentenceIterator, options: options,
                          opaque: structure?.opaque ?? [], into: &result)
            var words = WordTable()
            words.reserveCapacity(buffer.count / 5)
            wordIterator.appendWords(in: buffer, offset: 0, to: &words)
            result.words = words.mergingOpaque(structure?.opaque ?? [])
        }
        if let opaque = structure?.opaque, !opaque.isEmpty { trimOpaqueEnds(&result, text: text, opaque: opaque) }
        assignWordsToSentences(&result)
        return result
    }

    private func iterator(_ kind: BreakIterator.Kind, _ locale: String, _ cache: inout RecentlyUsedCache<String, BreakIterator>) throws(ICUError) -> BreakIterator {
        if let existing = cache.value(for: locale) { return existing }
        let opened = try BreakIterator(kind: kind, locale: locale)
        cache.insert(opened, for: locale)
        return opened
    }

    /// Sentence breaks run over a copy of the text in which the line breaks inside a paragraph
    /// are spaces: ICU ends a sentence at every line break, but hard-wrapped prose continues
    /// its sentences across them. Paragraph ends keep their line breaks, so they stay breaks.
    /// A break after a listed abbreviation (or an ordinal number) is dropped, joining the two
    /// pieces, as long as both lie in the same paragraph.
    private func findSentences(_ text: UnsafeBufferPointer<UInt16>, paragraphs: [TextRange], lineBreaks: [Int32], dashes: [Int32], iterator: BreakIterator,
                               options: SegmentationOptions, opaque: [TextRange], into result: inout Segmentation) {
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: text)
        // The line breaks inside paragraphs become spaces (both lists are in text order).
        var paragraph = 0
        for lineBreak in lineBreaks {
            let offset = Int(lineBreak)
            while paragraph < paragraphs.count, paragraphs[paragraph].end <= offset { paragraph += 1 }
            guard paragraph < paragraphs.count else { break }
            if paragraphs[paragraph].start <= offset { scratch[offset] = 0x20 }
        }
        var paragraphIndex = 0
        var previous = 0
        var nextOpaque = 0
        var nextDash = 0
        scratch.withUnsafeBufferPointer { copy in
            iterator.forEachBoundary(in: copy) { boundary in
                defer { previous = boundary }
                var start = previous
                var end = boundary
                while start < end, CharacterClass.of(unit: text[start]).contains(.space) { start += 1 }
                while end > start, CharacterClass.of(unit: text[end - 1]).contains(.space) { end -= 1 }
                while start < end {
                    while paragraphIndex < paragraphs.count, paragraphs[paragraphIndex].end <= start {
                        paragraphIndex += 1
                        result.paragraphSentenceStart.append(Int32(result.sentences.count))
                    }
                    guard paragraphIndex < paragraphs.count else { return }
                    let paragraph = paragraphs[paragraphIndex]
                    let clippedStart = max(start, paragraph.start)
                    let clippedEnd = min(end, paragraph.end)
                    var pieceStart = clippedStart
                    while pieceStart < clippedEnd {
                        // ICU does not end a sentence before a dash (UAX #29 lets a hyphen or
                        // dash continue it): "… агентству. — Это не так." is two sentences.
                        let pieceEnd = Self.pieceEnd(copy, from: pieceStart, to: clippedEnd, dashes: dashes, next: &nextDash)
                        defer { pieceStart = pieceEnd }
                        // A boundary inside an opaque stretch ("see `a. b`") is no boundary.
                        while nextOpaque < opaque.count, opaque[nextOpaque].end <= pieceStart { nextOpaque += 1 }
                        let insideOpaque = nextOpaque < opaque.count && opaque[nextOpaque].start < pieceStart
                        if let last = result.sentences.last, Int(result.sentenceParagraph.last!) == paragraphIndex,
                           insideOpaque || options.endsWithAbbreviation(text, lowerBound: last.start, end: last.end) {
                            result.sentences[result.sentences.count - 1] = TextRange(start: last.start, end: Self.trimmed(text, pieceEnd, from: last.start))
                        } else {
                            result.sentences.append(TextRange(start: pieceStart, end: Self.trimmed(text, pieceEnd, from: pieceStart)))
                            result.sentenceParagraph.append(Int32(paragraphIndex))
                        }
                    }
                    start = max(clippedEnd, paragraph.end)
                    while start < end, CharacterClass.of(unit: text[start]).contains(.space) { start += 1 }
                }
            }
        }
        while result.paragraphSentenceStart.count < paragraphs.count + 1 {
            result.paragraphSentenceStart.append(Int32(result.sentences.count))
        }
    }

    /// A sentence does not start or end with an opaque stretch (an admonition fence, a JSX
    /// wrapper, inline code opening a list item): the sentence is the prose around it. A
    /// sentence of opaque stretches only keeps its range.
    private func trimOpaqueEnds(_ result: inout Segmentation, text: [UInt16], opaque: [TextRange]) {
        func isSpace(_ unit: UInt16) -> Bool { CharacterClass.of(unit: unit).contains(.space) }
        func opaqueStretch(containing offset: Int) -> TextRange? {
            let index = opaque.partitionPoint { $0.end > offset }
            return index < opaque.count && opaque[index].contains(offset) ? opaque[index] : nil
        }
        for index in result.sentences.indices {
            var range = result.sentences[index]
            var start = range.start
            while start < range.end {
                if let stretch = opaqueStretch(containing: start) {
                    start = stretch.end
                } else if isSpace(text[start]) {
                    start += 1
                } else {
                    break
                }
            }
            var end = range.end
            while end > start {
                if let stretch = opaqueStretch(containing: end - 1) {
                    end = stretch.start
                } else if isSpace(text[end - 1]) {
                    end -= 1
                } else {
                    break
                }
            }
            if start < end {
                range = TextRange(start: start, end: end)
                result.sentences[index] = range
            }
        }
    }

    /// Where the sentence that starts at `start` ends inside `start..<end`: before the first
    /// dash that opens a sentence, or at `end`. `next` walks `dashes` (offsets in order).
    static func pieceEnd(_ text: UnsafeBufferPointer<UInt16>, from start: Int, to end: Int, dashes: [Int32], next: inout Int) -> Int {
        while next < dashes.count, Int(dashes[next]) < start + 2 { next += 1 }
        var dash = next
        while dash < dashes.count, Int(dashes[dash]) + 2 < end {
            if opensSentence(dashAt: Int(dashes[dash]), in: text, from: start, to: end) { return Int(dashes[dash]) }
            dash += 1
        }
        return end
    }

    /// Whether the dash at `index` (inside `start..<end`) opens a sentence after one that
    /// ended: a full stop, `!`, `?` or `…` (closing quotes or brackets may follow), spaces,
    /// the dash, a space, maybe an opening quote, then a capital.
    static func opensSentence(dashAt index: Int, in text: UnsafeBufferPointer<UInt16>, from start: Int, to end: Int) -> Bool {
        guard index >= start + 2, index + 2 < end, text[index + 1] == 0x20 || text[index + 1] == 0xA0,
              text[index - 1] == 0x20 || text[index - 1] == 0xA0 else { return false }
        // Before: spaces, closing marks, then the sentence's end.
        var before = index - 1
        while before > start, text[before] == 0x20 || text[before] == 0xA0 { before -= 1 }
        while before > start, CharacterClass.of(unit: text[before]).contains(.closePunctuation) || CharacterClass.of(unit: text[before]).contains(.finalPunctuation)
            || text[before] == 0x22 || text[before] == 0xBB { before -= 1 }
        guard before > start, text[before] == 0x2E || text[before] == 0x21 || text[before] == 0x3F || text[before] == 0x2026 else { return false }
        // After: a space, opening marks, a capital.
        var after = index + 1
        while after < end, text[after] == 0x20 || text[after] == 0xA0 { after += 1 }
        while after < end, CharacterClass.of(unit: text[after]).contains(.openPunctuation) || CharacterClass.of(unit: text[after]).contains(.initialPunctuation)
            || text[after] == 0x22 || text[after] == 0xAB || text[after] == 0x201E { after += 1 }
        return after < end && CharacterClass.of(unit: text[after]).contains(.upper)
    }

    /// `end` moved back over white space, not before `start`.
    static func trimmed(_ text: UnsafeBufferPointer<UInt16>, _ end: Int, from start: Int) -> Int {
        var end = end
        while end > start, CharacterClass.of(unit: text[end - 1]).contains(.space) { end -= 1 }
        return end
    }

    /// Records, for each sentence, the index of its first word (a linear merge: both lists are
    /// in text order and the gaps between sentences hold no words).
    private func assignWordsToSentences(_ result: inout Segmentation) {
        var starts: [Int32] = []
        starts.reserveCapacity(result.sentences.count + 1)
        let wordStarts = result.words.starts
        var wordIndex = 0
        for sentence in result.sentences {
            while wordIndex < wordStarts.count, Int(wordStarts[wordIndex]) < sentence.start { wordIndex += 1 }
            starts.append(Int32(wordIndex))
        }
        if let last = result.sentences.last {
            while wordIndex < wordStarts.count, Int(wordStarts[wordIndex]) < last.end { wordIndex += 1 }
        }
        starts.append(Int32(wordIndex))
        result.sentenceWordStart = starts
    }
}
