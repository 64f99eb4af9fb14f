import TextCore

/// Finds one source sentence broken in two in the translation: a full stop followed by a
/// lowercase word inside a sentence whose source has no full stop inside it, or a 1:2 link
/// whose second sentence starts in lowercase. The source is the evidence the monolingual
/// `sentences.split` lacks, so short words before the stop count too (the monolingual rule
/// takes them for abbreviations in languages without a list); the language's abbreviations
/// and initials are still not stops.
public struct SourceSplitSentenceRule: Detector {
    public static let id = RuleID(.sentences, "split-against-source")

    public static let description = RuleDescription(
        id: id,
        summary: "One source sentence was split in two by a stray full stop.",
        rationale: "A full stop inserted in the middle of a sentence cuts it in two fragments; the second continues in lowercase. Aligned with the source, which has no stop there, the stray boundary is certain.",
        category: .grammar,
        severity: .major,
        triggering: [
            RuleExample("Het parlement keurde de begroting⟦.⟧ met brede steun goed.", language: "nl",
                        source: "Parliament passed the budget with broad support.", sourceLanguage: "en"),
        ],
        nonTriggering: [
            RuleExample("Het parlement keurde de begroting goed. Met brede steun.", language: "nl",
                        source: "Parliament passed the budget. With broad support.", sourceLanguage: "en"),
            RuleExample("Das Parlament verabschiedete z. B. den Haushalt.", language: "de",
                        source: "Parliament passed, for example, the budget.", sourceLanguage: "en", note: "an abbreviation"),
        ]
    )

    public init() {}

    public func check(_ document: AnalyzedDocument, into sink: inout FindingSink) {
        let alignment = document.alignment
        guard let source = alignment.source, document.profile.hasCase else { return }
        let text = document.text
        let zones = document.protectedZones
        // The full stops followed by a space, from the sentence marks the scan recorded (not
        // a pass over every character of both texts).
        let sourceStops = Self.innerStops(source, alignment.sourceUnits)
        let targetStops = Self.stopsBeforeSpace(document)
        var nextStop = 0
        for bead in alignment.beads where bead.sourceCount == 1 && bead.targetCount > 0 {
            guard let sourceRange = alignment.sourceRange(bead), !sourceStops.contains(bead.source) else { continue }
            if bead.targetCount == 2 {
                let first = alignment.targetUnits.ranges[bead.target]
                let second = alignment.targetUnits.ranges[bead.target + 1]
                if CharacterClass.of(unit: text[second.start]).contains(.lower), first.end > first.start, text[first.end - 1] == Unit.fullStop {
                    sink.report(TextRange(start: first.end - 1, end: first.end), "This full stop splits one sentence of the source in two.", source: sourceRange)
                }
                continue
            }
            let range = alignment.targetUnits.ranges[bead.target]
            guard range.length > 3 else { continue }
            while nextStop < targetStops.count, targetStops[nextStop] < range.start { nextStop += 1 }
            document.withText { view in
                var stop = nextStop
                while stop < targetStops.count, targetStops[stop] < range.end - 2 {
                    let index = targetStops[stop]
                    stop += 1
                    guard CharacterClass.of(unit: text[index + 2]).contains(.lower), index > range.start, CharacterClass.of(unit: text[index - 1]).contains(.alphabetic),
                          !zones.contains(index - 1), !SentenceBoundaries.isAbbreviationOrInitial(view, periodAt: index, document.resources) else { continue }
                    sink.report(TextRange(start: index, end: index + 1), "This full stop splits one sentence of the source in two.", source: sourceRange)
                }
            }
        }
    }

    /// Offsets of the full stops followed by a space (and something after it), in order.
    private static func stopsBeforeSpace(_ document: AnalyzedDocument) -> [Int] {
        let text = document.text
        var stops: [Int] = []
        for offset in document.sites(.sentenceMark) where text[offset] == Unit.fullStop && offset + 2 < text.count && text[offset + 1] == 0x20 {
            stops.append(offset)
        }
        return stops
    }

    /// The source units with a full stop and a space inside them (before their last two
    /// characters).
    private static func innerStops(_ source: AnalyzedDocument, _ units: AlignmentUnits) -> Set<Int> {
        var result = Set<Int>()
        var unit = 0
        for offset in stopsBeforeSpace(source) {
            while unit < units.count, units.ranges[unit].end <= offset + 2 { unit += 1 }
            guard unit < units.count else { break }
            if units.ranges[unit].start <= offset { result.insert(unit) }
        }
        return result
    }

}
