import TextCore

/// Finds two sentences run together without punctuation, the second starting with a word
/// that is capitalised only at a sentence start: `officials confirmed that The budget was
/// cut`, `il a dit que Les députés`, `am Montag Das sei`.
///
/// The words come from each language's `sentence-starters` list in `Rules/` (determiners,
/// pronouns, conjunctions; in German never nouns, which are always capitalised). A title or
/// name that starts with such a word ("The Guardian", "Le Monde", "Die Linke") is followed by
/// another capitalised word and is not flagged.
public struct MergedSentenceRule: Detector {
    public static let id = RuleID(.sentences, "merged")

    public static let description = RuleDescription(
        id: id,
        summary: "Two sentences are merged: a sentence-starting word is capitalised in the middle of a sentence.",
        rationale: "When machine translation drops a full stop, the next sentence's capitalised first word is left stranded mid-sentence. Readers lose the boundary and the meaning of both sentences blurs.",
        category: .grammar,
        severity: .major,
        triggering: [
            RuleExample("Officials confirmed that ⟦The⟧ budget was cut.", language: "en"),
            RuleExample("Il a dit que ⟦Les⟧ députés voteront.", language: "fr"),
        ],
        nonTriggering: [
            RuleExample("Officials confirmed that the budget was cut.", language: "en"),
            RuleExample("The story ran in The Guardian on Monday.", language: "en"),
            RuleExample("Il l’a dit au journal Le Monde hier.", language: "fr"),
            RuleExample("Officials confirmed it: The budget was cut.", language: "en", note: "punctuation before the capital"),
        ]
    )

    public init() {}

    public func check(_ document: AnalyzedDocument, into sink: inout FindingSink) {
        let starters = document.resources.sentenceStarters
        let starterHashes = document.resources.sentenceStarterHashes
        guard document.profile.hasCase, !starters.isEmpty else { return }
        let words = document.words
        let hashes = document.foldedWordHashes
        let segmentation = document.segmentation
        let kinds = document.paragraphKinds
        let foreign = document.paragraphForeignLanguage
        let sentenceParagraph = segmentation.sentenceParagraph
        document.withText { text in
            for sentence in 0..<segmentation.sentences.count {
                let paragraph = Int(sentenceParagraph[sentence])
                guard kinds[paragraph] != .code, foreign[paragraph] == nil else { continue }
                let indices = segmentation.wordIndices(inSentence: sentence)
                guard indices.count >= 3 else { continue }
                for index in (indices.lowerBound + 1)..<(indices.upperBound - 1) {
                    let word = words.range(index)
                    guard CharacterClass.of(unit: text[word.start]).contains(.upper), starterHashes.contains(hashes[index]) else { continue }
                    let string = document.string(word)
                    guard starters.contains(string), !isAllCaps(string) else { continue }
                    let previous = words.range(index - 1)
                    let next = words.range(index + 1)
                    // A word, then only spaces (a line break too), then the capital. The word
                    // may be capitalised itself (German nouns, "on Friday She said").
                    let previousClass = CharacterClass.of(unit: text[previous.start])
                    guard words.kinds[index - 1] == .letter, previousClass.contains(.lower) || previousClass.contains(.upper), !isAllCaps(document.string(previous)),
                          DuplicationGaps.isBlank(text, from: previous.end, to: word.start, allowLineBreak: true) else { continue }
                    // The next word must continue in lowercase: "The budget", not "The Guardian".
                    guard CharacterClass.of(unit: text[next.start]).contains(.lower),
                          DuplicationGaps.isBlank(text, from: word.end, to: next.start, allowLineBreak: true) else { continue }
                    let lowered = string.prefix(1).lowercased() + string.dropFirst()
                    sink.report(word, "“\(string)” is capitalised in the middle of a sentence: a full stop is probably missing before it, or it should be “\(lowered)”.",
                                suggestions: [lowered])
                }
            }
        }
    }

    private func isAllCaps(_ word: String) -> Bool {
        word.count > 1 && word.allSatisfy { !$0.isLetter || $0.isUppercase }
    }
}
