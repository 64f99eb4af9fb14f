import TextCore

/// Quotations written in another language than their document: an English sentence quoted
/// in a French article, a German slogan in an English one.
///
/// The quoted words follow their own language's conventions — its capitals, spacing,
/// abbreviations, doubled words and quotation marks — so the rules that apply the document
/// language's conventions leave them alone (`Checker` drops those rules' findings inside such
/// a quotation). Told apart as `ParagraphLanguages` tells paragraphs apart, by the function
/// words of each language with a list, with thresholds for a stretch shorter than a paragraph.
public final class ForeignQuotations: DocumentAnalysis {
    /// The quotations in another language, marks included, in document order.
    public let ranges: [TextRange]

    /// A quotation needs this many words to be judged...
    static let minimumWords = 6
    /// ...another language this many function-word hits in it...
    static let minimumHits = 3
    /// ...and this many times the document language's hits.
    static let dominance = 3

    public init(_ document: AnalyzedDocument) {
        let tally = document.resources.functionWordTally
        let languages = tally.languages
        let quotations = document.analysis(QuoteGrammar.self).quotations.map(\.range).sorted()
        guard let own = languages.firstIndex(of: document.language.language), languages.count >= 2, !quotations.isEmpty else {
            ranges = []
            return
        }
        let words = document.words
        let hashes = document.foldedWordHashes
        var found: [TextRange] = []
        var hits = [Int](repeating: 0, count: languages.count)
        for quotation in quotations where found.last.map({ quotation.start >= $0.end }) ?? true {
            let first = words.starts.partitionPoint { Int($0) >= quotation.start }
            let end = words.starts.partitionPoint { Int($0) >= quotation.end }
            guard end - first >= Self.minimumWords else { continue }
            let quoted = tally.languages(ofWords: Array(hashes[first..<end]))
            for language in hits.indices { hits[language] = 0 }
            quoted.count(0..<(end - first), into: &hits) { _, _ in true }
            if FunctionWordTally.dominantOther(hits, own: own, minimumHits: Self.minimumHits, dominance: Self.dominance) != nil {
                found.append(quotation)
            }
        }
        ranges = found
    }

    /// Whether `offset` lies inside a quotation in another language.
    public func contains(_ offset: Int) -> Bool {
        let index = ranges.partitionPoint { $0.end > offset }
        return index < ranges.count && ranges[index].contains(offset)
    }
}
