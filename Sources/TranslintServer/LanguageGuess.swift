import RuleEngine

/// `language=auto`: the bundled language whose function words the text uses most, or, for
/// text in kana or Han, Japanese or Chinese by script. Good enough for a paragraph in one of
/// the languages translint has rules for; anything else is `und` (the language-independent
/// rules still run).
struct LanguageGuess {
    private let words: [String: Set<String>]

    init(book: RuleBook) {
        var words: [String: Set<String>] = [:]
        for list in book.wordLists where list.list == .functionWords {
            words[list.language, default: []].formUnion(list.words.map { $0.lowercased() })
        }
        self.words = words
    }

    /// The guessed language code and a confidence from 0 to 1.
    func guess(_ text: String) -> (code: String, confidence: Double) {
        var kana = 0
        var han = 0
        var hangul = 0
        var letters = 0
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            letters += 1
            switch scalar.value {
            case 0x3040...0x30FF: kana += 1
            case 0x4E00...0x9FFF, 0x3400...0x4DBF: han += 1
            case 0xAC00...0xD7AF, 0x1100...0x11FF: hangul += 1
            default: break
            }
        }
        if letters > 0 {
            if Double(kana) / Double(letters) > 0.1 { return ("ja", 0.9) }
            if Double(hangul) / Double(letters) > 0.3 { return ("ko", 0.9) }
            if Double(han) / Double(letters) > 0.3 { return ("zh", 0.8) }
        }
        var counts: [String: Int] = [:]
        var total = 0
        for token in text.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "’" }) {
            total += 1
            let word = String(token)
            for (language, list) in words where list.contains(word) { counts[language, default: 0] += 1 }
        }
        guard let best = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }), best.value > 0 else { return ("und", 0) }
        return (best.key, min(1, Double(best.value) / Double(max(1, total)) * 2.5))
    }
}
