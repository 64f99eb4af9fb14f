import TextCore

/// Finds a sentence that appears twice in an article, anywhere, after NFC and case folding
/// (punctuation aside). Short sentences ("No.", "He declined to comment.") can legitimately
/// recur, so sentences need five words or more (eight characters of CJK text). In a
/// structured document both copies must be in one section (between the same headings): a
/// page of documentation repeats its notes and pointers from section to section.
///
/// Hashes make it linear: each sentence's words are hashed once and looked up in a table.
public struct RepeatedSentenceRule: Detector {
    public static let id = RuleID(.duplication, "sentence")
    static let minimumWords = 5

    public static let description = RuleDescription(
        id: id,
        summary: "The same sentence appears twice in the article.",
        rationale: "A duplicated sentence is a classic machine-translation and content-management slip: a segment translated twice, a paragraph pasted twice.",
        category: .duplication,
        severity: .major,
        triggering: [
            RuleExample("The budget was approved on Monday after a long debate. Critics objected.\n\nThe vote followed. ⟦The budget was approved on Monday after a long debate.⟧"),
            RuleExample("政府は新しい予算案を正式に発表した。議会は来週採決する。⟦政府は新しい予算案を正式に発表した。⟧", language: "ja"),
            RuleExample("# Budget\n\nThe budget was approved on Monday after a long debate.\n\n⟦The budget was approved on Monday after a long debate.⟧\n",
                        format: "markdown"),
        ],
        nonTriggering: [
            RuleExample("He declined to comment. The minister left. He declined to comment."),
            RuleExample("The budget was approved on Monday. The budget was rejected on Tuesday."),
            RuleExample("Trace the network path to a remote host\n\nSee the manual.\n\nTrace the network path to a remote host", note: "table cells and headings are not sentences"),
            RuleExample("## Install\n\nThis option is available only in server mode.\n\n## Configure\n\nThis option is available only in server mode.\n",
                        format: "markdown", note: "a note repeated in another section of a page"),
        ]
    )

    public init() {}

    public func check(_ document: AnalyzedDocument, into sink: inout FindingSink) {
        let segmentation = document.segmentation
        let hashes = document.wordHashes
        var seen = WordHashSet([], count: segmentation.sentences.count)
        for sentence in 0..<segmentation.sentences.count where document.kind(ofSentence: sentence) == .prose {
            let indices = segmentation.wordIndices(inSentence: sentence)
            guard Self.isLongEnough(indices, document) else { continue }
            let key = hashes.key(of: indices, inSection: document.section(ofSentence: sentence))
            if let earlier = seen.value(for: key) {
                let first = Int(earlier)
                guard !document.repetitionIsInSource(paragraph: Int(segmentation.sentenceParagraph[first]), paragraph: Int(segmentation.sentenceParagraph[sentence])) else { continue }
                let firstRange = segmentation.sentences[first]
                let range = segmentation.sentences[sentence]
                guard segmentation.wordIndices(inSentence: first).count == indices.count else { continue }
                sink.report(range, "This sentence repeats one earlier in the article.",
                            related: [RelatedLocation(range: firstRange, message: "first occurrence of the sentence")])
            } else {
                seen.insert(key, Int32(sentence))
            }
        }
    }

    static func isLongEnough(_ indices: Range<Int>, _ document: AnalyzedDocument) -> Bool {
        let words = document.words
        if let first = indices.first, words.kinds[first].isCJK {
            return Int(words.ends[indices.last!]) - Int(words.starts[first]) >= 8
        }
        return indices.count >= minimumWords
    }
}
