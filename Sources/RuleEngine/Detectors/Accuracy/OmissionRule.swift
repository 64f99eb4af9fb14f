import TextCore

/// Finds source sentences with no counterpart in the translation (a 1:0 link of the
/// alignment), and translated sentences far shorter than their source, where a clause was
/// dropped. The finding sits where the missing text belongs (the full stop before the gap)
/// and carries the source span.
public struct OmissionRule: Detector {
    public static let id = RuleID(.accuracy, "omission")

    public static let description = RuleDescription(
        id: id,
        summary: "A sentence (or a large part of one) of the source is missing from the translation.",
        rationale: "Machine translation drops sentences and clauses silently, most often short ones between long ones and the last sentence of a paragraph. The alignment with the source shows the gap; the finding points where the missing text belongs.",
        category: .omission,
        severity: .major,
        triggering: [
            RuleExample("Le maire a présenté le budget lundi⟦.⟧ Le vote aura lieu en mars.", language: "fr",
                        source: "The mayor presented the budget on Monday. The opposition called it a gift to developers. The vote will take place in March.",
                        sourceLanguage: "en"),
            RuleExample("⟦The mayor presented the draft budget on Monday.⟧", language: "en",
                        source: "市长周一向市议会提交了预算草案，反对派称这份预算是送给开发商的一份大礼，并要求在三月重新投票。", sourceLanguage: "zh",
                        note: "a long Chinese sentence (47 characters say what about 140 English ones do) translated in part"),
        ],
        nonTriggering: [
            RuleExample("Le maire a présenté le budget lundi. L’opposition y voit un cadeau aux promoteurs. Le vote aura lieu en mars.", language: "fr",
                        source: "The mayor presented the budget on Monday. The opposition called it a gift to developers. The vote will take place in March.",
                        sourceLanguage: "en"),
            RuleExample("Le maire a présenté lundi le budget, que l’opposition juge trop favorable aux promoteurs. Le vote aura lieu en mars.", language: "fr",
                        source: "The mayor presented the budget on Monday. The opposition called it a gift to developers. The vote will take place in March.",
                        sourceLanguage: "en", note: "two sentences translated as one"),
        ]
    )

    /// A missing stretch needs this many words to be reported (a dateline or "(AP)" is not).
    static let minimumWords = 4

    public init() {}

    public func check(_ document: AnalyzedDocument, into sink: inout FindingSink) {
        let alignment = document.alignment
        guard let source = alignment.source else { return }
        var index = 0
        let beads = alignment.beads
        let groupStarts = alignment.groupStarts
        while index < beads.count {
            guard beads[index].targetCount == 0 else {
                checkLength(beads[index], document, source, alignment, into: &sink)
                index += 1
                continue
            }
            var end = index
            while end + 1 < beads.count, beads[end + 1].targetCount == 0, !groupStarts.contains(end + 1) { end += 1 }
            let first = beads[index].source
            let last = beads[end].source + beads[end].sourceCount - 1
            let words = alignment.sourceUnits.words(of: first..<(last + 1)).count
            let range = alignment.sourceUnits.range(of: first..<(last + 1))
            if words >= Self.minimumWords || (SourceTextReading.script(of: source.language) == .cjk && range.length >= 12) {
                let missing = SourceTextReading.short(source, range)
                sink.report(alignment.gapRange(document, before: beads[index].target),
                            "Missing from the translation after this point: the source’s “\(missing)”.", source: range)
            }
            index = end + 1
        }
    }

    /// A translation under `shortRatio` of the expected length of a long source sentence.
    static let shortRatio = 0.4
    static let longSource = 90

    private func checkLength(_ bead: AlignmentBead, _ document: AnalyzedDocument, _ source: AnalyzedDocument, _ alignment: SourceAlignment, into sink: inout FindingSink) {
        guard bead.sourceCount == 1, bead.targetCount == 1, let sourceRange = alignment.sourceRange(bead) else { return }
        let targetRange = alignment.targetRange(document, bead)
        // Item lengths: a Chinese sentence of 30 characters counts as the English one of
        // 90 it is worth.
        let sourceLength = Double(alignment.sourceLength(bead))
        let targetLength = Double(alignment.targetLength(bead))
        let expected = sourceLength * alignment.ratio
        guard sourceLength / SourceAlignment.lengthDensity(source.language) >= Double(Self.longSource),
              targetLength < expected * Self.shortRatio else { return }
        let share = Int((targetLength / expected * 100).rounded())
        sink.report(targetRange, "This sentence is \(share) % of the length its source suggests: part of “\(SourceTextReading.short(source, sourceRange))” seems to be missing.",
                    source: sourceRange)
    }
}
