/// What every match of a regular expression looks like, position by position, as far as a
/// small parser can tell: a list of steps, each one code point from a set, a zero-width
/// assertion, or a gap (anything can come between the steps on either side of it).
///
/// `\b[Ii]n ((?:19|20)\d\d)\b` becomes `[Ii] n ␠ [12] [90] \d \d`; `colou?r` becomes
/// `c o l o · r`; `ab+c` becomes `a b · b c` (the first b follows a, the last precedes c).
/// The parser is conservative: what it cannot model exactly becomes a gap or a set of any
/// code point, never something narrower than ICU's own matching; and when the pattern's
/// meaning could change under it (inline flags, `\Q…\E`, top-level alternation, escapes it
/// does not know), there is no shape at all.
struct PatternShape {
    enum Step: Equatable {
        case character(CodePointSet)
        case zeroWidth
        case gap
    }

    let steps: [Step]

    init?(_ pattern: String) {
        var parser = Parser(Array(pattern.unicodeScalars))
        guard let alternatives = parser.alternatives(depth: 0), parser.index == parser.pattern.count, alternatives.count == 1 else { return nil }
        steps = alternatives[0]
    }

    private struct Parser {
        let pattern: [Unicode.Scalar]
        var index = 0

        init(_ pattern: [Unicode.Scalar]) { self.pattern = pattern }

        /// An escaped ASCII character other than a letter or digit stands for itself.
        private static func isQuotable(_ scalar: Unicode.Scalar) -> Bool {
            scalar.value < 0x80 && !(scalar.properties.isAlphabetic || (0x30...0x39).contains(scalar.value))
        }
        private static let literalEscapes: [Unicode.Scalar: Unicode.Scalar] = ["t": "\t", "n": "\n", "r": "\r", "f": "\u{0C}", "e": "\u{1B}", "a": "\u{07}"]

        private var current: Unicode.Scalar? { index < pattern.count ? pattern[index] : nil }

        /// Alternatives up to the closing parenthesis of this depth (not consumed) or the end.
        mutating func alternatives(depth: Int) -> [[Step]]? {
            var result: [[Step]] = [[]]
            while let scalar = current {
                if scalar == ")" {
                    guard depth > 0 else { return nil }
                    return result
                }
                if scalar == "|" {
                    index += 1
                    result.append([])
                    continue
                }
                guard let atom = atom(depth: depth) else { return nil }
                guard let quantified = quantify(atom) else { return nil }
                result[result.count - 1] += quantified
            }
            return depth == 0 ? result : nil
        }

        /// One atom: a character, a class, an escape, a group, an anchor.
        private mutating func atom(depth: Int) -> [Step]? {
            guard let scalar = current else { return nil }
            index += 1
            switch scalar {
            case "\\":
                return escape()
            case "[":
                return characterClass().map { [.character($0)] }
            case "(":
                return group(depth: depth)
            case ".":
                return [.character(.anything)]
            case "^", "$":
                return [.zeroWidth]
            case "?", "*", "+", "{", "]", "}":
                // A quantifier with nothing to repeat, or a stray bracket: ICU refuses or
                // reads it literally; either way, no shape.
                return scalar == "]" || scalar == "}" ? [.character(CodePointSet(scalar.value))] : nil
            default:
                return [.character(CodePointSet(scalar.value))]
            }
        }

        private mutating func escape() -> [Step]? {
            guard let escaped = current else { return nil }
            index += 1
            switch escaped {
            case "b", "B", "A", "z", "Z", "G":
                return [.zeroWidth]
            case "d": return [.character(CodePointSet(properties: .digit))]
            case "s": return [.character(CodePointSet(properties: .space))]
            case "w": return [.character(CodePointSet(properties: .word))]
            case "D", "S", "W", "h", "H", "v", "V":
                return [.character(.anything)]
            case "p", "P":
                guard skipBraces() else { return nil }
                return [.character(.anything)]
            case "R", "X":
                return [.gap]  // a line break (CR LF is two) or a grapheme cluster: any length
            default:
                if let literal = Self.literalEscapes[escaped] { return [.character(CodePointSet(literal.value))] }
                if Self.isQuotable(escaped) { return [.character(CodePointSet(escaped.value))] }
                return nil  // \Q…\E, \x, \u, \N, \c, octal, back-references: not worth modelling
            }
        }

