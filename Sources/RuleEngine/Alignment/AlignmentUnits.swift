import TextCore

/// What the alignment links on one side: the document's sentences, or — for two plain texts
/// that keep one segment per line, as MT pipelines and JSONL feeds do — its sentences cut
/// at the line breaks inside them (a line without a full stop is still a segment of its own,
/// though the sentence breaker joins it with the next).
public struct AlignmentUnits: Sendable {
    /// Each unit's range (NFC offsets) and words.
    public private(set) var ranges: [TextRange] = []
    public private(set) var words: [Range<Int>] = []
    /// For each paragraph, its units.
    public private(set) var paragraphUnits: [Range<Int>] = []
    /// Whether units are cut at line breaks.
    public let isLines: Bool

    /// The document's sentences, or its sentences cut at line breaks (`lines`).
    init(_ document: AnalyzedDocument, lines: Bool) {
        isLines = lines
        let segmentation = document.segmentation
        let table = document.words
        let breaks = lines ? document.sites(.lineBreak).map { $0 } : []
        var nextBreak = 0
        for paragraph in segmentation.paragraphs.indices {
            let first = ranges.count
            for sentence in segmentation.sentenceIndices(inParagraph: paragraph) {
                let range = segmentation.sentences[sentence]
                let sentenceWords = segmentation.wordIndices(inSentence: sentence)
                guard lines else {
                    ranges.append(range)
                    words.append(sentenceWords)
                    continue
                }
                while nextBreak < breaks.count, breaks[nextBreak] < range.start { nextBreak += 1 }
                var start = range.start
                var word = sentenceWords.lowerBound
                while nextBreak < breaks.count, breaks[nextBreak] < range.end {
                    let cut = breaks[nextBreak]
                    nextBreak += 1
                    var end = cut
                    while end > start, CharacterClass.of(unit: document.text[end - 1]).contains(.space) { end -= 1 }
                    let wordStart = word
                    while word < sentenceWords.upperBound, Int(table.starts[word]) < cut { word += 1 }
                    if end > start {
                        ranges.append(TextRange(start: start, end: end))
                        words.append(wordStart..<word)
                    }
                    start = cut + 1
                    while start < range.end, CharacterClass.of(unit: document.text[start]).contains(.space) { start += 1 }
                }
                if range.end > start {
                    ranges.append(TextRange(start: start, end: range.end))
                    words.append(word..<sentenceWords.upperBound)
                }
            }
            paragraphUnits.append(first..<ranges.count)
        }
    }

    public var count: Int { ranges.count }

    /// The words of units `units` (consecutive).
    func words(of units: Range<Int>) -> Range<Int> {
        guard !units.isEmpty else { return 0..<0 }
        return words[units.lowerBound].lowerBound..<words[units.upperBound - 1].upperBound
    }

    /// The range covering units `units` (consecutive).
    func range(of units: Range<Int>) -> TextRange {
        TextRange(start: ranges[units.lowerBound].start, end: ranges[units.upperBound - 1].end)
    }

    /// The unit holding `offset`, if any.
    func unit(containing offset: Int) -> Int? {
        let index = ranges.partitionPoint { $0.end > offset }
        return index < ranges.count && ranges[index].start <= offset ? index : nil
    }
}
