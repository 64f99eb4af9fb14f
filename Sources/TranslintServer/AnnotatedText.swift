import Foundation

/// LanguageTool's `data` parameter: text with its markup set apart,
/// `{"annotation": [{"text": "A "}, {"markup": "<b>"}, {"text": "test"}, {"markup": "<p>",
/// "interpretAs": "\n\n"}]}`. translint checks the text (markup read as its `interpretAs`, else
/// as nothing) and reports offsets in the whole, markup included, as LanguageTool does.
struct AnnotatedText {
    /// The text checked.
    let plain: [UInt16]
    /// Each part: where it is in the plain text and in the whole; markup is not text.
    private let parts: [(plain: Range<Int>, original: Range<Int>, isText: Bool)]

    struct Invalid: Error {
        let message: String
    }

    init(json: String) throws(Invalid) {
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] else {
            throw Invalid(message: "'data' must be a JSON object {\"annotation\": [...]}")
        }
        guard let annotation = object["annotation"] as? [Any] else { throw Invalid(message: "'data' needs an \"annotation\" array") }
        var plain: [UInt16] = []
        var parts: [(Range<Int>, Range<Int>, Bool)] = []
        var original = 0
        for (index, item) in annotation.enumerated() {
            guard let part = item as? [String: Any] else { throw Invalid(message: "annotation \(index) is not an object") }
            for key in part.keys where !["text", "markup", "interpretAs"].contains(key) {
                throw Invalid(message: "annotation \(index): unknown key '\(key)' (text, markup, interpretAs)")
            }
            if let text = part["text"] {
                guard let text = text as? String, part["markup"] == nil else { throw Invalid(message: "annotation \(index): \"text\" must be a string, alone") }
                let units = Array(text.utf16)
                parts.append((plain.count..<(plain.count + units.count), original..<(original + units.count), true))
                plain += units
                original += units.count
            } else if let markup = part["markup"] as? String {
                let interpretAs = part["interpretAs"]
                guard interpretAs == nil || interpretAs is String else { throw Invalid(message: "annotation \(index): \"interpretAs\" must be a string") }
                let stand = Array(((interpretAs as? String) ?? "").utf16)
                let length = markup.utf16.count
                parts.append((plain.count..<(plain.count + stand.count), original..<(original + length), false))
                plain += stand
                original += length
            } else {
                throw Invalid(message: "annotation \(index) needs \"text\" or \"markup\" (a string)")
            }
        }
        self.plain = plain
        self.parts = parts
    }

    /// `range` of the plain text, in the whole: a span that starts or ends in markup's
    /// stand-in covers the markup.
    func original(_ range: Range<Int>) -> Range<Int> {
        let start = originalOffset(range.lowerBound, isEnd: false)
        return start..<max(start, originalOffset(range.upperBound, isEnd: true))
    }

    private func originalOffset(_ offset: Int, isEnd: Bool) -> Int {
        // An end at a boundary belongs to the part before it, a start to the part after it.
        let part = (isEnd ? parts.first { !$0.plain.isEmpty && $0.plain.upperBound == offset } : nil)
            ?? parts.first { $0.plain.contains(offset) }
        guard let part else { return parts.last?.original.upperBound ?? offset }
        if part.isText { return part.original.lowerBound + (offset - part.plain.lowerBound) }
        return isEnd ? part.original.upperBound : part.original.lowerBound
    }
}
