import TextCore

/// Finds translated sentences with no counterpart in the source (a 0:1 link of the
/// alignment), and translated sentences far longer than their source.
public struct AdditionRule: Detector {
    public static let id = RuleID(.accuracy, "addition")

    public static let description = RuleDescription(
        id: id,
        summary: "A sentence of the translation has no counterpart in the source.",
        rationale: "Machine translation adds text: a hallucinated sentence, a caption or boilerplate carried over from training data, a sentence translated twice in different words. Aligned with the source, such text has nothing to link to.",
        category: .addition,
        severity: .major,
        triggering: [
            RuleExample("Der Bürgermeister präsentierte am Montag den Haushalt von 4,2 Millionen Euro. ⟦Weitere Informationen finden Sie auf unserer Website.⟧ Die Abstimmung findet im März statt.", language: "de",
                        source: "The mayor presented the budget of 4.2 million euros on Monday. The vote will take place in March.", sourceLanguage: "en"),
        ],
        nonTriggering: [
            RuleExample("Der Bürgermeister präsentierte am Montag den Haushalt. Die Abstimmung findet im März statt.", language: "de",
                        source: "The mayor presented the budget on Monday. The vote will take place in March.", sourceLanguage: "en"),
            RuleExample("Der Bürgermeister präsentierte am Montag den Haushalt. Er sei ausgeglichen. Die Abstimmung findet im März statt.", language: "de",
                        source: "The mayor presented the budget on Monday, which he said was balanced. The vote will take place in March.", sourceLanguage: "en",
                        note: "one sentence translated as two"),
        ]
    )

    static let minimumWords = 4
    /// A translation over `longRatio` times the expected length of its source sentence.
    static let longRatio = 2.6
    static let longTarget = 120

    public init() {}

    public func check(_ document: AnalyzedDocument, into sink: inout FindingSink) {
        let alignment = document.alignment
        guard let source = alignment.source else { return }
        let beads = alignment.beads
        let groupStarts = alignment.groupStarts
        var index = 0
        while index < beads.count {
            let bead = beads[index]
            guard bead.sourceCount == 0 else {
                if bead.sourceCount == 1, bead.targetCount == 1, let sourceRange = alignment.sourceRange(bead) {
                    let targetRange = alignment.targetRange(document, bead)
                    let expected = Double(alignment.sourceLength(bead)) * alignment.ratio
                    let targetLength = Double(alignment.targetLength(bead))
                    if targetLength > expected * Self.longRatio, targetLength >= Double(Self.longTarget) * SourceAlignment.lengthDensity(document.language) {
                        sink.report(targetRange, "This sentence is much longer than its source “\(SourceTextReading.short(source, sourceRange))”: text seems to have been added.",
                                    source: sourceRange)
                    }
                }
                index += 1
                continue
            }
            var end = index
            while end + 1 < beads.count, beads[end + 1].sourceCount == 0, !groupStarts.contains(end + 1) { end += 1 }
            let first = bead.target
            let last = beads[end].target + beads[end].targetCount - 1
            let words = alignment.targetUnits.words(of: first..<(last + 1)).count
            let range = alignment.targetUnits.range(of: first..<(last + 1))
            if words >= Self.minimumWords || (SourceTextReading.script(of: document.language) == .cjk && range.length >= 12) {
                sink.report(range, "The source has nothing that this text translates.")
            }
            index = end + 1
        }
    }
}
