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

    /// For each byte of language bits, a 64-bit word with a 1 in the byte lane of each bit.
    private static let byteLanes: [UInt64] = (0..<256).map { (bits: Int) -> UInt64 in
        var lanes: UInt64 = 0
        for bit in 0..<8 where bits & (1 << bit) != 0 { lanes |= 1 << UInt64(8 * bit) }
        return lanes
    }

    static func guessForeign(_ document: AnalyzedDocument, _ text: UnsafeBufferPointer<UInt16>) -> [String?] {
        let resources = document.resources
        let languages = resources.functionWordLanguages
        let segmentation = document.segmentation
        let none = [String?](repeating: nil, count: segmentation.paragraphs.count)
        guard languages.count >= 2, let own = languages.firstIndex(of: document.language.language) else { return none }
        let functionWords = resources.functionWordBits
        let hashes = document.foldedWordHashes
        var result = none
        var hits = [Int](repeating: 0, count: languages.count)
        // Every word's languages, looked up in one call.
        let wordLanguages = hashes.withUnsafeBufferPointer { functionWords.values(for: $0) }
        wordLanguages.withUnsafeBufferPointer { wordLanguages in
        for paragraph in 0..<segmentation.paragraphs.count {
            let sentences = segmentation.sentenceIndices(inParagraph: paragraph)
            guard !sentences.isEmpty else { continue }
            let words = Int(segmentation.sentenceWordStart[sentences.lowerBound])..<Int(segmentation.sentenceWordStart[sentences.upperBound])
            guard words.count >= minimumWords else { continue }
            for language in hits.indices { hits[language] = 0 }
            var word = words.lowerBound
            while word < words.upperBound {
                // Stop once no other language can reach the thresholds with the words left
                // (looked at every sixteen words: stopping later decides the same).
                let mostOther = hits.indices.reduce(0) { $1 == own ? $0 : max($0, hits[$1]) }
                if mostOther + (words.upperBound - word) < max(minimumHits, dominance * max(1, hits[own])) { break }
                // Counted as byte lanes, eight languages to a 64-bit word: four additions per
                // word, whatever languages it belongs to, and no branch.
                let stop = min(words.upperBound, word + 16)
                var lanes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
                while word < stop {
                    let bits = wordLanguages[word]
                    lanes.0 &+= Self.byteLanes[Int(bits & 0xFF)]
                    lanes.1 &+= Self.byteLanes[Int((bits >> 8) & 0xFF)]
                    lanes.2 &+= Self.byteLanes[Int((bits >> 16) & 0xFF)]
                    lanes.3 &+= Self.byteLanes[Int(bits >> 24)]
                    word += 1
                }
                for language in hits.indices {
                    let lane = language < 8 ? lanes.0 : language < 16 ? lanes.1 : language < 24 ? lanes.2 : lanes.3
                    hits[language] += Int((lane >> UInt64(8 * (language % 8))) & 0xFF)
                }
            }
            let ownHits = hits[own]
            var best = -1
            for language in hits.indices where language != own && (best < 0 || hits[language] > hits[best]) { best = language }
            if best >= 0, hits[best] >= minimumHits, hits[best] >= dominance * max(1, ownHits) {
                result[paragraph] = languages[best]
            }
        }
        }
        return result
    }
}
