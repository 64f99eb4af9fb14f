import TextCore

/// What a paragraph is, for the rules that only make sense on running prose.
///
/// Articles carry more than prose: code and configuration examples, tables flattened to
/// text, headings, list labels. A shell session is not a sentence to split, a column layout
/// is not a doubled space, and a table cell repeated in the next row is not a duplicated
/// passage. Measured on unfiltered documentation, more than half of all false alarms came
/// from such blocks before they were told apart.
public enum ParagraphKind: Sendable, Equatable {
    /// Running text: every rule applies.
    case prose
    /// Code, configuration, a shell session or a column layout: only encoding rules apply.
    case code
    /// A heading, table cell or list label: no sentence-final punctuation and few words. Not
    /// a sentence for the duplication rules.
    case fragment
}

/// The kind of every paragraph of a document.
///
/// A plain-text paragraph is judged from its lines (`ListingLine`) and its words; a
/// paragraph a format reader delivered as a block (a Markdown heading, an HTML table cell,
/// a fenced code block) has the kind its block says.
public final class ParagraphKinds: DocumentAnalysis {
    public let kinds: [ParagraphKind]

    public init(_ document: AnalyzedDocument) {
        let segmentation = document.segmentation
        let sites = document.characterSites
        let blocks = document.paragraphBlocks
        kinds = document.withText { text in
            segmentation.paragraphs.indices.map { index in
                let paragraph = segmentation.paragraphs[index]
                let sentences = segmentation.sentenceIndices(inParagraph: index)
                let words = sentences.isEmpty ? 0 : Int(segmentation.sentenceWordStart[sentences.upperBound]) - Int(segmentation.sentenceWordStart[sentences.lowerBound])
                if let block = blocks?[index] {
                    return Self.kind(of: block.kind, paragraph, in: text, wordCount: words, sites: sites.offsets(in: paragraph))
                }
                return Self.classify(paragraph, in: text, wordCount: words, sites: sites.offsets(in: paragraph))
            }
        }
    }

    /// The kind of a block a format reader delivered: what the format says, and for running
    /// text whether it reads as a sentence. Only translation units, whose strings may be
    /// anything from a sentence to a command line, are judged from their lines as plain text.
    static func kind(of block: BlockKind, _ paragraph: TextRange, in text: TextView, wordCount: Int, sites: ArraySlice<Int32>) -> ParagraphKind {
        switch block {
        case .code: return .code
        case .heading, .tableCell, .caption: return .fragment
        case .segment: return classify(paragraph, in: text, wordCount: wordCount, sites: sites)
        case .paragraph, .listItem:
            return !endsWithSentencePunctuation(paragraph, text) && wordCount <= 12 ? .fragment : .prose
        }
    }

    /// Classifies a paragraph of plain text from its lines and words.
    static func classify(_ paragraph: TextRange, in text: TextView, wordCount: Int, sites: ArraySlice<Int32>) -> ParagraphKind {
        // Most paragraphs are one line of more than ten words with at most one code symbol:
        // then only a column gap, a prompt or the final punctuation can make them other than
        // prose, and the character sites show all of it.
        if wordCount > 10 {
            let quick = CharacterScans.sitesShape(text.buffer, sites)
            if quick.lineBreaks == 0, quick.symbols < 2 {
                if quick.columnGaps > 0, wordCount <= 25 { return .code }
                if wordCount <= 25, ListingLine.isPrompt(paragraph, in: text, isOnlyLine: true) { return .code }
                if !endsWithSentencePunctuation(paragraph, text), wordCount <= 12 { return .fragment }
                return .prose
            }
        }
        var lineCount = 0
        var isOnlyLine = false
        var listingLines = 0
        var alignedLines = 0
        var visible = 0
        var symbols = 0
        CharacterScans.forEachLine(text.buffer, paragraph) { line, only in
            lineCount += 1
            isOnlyLine = only
            if ListingLine.looksLikeListing(line, in: text, isOnlyLine: only) { listingLines += 1 }
            if line.hasColumnGap { alignedLines += 1 }
            visible += line.visible
            symbols += line.symbols
        }
        if lineCount >= 2, listingLines * 5 >= lineCount * 2 { return .code }
        if lineCount >= 2, alignedLines >= 2 { return .code }
        if isOnlyLine, alignedLines == 1, wordCount <= 25 { return .code }
        if visible >= 12, symbols * 100 >= visible * 12 { return .code }
        if isOnlyLine, wordCount <= 25, ListingLine.isPrompt(paragraph, in: text, isOnlyLine: true) { return .code }
        if isOnlyLine, wordCount <= 10, listingLines == 1 { return .code }
        if !endsWithSentencePunctuation(paragraph, text), wordCount <= 12 { return .fragment }
        return .prose
    }

    static func endsWithSentencePunctuation(_ range: TextRange, _ text: TextView) -> Bool {
        var last = range.end - 1
        while last > range.start {
            let properties = text.characterClass(at: last)
            guard properties.contains(.quotation) || properties.contains(.closePunctuation) || properties.contains(.space) else { break }
            last -= 1
        }
        let unit = text[last]
        return CharacterClass.of(unit: unit).contains(.sentenceTerminal) || unit == 0x2026 || unit == 0x3A || unit == Unit.fullwidthColon
    }
}
