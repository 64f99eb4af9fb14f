import TextCore

/// Text with spans marked by `⟦` and `⟧`, the notation rule examples use for "a finding is
/// expected exactly here": `“We will not resign.⟦”T⟧he minister left`.
///
/// The markers are removed; `spans` are the marked ranges in UTF-16 offsets of the cleaned
/// text. Markers do not nest.
public struct MarkedText: Sendable, Equatable {
    public static let open: Character = "⟦"
    public static let close: Character = "⟧"

    public let text: String
    public let spans: [TextRange]

    public enum ParseError: Error, Equatable, CustomStringConvertible {
        case unbalanced(String)
        public var description: String {
            switch self {
            case .unbalanced(let text): return "unbalanced ⟦ ⟧ markers in example: \(text)"
            }
        }
    }

    public init(_ marked: String) throws(ParseError) {
        var cleaned = ""
        var spans: [TextRange] = []
        var openedAt: Int?
        var offset = 0
        for character in marked {
            if character == Self.open {
                guard openedAt == nil else { throw .unbalanced(marked) }
                openedAt = offset
            } else if character == Self.close {
                guard let start = openedAt else { throw .unbalanced(marked) }
                spans.append(TextRange(start: start, end: offset))
                openedAt = nil
            } else {
                cleaned.append(character)
                offset += character.utf16.count
            }
        }
        guard openedAt == nil else { throw .unbalanced(marked) }
        self.text = cleaned
        self.spans = spans
    }

    /// Builds marked text from parts, e.g. for mutated examples.
    public init(text: String, spans: [TextRange]) {
        self.text = text
        self.spans = spans
    }

    /// The same text with `prefix` before it; spans shift accordingly.
    public func prefixed(with prefix: String) -> MarkedText {
        let shift = prefix.utf16.count
        return MarkedText(text: prefix + text, spans: spans.map { $0.shifted(by: shift) })
    }

    /// The same text in NFD, with spans moved to the decomposed positions.
    public func decomposed() -> MarkedText {
        let units = text.utf16Units
        var boundaries = Set([0, units.count])
        for span in spans { boundaries.insert(span.start); boundaries.insert(span.end) }
        let sorted = boundaries.sorted()
        var result = ""
        var mapping: [Int: Int] = [0: 0]
        var length = 0
        for (start, end) in zip(sorted, sorted.dropFirst()) {
            let piece = Normalization.nfd(String(utf16Units: units[start..<end]))
            result += piece
            length += piece.utf16.count
            mapping[end] = length
        }
        return MarkedText(text: result, spans: spans.map { TextRange(start: mapping[$0.start]!, end: mapping[$0.end]!) })
    }

    /// Renders the text with markers around the given spans (for failure messages).
    public static func render(_ text: String, spans: [TextRange]) -> String {
        let units = text.utf16Units
        var output = ""
        var position = 0
        for span in spans.sorted() where span.start >= position && span.end <= units.count {
            output += String(utf16Units: units[position..<span.start]) + "⟦" + String(utf16Units: units[span.start..<span.end]) + "⟧"
            position = span.end
        }
        output += String(utf16Units: units[position...])
        return output
    }
}
