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
        let lists = document.resources.functionWords
        let own = document.language.language
        let segmentation = document.segmentation
        guard lists.count >= 2, lists[own] != nil else { return Array(repeating: nil, count: segmentation.paragraphs.count) }
        let hashes = document.foldedWordHashes
        // Hash the function words the same way as the text's words.
        let listHashes: [(language: String, words: Set<UInt64>)] = lists.map { language, words in
            (language, Set(words.map { word in word.utf16Units.withUnsafeBufferPointer { CaseFolding.hash($0, TextRange(start: 0, end: $0.count)) } }))
        }
        var result: [String?] = []
        result.reserveCapacity(segmentation.paragraphs.count)
        for paragraph in 0..<segmentation.paragraphs.count {
            let sentences = segmentation.sentenceIndices(inParagraph: paragraph)
            guard !sentences.isEmpty else {
                result.append(nil)
                continue
            }
            let words = Int(segmentation.sentenceWordStart[sentences.lowerBound])..<Int(segmentation.sentenceWordStart[sentences.upperBound])
            guard words.count >= minimumWords else {
                result.append(nil)
                continue
            }
            var hits: [String: Int] = [:]
            for index in words {
                for list in listHashes where list.words.contains(hashes[index]) { hits[list.language, default: 0] += 1 }
            }
            let ownHits = hits[own] ?? 0
            let best = hits.filter { $0.key != own }.max { $0.value < $1.value }
            if let best, best.value >= minimumHits, best.value >= dominance * max(1, ownHits) {
                result.append(best.key)
            } else {
                result.append(nil)
            }
        }
        return result
    }
}
