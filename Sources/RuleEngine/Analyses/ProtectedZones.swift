import TextCore

/// Stretches of an article that are not prose: URLs, e-mail addresses, domain names, paths
/// and options, `code` spans, HTML comments, and code paragraphs. A quote mark, a doubled
/// period or a missing space inside them is not a writing defect; every rule but the encoding
/// ones skips them.
public final class ProtectedZones: DocumentAnalysis {
    public let ranges: [TextRange]

    public init(_ document: AnalyzedDocument) {
        let opaque = document.opaque
        let code = zip(document.segmentation.paragraphs, document.paragraphKinds).filter { $0.1 == .code }.map(\.0) + opaque
        let sites = document.characterSites.offsets
        ranges = document.withText { Self.find(in: $0, sites: sites, adding: code, opaque: opaque) }
    }

    /// The protected stretches of `text` (whose character sites are `sites`), with `extra`
    /// ones (code paragraphs, opaque stretches) merged in. A token that runs into an opaque
    /// stretch (`mich“-Seite` glued to `</Spoiler>`) is judged without it: the stretch is
    /// protected anyway, and its `<` and `/` say nothing of the word beside it.
    static func find(in text: TextView, sites: [Int32], adding extra: [TextRange], opaque: [TextRange] = []) -> [TextRange] {
        // The scan for candidates is done in C; only tokens with a technical character come
        // back for the closer look here.
        var ranges: [TextRange] = []
        CharacterScans.tokenSpans(text.buffer, sites: sites) { span in
            switch span {
            case .zone(let zone):
                ranges.append(zone)
            case .candidate(let token):
                if opaque.isEmpty {
                    if let protected = protectedPart(text, token) { ranges.append(protected) }
                } else {
                    for piece in pieces(of: token, outside: opaque) {
                        if let protected = protectedPart(text, piece) { ranges.append(protected) }
                    }
                }
            }
        }
        guard !extra.isEmpty else { return ranges }
        var merged: [TextRange] = []
        for range in (ranges + extra).sorted() {
            if let last = merged.last, range.start <= last.end {
                merged[merged.count - 1] = TextRange(start: last.start, end: max(last.end, range.end))
            } else {
                merged.append(range)
            }
        }
        return merged
    }

    /// The parts of `token` outside the opaque stretches.
    private static func pieces(of token: TextRange, outside opaque: [TextRange]) -> [TextRange] {
        guard !opaque.isEmpty else { return [token] }
        var result: [TextRange] = []
        var start = token.start
        var index = opaque.partitionPoint { $0.end > token.start }
        while index < opaque.count, opaque[index].start < token.end {
            if opaque[index].start > start { result.append(TextRange(start: start, end: opaque[index].start)) }
            start = max(start, opaque[index].end)
            index += 1
        }
        if start < token.end { result.append(TextRange(start: start, end: token.end)) }
        return result
    }

    /// The protected part of a token holding a technical character: an address (its ASCII
    /// part without wrapping quotes, brackets or final punctuation), or a technical term.
    private static func protectedPart(_ text: TextView, _ token: TextRange) -> TextRange? {
        let index = token.start
        let end = token.end
        // Addresses are ASCII and, in CJK text, run straight into the next word: they end at
        // the first non-ASCII character.
        var asciiEnd = index
        while asciiEnd < end, text[asciiEnd] < 0x80 || Self.isWrapper(text[asciiEnd]) && asciiEnd == index { asciiEnd += 1 }
        var start = index
        while start < asciiEnd, Self.isWrapper(text[start]) { start += 1 }
        var trimmedEnd = asciiEnd
        while trimmedEnd > start, Self.isWrapper(text[trimmedEnd - 1]) || Self.isSentencePunctuation(text[trimmedEnd - 1]) || text[trimmedEnd - 1] == Unit.colon {
            trimmedEnd -= 1
        }
        if trimmedEnd > start, Self.looksLikeAddress(text, start, trimmedEnd) {
            return TextRange(start: start, end: trimmedEnd)
        }
        // In Chinese and Japanese a term runs straight into the next word ("“_templates”用于"):
        // only its ASCII part is the term.
        let runsIntoCJK = (index..<end).contains { text.characterClass(at: $0).contains(.ideographic) }
        return Self.technicalRange(text, index, runsIntoCJK ? asciiEnd : end)
    }

