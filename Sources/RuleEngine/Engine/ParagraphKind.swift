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

    /// Classifies a paragraph of `text`.
    static func classify(_ paragraph: TextRange, in text: UnsafeBufferPointer<UInt16>, wordCount: Int, notable: UnsafeBufferPointer<Int32>) -> ParagraphKind {
        // Most paragraphs are one line of more than ten words with at most one code symbol:
        // then only a column gap, a prompt or the final punctuation can make them other than
        // prose, and the notable offsets show all of it.
        if wordCount > 10 {
            let quick = CharacterScans.notableShape(text, notable)
            if quick.lineBreaks == 0, quick.symbols < 2 {
                if quick.columnGaps > 0, wordCount <= 25 { return .code }
                if wordCount <= 25, isPromptLine(paragraph, text) { return .code }
                if !endsWithSentencePunctuation(paragraph, text), wordCount <= 12 { return .fragment }
                return .prose
            }
        }
        // The per-character counting (lines that look like listings, column gaps, symbols)
        // is done in C: see CharacterScans.
        let shape = CharacterScans.lineShape(text, paragraph)
        if shape.lines >= 2, shape.codeLines * 5 >= shape.lines * 2 { return .code }
        if shape.lines >= 2, shape.alignedLines >= 2 { return .code }
        if shape.lines == 1, shape.alignedLines == 1, wordCount <= 25 { return .code }
        if shape.visible >= 12, shape.symbols * 100 >= shape.visible * 12 { return .code }
        if shape.lines == 1, wordCount <= 25, isPromptLine(paragraph, text) { return .code }
        if shape.lines == 1, wordCount <= 10, shape.codeLines == 1 { return .code }
        if !endsWithSentencePunctuation(paragraph, text), wordCount <= 12 { return .fragment }
        return .prose
    }

    /// A single line that is a shell command: "$ apt-get install …", or "# mount -t …" (a
    /// root prompt, told from a Markdown heading by an option or a path on the line).
    private static func isPromptLine(_ line: TextRange, _ text: UnsafeBufferPointer<UInt16>) -> Bool {
        guard line.length >= 3, text[line.start + 1] == 0x20 else { return false }
        switch text[line.start] {
        case 0x24, 0x25: return true
        case 0x23:
            for index in (line.start + 1)..<(line.end - 1) where text[index] == 0x20 && (text[index + 1] == 0x2D || text[index + 1] == 0x2F) {
                return true
            }
            return false
        default: return false
        }
    }

    static func endsWithSentencePunctuation(_ range: TextRange, _ text: UnsafeBufferPointer<UInt16>) -> Bool {
        var last = range.end - 1
        while last > range.start {
            let properties = CharacterClass.of(unit: text[last])
            guard properties.contains(.quotation) || properties.contains(.closePunctuation) || properties.contains(.space) else { break }
            last -= 1
        }
        let unit = text[last]
        return CharacterClass.of(unit: unit).contains(.sentenceTerminal) || unit == 0x2026 || unit == 0x3A || unit == 0xFF1A
    }
}
