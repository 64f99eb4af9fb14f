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
/// by another capitalised word and is not flagged. A one-letter function word (Russian "В",
/// Italian "È") is as often a label ("группа В"), so it counts only where the document writes
/// the same two words elsewhere with the letter in lowercase or opening a sentence.
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
            RuleExample("Скот пасётся в течение года. Корма хватает на всё стадо ⟦В⟧ течение зимы его держат в хлеву.", language: "ru",
                        note: "a one-letter function word, confirmed by the same two words in lowercase elsewhere"),
        ],
        nonTriggering: [
            RuleExample("Officials confirmed that the budget was cut.", language: "en"),
            RuleExample("The story ran in The Guardian on Monday.", language: "en"),
            RuleExample("Il l’a dit au journal Le Monde hier.", language: "fr"),
            RuleExample("Officials confirmed it: The budget was cut.", language: "en", note: "punctuation before the capital"),
            RuleExample("She sang Many Rivers to Cross at the gala.", language: "en", note: "a title: the next word is capitalised"),
            RuleExample("Il a relu le Tous les matins du monde de Quignard.", language: "fr", note: "after a function word: a title"),
            RuleExample("Ask for vitamin A supplements.", language: "en", note: "one-letter words are not candidates"),
            RuleExample("Группа В получила премию, а группа А осталась без неё. В группе было десять человек.", language: "ru",
                        note: "a label: the document never writes “в получила”"),
            RuleExample("Yesterday I went home. I went to bed early.", language: "en", note: "a letter the document never writes in lowercase"),
            RuleExample("Cliquez sur la page À propos. Elle présente l’équipe, à propos de laquelle on sait peu.", language: "fr", note: "a title ending the sentence"),
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
                    // A one-letter word needs a sentence after it, not a two-word title ending
                    // one ("la page À propos.").
                    if listed == .oneLetter, index + 2 >= indices.upperBound { continue }
                    let previous = words.range(index - 1)
                    let next = words.range(index + 1)
                    // A word, then only spaces (a line break too), then the capital. After a
                    // listed starter the word may be capitalised itself (German nouns, "on
                    // Friday She said"); a function word needs a lowercase word that is not a
                    // function word itself ("à la Une des journaux" is the front page), on the
                    // same line: verse and definition lists start each line with a capital.
                    let previousClass = CharacterClass.of(unit: text[previous.start])
                    guard words.kinds[index - 1] == .letter, Self.neighboursFit(listed, index, previousClass, hashes, resources), !isAllCaps(document.string(previous)),
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
        let letterHits = found.filter { $0.listed == .oneLetter }.map(\.word)
        let confirmedLetters = letterHits.isEmpty ? [] : Self.confirmedByTheDocument(letterHits, document)
        for hit in found where hit.listed == .starter || functionWordCounts[hashes[hit.word]] == 1 || confirmedLetters.contains(hit.word) {
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
        if document.words.range(index).length == 1, !isStarter {
            guard resources.functionWordHashes.contains(hash) else { return nil }
            return resources.capitalisedOneLetterFunctionWords.contains(document.string(document.words.range(index))) ? .oneLetter : nil
        }
        guard isStarter || resources.capitalisedFunctionWordHashes.contains(hash) else { return nil }
        let string = document.string(document.words.range(index))
        guard !isAllCaps(string) else { return nil }
        if isStarter, resources.sentenceStarters.contains(string) { return .starter }
        return resources.capitalisedFunctionWords.contains(string) ? .functionWord : nil
    }

    /// Whether the words around candidate `index` fit its kind: after a listed starter any
    /// word; after a function word a lowercase word that is not a function word itself; around
    /// a one-letter word lowercase words, neither a function word.
    private static func neighboursFit(_ listed: Candidate, _ index: Int, _ previousClass: CharacterClass, _ hashes: [UInt64],
                                      _ resources: LanguageResources) -> Bool {
        switch listed {
        case .starter: return previousClass.contains(.lower) || previousClass.contains(.upper)
        case .functionWord: return previousClass.contains(.lower) && !resources.capitalisedFunctionWordHashes.contains(hashes[index - 1])
        case .oneLetter:
            return previousClass.contains(.lower) && !resources.functionWordHashes.contains(hashes[index - 1])
                && !resources.functionWordHashes.contains(hashes[index + 1])
        }
    }

    /// The sources of candidates: the hand-written `sentence-starters` list, the function
    /// words of the language capitalised, and its one-letter function words, which the
    /// document itself must confirm.
    private enum Candidate { case starter, functionWord, oneLetter }

    /// The one-letter candidates at `hits` that the document shows to be the function word,
    /// not a label: it writes the letter in lowercase somewhere, and the same two words
    /// elsewhere with the letter in lowercase or opening a sentence (`в течение`, `тонн. В
    /// настоящее время` confirm `скот В течение` and `течение В настоящее`). A label has no
    /// such twin: `группа В получила`, `диски С отлично`, `plan A was`.
    private static func confirmedByTheDocument(_ hits: [Int], _ document: AnalyzedDocument) -> Set<Int> {
        let hashes = document.foldedWordHashes
        let words = document.words
        func pair(_ index: Int) -> UInt64 { hashes[index] &* 0x9E37_79B9_7F4A_7C15 ^ hashes[index + 1] }
        let letters = Set(hits.map { hashes[$0] })
        let wanted = Set(hits.map(pair))
        let candidates = Set(hits)
        let sentenceStarts = Set(document.segmentation.sentenceWordStart.map(Int.init))
        var writtenLowercase = Set<UInt64>()
        var twins = Set<UInt64>()
        document.withText { text in
            for index in 0..<words.count where letters.contains(hashes[index]) && !candidates.contains(index) {
                let isLowercase = CharacterClass.of(unit: text[Int(words.starts[index])]).contains(.lower)
                if isLowercase { writtenLowercase.insert(hashes[index]) }
                guard index + 1 < words.count, wanted.contains(pair(index)) else { continue }
                if isLowercase || sentenceStarts.contains(index) { twins.insert(pair(index)) }
            }
        }
        return Set(hits.filter { writtenLowercase.contains(hashes[$0]) && twins.contains(pair($0)) })
    }

    private func isAllCaps(_ word: String) -> Bool {
        word.count > 1 && word.allSatisfy { !$0.isLetter || $0.isUppercase }
    }
}