    /// Whether `offset` lies inside a protected stretch.
    public func contains(_ offset: Int) -> Bool {
        let index = ranges.partitionPoint { $0.end > offset }
        return index < ranges.count && ranges[index].contains(offset)
    }

    /// Whether any part of `range` is protected.
    public func intersects(_ range: TextRange) -> Bool {
        let index = ranges.partitionPoint { $0.end > range.start }
        return index < ranges.count && ranges[index].start < max(range.end, range.start + 1)
    }


    /// `. , ; ! ?`: what may end a sentence or clause right after a token.
    private static func isSentencePunctuation(_ unit: UInt16) -> Bool {
        unit == Unit.fullStop || unit == Unit.comma || unit == Unit.semicolon || unit == Unit.exclamationMark || unit == Unit.questionMark
    }

    /// Quotes and brackets around a token.
    private static func isWrapper(_ unit: UInt16) -> Bool {
        let properties = CharacterClass.of(unit: unit)
        return properties.contains(.quotation) || properties.contains(.openPunctuation) || properties.contains(.closePunctuation) || unit == 0x3C || unit == Unit.greaterThanSign
    }

    /// The protected part of a technical token: all of it but sentence punctuation at its end
    /// and quotes or brackets around it that it does not itself open ("(dh_perl(1))" keeps
    /// "dh_perl(1)"; "${misc:Depends}," keeps "${misc:Depends}"; "ffff::" keeps its "::").
    private static func technicalRange(_ text: TextView, _ tokenStart: Int, _ tokenEnd: Int) -> TextRange? {
        var start = tokenStart
        var end = tokenEnd
        while end > start, isSentencePunctuation(text[end - 1]) { end -= 1 }
        func balance(_ range: Range<Int>) -> Int {
            var depth = 0
            for index in range {
                let properties = CharacterClass.of(unit: text[index])
                if properties.contains(.openPunctuation) { depth += 1 }
                if properties.contains(.closePunctuation) { depth -= 1 }
            }
            return depth
        }
        while start < end, isWrapper(text[start]), balance(start..<end) > 0 || CharacterClass.of(unit: text[start]).contains(.quotation) { start += 1 }
        while end > start, isWrapper(text[end - 1]), balance(start..<end) < 0 || CharacterClass.of(unit: text[end - 1]).contains(.quotation) { end -= 1 }
        while end > start, isSentencePunctuation(text[end - 1]) { end -= 1 }
        guard end > start, looksTechnical(text, start, end) else { return nil }
        return TextRange(start: start, end: end)
    }

