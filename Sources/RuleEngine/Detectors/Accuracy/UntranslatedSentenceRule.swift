import Synchronization
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
        let functionWords = Self.functionWords(document.resources, source: source.language.language, target: document.language.language)
        let text = document.text
        let words = document.words
        let hashes = document.foldedWordHashes
        for bead in alignment.beads where bead.sourceCount > 0 && bead.targetCount > 0 {
            guard let sourceRange = alignment.sourceRange(bead) else { continue }
            let sourceKey = alignment.letterKey(ofSource: bead)
            for sentence in bead.targets {
                let range = alignment.targetUnits.ranges[sentence]
                let wordIndices = alignment.targetUnits.words[sentence]
                let letterWords = wordIndices.filter { words.kinds[$0] != .number && words.kinds[$0] != .opaque && !document.isProtected(word: $0) }
                guard letterWords.count >= Self.minimumWords || (sourceScript == .cjk && range.length >= 12) else { continue }
                let key = alignment.letterKey(ofTargetUnit: sentence)
                var untranslated = bead.targetCount == 1 && key.key == sourceKey.key && key.letters >= 12
                if !untranslated, sourceScript != targetScript, sourceScript != .other {
                    var inSource = 0
                    var letters = 0
                    for offset in range.start..<range.end {
                        guard let script = SourceTextReading.script(of: text[offset]) else { continue }
                        letters += 1
                        if script == sourceScript { inSource += 1 }
                    }
                    // In the source's script, and with its function words: not mojibake or a
                    // string of names.
                    let sourceWords = functionWords.map { words in letterWords.filter { words.source.contains(hashes[$0]) }.count } ?? 1
                    untranslated = letters >= 15 && inSource * 10 >= letters * 9 && sourceWords >= 1
                } else if !untranslated, let functionWords {
                    var sourceHits = 0
                    var targetHits = 0
                    for word in letterWords {
                        if functionWords.source.contains(hashes[word]) { sourceHits += 1 }
                        if functionWords.target.contains(hashes[word]) { targetHits += 1 }
                    }
                    untranslated = letterWords.count >= 5 && sourceHits >= 3 && sourceHits >= 2 * targetHits + 2
                }
                if untranslated, !Self.isExempt(document, range, letterWords) {
                    sink.report(range, "This sentence is not translated: it is in \(source.language.language), like its source “\(SourceTextReading.short(source, sourceRange))”.",
                                source: sourceRange)
                }
            }
        }
    }

    /// Titles and names (most words capitalised), and quotations kept in the original (the
    /// sentence is inside quotation marks).
    private static func isExempt(_ document: AnalyzedDocument, _ range: TextRange, _ letterWords: [Int]) -> Bool {
        let text = document.text
        let words = document.words
        let capitalised = letterWords.filter { CharacterClass.of(unit: text[Int(words.starts[$0])]).contains(.upper) }.count
        if capitalised * 5 >= letterWords.count * 3 { return true }
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

    private static let cache = Mutex<[String: (source: Set<UInt64>, target: Set<UInt64>)]>([:])

    /// The function words of the source and target languages, as folded-word hashes (nil
    /// when either language has no list).
    static func functionWords(_ resources: LanguageResources, source: String, target: String) -> (source: Set<UInt64>, target: Set<UInt64>)? {
        let key = source + ">" + target
        if let known = cache.withLock({ $0[key] }) { return known.source.isEmpty || known.target.isEmpty ? nil : known }
        let sourceWords = Set((resources.functionWords[source] ?? []).map(LanguageResources.hash))
        let targetWords = Set((resources.functionWords[target] ?? []).map(LanguageResources.hash))
        // Words both languages use ("in", "a") say nothing.
        let made = (sourceWords.subtracting(targetWords), targetWords.subtracting(sourceWords))
        cache.withLock { $0[key] = made }
        return made.0.isEmpty || made.1.isEmpty ? nil : made
    }
}
