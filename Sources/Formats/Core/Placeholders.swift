import TextCore

/// Placeholders written in the text of software strings and translation units: C and Python
/// format directives (`%s`, `%1$d`, `%(name)s`, `%%`), braces (`{name}`, `{0}`, `{{count}}`),
/// ICU MessageFormat arguments (`{count, plural, one {# file} other {# files}}`), and the
/// markup tags such strings carry (`<command>`, `<b>`, `</emphasis>`, `<br/>`).
/// A translation carries them over unchanged; they are opaque, never words to check.
public enum Placeholders {
    /// A Symfony plural variant's interval at the start of `text[start...]`: `{0}`, `[1,5]`,
    /// `]1,Inf[`; its end, or nil.
    static func intervalEnd(_ text: [UInt16], from start: Int) -> Int? {
        var index = start
        while index < text.count, text[index] == 0x20 { index += 1 }
        guard index < text.count, [0x5B, 0x5D, 0x7B].contains(text[index]) else { return nil }
        let open = index
        index += 1
        while index < text.count, index - open < 24 {
            let unit = text[index]
            if (unit == 0x5B || unit == 0x5D || unit == 0x7D), index > open + 1 { return index + 1 }
            guard (0x30...0x39).contains(unit) || [0x2C, 0x2D, 0x2B, 0x20, 0x49, 0x6E, 0x66].contains(unit) else { return nil }  // digits , - + space I n f
            index += 1
        }
        return nil
    }

    /// The placeholders of `text`, in order, not overlapping.
    /// `repr`: `%r` (Python's repr conversion) counts too.
    public static func ranges(in text: [UInt16], printf: Bool, python: Bool, braces: Bool, repr: Bool = false) -> [TextRange] {
        var found: [TextRange] = []
        var index = 0
        while index < text.count {
            let unit = text[index]
            if unit == 0x25, printf || python, let end = directiveEnd(text, from: index, python: python, repr: repr) {
                found.append(TextRange(start: index, end: end))
                index = end
                continue
            }
            if unit == 0x3C, let end = tagEnd(text, from: index) {
                found.append(TextRange(start: index, end: end))
                index = end
                continue
            }
            if unit == 0x7B, braces, let end = braceEnd(text, from: index) {
                found.append(TextRange(start: index, end: end))
                index = end
                continue
            }
            index += 1
        }
        return found
    }

    /// `%` [`(name)`] [`n$`] [flags `-+#0`] [width] [`.precision`] [length] conversion.
    /// A space is not taken as a flag: "100 % sure" and "50% off" are prose.
    private static func directiveEnd(_ text: [UInt16], from start: Int, python: Bool, repr: Bool) -> Int? {
        var index = start + 1
        guard index < text.count else { return nil }
        if text[index] == 0x25 { return index + 1 }  // %%
        // Symfony's and Drupal's named placeholders: %count%, %user_name%.
        var name = index
        while name < text.count, isIdentifier(text[name]), text[name] != 0x3A, name - index < 64 { name += 1 }
        if name > index, name < text.count, text[name] == 0x25, !(0x30...0x39).contains(text[index]) { return name + 1 }
        if python, text[index] == 0x28 {
            guard let close = (index..<min(text.count, index + 64)).first(where: { text[$0] == 0x29 }) else { return nil }
            index = close + 1
        }
        func skipDigits() { while index < text.count, (0x30...0x39).contains(text[index]) { index += 1 } }
        let digitsStart = index
        skipDigits()
        if index > digitsStart, index < text.count, text[index] == 0x24 { index += 1 } else { index = digitsStart }  // n$
        while index < text.count, [0x2D, 0x2B, 0x23, 0x30].contains(text[index]) { index += 1 }
        skipDigits()
        if index < text.count, text[index] == 0x2E {
            index += 1
            skipDigits()
        }
        while index < text.count, Array("hlLqjzt".utf16).contains(text[index]) { index += 1 }
        guard index < text.count, Array("diouxXeEfFgGaAcspn@".utf16).contains(text[index]) || (repr && text[index] == 0x72) else { return nil }  // r: Python's repr
        // A Latin letter glued after a bare conversion makes it a word: "%sure" is no
        // directive; "%.3fs" (a precision) and "%s命令" (a Han letter) are.
        let isBare = index == start + 1 && text[index] != 0x64 && text[index] != 0x66  // %dm and %fs are a number and a unit
        if isBare, index + 1 < text.count, CharacterClass.of(unit: text[index + 1]).contains([.alphabetic, .latin]) { return nil }
        return index + 1
    }

    /// `{name}`, `{0}`, `{{name}}`, or an ICU MessageFormat argument with balanced braces.
    private static func braceEnd(_ text: [UInt16], from start: Int) -> Int? {
        var depth = 0
        var index = start
        var sawComma = false
        var words = 0
        var inWord = false
        while index < text.count, index - start < 2000 {
            let unit = text[index]
            if unit == 0x7B || unit == 0x7D {
                depth += unit == 0x7B ? 1 : -1
                if depth == 0 { break }
                index += 1
                continue
            }
            if unit == 0x2C { sawComma = true }
            // A simple argument holds one identifier; several words without a comma are prose.
            if depth == 1, !sawComma {
                if !isIdentifier(unit), unit != 0x20 { return nil }
                if isIdentifier(unit), !inWord { words += 1 }
                inWord = isIdentifier(unit)
                if words > 1 { return nil }
            }
            index += 1
        }
        guard index < text.count, text[index] == 0x7D, index > start + 1 else { return nil }
        return index + 1
    }

    /// `<name …>`, `</name>`, `<name/>` on one line.
    private static func tagEnd(_ text: [UInt16], from start: Int) -> Int? {
        var index = start + 1
        if index < text.count, text[index] == 0x2F { index += 1 }
        guard index < text.count, (0x41...0x5A).contains(text[index]) || (0x61...0x7A).contains(text[index]) || text[index] == 0x5F else { return nil }
        while index < text.count, index - start < 300 {
            if text[index] == 0x3E { return index + 1 }
            if text[index] == 0x0A || text[index] == 0x3C { return nil }
            index += 1
        }
        return nil
    }

    private static func isIdentifier(_ unit: UInt16) -> Bool {
        (0x30...0x39).contains(unit) || (0x41...0x5A).contains(unit) || (0x61...0x7A).contains(unit) || unit == 0x5F || unit == 0x2E || unit == 0x2D || unit == 0x3A
    }
}
