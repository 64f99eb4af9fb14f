import TextCore

/// Whether a line of plain text belongs to a listing (a shell session, a program, a
/// configuration file) rather than to prose. The one place this is decided: `ParagraphKinds`
/// asks it for every line of a paragraph that is not plainly prose, from the counts the C
/// kernels took (`CharacterScans.LineFacts`).
///
/// A line starting with `# ` is the hard case: in a shell session it is a root prompt or a
/// comment, in a text pasted from Markdown a heading. Among other lines it counts as a
/// listing line; alone, when it carries an option or a path (`# mount -t ext4 /dev/sda1`),
/// is indented, or goes on with a word that is not capitalised (`# apt-get install git`); a
/// heading starts at the margin with a capital (`# The budget talks resume`).
enum ListingLine {
    /// "$ apt-get install …", "% make", or "# mount -t …": a line that is a command.
    static func isPrompt(_ line: TextRange, in text: TextView, isOnlyLine: Bool) -> Bool {
        guard line.length >= 3, text[line.start + 1] == Unit.space else { return false }
        switch text[line.start] {
        case Unit.dollarSign, Unit.percentSign: return true
        case Unit.numberSign: return !isOnlyLine || isRootCommand(line, in: text)
        default: return false
        }
    }

    /// A tab or four spaces of indentation, a prompt or comment, `//`, a lone brace, a
    /// numbered listing line ("13  <insert long description>"), or mostly technical tokens.
    static func looksLikeListing(_ facts: CharacterScans.LineFacts, in text: TextView, isOnlyLine: Bool) -> Bool {
        var start = facts.range.start
        let end = facts.range.end
        if text[start] == Unit.tab { return true }
        if end - start >= 4, (start..<(start + 4)).allSatisfy({ text[$0] == Unit.space }) { return true }
        while start < end, text[start] == Unit.space { start += 1 }
        guard start < end else { return false }
        let mayBeTechnical = facts.tokens >= 2 && facts.hints * 5 >= facts.tokens * 2
        if mayBeTechnical, technicalTokensDominate(TextRange(start: start, end: end), in: text) { return true }
        let lead = text[start]
        let next: UInt16 = start + 1 < end ? text[start + 1] : 0x20
        if (lead == 0x24 || lead == Unit.percentSign) && next == Unit.space { return true }  // $ %
        if lead == Unit.numberSign, next == Unit.space { return !isOnlyLine || isRootCommand(TextRange(start: start, end: end), in: text) }  // #
        if lead == Unit.solidus, next == Unit.solidus { return true }  // //
        if (lead == 0x7B || lead == Unit.rightCurlyBracket), end - start <= 2 { return true }  // { }
        var digits = start
        while digits < end, text[digits] >= 0x30, text[digits] <= 0x39 { digits += 1 }
        return digits > start && digits + 1 < end && ((text[digits] == 0x20 && text[digits + 1] == Unit.space) || text[digits] == Unit.tab)
    }

    /// Whether a line "# …" standing alone is a root prompt or a comment rather than a
    /// heading: indented, or its first word not capitalised, or an option or a path on it.
    private static func isRootCommand(_ line: TextRange, in text: TextView) -> Bool {
        guard line.length >= 3 else { return true }
        if line.start > 0, text[line.start - 1] == 0x20 || text[line.start - 1] == Unit.tab { return true }
        if !text.characterClass(at: line.start + 2).contains(.upper) { return true }
        return hasOptionOrPath(line, in: text)
    }

    /// Whether a space is followed by "-" or "/" on the line: an option or a path.
    private static func hasOptionOrPath(_ line: TextRange, in text: TextView) -> Bool {
        guard line.length >= 3 else { return false }
        for index in (line.start + 1)..<(line.end - 1) where text[index] == 0x20 && (text[index + 1] == 0x2D || text[index + 1] == Unit.solidus) {
            return true
        }
        return false
    }

    /// Whether most space-separated tokens of the line are technical: paths, options,
    /// assignments, dotted numbers, words mixing letters and digits.
    private static func technicalTokensDominate(_ line: TextRange, in text: TextView) -> Bool {
        var tokens = 0
        var technical = 0
        var index = line.start
        let end = line.end
        while index < end {
            while index < end, text[index] == 0x20 || text[index] == Unit.tab { index += 1 }
            guard index < end else { break }
            let tokenStart = index
            var hasLetter = false
            var hasDigit = false
            var hasSymbol = false
            while index < end, text[index] != Unit.space, text[index] != Unit.tab {
                let unit = text[index]
                let properties = CharacterClass.of(unit: unit)
                if properties.contains(.alphabetic) { hasLetter = true }
                if properties.contains(.digit) { hasDigit = true }
                // A symbol inside the token, not sentence punctuation at its end.
                if unit < 0x80, TechnicalCharacters.hints.contains(unit), !(0x30...0x39).contains(unit), index > tokenStart, index + 1 < end,
                   text[index + 1] != Unit.space {
                    hasSymbol = true
                }
                index += 1
            }
            tokens += 1
            if (hasSymbol && (hasLetter || hasDigit)) || (hasDigit && hasLetter) || text[tokenStart] == Unit.hyphenMinus { technical += 1 }
        }
        return tokens >= 2 && technical * 5 >= tokens * 2
    }
}
