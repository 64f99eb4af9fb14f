import TextCore

/// Placeholders written in the text of software strings and translation units: C and Python
/// format directives (`%s`, `%1$d`, `%(name)s`, `%%`), braces (`{name}`, `{0}`, `{{count}}`)
/// and ICU MessageFormat arguments (`{count, plural, one {# file} other {# files}}`).
/// A translation carries them over unchanged; they are opaque, never words to check.
enum Placeholders {
    /// The placeholders of `text`, in order, not overlapping.
    static func ranges(in text: [UInt16], printf: Bool, python: Bool, braces: Bool) -> [TextRange] {
        var found: [TextRange] = []
        var index = 0
        while index < text.count {
            let unit = text[index]
            if unit == 0x25, printf || python, let end = directiveEnd(text, from: index, python: python) {
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
    private static func directiveEnd(_ text: [UInt16], from start: Int, python: Bool) -> Int? {
        var index = start + 1
        guard index < text.count else { return nil }
        if text[index] == 0x25 { return index + 1 }  // %%
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
        guard index < text.count, Array("diouxXeEfFgGaAcspn@".utf16).contains(text[index]) else { return nil }
        // A letter glued after the conversion makes it a word ("%sure" is not a directive… but "%d%%" is).
        return index + 1
    }

    /// `{name}`, `{0}`, `{{name}}`, or an ICU MessageFormat argument with balanced braces.
    private static func braceEnd(_ text: [UInt16], from start: Int) -> Int? {
        var depth = 0
        var index = start
        var sawComma = false
        while index < text.count, index - start < 2000 {
            let unit = text[index]
            if unit == 0x7B { depth += 1 }
            if unit == 0x7D {
                depth -= 1
                if depth == 0 { break }
            }
            if unit == 0x2C { sawComma = true }
            // A simple argument holds an identifier; a long brace without a comma is prose.
            if depth == 1, !sawComma, !isIdentifier(unit), unit != 0x7B, unit != 0x20 { return nil }
            index += 1
        }
        guard index < text.count, text[index] == 0x7D, index > start + 1 else { return nil }
        return index + 1
    }

    private static func isIdentifier(_ unit: UInt16) -> Bool {
        (0x30...0x39).contains(unit) || (0x41...0x5A).contains(unit) || (0x61...0x7A).contains(unit) || unit == 0x5F || unit == 0x2E || unit == 0x2D || unit == 0x3A
    }
}
