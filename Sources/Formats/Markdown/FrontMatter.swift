import TextCore
import Yams

/// The metadata block at the top of a Markdown page: YAML between `---` lines, or TOML
/// between `+++` lines. Not prose, except the values readers see as text: `title`,
/// `description` and `summary`.
struct FrontMatter {
    /// The whole block, its delimiter lines included.
    let range: TextRange
    /// The prose values, with where they lie in the file.
    let values: [(key: String, text: [UInt16], alignment: Alignment)]

    static let proseKeys = ["title", "description", "summary"]

    /// The front matter at the start of `source`, if there is one.
    static func read(_ source: SourceText) -> FrontMatter? {
        let units = source.units
        guard let delimiter = ["---", "+++"].first(where: { Self.isDelimiterLine(units, at: 0, $0) }) else { return nil }
        // The closing delimiter: a line of its own (YAML may also end with "...").
        var line = 1
        var closing: Int?
        while line < source.lineStarts.count {
            let start = source.lineStarts[line]
            if isDelimiterLine(units, at: start, delimiter) || (delimiter == "---" && isDelimiterLine(units, at: start, "...")) {
                closing = line
                break
            }
            line += 1
        }
        guard let closingLine = closing else { return nil }
        let end = closingLine + 1 < source.lineStarts.count ? source.lineStarts[closingLine + 1] : units.count
        let bodyStart = source.lineStarts[1]
        let bodyEnd = source.lineStarts[closingLine]
        let values = delimiter == "---"
            ? yamlValues(source, body: TextRange(start: bodyStart, end: bodyEnd))
            : tomlValues(source, body: TextRange(start: bodyStart, end: bodyEnd))
        return FrontMatter(range: TextRange(start: 0, end: end), values: values)
    }

    private static func isDelimiterLine(_ units: [UInt16], at offset: Int, _ delimiter: String) -> Bool {
        var position = offset
        for unit in delimiter.utf16 {
            guard position < units.count, units[position] == unit else { return false }
            position += 1
        }
        while position < units.count, units[position] == 0x20 || units[position] == 0x09 { position += 1 }
        return position == units.count || units[position] == 0x0A || units[position] == 0x0D
    }

    /// Top-level `title`, `description` and `summary` scalars of a YAML body. A body that is
    /// not YAML has none (the page is still checked; its metadata is not).
    private static func yamlValues(_ source: SourceText, body: TextRange) -> [(key: String, text: [UInt16], alignment: Alignment)] {
        let yaml = String(utf16Units: source.units[body.start..<body.end])
        guard YAMLShapeGuard.problem(in: yaml) == nil, let node = try? Yams.compose(yaml: yaml), let mapping = node.mapping else { return [] }
        let firstLine = source.lineStarts.partitionPoint { $0 > body.start } - 1
        var found: [(key: String, text: [UInt16], alignment: Alignment)] = []
        for (keyNode, valueNode) in mapping {
            guard let key = keyNode.string, proseKeys.contains(key), let value = valueNode.scalar?.string, !value.isEmpty,
                  let mark = valueNode.mark else { continue }
            let line = firstLine + mark.line - 1
            guard line < source.lineStarts.count else { continue }
            let text = Array(value.utf16)
            let aligner = SourceAligner(source: source.units, decodesEscapes: true, decodesEntities: false, foldsWhiteSpace: true)
            if let alignment = aligner.find(text, from: source.lineStarts[line], limit: body.end) {
                found.append((key, text, alignment))
            }
        }
        return found.sorted { ($0.alignment.originalStart ?? 0) < ($1.alignment.originalStart ?? 0) }
    }

    /// `title = "…"` lines of a TOML body (basic and literal strings on one line).
    private static func tomlValues(_ source: SourceText, body: TextRange) -> [(key: String, text: [UInt16], alignment: Alignment)] {
        var found: [(key: String, text: [UInt16], alignment: Alignment)] = []
        let firstLine = source.lineStarts.partitionPoint { $0 > body.start } - 1
        var line = firstLine
        while line < source.lineStarts.count, source.lineStarts[line] < body.end {
            let start = source.lineStarts[line]
            let end = source.lineEnd(after: start)
            line += 1
            let text = String(utf16Units: source.units[start..<end])
            guard let equals = text.firstIndex(of: "=") else { continue }
            let key = text[..<equals].trimmingCharacters(in: " \t")
            guard proseKeys.contains(key) else { continue }
            var value = text[text.index(after: equals)...].trimmingCharacters(in: " \t")
            guard let quote = value.first, quote == "\"" || quote == "'", value.count >= 2, value.last == quote else { continue }
            value = String(value.dropFirst().dropLast())
            let decoded = quote == "\"" ? value.replacingOccurrences(of: "\\\"", with: "\"").replacingOccurrences(of: "\\\\", with: "\\") : value
            let aligner = SourceAligner(source: source.units, decodesEscapes: quote == "\"", decodesEntities: false, foldsWhiteSpace: false)
            if let alignment = aligner.find(Array(decoded.utf16), from: start + (text[..<equals].utf16.count), limit: end) {
                found.append((key, Array(decoded.utf16), alignment))
            }
        }
        return found
    }
}

private extension StringProtocol {
    func trimmingCharacters(in characters: String) -> String {
        let set = Set(characters)
        var slice = Substring(self)
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }

    func replacingOccurrences(of target: String, with replacement: String) -> String {
        String(self).split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
