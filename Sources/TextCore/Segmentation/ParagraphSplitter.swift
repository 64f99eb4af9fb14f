/// Finds paragraphs: runs of non-blank lines, separated by blank lines (or U+2029).
///
/// A text with several lines and no blank line at all is ambiguous: it may be hard-wrapped
/// prose (one paragraph) or one paragraph per line, as articles pulled from a CMS often are.
/// When most of its lines end a sentence, it is read as one paragraph per line.
enum ParagraphSplitter {
    static func paragraphs(in text: UnsafeBufferPointer<UInt16>) -> [TextRange] {
        let lines = lineRanges(in: text)
        let hasBlankLine = lines.contains { isBlank($0, text) } || text.contains(0x2029)
        if !hasBlankLine, lines.count > 1, mostLinesEndSentences(lines, text) {
            return lines.compactMap { trimmed($0, text) }
        }
        var paragraphs: [TextRange] = []
        var start: Int?
        var end = 0
        for line in lines {
            if isBlank(line, text) {
                if let begin = start, let paragraph = trimmed(TextRange(start: begin, end: end), text) {
                    paragraphs.append(paragraph)
                }
                start = nil
            } else {
                if start == nil { start = line.start }
                end = line.end
            }
        }
        if let begin = start, let paragraph = trimmed(TextRange(start: begin, end: end), text) {
            paragraphs.append(paragraph)
        }
        return paragraphs
    }

    /// Lines without their line breaks; U+2029 ends a line and counts as a blank line after it.
    private static func lineRanges(in text: UnsafeBufferPointer<UInt16>) -> [TextRange] {
        var lines: [TextRange] = []
        var start = 0
        var index = 0
        let count = text.count
        while index < count {
            let unit = text[index]
            if unit == 0x0A || unit == 0x0D || unit == 0x2028 || unit == 0x2029 || unit == 0x85 {
                lines.append(TextRange(start: start, end: index))
                if unit == 0x2029 { lines.append(TextRange(start: index, end: index)) }
                if unit == 0x0D, index + 1 < count, text[index + 1] == 0x0A { index += 1 }
                start = index + 1
            }
            index += 1
        }
        lines.append(TextRange(start: start, end: count))
        return lines
    }

    private static func isBlank(_ line: TextRange, _ text: UnsafeBufferPointer<UInt16>) -> Bool {
        for index in line.start..<line.end where !CharacterClass.of(unit: text[index]).contains(.space) {
            return false
        }
        return true
    }

    private static func trimmed(_ range: TextRange, _ text: UnsafeBufferPointer<UInt16>) -> TextRange? {
        var start = range.start
        var end = range.end
        while start < end, CharacterClass.of(unit: text[start]).contains(.space) { start += 1 }
        while end > start, CharacterClass.of(unit: text[end - 1]).contains(.space) { end -= 1 }
        return start < end ? TextRange(start: start, end: end) : nil
    }

    private static func mostLinesEndSentences(_ lines: [TextRange], _ text: UnsafeBufferPointer<UInt16>) -> Bool {
        var ending = 0
        var total = 0
        for line in lines.dropLast() {
            guard let content = trimmed(line, text) else { continue }
            total += 1
            var last = content.end - 1
            // Skip closing quotes and brackets after the terminal punctuation.
            while last > content.start {
                let properties = CharacterClass.of(unit: text[last])
                guard properties.contains(.quotation) || properties.contains(.closePunctuation) || properties.contains(.finalPunctuation) else { break }
                last -= 1
            }
            if CharacterClass.of(unit: text[last]).contains(.sentenceTerminal) { ending += 1 }
        }
        return total > 0 && ending * 2 >= total
    }
}