        /// `{…}` after \p or \P, or a single letter (\pL).
        private mutating func skipBraces() -> Bool {
            guard let next = current else { return false }
            if next != "{" {
                index += 1
                return true
            }
            guard let close = pattern[index...].firstIndex(of: "}") else { return false }
            index = close + 1
            return true
        }

        /// A bracketed class, from after its "[" to after its "]". Negated, nested or
        /// combined classes match one code point of some set: any, as far as this knows.
        // Long: one production of ICU's set syntax, its cases in the order ICU documents
        // them (property sets, escapes, ranges, nested sets); they share the cursor and the
        // set being built, and split apart they would have to pass both around.
        private mutating func characterClass() -> CodePointSet? {
            // A POSIX-style property set, "[:upper:]" or "[:^alpha:]": some set of single
            // code points, any as far as this knows. (Without its closing ":]" ICU reads an
            // ordinary class.)
            if current == ":", let close = (index + 1..<max(index + 1, pattern.count - 1)).first(where: { pattern[$0] == ":" && pattern[$0 + 1] == "]" }) {
                // Only a property name or `name=value` lies between: with anything else
                // (fuzzing found `[:n:[:]…]`) ICU's reading is not this one's.
                let name = pattern[(index + 1)..<close]
                guard name.allSatisfy({ $0.properties.isAlphabetic || ("0"..."9").contains($0) || "_ =^-.".unicodeScalars.contains($0) }) else { return nil }
                index = close + 2
                return .anything
            }
            var set = CodePointSet()
            var understood = true
            if current == "^" {
                understood = false
                index += 1
            }
            var first = true
            var previous: UInt32?
            while let scalar = current {
                if scalar == "]" && !first { break }
                first = false
                index += 1
                var member: UInt32?
                switch scalar {
                case "\\":
                    guard let escaped = current else { return nil }
                    index += 1
                    switch escaped {
                    case "d": set = set.union(CodePointSet(properties: .digit))
                    case "s": set = set.union(CodePointSet(properties: .space))
                    case "w": set = set.union(CodePointSet(properties: .word))
                    case "p", "P":
                        guard skipBraces() else { return nil }
                        understood = false
                    default:
                        if let literal = Self.literalEscapes[escaped] {
                            member = literal.value
                        } else if Self.isQuotable(escaped) {
                            member = escaped.value
                        } else {
                            // \x41, \u00E9, \N{…}, \c], \Q…\E: some read on past this
                            // character (fuzzing found `[\c]…]`, whose "]" is ICU's \c's), so
                            // the class, and the pattern, are not modelled.
                            return nil
                        }
                    }
                case "[":
                    // A nested class of plain members ("[a-z--[aeiou]]"): skip to its end. Any
                    // more of ICU's set syntax inside it — a "]" or "^" first, "$", "&", "{",
                    // another level — can move where ICU ends the outer class, so the pattern
                    // is not modelled (fuzzing found `[[Ii]n ((?:$…][b[]…]]` ending elsewhere).
                    if current == "]" || current == "^" { return nil }
                    while let inner = current, inner != "]" {
                        if inner == "[" || inner == "$" || inner == "&" || inner == "{" { return nil }
                        index += inner == "\\" ? 2 : 1
                    }
                    guard current == "]" else { return nil }
                    index += 1
                    understood = false
                case "&" where current == "&", "$":
                    // Set intersection and ICU's "$" (an anchor or a variable in set syntax):
                    // not modelled.
                    return nil
                case "&":
                    member = scalar.value
                case "-":
                    if current == "-" {
                        // Set difference ([a-z--[aeiou]]): some subset; any, as far as this knows.
                        index += 1
                        understood = false
                        previous = nil
                        continue
                    }
                    // Before a nested class ("[0-[9]]") the dash is itself a member.
                    if current == "[" {
                        set = set.union(CodePointSet(scalar.value))
                        previous = nil
                        continue
                    }
                    // A range between the previous member and the next one.
                    if let low = previous, let next = current, next != "]" {
                        index += 1
                        var high = next.value
                        if next == "\\" {
                            guard let escaped = current else { return nil }
                            index += 1
                            guard let literal = Self.literalEscapes[escaped]?.value ?? (Self.isQuotable(escaped) ? escaped.value : nil) else {
                                understood = false
                                previous = nil
                                continue
                            }
                            high = literal
                        }
                        guard low <= high else { return nil }
                        set = set.union(CodePointSet(ranges: [low...high]))
                        previous = nil
                        continue
                    }
                    member = scalar.value
                default:
                    member = scalar.value
                }
                if let member { set = set.union(CodePointSet(member)) }
                previous = member
            }
            guard current == "]" else { return nil }
            index += 1
            return understood ? set : .anything
        }

