import Formats
import TextCore

/// Something a translation carries over unchanged: a URL, an e-mail address, a placeholder
/// or inline tag, inline code, a Markdown link target.
struct MarkupToken {
    /// Where it is (NFC offsets; for a link target, which the prose leaves out, the
    /// sentence holding the link).
    var range: TextRange
    var text: [UInt16]
    var kind: Kind
    /// Where a link target lies in the file (its prose leaves it out).
    var fileRange: TextRange?

    enum Kind: String {
        case url = "URL"
        case email = "e-mail address"
        case placeholder
        case code = "inline code"
        case linkTarget = "link target"
    }

    var anchor: UInt64 {
        var hash: UInt64 = 0xcbf29ce484222325
        for unit in text { hash = (hash ^ UInt64(unit)) &* 0x100000001b3 }
        return hash
    }

    /// The tokens of NFC range `range` of `document` (a paragraph): the reader's opaque
    /// stretches, addresses and code found by scanning, placeholders, link targets.
    static func tokens(in document: AnalyzedDocument, range: TextRange) -> [MarkupToken] {
        var found: [MarkupToken] = []
        // The reader's opaque stretches (Markdown and HTML inline code) count when the source
        // was read the same way; a translation unit's source is plain text, so both sides of
        // a unit are tokenised alike below instead.
        if document.units.isEmpty, !document.opaque.isEmpty {
            let opaque = document.opaque
            var index = opaque.partitionPoint { $0.start >= range.start }
            while index < opaque.count, opaque[index].start < range.end {
                if range.contains(opaque[index]) { add(opaque[index], .code, document.text, to: &found) }
                index += 1
            }
        }
        scanAddressesAndCode(document.text, range, into: &found)
        addPlaceholders(document.text, range, into: &found)
        if document.document.structure != nil {
            for target in linkTargets(document.document.original, in: document.document.originalRange(range)) {
                found.append(MarkupToken(range: TextRange(start: range.start, end: range.start), text: target.text, kind: .linkTarget, fileRange: target.range))
            }
        }
        return found
    }

    /// Adds a token unless it overlaps one found before (tokens are kept in text order, so
    /// only the neighbours of its place are looked at).
    private static func add(_ range: TextRange, _ kind: Kind, _ text: [UInt16], as units: [UInt16]? = nil, to found: inout [MarkupToken]) {
        guard !range.isEmpty else { return }
        let place = found.partitionPoint { $0.range.start >= range.start }
        if place < found.count, found[place].range.overlaps(range) { return }
        if place > 0, found[place - 1].range.overlaps(range) { return }
        found.insert(MarkupToken(range: range, text: units ?? Array(text[range.start..<range.end]), kind: kind), at: place)
    }

    /// URLs, e-mail addresses, and `code` (or `quoted' in the old GNU style, ended by an
    /// apostrophe before any backtick) or ``code`` (closed by as many backticks), compared
    /// without its marks: a translation may quote code differently.
    private static func scanAddressesAndCode(_ text: [UInt16], _ range: TextRange, into found: inout [MarkupToken]) {
        var index = range.start
        while index < range.end {
            let unit = text[index]
            if unit == 0x68 || unit == 0x77, let end = urlEnd(text, from: index, limit: range.end) {  // h, w
                add(TextRange(start: index, end: end), .url, text, as: localeNeutral(Array(text[index..<end])), to: &found)
                index = end
            } else if unit == 0x40, let email = emailRange(text, at: index, range: range) {  // @
                add(email, .email, text, to: &found)
                index = email.end
            } else if unit == 0x60, index + 1 < range.end, text[index + 1] == 0x60 {
                // ``literal`` (reStructuredText, Markdown's double backticks): the code runs to
                // the next run of as many backticks, never to a single one inside it.
                var opening = index
                while opening < range.end, text[opening] == 0x60 { opening += 1 }
                let marks = opening - index
                var close = opening
                while close + marks <= range.end, !(close..<close + marks).allSatisfy({ text[$0] == 0x60 }) { close += 1 }
                guard close + marks <= range.end else {
                    index = opening
                    continue
                }
                if close > opening { add(TextRange(start: opening, end: close), .code, text, to: &found) }
                index = close + marks
            } else if unit == 0x60, let close = (index + 1..<range.end).first(where: { text[$0] == 0x60 || text[$0] == 0x27 }), close > index + 1 {
                add(TextRange(start: index + 1, end: close), .code, text, to: &found)
                index = close + 1
            } else {
                index += 1
            }
        }
    }

