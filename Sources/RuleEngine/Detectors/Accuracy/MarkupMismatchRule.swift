import TextCore

/// Finds URLs, e-mail addresses, placeholders, inline tags, inline code and Markdown link
/// targets of the source that are missing, doubled or altered in the translation, and the
/// reverse. Counted over the whole document (markup moves between sentences in translation),
/// reported at the aligned sentence.
public struct MarkupMismatchRule: Detector {
    public static let id = RuleID(.accuracy, "markup")

    public static let description = RuleDescription(
        id: id,
        summary: "A URL, address, placeholder, code or link target of the source is missing, doubled or altered.",
        rationale: "A translation must carry machine-readable parts over unchanged: an altered link leads nowhere, a lost placeholder breaks the software that fills it, a changed e-mail address sends readers elsewhere.",
        category: .markup,
        severity: .major,
        triggering: [
            RuleExample("Plus d’informations sur ⟦https://example.org/budjet⟧.", language: "fr",
                        source: "More information at https://example.org/budget.", sourceLanguage: "en"),
            RuleExample("Écrivez à la rédaction⟦.⟧", language: "fr",
                        source: "Write to the newsroom at desk@example.org.", sourceLanguage: "en"),
            RuleExample("Vous avez ⟦%d⟧ messages de ⟦{name}⟧.", language: "fr",
                        source: "You have %s messages from {user}.", sourceLanguage: "en"),
        ],
        nonTriggering: [
            RuleExample("Plus d’informations sur https://example.org/budget.", language: "fr",
                        source: "More information at https://example.org/budget.", sourceLanguage: "en"),
            RuleExample("Vous avez %s messages de {user}.", language: "fr", source: "You have %s messages from {user}.", sourceLanguage: "en"),
        ]
    )

    public init() {}

    public func check(_ document: AnalyzedDocument, into sink: inout FindingSink) {
        let alignment = document.alignment
        guard alignment.hasSource, let target = alignment.targetAnchors, let sourceSide = alignment.sourceAnchors else { return }
        guard let targetBlocks = document.paragraphBlocks, let source = alignment.source, let sourceBlocks = source.paragraphBlocks,
              !document.units.isEmpty else {
            // Markup moves between sentences in translation: counted over the whole document.
            check(alignment.beads[...], firstBead: 0, source: sourceSide, target: target, alignment, document, into: &sink)
            return
        }
        // A translation unit is compared as a whole, all its variants together: a language
        // with one plural form translates the plural source with it. Only units the
        // alignment took (a real source, a translation) are compared.
        let alignedUnits = Set(alignment.groupUnits.compactMap { $0 })
        func sentencesByUnit(_ document: AnalyzedDocument, _ blocks: [ProseBlock], _ units: AlignmentUnits) -> [Int: [Int]] {
            var result: [Int: [Int]] = [:]
            for (paragraph, block) in blocks.enumerated() where paragraph < units.paragraphUnits.count {
                guard let unit = block.unit, alignedUnits.contains(unit) else { continue }
                result[unit, default: []] += Array(units.paragraphUnits[paragraph])
            }
            return result
        }
        let sourceSentences = sentencesByUnit(source, sourceBlocks, alignment.sourceUnits)
        for (unit, targetSentences) in sentencesByUnit(document, targetBlocks, alignment.targetUnits).sorted(by: { $0.key < $1.key }) {
            guard let unitSource = sourceSentences[unit], let last = targetSentences.max() else { continue }
            let sourceTokens = unitSource.flatMap { sourceSide.markup[$0] }
            let targetTokens = targetSentences.flatMap { target.markup[$0] }
            let sourceTexts = Set(sourceTokens.map(\.text))
            let targetTexts = Set(targetTokens.map(\.text))
            guard sourceTexts != targetTexts else { continue }
            let unitText = targetSentences.map { document.string(alignment.targetUnits.ranges[$0]) }.joined(separator: " ")
            var lost = sourceTokens.filter { token in
                !targetTexts.contains(token.text) && !(token.kind == .code && unitText.contains(String(decoding: token.text, as: UTF16.self)))
            }
            var seen = Set<[UInt16]>()
            lost = lost.filter { seen.insert($0.text).inserted }
            for token in targetTokens where !sourceTexts.contains(token.text) {
                let string = String(decoding: token.text, as: UTF16.self)
                if let replaced = lost.firstIndex(where: { $0.kind == token.kind }) {
                    let original = lost.remove(at: replaced)
                    let originalString = String(decoding: original.text, as: UTF16.self)
                    Self.report(token, "“\(string)” differs from the source’s \(token.kind.rawValue) “\(originalString)”.", suggestion: originalString, source: original, into: &sink)
                } else {
                    Self.report(token, "The \(token.kind.rawValue) “\(string)” is not in the source.", into: &sink)
                }
            }
            for token in lost {
                Self.reportMissing(token, at: alignment.gapRange(document, before: last + 1), into: &sink)
            }
        }
    }

