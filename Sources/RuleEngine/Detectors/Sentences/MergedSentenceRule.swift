import TextCore

/// Finds two sentences run together without punctuation, the second starting with a word
/// that is capitalised only at a sentence start: `officials confirmed that The budget was
/// cut`, `il a dit que Les députés`, `am Montag Das sei`.
///
/// The words come from each language's `sentence-starters` list in `Rules/` (determiners,
/// pronouns, conjunctions; in German never nouns, which are always capitalised) and from its
/// `function-words` list, capitalised: any closed-class word ("Each", "Several", "Plusieurs",
/// "Jeder") written with a capital between two lowercase words is the trace of a lost full
/// stop, so a language gets the check as soon as it has function words. A title or name that
/// starts with such a word ("The Guardian", "Le Monde", "Many Rivers to Cross") is followed
/// by another capitalised word and is not flagged.
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
            RuleExample("The plan was approved by a narrow vote ⟦Several⟧ members abstained.", language: "en", note: "a function word, not a listed starter"),
            RuleExample("Le budget a été voté mardi ⟦Plusieurs⟧ élus se sont abstenus.", language: "fr"),
            RuleExample("Der Plan wurde am Montag gebilligt ⟦Jedoch⟧ enthielten sich drei Abgeordnete.", language: "de"),
        ],
        nonTriggering: [
            RuleExample("Officials confirmed that the budget was cut.", language: "en"),
            RuleExample("The story ran in The Guardian on Monday.", language: "en"),
            RuleExample("Il l’a dit au journal Le Monde hier.", language: "fr"),
            RuleExample("Officials confirmed it: The budget was cut.", language: "en", note: "punctuation before the capital"),
            RuleExample("She sang Many Rivers to Cross at the gala.", language: "en", note: "a title: the next word is capitalised"),
            RuleExample("Il a relu le Tous les matins du monde de Quignard.", language: "fr", note: "after a function word: a title"),
            RuleExample("Ask for vitamin A supplements.", language: "en", note: "one-letter words are not candidates"),
            RuleExample("Le Ferrovie dello Stato hanno chiesto fondi e le Ferrovie dello Stato hanno vinto.", language: "it", note: "the same capitalised function word twice: a name"),
        ]
    )

    public init() {}

    public func check(_ document: AnalyzedDocument, into sink: inout FindingSink) {
        let resources = document.resources
        guard document.profile.hasCase, !resources.sentenceStarters.isEmpty || !resources.capitalisedFunctionWords.isEmpty else { return }
        let words = document.words
        let hashes = document.foldedWordHashes
        let segmentation = document.segmentation
        let kinds = document.paragraphKinds
        let foreign = document.paragraphForeignLanguage
        let sentenceParagraph = segmentation.sentenceParagraph
        var found: [(word: Int, listed: Candidate)] = []
        document.withText { text in
            for sentence in 0..<segmentation.sentences.count {
                let paragraph = Int(sentenceParagraph[sentence])
                guard kinds[paragraph] != .code, foreign[paragraph] == nil else { continue }
                let indices = segmentation.wordIndices(inSentence: sentence)
                guard indices.count >= 3 else { continue }
                for index in (indices.lowerBound + 1)..<(indices.upperBound - 1) {
                    let word = words.range(index)
                    // A capital right after markup starts a link's or an emphasis's text: a
                    // title ("see [What is Linux](…)"), not a lost full stop.
                    guard CharacterClass.of(unit: text[word.start]).contains(.upper),
                          let listed = candidate(index, document, resources), !document.hasSeam(before: word.start) else { continue }
                    let previous = words.range(index - 1)
                    let next = words.range(index + 1)
                    // A word, then only spaces (a line break too), then the capital. After a
                    // listed starter the word may be capitalised itself (German nouns, "on
                    // Friday She said"); a function word needs a lowercase word that is not a
                    // function word itself ("à la Une des journaux" is the front page), on the
                    // same line: verse and definition lists start each line with a capital.
                    let previousClass = CharacterClass.of(unit: text[previous.start])
                    let previousFits = listed == .starter
                        ? previousClass.contains(.lower) || previousClass.contains(.upper)
                        : previousClass.contains(.lower) && !resources.capitalisedFunctionWordHashes.contains(hashes[index - 1])
                    guard words.kinds[index - 1] == .letter, previousFits, !isAllCaps(document.string(previous)),
                          DuplicationGaps.isBlank(text, from: previous.end, to: word.start, allowLineBreak: listed == .starter) else { continue }
                    // The next word must continue in lowercase: "The budget", not "The Guardian".
                    guard CharacterClass.of(unit: text[next.start]).contains(.lower),
                          DuplicationGaps.isBlank(text, from: word.end, to: next.start, allowLineBreak: true) else { continue }
                    found.append((index, listed))
                }
            }
        }
        // A function word the document capitalises mid-sentence more than once is its
        // convention or a name ("Вы" in a letter, "dello Stato"), not a lost full stop each time.
        var functionWordCounts: [UInt64: Int] = [:]
        for hit in found where hit.listed == .functionWord { functionWordCounts[hashes[hit.word], default: 0] += 1 }
        for hit in found where hit.listed == .starter || functionWordCounts[hashes[hit.word]] == 1 {
            let word = words.range(hit.word)
            let string = document.string(word)
            let lowered = string.prefix(1).lowercased() + string.dropFirst()
            sink.report(word, "“\(string)” is capitalised in the middle of a sentence: a full stop is probably missing before it, or it should be “\(lowered)”.",
                        suggestions: [lowered])
        }
    }

    /// Which list makes the word at `index` a candidate, if any: it must be written exactly
    /// as listed (a capital, then lowercase), not in capitals ("THE", "US").
    private func candidate(_ index: Int, _ document: AnalyzedDocument, _ resources: LanguageResources) -> Candidate? {
        let hash = document.foldedWordHashes[index]
        let isStarter = resources.sentenceStarterHashes.contains(hash)
        guard isStarter || resources.capitalisedFunctionWordHashes.contains(hash) else { return nil }
        let string = document.string(document.words.range(index))
        guard !isAllCaps(string) else { return nil }
        if isStarter, resources.sentenceStarters.contains(string) { return .starter }
        return resources.capitalisedFunctionWords.contains(string) ? .functionWord : nil
    }

    /// The two sources of candidates: the hand-written `sentence-starters` list and the
    /// function words of the language, capitalised.
    private enum Candidate { case starter, functionWord }

    private func isAllCaps(_ word: String) -> Bool {
        word.count > 1 && word.allSatisfy { !$0.isLetter || $0.isUppercase }
    }
}
