/// Finds suppression directives in HTML comments (`<!-- translint-disable rule -->`): in
/// plain text and Markdown, where they are written as HTML comments, and in HTML.
public enum CommentDirectives {
    private static let open = Array("<!--".utf16)
    private static let close = Array("-->".utf16)
    private static let marker = Array("translint-".utf16)

    /// The directives in the comments of `text[range]`, in order.
    public static func find(in text: [UInt16], range: TextRange) -> [SuppressionComment] {
        var found: [SuppressionComment] = []
        var index = range.start
        while let start = search(open, in: text, from: index, end: range.end) {
            guard let end = search(close, in: text, from: start + open.count, end: range.end) else { break }
            index = end + close.count
            let bodyRange = (start + open.count)..<end
            guard search(marker, in: text, from: bodyRange.lowerBound, end: bodyRange.upperBound) != nil else { continue }
            if let directive = SuppressionComment.parse(body: String(utf16Units: text[bodyRange]), range: TextRange(start: start, end: index)) {
                found.append(directive)
            }
        }
        return found
    }

    /// The directive a comment's text makes (HTML and XML readers hand over comment bodies).
    public static func directive(inComment body: String, at range: TextRange) -> SuppressionComment? {
        SuppressionComment.parse(body: body, range: range)
    }

    private static func search(_ needle: [UInt16], in text: [UInt16], from start: Int, end: Int) -> Int? {
        guard let first = needle.first else { return nil }
        var index = start
        let last = end - needle.count
        while index <= last {
            if text[index] == first {
                var matched = true
                for offset in 1..<needle.count where text[index + offset] != needle[offset] {
                    matched = false
                    break
                }
                if matched { return index }
            }
            index += 1
        }
        return nil
    }
}