    /// Compares the markup of the whole document, then reports each difference at its bead.
    private func check(_ beads: ArraySlice<AlignmentBead>, firstBead: Int, source sourceSide: SentenceAnchors, target: SentenceAnchors,
                       _ alignment: SourceAlignment, _ document: AnalyzedDocument, into sink: inout FindingSink) {
        var sourceTokens: [(bead: Int, token: MarkupToken)] = []
        var targetTokens: [(bead: Int, token: MarkupToken)] = []
        for (offset, bead) in beads.enumerated() {
            for sentence in bead.sources { sourceTokens += sourceSide.markup[sentence].map { (firstBead + offset, $0) } }
            for sentence in bead.targets { targetTokens += target.markup[sentence].map { (firstBead + offset, $0) } }
        }
        guard !sourceTokens.isEmpty || !targetTokens.isEmpty else { return }
        var sourceCount: [[UInt16]: Int] = [:]
        var targetCount: [[UInt16]: Int] = [:]
        // A translation unit's variants (plural forms, Symfony's "one|many") repeat their
        // placeholders a different number of times: there, only which tokens occur counts.
        let countsOccurrences = document.units.isEmpty
        for entry in sourceTokens { sourceCount[entry.token.text] = countsOccurrences ? sourceCount[entry.token.text, default: 0] + 1 : 1 }
        for entry in targetTokens { targetCount[entry.token.text] = countsOccurrences ? targetCount[entry.token.text, default: 0] + 1 : 1 }
        guard sourceCount != targetCount else { return }
        // Per bead: the source tokens the translation lacks, the target tokens the source lacks.
        var targetText: String?
        let missing = Self.surplus(sourceTokens, over: targetCount, counted: sourceCount, placedIn: target, sideOf: { alignment.beads[$0].targets },
                                   skipping: { token in
                                       guard token.kind == .code else { return false }
                                       if targetText == nil { targetText = Self.text(beads, alignment, document) }
                                       return targetText!.contains(String(decoding: token.text, as: UTF16.self))
                                   })
        let extra = Self.surplus(targetTokens, over: sourceCount, counted: targetCount, placedIn: sourceSide, sideOf: { alignment.beads[$0].sources }, skipping: { _ in false })
        for bead in Set(missing.keys).union(extra.keys).sorted() {
            var lost = (missing[bead] ?? []).sorted { $0.range < $1.range }
            for token in (extra[bead] ?? []).sorted(by: { $0.range < $1.range }) {
                let string = String(decoding: token.text, as: UTF16.self)
                if let replaced = lost.firstIndex(where: { $0.kind == token.kind }) {
                    let original = lost.remove(at: replaced)
                    let originalString = String(decoding: original.text, as: UTF16.self)
                    Self.report(token, "“\(string)” differs from the source’s \(token.kind.rawValue) “\(originalString)”.", suggestion: originalString, source: original, into: &sink)
                } else if sourceCount[token.text] != nil {
                    Self.report(token, "The \(token.kind.rawValue) “\(string)” appears more often than in the source.", into: &sink)
                } else {
                    Self.report(token, "The \(token.kind.rawValue) “\(string)” is not in the source.", into: &sink)
                }
            }
            let beadValue = alignment.beads[bead]
            for token in lost {
                Self.reportMissing(token, at: alignment.gapRange(document, before: beadValue.target + beadValue.targetCount), into: &sink)
            }
        }
    }

    /// The occurrences of one side's tokens beyond the other side's count, by bead: the
    /// last ones whose aligned sentences on the other side lack them (the copy added, not
    /// the one in its place).
    private static func surplus(_ tokens: [(bead: Int, token: MarkupToken)], over otherCount: [[UInt16]: Int], counted count: [[UInt16]: Int],
                                placedIn other: SentenceAnchors, sideOf: (Int) -> Range<Int>, skipping: (MarkupToken) -> Bool) -> [Int: [MarkupToken]] {
        var left = count.mapValues { _ in 0 }
        for (text, number) in count { left[text] = number - otherCount[text, default: 0] }
        func otherHas(_ entry: (bead: Int, token: MarkupToken)) -> Bool {
            sideOf(entry.bead).contains { other.markup[$0].contains { $0.text == entry.token.text } }
        }
        let ordered = tokens.reversed().filter { !otherHas($0) } + tokens.reversed().filter { otherHas($0) }
        var result: [Int: [MarkupToken]] = [:]
        for entry in ordered where left[entry.token.text, default: 0] > 0 && !skipping(entry.token) {
            result[entry.bead, default: []].append(entry.token)
            left[entry.token.text, default: 0] -= 1
        }
        return result
    }

    /// The target text of the beads (code a translation quotes otherwise, "`x = %r`" as
    /// "“x = %r”", is still there).
    private static func text(_ beads: ArraySlice<AlignmentBead>, _ alignment: SourceAlignment, _ document: AnalyzedDocument) -> String {
        beads.flatMap { bead in bead.targets.map { document.string(alignment.targetUnits.ranges[$0]) } }.joined(separator: " ")
    }

    /// A target token: at its place in the file when it is a link target (which the prose
    /// leaves out), else in the prose.
    private static func report(_ token: MarkupToken, _ message: String, suggestion: String? = nil, source: MarkupToken? = nil, into sink: inout FindingSink) {
        let suggestions = suggestion.map { [$0] } ?? []
        let sourceRange = source.map { $0.fileRange ?? $0.range }
        let sourceInFile = source?.fileRange != nil
        if let fileRange = token.fileRange {
            sink.report(inFile: fileRange, unit: nil, message, suggestions: suggestions, source: sourceRange, sourceInFile: sourceInFile)
        } else {
            var finding = Finding(rule: sink.rule, range: token.range, message: message, suggestions: suggestions)
            finding.sourceRange = sourceRange
            finding.isSourceInFile = sourceInFile
            sink.append(finding)
        }
    }

    /// A source token the translation lacks, reported where its sentence ends.
    private static func reportMissing(_ token: MarkupToken, at place: TextRange, into sink: inout FindingSink) {
        var finding = Finding(rule: sink.rule, range: place, message: "The source’s \(token.kind.rawValue) “\(String(decoding: token.text, as: UTF16.self))” is missing from the translation.")
        finding.sourceRange = token.fileRange ?? token.range
        finding.isSourceInFile = token.fileRange != nil
        sink.append(finding)
    }
}
