import TextCore

/// Recognises paragraphs written in another language than their document, by counting the
/// function words ("the", "of", "and"; "le", "de", "et") of each language with a list in the
/// rule files. Short and simple on purpose: it only has to tell an English paragraph left
/// untranslated in a French article from French, not identify any language in the world.
enum ParagraphLanguage {
    /// A paragraph needs this many words to be judged.
    static let minimumWords = 12
    /// The other language must reach this many function-word hits...
    static let minimumHits = 5
    /// ...and this many times the document language's hits.
    static let dominance = 3

    static func guessForeign(_ document: AnalyzedDocument, _ text: UnsafeBufferPointer<UInt16>) -> [String?] {
        let resources = document.resources
        let languages = resources.functionWordLanguages
        let segmentation = document.segmentation
        let none = [String?](repeating: nil, count: segmentation.paragraphs.count)
        guard languages.count >= 2, let own = languages.firstIndex(of: document.language.language) else { return none }
        let index = resources.functionWordIndex
        let hashes = document.foldedWordHashes
        let longest = resources.functionWordLongest
        let starts = segmentation.words.starts
        let ends = segmentation.words.ends
        var result = none
        var hits = [Int](repeating: 0, count: languages.count)
        index.withReader { index in hashes.withUnsafeBufferPointer { hashes in
        for paragraph in 0..<segmentation.paragraphs.count {
            let sentences = segmentation.sentenceIndices(inParagraph: paragraph)
            guard !sentences.isEmpty else { continue }
            let words = Int(segmentation.sentenceWordStart[sentences.lowerBound])..<Int(segmentation.sentenceWordStart[sentences.upperBound])
            guard words.count >= minimumWords else { continue }
            for language in hits.indices { hits[language] = 0 }
            var mostOther = 0
            for word in words {
                // Stop once no other language can reach the thresholds with the words left.
                if mostOther + (words.upperBound - word) < max(minimumHits, dominance * max(1, hits[own])) { break }
                guard Int(starts[word]) + longest >= Int(ends[word]), let found = index.value(for: hashes[word]) else { continue }
                var bits = UInt32(bitPattern: found)
                while bits != 0 {
                    let bit = bits.trailingZeroBitCount
                    hits[bit] += 1
                    if bit != own { mostOther = max(mostOther, hits[bit]) }
                    bits &= bits - 1
                }
            }
            let ownHits = hits[own]
            var best = -1
            for language in hits.indices where language != own && (best < 0 || hits[language] > hits[best]) { best = language }
            if best >= 0, hits[best] >= minimumHits, hits[best] >= dominance * max(1, ownHits) {
                result[paragraph] = languages[best]
            }
        }
        } }
        return result
    }
}
