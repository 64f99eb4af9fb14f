import TextCore

/// Finds translated sentences that are still the source: the same text, or text in the
/// source's language (by its writing system when the two languages write differently — an
/// English sentence in a Korean page — else by the source language's function words).
/// Names, titles, code and quotations kept in the original are exempt.
public struct UntranslatedSentenceRule: Detector {
    public static let id = RuleID(.accuracy, "untranslated")

    public static let description = RuleDescription(
        id: id,
        summary: "A sentence is left in the source language.",
        rationale: "Machine translation passes some sentences through untranslated (long ones, ones full of names, ones after markup), and a pipeline that falls back to the source on error publishes them as they are. Monolingual checks only see a foreign paragraph; with the source, a single sentence is found.",
        category: .untranslated,
        severity: .major,
        triggering: [
            RuleExample("Le maire a présenté le budget lundi. ⟦The opposition called it a gift to developers.⟧", language: "fr",
                        source: "The mayor presented the budget on Monday. The opposition called it a gift to developers.", sourceLanguage: "en"),
            RuleExample("Le maire a présenté le budget lundi. ⟦“It is a gift to developers,” the opposition said.⟧", language: "fr",
                        source: "The mayor presented the budget on Monday. “It is a gift to developers,” the opposition said.", sourceLanguage: "en",
                        note: "a quotation with its attribution, the source word for word"),
            RuleExample("市長は月曜日に予算案を発表した。⟦The opposition called it a gift to the developers.⟧", language: "ja",
                        source: "The mayor presented the budget on Monday. The opposition called it a gift to developers.", sourceLanguage: "en"),
        ],
        nonTriggering: [
            RuleExample("Le maire a présenté le budget lundi. L’opposition y voit un cadeau aux promoteurs.", language: "fr",
                        source: "The mayor presented the budget on Monday. The opposition called it a gift to developers.", sourceLanguage: "en"),
            RuleExample("Le groupe a joué « Born in the USA » en rappel.", language: "fr",
                        source: "The band played “Born in the USA” as an encore.", sourceLanguage: "en", note: "a title kept in the original"),
            RuleExample("Sie sagte: „We will not resign.“", language: "de",
                        source: "She said: “We will not resign.”", sourceLanguage: "en", note: "a quotation kept in the original"),
        ]
    )

    /// A sentence needs this many words of letters to be judged.
    static let minimumWords = 4

    public init() {}

    public func check(_ document: AnalyzedDocument, into sink: inout FindingSink) {
        let alignment = document.alignment
        guard let source = alignment.source, document.language.language != source.language.language else { return }
        let sourceScript = SourceTextReading.script(of: source.language)
        let targetScript = SourceTextReading.script(of: document.language)
        let functionWords = document.resources.contrastingFunctionWords.pair(source: source.language.language, target: document.language.language)
        let text = document.text
        let words = document.words
        let hashes = document.foldedWordHashes
        var letterWords: [Int] = []
        for bead in alignment.beads where bead.sourceCount > 0 && bead.targetCount > 0 {
            guard let sourceRange = alignment.sourceRange(bead) else { continue }
            let sourceKey = alignment.letterKey(ofSource: bead)
            for sentence in bead.targets {
                let range = alignment.targetUnits.ranges[sentence]
                let key = alignment.letterKey(ofTargetUnit: sentence)
                let identical = bead.targetCount == 1 && key.key == sourceKey.key && key.letters >= 12
                let crossesScripts = sourceScript != targetScript && sourceScript != .other
                // Across scripts, most sentences are ruled out by their first letters.
                if !identical, crossesScripts, !Self.isMostlyInScript(sourceScript, text, range) { continue }
                letterWords.removeAll(keepingCapacity: true)
                for word in alignment.targetUnits.words[sentence] where words.kinds[word] != .number && words.kinds[word] != .opaque && !document.isProtected(word: word) {
                    letterWords.append(word)
                }
                guard letterWords.count >= Self.minimumWords || (sourceScript == .cjk && range.length >= 12) else { continue }
                var untranslated = identical
                if !untranslated, crossesScripts {
                    // In the source's script (above), and with its function words: not
                    // mojibake or a string of names.
                    let sourceWords = functionWords.map { words in letterWords.count { words.source.contains(hashes[$0]) } } ?? 1
                    untranslated = sourceWords >= 1
                } else if !untranslated, let functionWords {
                    var sourceHits = 0
                    var targetHits = 0
                    for word in letterWords {
                        if functionWords.source.contains(hashes[word]) { sourceHits += 1 }
                        if functionWords.target.contains(hashes[word]) { targetHits += 1 }
                    }
                    untranslated = letterWords.count >= 5 && sourceHits >= 3 && sourceHits >= 2 * targetHits + 2
                }
                // A quotation kept in the original is a quotation inside a translated
                // sentence; a sentence that is its source word for word, attribution and
                // all, was not translated, quoted or not.
                if untranslated, !Self.isExempt(document, range, letterWords, quotations: !identical) {
                    sink.report(range, "This sentence is not translated: it is in \(source.language.language), like its source “\(SourceTextReading.short(source, sourceRange))”.",
                                source: sourceRange)
                }
            }
        }
    }

    /// Whether 15 letters or more of the range are, nine in ten of them, in `script`. Stops
    /// as soon as the letters in other scripts rule it out (a translated sentence after a
    /// word or two), so the usual answer costs a few characters, not the sentence.
    static func isMostlyInScript(_ script: SourceTextReading.Script, _ text: [UInt16], _ range: TextRange) -> Bool {
        var letters = 0
        var other = 0
        let allowed = range.length / 10
        for offset in range.start..<range.end {
            guard let found = SourceTextReading.script(of: text[offset]) else { continue }
            letters += 1
            if found != script {
                other += 1
                if other > allowed { return false }
            }
        }
        return letters >= 15 && (letters - other) * 10 >= letters * 9
    }

    /// Titles and names (most words capitalised), and (with `quotations`) quotations kept in
    /// the original (the sentence is inside quotation marks).
    private static func isExempt(_ document: AnalyzedDocument, _ range: TextRange, _ letterWords: [Int], quotations: Bool) -> Bool {
        let text = document.text
        let words = document.words
        let capitalised = letterWords.filter { CharacterClass.of(unit: text[Int(words.starts[$0])]).contains(.upper) }.count
        if capitalised * 5 >= letterWords.count * 3 { return true }
        guard quotations else { return false }
        // Inside quotation marks: the words of the sentence are quoted.
        var inside = false
        var quoted = 0
        var next = 0
        for offset in range.start..<range.end {
            if SentenceAnchors.isQuoteMark(text[offset]) { inside.toggle() }
            if next < letterWords.count, Int(words.starts[letterWords[next]]) == offset {
                if inside { quoted += 1 }
                next += 1
            }
        }
        return quoted * 10 >= letterWords.count * 8
    }
}
