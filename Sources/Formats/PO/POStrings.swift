import TextCore

/// Where the strings of a PO file lie: each entry's keywords (`msgctxt`, `msgid`,
/// `msgid_plural`, `msgstr`, `msgstr[n]`) with their quoted strings, decoded, each aligned
/// with the file unit by unit (an escape `\"` or `\n` stands for what it decodes to).
///
/// This is not the PO reader — libgettextpo reads and checks the file — only the map from
/// its messages back to the lines they came from. Obsolete entries (`#~`) and comments are
/// passed over.
enum POStrings {
    struct QuotedString {
        /// The string with its quotes.
        let quotes: TextRange
        let decoded: [UInt16]
        let alignment: Alignment
    }

    struct Entry {
        var range: TextRange
        var keywords: [(keyword: String, strings: [QuotedString])] = []

        func strings(_ keyword: String) -> [QuotedString]? { keywords.first { $0.keyword == keyword }?.strings }

        /// The decoded value of a keyword ("msgid").
        func decoded(_ keyword: String) -> String? {
            strings(keyword).map { strings in String(decoding: strings.flatMap(\.decoded), as: UTF16.self) }
        }

        /// From the keyword to its last string.
        func range(of keyword: String) -> TextRange? {
            guard let strings = strings(keyword), let first = strings.first, let last = strings.last else { return nil }
            return TextRange(start: first.quotes.start, end: last.quotes.end)
        }

        /// The translations: `msgstr`, or `msgstr[0]`, `msgstr[1]`… in order.
        func translations() -> [[QuotedString]] {
            if let single = strings("msgstr") { return [single] }
            return keywords.filter { $0.keyword.hasPrefix("msgstr[") }
                .sorted { Int($0.keyword.dropFirst(7).dropLast()) ?? 0 < Int($1.keyword.dropFirst(7).dropLast()) ?? 0 }
                .map(\.strings)
        }
    }

    static func entries(in units: [UInt16]) -> [Entry] {
        var entries: [Entry] = []
        var current: Entry?
        var lineStart = 0
        while lineStart < units.count {
            var lineEnd = lineStart
            while lineEnd < units.count, units[lineEnd] != 0x0A, units[lineEnd] != 0x0D { lineEnd += 1 }
            defer {
                lineStart = lineEnd
                if lineStart < units.count, units[lineStart] == 0x0D { lineStart += 1 }
                if lineStart < units.count, units[lineStart] == 0x0A { lineStart += 1 }
            }
            var position = lineStart
            while position < lineEnd, units[position] == 0x20 || units[position] == 0x09 { position += 1 }
            guard position < lineEnd, units[position] != 0x23 else { continue }  // blank, or a comment ("#", "#~", "#|")
            if units[position] == 0x22 {
                // A continuation string of the last keyword.
                if let string = quotedString(units, at: position, lineEnd: lineEnd), current != nil, !(current?.keywords.isEmpty ?? true) {
                    current!.keywords[current!.keywords.count - 1].strings.append(string)
                    current!.range = TextRange(start: current!.range.start, end: string.quotes.end)
                }
                continue
            }
            var keywordEnd = position
            while keywordEnd < lineEnd, units[keywordEnd] != 0x20, units[keywordEnd] != 0x09 { keywordEnd += 1 }
            let keyword = String(utf16Units: units[position..<keywordEnd])
            guard keyword.hasPrefix("msg") else { continue }
            var quote = keywordEnd
            while quote < lineEnd, units[quote] == 0x20 || units[quote] == 0x09 { quote += 1 }
            guard quote < lineEnd, let string = quotedString(units, at: quote, lineEnd: lineEnd) else { continue }
            let startsEntry = keyword == "msgctxt" || (keyword == "msgid" && current?.strings("msgid") != nil)
            if startsEntry || current == nil {
                if let done = current { entries.append(done) }
                current = Entry(range: TextRange(start: position, end: string.quotes.end))
            }
            current!.keywords.append((keyword, [string]))
            current!.range = TextRange(start: current!.range.start, end: string.quotes.end)
        }
        if let done = current { entries.append(done) }
        return entries
    }

    /// The string starting with the quote at `start`, decoded as C strings are.
    private static func quotedString(_ units: [UInt16], at start: Int, lineEnd: Int) -> QuotedString? {
        var decoded: [UInt16] = []
        var pieces: [AlignedPiece] = []
        var position = start + 1
        while position < lineEnd {
            let unit = units[position]
            if unit == 0x22 {
                return QuotedString(quotes: TextRange(start: start, end: position + 1), decoded: decoded, alignment: Alignment(pieces: pieces))
            }
            if unit == 0x5C, position + 1 < lineEnd {
                let (value, length) = escape(units, at: position, lineEnd: lineEnd)
                pieces.append(AlignedPiece(decoded: decoded.count..<(decoded.count + value.count), original: TextRange(start: position, length: length), isCopy: false))
                decoded += value
                position += length
                continue
            }
            if let last = pieces.last, last.isCopy, last.original.end == position {
                pieces[pieces.count - 1] = AlignedPiece(decoded: last.decoded.lowerBound..<(last.decoded.upperBound + 1),
                                                        original: TextRange(start: last.original.start, end: position + 1), isCopy: true)
            } else {
                pieces.append(AlignedPiece(decoded: decoded.count..<(decoded.count + 1), original: TextRange(start: position, length: 1), isCopy: true))
            }
            decoded.append(unit)
            position += 1
        }
        return nil
    }

    /// A C escape at `offset` (which holds the backslash): what it stands for and its length.
    private static func escape(_ units: [UInt16], at offset: Int, lineEnd: Int) -> (value: [UInt16], length: Int) {
        let next = units[offset + 1]
        switch next {
        case 0x6E: return ([0x0A], 2)  // \n
        case 0x74: return ([0x09], 2)  // \t
        case 0x72: return ([0x0D], 2)  // \r
        case 0x61: return ([0x07], 2)
        case 0x62: return ([0x08], 2)
        case 0x66: return ([0x0C], 2)
        case 0x76: return ([0x0B], 2)
        case 0x30...0x37:
            var value: UInt16 = 0
            var length = 1
            while length <= 3, offset + length < lineEnd, (0x30...0x37).contains(units[offset + length]) {
                value = value * 8 + units[offset + length] - 0x30
                length += 1
            }
            return ([value], length)
        case 0x78:
            var value: UInt16 = 0
            var length = 2
            while offset + length < lineEnd, let digit = hexDigit(units[offset + length]), length < 4 {
                value = value * 16 + digit
                length += 1
            }
            return ([value], length)
        default: return ([next], 2)  // \" \\ and anything else: the character itself
        }
    }

    private static func hexDigit(_ unit: UInt16) -> UInt16? {
        switch unit {
        case 0x30...0x39: return unit - 0x30
        case 0x41...0x46: return unit - 0x41 + 10
        case 0x61...0x66: return unit - 0x61 + 10
        default: return nil
        }
    }
}
