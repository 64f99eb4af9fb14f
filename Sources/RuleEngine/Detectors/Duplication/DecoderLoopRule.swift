import TextCore

/// Finds a word or a short group of words repeated four or more times in a row: the output of
/// a neural decoder stuck in a loop ("the the the the", "will be will be will be will be").
public struct DecoderLoopRule: Detector {
    public static let id = RuleID(.duplication, "loop")
    /// Fewer copies are a repeated word or phrase (duplication.word, duplication.phrase).
    public static let minimumRepeats = 4
    /// Longest repeated group considered, in words.
    static let maximumGroup = 3

    public static let description = RuleDescription(
        id: id,
        summary: "A word or short phrase repeats four or more times in a row (a decoder loop).",
        rationale: "Repetition loops are a signature failure of neural machine translation: the decoder keeps emitting the same tokens. The passage around them is usually damaged too, so the finding is major.",
        category: .duplication,
        severity: .major,
        triggering: [
            RuleExample("Exports rose by ⟦the the the the the⟧ end of the year.", correction: "Exports rose by the end of the year."),
            RuleExample("The plan ⟦will be will be will be will be⟧ approved.", note: "a two-word group"),
            RuleExample("销量增长⟦的的的的⟧速度很快。", language: "zh"),
            RuleExample("Ceny ⟦rosną, rosną, rosną, rosną⟧ od miesięcy.", language: "pl", note: "punctuation between copies"),
        ],
        nonTriggering: [
            RuleExample("The the budget was cut.", note: "two copies: a repeated word"),
            RuleExample("No, no, no, he said, that is not what we agreed."),
            RuleExample("Stop.\n\nStop.\n\nStop.\n\nStop.", note: "separate paragraphs"),
            RuleExample("The netmask was ffff:ffff:ffff:ffff:: on that host.", note: "an IPv6 address"),
        ],
        unsupportedMutations: []
    )

    public init() {}

    public func check(_ document: AnalyzedDocument, into sink: inout FindingSink) {
        let words = document.words
        guard words.count >= Self.minimumRepeats else { return }
        let hashes = document.wordHashes
        // Words already inside a reported loop: a longer period over the same stretch is the
        // same loop.
        var covered: [TextRange] = []
        document.withText { text in
            let count = words.count
            // A loop of period g needs 3g words in a row equal to the word g before them; a
            // period without such a run is skipped.
            let longEnough = hashes.periodsWithEchoRuns(maximumPeriod: Self.maximumGroup, multiple: 3)
            for group in 1...Self.maximumGroup where longEnough[group] {
                var start = 0
                while start + group < count {
                    // Almost every word differs from the one `group` places on: skip those
                    // in a tight loop before the full look below.
                    start = hashes.nextEcho(from: start, period: group)
                    guard start + group < count else { break }
                    // Count consecutive positions that repeat the word `group` places earlier.
                    var end = start + group
                    while end < words.count, hashes.echoes(end, period: group),
                          DuplicationGaps.isWithinParagraph(text, from: Int(words.ends[end - 1]), to: Int(words.starts[end])) {
                        end += 1
                    }
                    let copies = (end - start) / group
                    guard copies >= Self.minimumRepeats else {
                        // Nothing repeats from here; the next candidate starts after the run.
                        start = max(start + 1, end - group)
                        continue
                    }
                    let range = TextRange(start: Int(words.starts[start]), end: Int(words.ends[start + copies * group - 1]))
                    if !isCoveredBySmallerGroup(start, end, group, hashes), !document.isProtected(word: start),
                       !covered.contains(where: { $0.overlaps(range) }) {
                        let unit = document.string(TextRange(start: Int(words.starts[start]), end: Int(words.ends[start + group - 1])))
                        sink.report(range, "“\(unit)” repeats \(copies) times in a row: the translation is stuck in a loop.", suggestions: [unit])
                        covered.append(range)
                    }
                    // The whole run is handled: do not look at its words again.
                    start = end
                }
            }
        }
    }

    /// A run like "a a a a" also repeats with period 2; report it once, as the smaller group.
    private func isCoveredBySmallerGroup(_ start: Int, _ end: Int, _ group: Int, _ hashes: WordHashSequence) -> Bool {
        guard group > 1 else { return false }
        for smaller in 1..<group where group % smaller == 0 {
            if (start + smaller..<min(end, start + group)).allSatisfy({ hashes[$0] == hashes[$0 - smaller] }) { return true }
        }
        return false
    }
}
