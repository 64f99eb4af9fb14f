/// Finds paragraphs: runs of non-blank lines, separated by blank lines (or U+2029).
///
/// A text with several lines and no blank line at all is ambiguous: it may be hard-wrapped
/// prose (one paragraph) or one paragraph per line, as articles pulled from a CMS often are.
/// When most of its lines end a sentence, it is read as one paragraph per line.
enum ParagraphSplitter {
    /// Splits `text`, whose line-break characters (UTF16Scalar.isLineBreak) are at
    /// `lineBreaks`, in order.
    static func paragraphs(in text: UnsafeBufferPointer<UInt16>, lineBreaks: [Int32]) -> [TextRange] {
        let lines = lineRanges(in: text, lineBreaks: lineBreaks)
        let hasBlankLine = lines.contains { isBlank($0, text) } || lineBreaks.contains { text[Int($0)] == 0x2029 }
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
    /// (Vertical tab and form feed are line breaks for sentences, not for lines.)
    private static func lineRanges(in text: UnsafeBufferPointer<UInt16>, lineBreaks: [Int32]) -> [TextRange] {
        var lines: [TextRange] = []
        lines.reserveCapacity(lineBreaks.count + 1)
        var start = 0
        for lineBreak in lineBreaks {
            let index = Int(lineBreak)
            // The LF of a CR LF pair was consumed with its CR.
            guard index >= start else { continue }
            let unit = text[index]
            guard unit == 0x0A || unit == 0x0D || unit == 0x2028 || unit == 0x2029 || unit == 0x85 else { continue }
            lines.append(TextRange(start: start, end: index))
            if unit == 0x2029 { lines.append(TextRange(start: index, end: index)) }
            start = index + 1
            if unit == 0x0D, start < text.count, text[start] == 0x0A { start += 1 }
        }
        lines.append(TextRange(start: start, end: text.count))
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
