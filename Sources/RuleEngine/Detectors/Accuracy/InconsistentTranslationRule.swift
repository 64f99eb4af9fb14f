import TextCore

/// Finds, within a document, one source sentence translated in different ways, and
/// different source sentences translated identically (repeated strings of a software file,
/// a sentence of a teaser repeated in the body). Across the documents of a run, the same
/// comparison is made by the batch runner and reported in the run summary.
public struct InconsistentTranslationRule: Detector {
    public static let id = RuleID(.accuracy, "inconsistent")

    public static let description = RuleDescription(
        id: id,
        summary: "The same source sentence is translated differently, or different sources identically.",
        rationale: "Repeated text should be translated the same way each time: readers notice a slogan or a standard notice that changes, and a software string translated two ways looks like two features. Two different sources with one translation usually hide a mistranslation of one of them.",
        category: .inconsistency,
        severity: .minor,
        triggering: [
            RuleExample("Die Bibliothek ist montags geschlossen. Der Eintritt ist frei. ⟦Die Bücherei hat montags zu.⟧", language: "de",
                        source: "The library is closed on Mondays. Admission is free. The library is closed on Mondays.", sourceLanguage: "en"),
        ],
        nonTriggering: [
            RuleExample("Die Bibliothek ist montags geschlossen. Der Eintritt ist frei. Die Bibliothek ist montags geschlossen.", language: "de",
                        source: "The library is closed on Mondays. Admission is free. The library is closed on Mondays.", sourceLanguage: "en"),
        ]
    )

    /// Sentences shorter than this (in letters) are not compared: "Yes." has many translations.
    static let minimumLetters = 20

    public init() {}

    /// The share of the words of the shorter of two source stretches that the other has: a
    /// singular and a plural form ("1 file", "%d files") share most, and may well have one
    /// translation.
    static func wordOverlap(_ source: AnalyzedDocument, _ a: TextRange, _ b: TextRange) -> Double {
        let words = source.words
        let hashes = source.foldedWordHashes
        func set(_ range: TextRange) -> Set<UInt64> {
            let first = words.starts.partitionPoint { Int($0) >= range.start }
            var result = Set<UInt64>()
            var index = first
            while index < words.count, Int(words.starts[index]) < range.end {
                result.insert(hashes[index])
                index += 1
            }
            return result
        }
        let setA = set(a)
        let setB = set(b)
        guard !setA.isEmpty, !setB.isEmpty else { return 0 }
        return Double(setA.intersection(setB).count) / Double(min(setA.count, setB.count))
    }

    public func check(_ document: AnalyzedDocument, into sink: inout FindingSink) {
        let alignment = document.alignment
        guard let source = alignment.source else { return }
        var bySource: [UInt64: (target: UInt64, range: TextRange)] = [:]
        var byTarget: [UInt64: (source: UInt64, range: TextRange, sourceRange: TextRange)] = [:]
        for bead in alignment.beads where bead.sourceCount == 1 && bead.targetCount == 1 {
            guard let sourceRange = alignment.sourceRange(bead) else { continue }
            let targetRange = alignment.targetRange(document, bead)
            let sourceKey = alignment.letterKey(ofSource: bead)
            let targetKey = alignment.letterKey(ofTarget: bead, document)
            guard sourceKey.letters >= Self.minimumLetters || (SourceTextReading.script(of: source.language) == .cjk && sourceKey.letters >= 8),
                  targetKey.letters >= 4 else { continue }
            if let first = bySource[sourceKey.key], first.target != targetKey.key {
                sink.report(targetRange, "The same source sentence is translated differently earlier: “\(SourceTextReading.short(document, first.range))”.",
                            related: [RelatedLocation(range: first.range, message: "the earlier translation")], source: sourceRange)
            } else if bySource[sourceKey.key] == nil {
                bySource[sourceKey.key] = (targetKey.key, targetRange)
            }
            if let first = byTarget[targetKey.key], first.source != sourceKey.key,
               Self.wordOverlap(source, first.sourceRange, sourceRange) < 0.6 {
                sink.report(targetRange, "This translation is also given earlier for a different source, “\(SourceTextReading.short(source, first.sourceRange))”.",
                            related: [RelatedLocation(range: first.range, message: "the same translation of another source")], source: sourceRange)
            } else if byTarget[targetKey.key] == nil {
                byTarget[targetKey.key] = (sourceKey.key, targetRange, sourceRange)
            }
        }
    }
}