    /// Paths, options, assignments, identifiers and addresses written without spaces:
    /// "/etc/apt", "--arch", "-t", "key=value", "netcfg/get_gateway", "fc00::2",
    /// "00:1a:2b:3c", "$HOME", "~/src". Punctuation inside them is syntax, not prose.
    private static func looksTechnical(_ text: TextView, _ start: Int, _ end: Int) -> Bool {
        let length = end - start
        guard length >= 2 else { return false }
        let first = text[start]
        if first == Unit.hyphenMinus, CharacterClass.of(unit: text[start + 1]).contains(.alphabetic) || text[start + 1] == Unit.hyphenMinus { return true }  // -t, --arch
        if first == 0x24 || first == 0x7E || first == Unit.circumflexAccent { return true }  // $HOME, ~/src, ^A
        if first == Unit.numberSign, CharacterClass.of(unit: text[start + 1]).contains(.alphabetic) || CharacterClass.of(unit: text[start + 1]).contains(.digit) {
            return true  // #nnnnn, #123
        }
        var colons = 0
        var hexOrColon = true
        var hexLetters = 0
        for offset in start..<end {
            let unit = text[offset]
            switch unit {
            case Unit.solidus, Unit.reverseSolidus, Unit.equalsSign, Unit.lowLine, Unit.verticalLine, Unit.lessThanSign, Unit.greaterThanSign, Unit.leftCurlyBracket, Unit.rightCurlyBracket:  // / \ = _ | < > { }
                // A slash between two words ("and/or", "24/7") is prose.
                if unit == Unit.solidus, offset > start, offset + 1 < end,
                   !(start..<end).contains(where: { text[$0] == Unit.fullStop || text[$0] == Unit.lowLine || text[$0] == Unit.equalsSign }),
                   !(start..<end).contains(where: { text[$0] == Unit.solidus && $0 != offset }) {
                    continue
                }
                return true
            case Unit.colon:
                colons += 1
                if offset + 1 < end, text[offset + 1] == Unit.colon { return true }  // a::b, fc00::2
            default:
                let isHexLetter = unit | 0x20 >= 0x61 && unit | 0x20 <= 0x66
                if isHexLetter { hexLetters += 1 }
                if !(unit >= 0x30 && unit <= 0x39) && !isHexLetter { hexOrColon = false }
            }
        }
        // A MAC or IPv6 address ("00:1a:2b:3c:4d:5e"), not a time ("2:27:30").
        return colons >= 3 && hexOrColon && hexLetters > 0
    }

    /// What starts an address whatever follows, as UTF-16 (compared without case).
    private static let addressPrefixes: [[UInt16]] = ["http://", "https://", "ftp://", "www."].map { Array($0.utf16) }

    /// URL schemes, "www.", e-mail addresses, and lowercase dotted names ending in a known
    /// top-level-domain shape ("example.org", "gov.uk").
    private static func looksLikeAddress(_ text: TextView, _ start: Int, _ end: Int) -> Bool {
        let length = end - start
        guard length >= 4 else { return false }
        func has(_ units: [UInt16], at offset: Int) -> Bool {
            guard offset + units.count <= end else { return false }
            for (index, unit) in units.enumerated() where text[offset + index] | 0x20 != unit | 0x20 { return false }
            return true
        }
        if addressPrefixes.contains(where: { has($0, at: start) }) { return true }
        var sawAt = false
        var lastDot = -1
        var letters = 0
        for offset in start..<end {
            let unit = text[offset]
            if unit == Unit.commercialAt { sawAt = true }
            if unit == Unit.fullStop { lastDot = offset }
            if unit == Unit.solidus, offset + 1 < end, text[offset + 1] == Unit.solidus { return true }  // scheme://
            if (unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7A { letters += 1 }
        }
        if sawAt, lastDot > start { return true }
        // domain.tld: a lowercase ASCII label, a dot, then 2 to 6 lowercase letters, maybe a path.
        guard lastDot > start else { return false }
        var offset = start
        while offset < end {
            let unit = text[offset]
            let isLower = unit >= 0x61 && unit <= 0x7A
            let isDigit = unit >= 0x30 && unit <= 0x39
            if unit == Unit.fullStop {
                // Top-level part after this dot: 2...6 lowercase letters, then end or '/'.
                var tld = offset + 1
                while tld < end, text[tld] >= 0x61 && text[tld] <= 0x7A { tld += 1 }
                let tldLength = tld - offset - 1
                if offset > start, (2...6).contains(tldLength), tld == end || text[tld] == 0x2F || text[tld] == 0x2E || text[tld] == Unit.colon {
                    if tld == end || text[tld] == Unit.solidus { return letters >= 3 }
                }
            } else if !(isLower || isDigit || unit == Unit.hyphenMinus) {
                return false
            }
            offset += 1
        }
        return false
    }
}