    /// Format directives, braces and tags; inside backtick code they count on their own too.
    private static func addPlaceholders(_ text: [UInt16], _ range: TextRange, into found: inout [MarkupToken]) {
        guard text[range.start..<range.end].contains(where: { $0 == 0x25 || $0 == 0x7B || $0 == 0x3C }) else { return }  // percent sign, left brace, less-than
        let code = found.filter { $0.kind == .code }.map(\.range)
        var inside: [MarkupToken] = []
        for placeholder in Placeholders.ranges(in: Array(text[range.start..<range.end]), printf: true, python: true, braces: true, repr: true) {
            let shifted = placeholder.shifted(by: range.start)
            let container = code.partitionPoint { $0.end > shifted.start }
            if container < code.count, code[container].contains(shifted) {
                inside.append(MarkupToken(range: shifted, text: Array(text[shifted.start..<shifted.end]), kind: .placeholder))
            } else {
                add(shifted, .placeholder, text, to: &found)
            }
        }
        found += inside
    }

    /// A URL with its language path segments (`/en/`, `/pt-br/`, `/zh_CN/`) made alike: a
    /// translated page links to the pages in its own language.
    static func localeNeutral(_ url: [UInt16]) -> [UInt16] {
        let string = String(decoding: url, as: UTF16.self)
        let parts = string.split(separator: "/", omittingEmptySubsequences: false).map { part -> String in
            let candidate = part.replacingOccurrences(of: "_", with: "-")
            guard (2...7).contains(candidate.count), candidate.allSatisfy({ $0.isLetter || $0 == "-" }),
                  let tag = LanguageTag(candidate), tag.isKnownLanguage, tag.language.count == 2 else { return String(part) }
            return "{lang}"
        }
        return Array(parts.joined(separator: "/").utf16)
    }

    private static let urlPrefixes: [[UInt16]] = [Array("https://".utf16), Array("http://".utf16), Array("www.".utf16)]

    private static func urlEnd(_ text: [UInt16], from start: Int, limit: Int) -> Int? {
        let matches = urlPrefixes.contains { prefix in
            start + prefix.count < limit && prefix.indices.allSatisfy { text[start + $0] == prefix[$0] }
        }
        guard matches else { return nil }
        if start > 0, isURLCharacter(text[start - 1]) { return nil }
        var end = start
        while end < limit, isURLCharacter(text[end]) { end += 1 }
        while end > start, [0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x27, 0x29].contains(text[end - 1]) { end -= 1 }  // . , ; : ! ? ' )
        return end > start + 4 ? end : nil
    }

    private static func isURLCharacter(_ unit: UInt16) -> Bool {
        unit > 0x20 && unit < 0x7F && unit != 0x22 && unit != 0x3C && unit != 0x3E && unit != 0x5B && unit != 0x5D && unit != 0x60
    }

    private static func isEmailCharacter(_ unit: UInt16) -> Bool {
        (0x30...0x39).contains(unit) || (0x41...0x5A).contains(unit) || (0x61...0x7A).contains(unit) || unit == 0x2E || unit == 0x2D || unit == 0x5F || unit == 0x2B
    }

    private static func emailRange(_ text: [UInt16], at at: Int, range: TextRange) -> TextRange? {
        var start = at
        while start > range.start, isEmailCharacter(text[start - 1]) { start -= 1 }
        var end = at + 1
        while end < range.end, isEmailCharacter(text[end]) { end += 1 }
        while end > at + 1, text[end - 1] == 0x2E { end -= 1 }
        let domain = text[(at + 1)..<end]
        guard start < at, domain.contains(0x2E), domain.last.map({ (0x61...0x7A).contains($0) || (0x41...0x5A).contains($0) }) == true else { return nil }
        return TextRange(start: start, end: end)
    }

    /// Markdown link targets (`](target)`) and HTML `href="…"` values in a stretch of the file.
    static func linkTargets(_ original: [UInt16], in range: TextRange) -> [(text: [UInt16], range: TextRange)] {
        var targets: [(text: [UInt16], range: TextRange)] = []
        let href = Array("href=\"".utf16)
        var index = range.start
        while index < range.end {
            if original[index] == 0x5D, index + 1 < original.count, original[index + 1] == 0x28 {  // ](
                var end = index + 2
                while end < original.count, end - index < 2048, original[end] != 0x29, original[end] != 0x20, original[end] != 0x0A { end += 1 }
                if end < original.count, end > index + 2 { targets.append((Array(original[(index + 2)..<end]), TextRange(start: index + 2, end: end))) }
                index = end
                continue
            }
            if original[index] == 0x68, index + href.count < original.count, href.indices.allSatisfy({ original[index + $0] == href[$0] }) {
                var end = index + href.count
                while end < original.count, end - index < 2048, original[end] != 0x22 { end += 1 }
                targets.append((Array(original[(index + href.count)..<end]), TextRange(start: index + href.count, end: end)))
                index = end
                continue
            }
            index += 1
        }
        return targets
    }
}
