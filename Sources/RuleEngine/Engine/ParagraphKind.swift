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
    static func classify(_ paragraph: TextRange, in text: UnsafeBufferPointer<UInt16>, wordCount: Int) -> ParagraphKind {
        let codeSymbols = Self.codeSymbols
        let tokenSymbols = Self.tokenSymbols
        var lines = 0
        var codeLines = 0
        var alignedLines = 0
        var symbols = 0
        var visible = 0
        // Per line, in the same pass: tab- or space-separated tokens, characters that a
        // technical token needs (a digit or a symbol), and whether a run of three spaces
        // follows the indentation (a column gap). A line with too few technical hints cannot
        // be mostly technical tokens, which spares the token scan on almost every line.
        var lineStart = paragraph.start
        var tokens = 0
        var hints = 0
        var spaceRun = 0
        var indented = true
        var columnGap = false
        var index = paragraph.start
        while index <= paragraph.end {
            let atEnd = index == paragraph.end
            let unit: UInt16 = atEnd ? 0x0A : text[index]
            if atEnd || UTF16Scalar.isLineBreak(unit) {
                let line = TextRange(start: lineStart, end: index)
                if !line.isEmpty {
                    lines += 1
                    if looksLikeCode(line, text, mayBeTechnical: tokens >= 2 && hints * 5 >= tokens * 2) { codeLines += 1 }
                    if columnGap { alignedLines += 1 }
                }
                lineStart = index + 1
                tokens = 0
                hints = 0
                spaceRun = 0
                indented = true
                columnGap = false
            } else if unit == 0x20 {
                if !indented {
                    spaceRun += 1
                    if spaceRun >= 3 { columnGap = true }
                }
            } else if unit == 0x09 {
                indented = false
                spaceRun = 0
            } else {
                if index == lineStart || text[index - 1] == 0x20 || text[index - 1] == 0x09 { tokens += 1 }
                indented = false
                spaceRun = 0
                if unit < 0x80 {
                    if unit >= 0x30 && unit <= 0x39 || tokenSymbols.contains(unit) { hints += 1 }
                    if unit > 0x20 || !CharacterClass.of(unit: unit).contains(.space) {
                        visible += 1
                        if codeSymbols.contains(unit) { symbols += 1 }
                    }
                } else {
                    let properties = CharacterClass.of(unit: unit)
                    if properties.contains(.digit) { hints += 1 }
                    if !properties.contains(.space) { visible += 1 }
                }
            }
            index += 1
        }
        if lines >= 2, codeLines * 5 >= lines * 2 { return .code }
        if lines >= 2, alignedLines >= 2 { return .code }
        if lines == 1, alignedLines == 1, wordCount <= 25 { return .code }
        if visible >= 12, symbols * 100 >= visible * 12 { return .code }
        if lines == 1, wordCount <= 25, isPromptLine(paragraph, text) { return .code }
        if lines == 1, wordCount <= 10, codeLines == 1 { return .code }
        if !endsWithSentencePunctuation(paragraph, text), wordCount <= 12 { return .fragment }
        return .prose
    }

    /// Characters that are rare in prose and common in code and configuration.
    static let codeSymbols = ASCIISet("{}[]<>=|\\/$#_;~^*@`")
    /// Characters that, inside a token, make it technical: paths, options, assignments.
    static let tokenSymbols = ASCIISet("/_=-:.${}[]<>|\\")

    /// A line that starts like a shell prompt or comment, or is indented like a listing.
    private static func looksLikeCode(_ line: TextRange, _ text: UnsafeBufferPointer<UInt16>, mayBeTechnical: Bool) -> Bool {
        let first = text[line.start]
        if first == 0x09 { return true }
        if line.length >= 4, (line.start..<(line.start + 4)).allSatisfy({ text[$0] == 0x20 }) { return true }
        var start = line.start
        while start < line.end, text[start] == 0x20 { start += 1 }
        guard start < line.end else { return false }
        if mayBeTechnical, mostlyTechnicalTokens(TextRange(start: start, end: line.end), text) { return true }
        let lead = text[start]
        let next: UInt16 = start + 1 < line.end ? text[start + 1] : 0x20
        // "$ cmd", "# comment", "% cmd", "// comment", "{", "}". (A lone "# " line is a
        // Markdown heading; only lines among others count.)
        if (lead == 0x24 || lead == 0x23 || lead == 0x25) && next == 0x20 { return true }
        if lead == 0x2F && next == 0x2F { return true }
        if (lead == 0x7B || lead == 0x7D) && line.end - start <= 2 { return true }
        // A numbered listing: "13  <insert long description>".
        var digits = start
        while digits < line.end, text[digits] >= 0x30 && text[digits] <= 0x39 { digits += 1 }
        if digits > start, digits + 1 < line.end, (text[digits] == 0x20 && text[digits + 1] == 0x20) || text[digits] == 0x09 { return true }
        return false
    }

    /// A line whose whitespace-separated tokens are mostly technical (paths, options,
    /// assignments, dotted numbers): "d-i netcfg/get_ipaddress string 192.168.1.42".
    private static func mostlyTechnicalTokens(_ line: TextRange, _ text: UnsafeBufferPointer<UInt16>) -> Bool {
        var tokens = 0
        var technical = 0
        var index = line.start
        while index < line.end {
            while index < line.end, text[index] == 0x20 || text[index] == 0x09 { index += 1 }
            guard index < line.end else { break }
            let start = index
            var hasLetter = false
            var hasDigit = false
            var hasSymbol = false
            while index < line.end, text[index] != 0x20, text[index] != 0x09 {
                let unit = text[index]
                let properties = CharacterClass.of(unit: unit)
                if properties.contains(.alphabetic) { hasLetter = true }
                if properties.contains(.digit) { hasDigit = true }
                if tokenSymbols.contains(unit), index > start, index + 1 < line.end,
                   text[index + 1] != 0x20 {
                    hasSymbol = true  // inside the token, not sentence punctuation at its end
                }
                index += 1
            }
            tokens += 1
            if (hasSymbol && (hasLetter || hasDigit)) || (hasDigit && hasLetter) || text[start] == 0x2D { technical += 1 }
        }
        return tokens >= 2 && technical * 5 >= tokens * 2
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
