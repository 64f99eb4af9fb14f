/// A document cut into paragraphs, sentences and words (all offsets in the NFC text).
public struct Segmentation: Sendable {
    /// Paragraphs, without surrounding whitespace.
    public internal(set) var paragraphs: [TextRange] = []
    /// Sentences, without surrounding whitespace; each lies inside one paragraph.
    public internal(set) var sentences: [TextRange] = []
    /// For each sentence, the index of its paragraph.
    public internal(set) var sentenceParagraph: [Int32] = []
    /// For each paragraph p, its sentences are `paragraphSentenceStart[p]..<paragraphSentenceStart[p + 1]`.
    public internal(set) var paragraphSentenceStart: [Int32] = [0]
    /// Word-like segments of the whole text.
    public internal(set) var words = WordTable()
    /// For each sentence s, its words are `sentenceWordStart[s]..<sentenceWordStart[s + 1]`.
    public internal(set) var sentenceWordStart: [Int32] = [0]
    public init() {}

    /// Indices of the sentences of paragraph `paragraph`.
    public func sentenceIndices(inParagraph paragraph: Int) -> Range<Int> {
        Int(paragraphSentenceStart[paragraph])..<Int(paragraphSentenceStart[paragraph + 1])
    }

    /// Indices of the words of sentence `sentence`.
    public func wordIndices(inSentence sentence: Int) -> Range<Int> {
        Int(sentenceWordStart[sentence])..<Int(sentenceWordStart[sentence + 1])
    }

    /// Number of word-like segments: the denominator of the score.
    public var wordCount: Int { words.count }
}
