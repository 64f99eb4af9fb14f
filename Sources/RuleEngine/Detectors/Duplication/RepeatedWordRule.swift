import TextCore

/// Finds a word written twice in a row: "the the", "and And", including across a line break.
///
/// Some languages double words legitimately ("had had", "nous nous", "die die"): those are
/// listed per language in `Rules/` (`allowed-doubles`) and pass, unless the case changes
/// mid-sentence ("had Had"), which is never grammatical. Chinese and Japanese single-character
/// reduplication (常常, 人人) is grammar, so CJK words must be two characters or longer.
public struct RepeatedWordRule: Detector {
    public static let id = RuleID(.duplication, "word")

    public static let description = RuleDescription(
        id: id,
        summary: "A word is repeated: “the the”.",
        rationale: "Doubled words are a classic machine-translation and editing slip that spell checkers miss. Doubles that the language's grammar allows are listed per language and pass.",
        category: .duplication,
        severity: .minor,
        triggering: [
            RuleExample("The minister said that ⟦the the⟧ budget was cut.", correction: "The minister said that the budget was cut."),
            RuleExample("Revenue rose ⟦and And⟧ costs fell."),
            RuleExample("Prices rose by ⟦very very very⟧ much.", note: "three copies are still a repeated word; four are a loop"),
            RuleExample("The committee will vote on ⟦the\nthe⟧ proposal next week."),
            RuleExample("Le gouvernement a ⟦annoncé annoncé⟧ une réforme.", language: "fr"),
            RuleExample("He ⟦had Had⟧ enough.", note: "an allowed double, but the case changes mid-sentence"),
            RuleExample("両社は⟦統合統合⟧を発表した。", language: "ja"),
        ],
        nonTriggering: [
            RuleExample("By the time we arrived, the train had had an accident."),
            RuleExample("Nous nous sommes trompés.", language: "fr"),
            RuleExample("Die Partei, die die Wahl gewann, regiert.", language: "de"),
            RuleExample("The word the is short.", note: "not adjacent"),
            RuleExample("Budget\n\nBudget talks resumed on Monday.", note: "different paragraphs"),
            RuleExample("他常常去图书馆，人人都知道。", language: "zh"),
            RuleExample("It fell from 10 10 years ago.", note: "numbers are not words"),
            RuleExample("Es un asunto, asunto de Estado.", language: "es", note: "punctuation in between"),
            RuleExample("Run debootstrap with --arch ARCH and press ^A a to switch.", note: "an option's placeholder, a key sequence"),
            RuleExample("Mount it:\n\n$ mount -t proc proc /proc\n$ ls /proc", note: "a shell session"),
        ],
        fixIsSafe: true
    )

    public init() {}

    public func check(_ document: AnalyzedDocument, into sink: inout FindingSink) {
        let words = document.words
        guard words.count > 1 else { return }
        let hashes = document.foldedWordHashes
        let allowed = document.resources.allowedDoubles
        document.withText { text in
            var index = 1
            // Words before this one are known to repeat their predecessor from `index` on, so
            // a protected run (a comment of "the the the …") is scanned once, not once per word.
            var knownRepeats = 1
            while index < words.count {
                // Length of the run of equal, adjacent words ending at `last`.
                var last = max(index, knownRepeats)
                while last < words.count, isRepeat(last, words, hashes, text) { last += 1 }
                knownRepeats = last
                let runLength = last - index + 1
                // (Protected stretches are looked up only for a repeat: most words are not.)
                guard runLength >= 2, !document.isProtected(word: index) else {
                    index += 1
                    continue
                }
                defer { index = last + 1 }
                // Four or more copies are a decoder loop, reported by duplication.loop.
                if runLength >= DecoderLoopRule.minimumRepeats { continue }
                let first = words.range(index - 1)
                let second = words.range(index)
                if words.kinds[index].isCJK, second.length < 2 { continue }
                let firstWord = document.string(first)
                let secondWord = document.string(second)
                let caseChanges = DuplicationGaps.startsLowercase(firstWord) && DuplicationGaps.startsUppercase(secondWord)
                if !caseChanges, allowed.contains(CaseFolding.fold(firstWord)) || allowed.contains(firstWord + secondWord) { continue }
                if document.resources.isSoundWord(firstWord) { continue }
                let end = Int(words.ends[last - 1])
                sink.report(TextRange(start: first.start, end: end), "The word “\(firstWord)” is repeated.", suggestions: [firstWord])
            }
        }
    }

    /// Whether word `index` repeats word `index - 1` with only spaces between them.
    private func isRepeat(_ index: Int, _ words: WordTable, _ hashes: [UInt64], _ text: TextView) -> Bool {
        guard hashes[index] == hashes[index - 1], words.kinds[index] != .number, words.kinds[index - 1] == words.kinds[index] else {
            return false
        }
        let first = words.range(index - 1)
        let second = words.range(index)
        guard DuplicationGaps.isBlank(text, from: first.end, to: second.start, allowLineBreak: true), text.foldedEqual(first, second) else {
            return false
        }
        // A placeholder after its option ("--arch ARCH") or a key after a modifier ("^A a")
        // is notation, not a stutter.
        if DuplicationGaps.isAllCaps(text, first) != DuplicationGaps.isAllCaps(text, second), first.length > 1 { return false }
        if first.start > 0, [Unit.hyphenMinus, Unit.solidus, Unit.circumflexAccent, Unit.dollarSign, Unit.equalsSign].contains(text[first.start - 1]) { return false }
        return true
    }
}
