import TextCore

/// Recognises paragraphs written in another language than their document, by counting the
/// function words ("the", "of", "and"; "le", "de", "et") of each language with a list in the
/// rule files. Short and simple on purpose: it only has to tell an English paragraph left
/// untranslated in a French article from French, not identify any language in the world.
public final class ParagraphLanguages: DocumentAnalysis {
    /// For each paragraph, the language it is written in when that is not the document's.
    public let foreign: [String?]

    /// A paragraph needs this many words to be judged.
    static let minimumWords = 12
    /// The other language must reach this many function-word hits...
    static let minimumHits = 5
    /// ...and this many times the document language's hits.
    static let dominance = 3

    public init(_ document: AnalyzedDocument) {
        let segmentation = document.segmentation
        let tally = document.resources.functionWordTally
        let languages = tally.languages
        var result = [String?](repeating: nil, count: segmentation.paragraphs.count)
        // Japanese, Chinese and Korean have no function-word list (their words are not
        // told apart by short words between spaces); a paragraph there is foreign when
        // another language's function words dominate it and almost none of its letters are
        // in the document's own scripts.
        let ownIndex = languages.firstIndex(of: document.language.language)
        let byScript = ownIndex == nil && SourceTextReading.script(of: document.language) == .cjk
        guard languages.count >= 2, ownIndex != nil || byScript else {
            foreign = result
            return
        }
        let own = ownIndex ?? -1
        let wordLanguages = tally.languages(ofWords: document.foldedWordHashes)
        var hits = [Int](repeating: 0, count: languages.count)
        for paragraph in 0..<segmentation.paragraphs.count {
            let sentences = segmentation.sentenceIndices(inParagraph: paragraph)
            guard !sentences.isEmpty else { continue }
            let words = Int(segmentation.sentenceWordStart[sentences.lowerBound])..<Int(segmentation.sentenceWordStart[sentences.upperBound])
            guard words.count >= Self.minimumWords else { continue }
            for language in hits.indices { hits[language] = 0 }
            // Stop once no other language can reach the thresholds with the words left
            // (looked at every sixteen words: stopping later decides the same).
            wordLanguages.count(words, into: &hits) { hits, left in
                let mostOther = hits.indices.reduce(0) { $1 == own ? $0 : max($0, hits[$1]) }
                return mostOther + left >= max(Self.minimumHits, Self.dominance * max(1, own >= 0 ? hits[own] : 0))
            }
            if let best = FunctionWordTally.dominantOther(hits, own: own, minimumHits: Self.minimumHits, dominance: Self.dominance),
               !byScript || !Self.hasOwnScript(document, segmentation.paragraphs[paragraph]) {
                result[paragraph] = languages[best]
            }
        }
        foreign = result
    }

    /// Whether more than a tenth of the paragraph's letters are Han, kana or Hangul: then it
    /// is written in the document's language, with Latin words in it (`Debian の package`).
    static func hasOwnScript(_ document: AnalyzedDocument, _ paragraph: TextRange) -> Bool {
        document.withText { text in
            var own = 0
            var letters = 0
            for index in paragraph.start..<paragraph.end {
                guard let script = SourceTextReading.script(of: text[index]) else { continue }
                letters += 1
                if script == .cjk { own += 1 }
            }
            return own * 10 > letters
        }
    }
}
