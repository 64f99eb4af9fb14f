import TextCore

/// Finds glossary terms in text: whole words (a term in a language written without spaces
/// matches anywhere), case-folded unless the glossary says the case matters. Works on the
/// UTF-16 text, folded unit by unit, so offsets stay those of the text.
struct TermMatcher {
    let text: [UInt16]
    let folded: [UInt16]

    init(_ text: [UInt16]) {
        self.text = text
        folded = text.map { $0 & 0xF800 == 0xD800 ? $0 : UInt16(truncatingIfNeeded: CaseFolding.lowercase(UInt32($0))) }
    }

    /// The places of `term` inside `range`.
    func ranges(of term: String, in range: TextRange, caseSensitive: Bool) -> [TextRange] {
        let needle = Array(term.utf16).map { caseSensitive || $0 & 0xF800 == 0xD800 ? $0 : UInt16(truncatingIfNeeded: CaseFolding.lowercase(UInt32($0))) }
        guard !needle.isEmpty, range.length >= needle.count else { return [] }
        let haystack = caseSensitive ? text : folded
        let spaced = needle.contains(0x20) || needle.allSatisfy { $0 < 0x3000 }
        var found: [TextRange] = []
        var index = range.start
        while index + needle.count <= range.end {
            if haystack[index] == needle[0], haystack[index..<(index + needle.count)].elementsEqual(needle) {
                let end = index + needle.count
                if !spaced || (isBoundary(before: index) && isBoundary(after: end)) { found.append(TextRange(start: index, end: end)) }
                index = end
            } else {
                index += 1
            }
        }
        return found
    }

    func contains(_ term: String, in range: TextRange, caseSensitive: Bool) -> Bool { !ranges(of: term, in: range, caseSensitive: caseSensitive).isEmpty }

    private func isBoundary(before offset: Int) -> Bool {
        offset == 0 || !isWordCharacter(text[offset - 1])
    }

    private func isBoundary(after offset: Int) -> Bool {
        offset >= text.count || !isWordCharacter(text[offset])
    }

    private func isWordCharacter(_ unit: UInt16) -> Bool {
        let properties = CharacterClass.of(unit: unit)
        return properties.contains(.alphabetic) || properties.contains(.digit) || properties.contains(.mark)
    }
}
