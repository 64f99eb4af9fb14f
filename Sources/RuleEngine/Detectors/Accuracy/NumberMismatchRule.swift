import TextCore

/// Finds numbers that differ between a sentence and its source: `25` where the source says
/// `52`, a figure dropped or added. Numbers are compared as values, read in each side's
/// conventions (`1,234.5` in English is `1.234,5` in German and `1 234,5` in French), with
/// scale words (`3 million` = `300万`) and number words ("two" = `2`) on either side.
public struct NumberMismatchRule: Detector {
    public static let id = RuleID(.accuracy, "number")

    public static let description = RuleDescription(
        id: id,
        summary: "A number differs from the source, or is missing or added.",
        rationale: "A changed figure, date or amount is the costliest machine-translation error in news: it reads fluently and nobody notices. Numbers are compared as values in each language's conventions, so a different way of writing the same number is not reported.",
        category: .mistranslation,
        severity: .critical,
        weight: 1,
        triggering: [
            RuleExample("Die Regierung kürzte das Budget um ⟦25⟧ Prozent.", language: "de", source: "The government cut the budget by 52 percent.", sourceLanguage: "en"),
            RuleExample("Le chantier a coûté ⟦1,5⟧ million d’euros.", language: "fr", source: "The site cost 2.5 million euros.", sourceLanguage: "en"),
            RuleExample("Die Stadt hat 40.000 Einwohner⟦.⟧", language: "de", source: "The city has 40,000 inhabitants and 1,200 shops.", sourceLanguage: "en",
                        note: "a number missing: the finding sits where it belongs, with the source's number as its source span"),
        ],
        nonTriggering: [
            RuleExample("Die Stadt hat 1.234,5 Hektar Wald.", language: "de", source: "The city has 1,234.5 hectares of forest.", sourceLanguage: "en"),
            RuleExample("La ville compte 1 234 habitants.", language: "fr", source: "The town has 1,234 inhabitants.", sourceLanguage: "en"),
            RuleExample("政府は予算を300万ドル削減した。", language: "ja", source: "The government cut the budget by 3 million dollars.", sourceLanguage: "en"),
            RuleExample("Zwei Minister traten zurück.", language: "de", source: "2 ministers resigned.", sourceLanguage: "en", note: "a number in words"),
            RuleExample("Die Sitzung beginnt um 15 Uhr.", language: "de", source: "The meeting starts at 3 p.m.", sourceLanguage: "en"),
        ]
    )

    public init() {}

    public func check(_ document: AnalyzedDocument, into sink: inout FindingSink) {
        let alignment = document.alignment
        guard let source = alignment.source, let targetAnchors = alignment.targetAnchors, let sourceAnchors = alignment.sourceAnchors else { return }
        let beads = alignment.beads
        func mentions(_ anchors: SentenceAnchors, _ sentences: Range<Int>) -> [NumberMention] {
            sentences.flatMap { sentence in
                let tokens = anchors.markup[sentence]
                return anchors.numbers[sentence].filter { mention in !tokens.contains { $0.kind != .linkTarget && $0.range.overlaps(mention.range) } }
            }
        }
        for (index, bead) in beads.enumerated() where bead.sourceCount > 0 && bead.targetCount > 0 {
            let sourceMentions = mentions(sourceAnchors, bead.sources)
            let targetMentions = mentions(targetAnchors, bead.targets)
            guard sourceMentions.contains(where: { !$0.isWord }) || targetMentions.contains(where: { !$0.isWord }) else { continue }
            var (missing, added) = Self.unmatched(sourceMentions, targetMentions)
            // A name's number is compared with names' numbers only: "COVID-19" may become a
            // name without digits, but not "COVID-29".
            let missingNames = missing.filter(\.isName)
            let addedNames = added.filter(\.isName)
            missing.removeAll(where: \.isName)
            added.removeAll(where: \.isName)
            if !missingNames.isEmpty, !addedNames.isEmpty {
                missing += missingNames
                added += addedNames
            }
            guard !missing.isEmpty || !added.isEmpty else { continue }
            // An alignment off by a sentence must not read as a changed number.
            let neighbours = [index - 1, index + 1].filter { beads.indices.contains($0) }
            let nearbyTarget = neighbours.flatMap { mentions(targetAnchors, beads[$0].targets) }
            let nearbySource = neighbours.flatMap { mentions(sourceAnchors, beads[$0].sources) }
            missing.removeAll { mention in nearbyTarget.contains { $0.agrees(with: mention) } }
            added.removeAll { mention in nearbySource.contains { $0.agrees(with: mention) } }
            // A target number with a comparable source number left over is a changed one;
            // the rest were added or dropped.
            var changed: [(target: NumberMention, source: NumberMention)] = []
            for mention in added {
                if let index = missing.firstIndex(where: { $0.isComparable(to: mention) }) {
                    changed.append((mention, missing.remove(at: index)))
                }
            }
            added.removeAll { mention in changed.contains { $0.target.range == mention.range } }
            for pair in changed {
                sink.report(pair.target.range, "“\(document.string(pair.target.range))” does not match the source, which has “\(source.string(pair.source.range))” here.",
                            source: pair.source.range)
            }
            // Years and small numbers are often added or spelled out by translators.
            for mention in added where !mention.isWordable && !mention.isYearLike {
                sink.report(mention.range, "“\(document.string(mention.range))” is not in the source.", source: alignment.sourceRange(bead))
            }
            for mention in missing where !mention.isWordable {
                sink.report(alignment.gapRange(document, before: bead.target + bead.targetCount),
                            "The source’s “\(source.string(mention.range))” is missing from this sentence.", source: mention.range)
            }
        }
    }

    /// The digit-written numbers of each side that no number of the other side accounts for.
    static func unmatched(_ source: [NumberMention], _ target: [NumberMention]) -> (missing: [NumberMention], added: [NumberMention]) {
        var usedTarget = [Bool](repeating: false, count: target.count)
        var usedSource = [Bool](repeating: false, count: source.count)
        // Digits with digits first, then with words.
        for pass in 0..<2 {
            for (s, mention) in source.enumerated() where !mention.isWord && !usedSource[s] {
                if let t = target.indices.first(where: { !usedTarget[$0] && (pass == 0) != target[$0].isWord && target[$0].agrees(with: mention) }) {
                    usedTarget[t] = true
                    usedSource[s] = true
                }
            }
        }
        for (t, mention) in target.enumerated() where !mention.isWord && !usedTarget[t] {
            if let s = source.indices.first(where: { !usedSource[$0] && source[$0].isWord && source[$0].agrees(with: mention) }) {
                usedSource[s] = true
                usedTarget[t] = true
            }
        }
        let missing = source.indices.filter { !source[$0].isWord && !usedSource[$0] }.map { source[$0] }
        let added = target.indices.filter { !target[$0].isWord && !usedTarget[$0] }.map { target[$0] }
        return (missing, added)
    }
}
