import TextCore

/// Site-generator syntax inside Markdown that is not prose: Hugo shortcodes `{{< >}}` and
/// `{{% %}}`, Go, Liquid, Jinja and Handlebars expressions `{{ }}` `{% %}` `{# #}`, heading
/// ids `{#id}` and attribute lists `{: .class}`, admonition fences `:::note`, GitHub alerts
/// `[!NOTE]`, and in MDX the `import`/`export` lines and `{expressions}`.
///
/// CommonMark reads all of it as text. The Markdown reader keeps these stretches in the
/// prose (a zero-width space inside a shortcode is still a defect) but marks them opaque: one
/// unit to the reader, never a word to check, never cut by a sentence boundary.
enum TemplateSyntax {
    /// The longest template expression looked for: past this, a `{{` is left as text.
    static let longestExpression = 4000

    /// The template stretches of `text[range]`, in order, not overlapping.
    static func spans(in text: [UInt16], range: TextRange, isMDX: Bool) -> [TextRange] {
        var spans: [TextRange] = []
        var index = range.start
        var lineStart = true
        while index < range.end {
            let unit = text[index]
            if lineStart, let line = lineSpan(text, at: index, end: range.end, isMDX: isMDX) {
                spans.append(line)
                index = line.end
                continue
            }
            lineStart = unit == 0x0A || unit == 0x0D || (lineStart && (unit == 0x20 || unit == 0x3E))  // spaces and ">" before a line's text
            if unit == 0x7B, let span = braceSpan(text, at: index, end: range.end, isMDX: isMDX) {
                spans.append(span)
                index = span.end
                continue
            }
            if unit == 0x5B, let alert = alertSpan(text, at: index, end: range.end) {
                spans.append(alert)
                index = alert.end
                continue
            }
            index += 1
        }
        return spans
    }

    private static func has(_ text: [UInt16], _ literal: String, at offset: Int, end: Int) -> Bool {
        var position = offset
        for unit in literal.utf16 {
            guard position < end, text[position] == unit else { return false }
            position += 1
        }
        return true
    }

    private static func find(_ text: [UInt16], _ literal: String, from: Int, end: Int) -> Int? {
        let limit = min(end, from + longestExpression)
        var position = from
        while position < limit {
            if has(text, literal, at: position, end: end) { return position }
            position += 1
        }
        return nil
    }

    /// `{{< >}}`, `{{% %}}`, `{{ }}`, `{% %}`, `{# #}`, `{#id}`, `{: …}`, MDX `{…}`.
    private static func braceSpan(_ text: [UInt16], at offset: Int, end: Int, isMDX: Bool) -> TextRange? {
        let pairs: [(open: String, close: String)] = [("{{<", ">}}"), ("{{%", "%}}"), ("{{", "}}"), ("{%", "%}"), ("{#", "#}")]
        for pair in pairs where has(text, pair.open, at: offset, end: end) {
            if let close = find(text, pair.close, from: offset + pair.open.utf16.count, end: end) {
                return TextRange(start: offset, end: close + pair.close.utf16.count)
            }
        }
        // A heading id or attribute list: {#id}, {: .class #id}, on one line.
        if has(text, "{#", at: offset, end: end) || has(text, "{:", at: offset, end: end) {
            var close = offset + 2
            while close < end, close - offset < 200, text[close] != 0x7D, text[close] != 0x0A { close += 1 }
            if close < end, text[close] == 0x7D { return TextRange(start: offset, end: close + 1) }
        }
        if isMDX {
            // A JavaScript expression: balanced braces.
            var depth = 0
            var position = offset
            while position < end, position - offset < longestExpression {
                if text[position] == 0x7B { depth += 1 }
                if text[position] == 0x7D {
                    depth -= 1
                    if depth == 0 { return TextRange(start: offset, end: position + 1) }
                }
                position += 1
            }
        }
        return nil
    }

    /// A whole line that is syntax: `:::note` fences; MDX `import` and `export` lines.
    private static func lineSpan(_ text: [UInt16], at offset: Int, end: Int, isMDX: Bool) -> TextRange? {
        var start = offset
        while start < end, text[start] == 0x20 || text[start] == 0x3E { start += 1 }
        let isFence = has(text, ":::", at: start, end: end)
        let isModuleLine = isMDX && start == offset && (has(text, "import ", at: start, end: end) || has(text, "export ", at: start, end: end))
        guard isFence || isModuleLine else { return nil }
        var lineEnd = start
        while lineEnd < end, text[lineEnd] != 0x0A, text[lineEnd] != 0x0D { lineEnd += 1 }
        return TextRange(start: start, end: lineEnd)
    }

    /// GitHub's alert marker: `[!NOTE]`, `[!TIP]`, `[!IMPORTANT]`, `[!WARNING]`, `[!CAUTION]`.
    private static func alertSpan(_ text: [UInt16], at offset: Int, end: Int) -> TextRange? {
        for kind in ["[!NOTE]", "[!TIP]", "[!IMPORTANT]", "[!WARNING]", "[!CAUTION]"] where has(text, kind, at: offset, end: end) {
            return TextRange(start: offset, length: kind.utf16.count)
        }
        return nil
    }
}