        private mutating func group(depth: Int) -> [Step]? {
            var lookaround = false
            if current == "?" {
                index += 1
                guard let kind = current else { return nil }
                switch kind {
                case ":", ">":
                    index += 1
                case "=", "!":
                    index += 1
                    lookaround = true
                case "<":
                    index += 1
                    if current == "=" || current == "!" {
                        index += 1
                        lookaround = true
                    } else {
                        // A named group: (?<name>…)
                        guard let close = pattern[index...].firstIndex(of: ">") else { return nil }
                        index = close + 1
                    }
                default:
                    return nil  // inline flags such as (?i) change what follows
                }
            }
            guard let alternatives = alternatives(depth: depth + 1), current == ")" else { return nil }
            index += 1
            if lookaround { return [.zeroWidth] }
            if alternatives.count == 1 { return alternatives[0] }
            // Alternatives of one fixed length merge position by position: (?:19|20) is [12][90].
            let fixed = alternatives.map { $0.filter { $0 != .zeroWidth } }
            guard let length = fixed.first?.count, fixed.allSatisfy({ $0.count == length && !$0.contains(.gap) }) else { return [.gap] }
            return (0..<length).map { position in
                .character(fixed.dropFirst().reduce(fixed[0][position].set) { $0.union($1[position].set) })
            }
        }

        /// Applies the quantifier after an atom, if any.
        private mutating func quantify(_ atom: [Step]) -> [Step]? {
            guard let scalar = current else { return atom }
            var minimum: Int
            switch scalar {
            case "?", "*":
                index += 1
                minimum = 0
            case "+":
                index += 1
                minimum = 1
            case "{":
                guard let close = pattern[index...].firstIndex(of: "}") else { return nil }
                let body = String(String.UnicodeScalarView(pattern[(index + 1)..<close]))
                let bounds = body.split(separator: ",", omittingEmptySubsequences: false)
                guard let low = Int(bounds[0]), bounds.count <= 2 else { return nil }
                index = close + 1
                if bounds.count == 1, low <= 8 {
                    skipQuantifierSuffix()
                    return Array(repeating: atom, count: low).flatMap { $0 }
                }
                minimum = low
            default:
                return atom
            }
            skipQuantifierSuffix()
            // At least once: the first copy follows what comes before, the last precedes
            // what comes after; how many lie between is open.
            return minimum == 0 ? [.gap] : atom + [.gap] + atom
        }

        /// A lazy `?` or possessive `+` after a quantifier.
        private mutating func skipQuantifierSuffix() {
            if current == "?" || current == "+" { index += 1 }
        }
    }
}

private extension PatternShape.Step {
    var set: CodePointSet {
        if case .character(let set) = self { return set }
        return .anything
    }
}
