import TextCore

/// The ICU floor's work on one document — decode, NFC, sentence and word break iteration,
/// no rules — with its iterators opened once. Used by the floor phase itself and, for
/// comparison, by the tuning phases. Every word comes from ICU here (the checker's own word
/// iterators take most words from the faster tokeniser in ICUBridge/wordscan.c): the floor
/// is what ICU itself costs.
final class FloorWork {
    private let sentenceIterator: BreakIterator
    private let wordIterator: BreakIterator

    init(_ tag: LanguageTag) {
        let profile = LanguageProfile.forTag(tag)
        sentenceIterator = try! BreakIterator(kind: .sentence, locale: profile.sentenceLocale)
        wordIterator = try! BreakIterator(kind: .word, locale: profile.wordLocale, icuWordsOnly: true)
    }

    /// All of it on `bytes`; returns a count of what was found, so that nothing is optimised away.
    func run(_ bytes: [UInt8]) -> Int {
        guard let decoded = try? TextDecoding.decode(bytes) else { return 0 }
        return Normalization.nfc(decoded).text.withUnsafeBufferPointer { sentences($0) &+ words($0) }
    }

    /// Sentence boundaries of NFC text.
    @discardableResult
    func sentences(_ text: UnsafeBufferPointer<UInt16>) -> Int {
        var sum = 0
        sentenceIterator.forEachBoundary(in: text) { sum &+= $0 }
        return sum
    }

    /// Words of NFC text, collected as the checker collects them.
    @discardableResult
    func words(_ text: UnsafeBufferPointer<UInt16>) -> Int {
        var table = WordTable()
        wordIterator.appendWords(in: text, offset: 0, to: &table)
        return table.count
    }
}
