/// The longest run of plain characters that every match of a regular expression contains:
/// "n the year " for `\b[Ii]n the year (\d{4})\b`.
///
/// Running an ICU regular expression costs a call per sentence even when nothing can match;
/// looking for the literal first lets a pattern rule skip every sentence without it, the
/// way grep tools put a literal search in front of their regex engines. The extraction is
/// conservative: whatever it does not fully understand (inline flags, top-level
/// alternation, `\Q…\E`, unknown escapes, case-insensitive matching with its full-folding
/// equivalences such as ß = ss) gives no literal, and the pattern then runs everywhere.
struct RequiredLiteral: Equatable {
    let units: [UInt16]
    /// Horspool shifts for `occurrences`, by the low byte of a text unit.
    private let skips: [UInt8]

    /// The literal of `pattern`, if it has one; nil when matching is case-insensitive.
    init?(pattern: String, caseInsensitive: Bool) {
        guard !caseInsensitive, let literal = Self.extract(Array(pattern.unicodeScalars)) else { return nil }
        units = Array(String(String.UnicodeScalarView(literal)).utf16)
        skips = Self.skipTable(units)
    }

    private static let metacharacters: Set<Unicode.Scalar> = ["\\", "^", "$", ".", "|", "?", "*", "+", "(", ")", "[", "]", "{", "}"]
    /// Escapes that stand for one position or one character class and take no argument.
    private static let simpleEscapes: Set<Unicode.Scalar> = ["b", "B", "d", "D", "w", "W", "s", "S", "h", "H", "v", "V", "R", "X", "A", "z", "Z", "G"]
    /// Escapes of one literal character.
    private static let literalEscapes: [Unicode.Scalar: Unicode.Scalar] = ["t": "\t", "n": "\n", "r": "\r", "f": "\u{0C}", "e": "\u{1B}", "a": "\u{07}"]

    private static func extract(_ pattern: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        var best: [Unicode.Scalar] = []
        var run: [Unicode.Scalar] = []
        func endRun() {
            if run.count > best.count { best = run }
            run = []
        }
        /// After a literal character, just before `position`: a quantifier that allows zero
        /// repetitions takes it out of the run, and any quantifier ends the run there.
        func applyQuantifier(at position: Int) {
            guard position < pattern.count else { return }
            switch pattern[position] {
            case "?", "*", "{":
                if !run.isEmpty { run.removeLast() }
                endRun()
            case "+":
                endRun()  // the character is there at least once; what follows is not adjacent
            default:
                break
            }
        }
        var depth = 0
        var index = 0
        while index < pattern.count {
            let scalar = pattern[index]
            let next: Unicode.Scalar? = index + 1 < pattern.count ? pattern[index + 1] : nil
            switch scalar {
            case "\\":
                guard let escaped = next else { return nil }
                index += 2
                if simpleEscapes.contains(escaped) {
                    endRun()
                } else if let character = literalEscapes[escaped] ?? (metacharacters.contains(escaped) || escaped == "/" || escaped == "-" ? escaped : nil) {
                    if depth == 0 { run.append(character) }
                    applyQuantifier(at: index)
                    continue
                } else if escaped == "p" || escaped == "P" || escaped == "N" {
                    endRun()
                    if index < pattern.count, pattern[index] == "{" {
                        guard let close = pattern[index...].firstIndex(of: "}") else { return nil }
                        index = close + 1
                    } else {
                        index += 1
                    }
                } else {
                    return nil  // \Q…\E, \x, \u, back-references, octal: not worth understanding
                }
                continue
            case "(":
                if next == "?", index + 2 < pattern.count, !["=", "!", "<", ":", ">"].contains(pattern[index + 2]) {
                    return nil  // inline flags such as (?i) change what follows
                }
                endRun()
                depth += 1
            case ")":
                endRun()
                depth -= 1
                if depth < 0 { return nil }
            case "[":
                endRun()
                // Skip the class: a leading ']' or '^]' is a member, escapes hide brackets,
                // and nested classes ([a-z&&[^aeiou]]) count.
                var classDepth = 1
                var cursor = index + 1
                if cursor < pattern.count, pattern[cursor] == "^" { cursor += 1 }
                if cursor < pattern.count, pattern[cursor] == "]" { cursor += 1 }
                while cursor < pattern.count, classDepth > 0 {
                    switch pattern[cursor] {
                    case "\\": cursor += 1
                    case "[": classDepth += 1
                    case "]": classDepth -= 1
                    default: break
                    }
                    cursor += 1
                }
                guard classDepth == 0 else { return nil }
                index = cursor
                continue
            case "|":
                if depth == 0 { return nil }
                endRun()
            case "{":
                // A counted quantifier after a group or class: {2}, {1,3}.
                endRun()
                guard let close = pattern[index...].firstIndex(of: "}") else { return nil }
                index = close + 1
                continue
            case "^", "$", ".", "?", "*", "+":
                endRun()
            default:
                if depth == 0 { run.append(scalar) } else { endRun() }
                index += 1
                applyQuantifier(at: index)
                continue
            }
            index += 1
        }
        if depth != 0 { return nil }
        endRun()
        return best.isEmpty ? nil : best
    }

    /// Offsets in `text` where the literal starts, in order.
    ///
    /// A Horspool search: the unit under the literal's last position says how far the
    /// literal can move on, so a literal of n units looks at about one unit in n of a text
    /// that does not contain it (a rule's literal is absent from most sentences).
    func occurrences(in text: UnsafeBufferPointer<UInt16>) -> [Int32] {
        let length = units.count
        guard length > 0, text.count >= length else { return [] }
        var found: [Int32] = []
        let lastUnit = units[length - 1]
        let last = text.count - length
        var offset = 0
        skips.withUnsafeBufferPointer { skips in
            units.withUnsafeBufferPointer { literal in
                while offset <= last {
                    let unit = text[offset + length - 1]
                    if unit == lastUnit {
                        var position = 0
                        while position < length - 1, text[offset + position] == literal[position] { position += 1 }
                        if position == length - 1 { found.append(Int32(offset)) }
                    }
                    offset += Int(skips[Int(unit & 0xFF)])
                }
            }
        }
        return found
    }

    /// How far the literal may move when the text unit under its last position has a given
    /// low byte: the distance from the end of the last earlier position with that low byte
    /// (units sharing a low byte share the smallest distance), else the whole length.
    private static func skipTable(_ units: [UInt16]) -> [UInt8] {
        let length = min(units.count, 255)
        var table = [UInt8](repeating: UInt8(length), count: 256)
        for (position, unit) in units.prefix(units.count - 1).enumerated() where units.count - 1 - position <= 255 {
            table[Int(unit & 0xFF)] = UInt8(units.count - 1 - position)
        }
        return table
    }
}
