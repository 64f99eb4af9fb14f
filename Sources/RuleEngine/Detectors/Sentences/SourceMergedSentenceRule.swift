import TextCore

/// Finds two source sentences rendered as one translated sentence without a boundary: the
/// alignment links them to one sentence (2:1), and inside it, near where the source's
/// boundary falls, a common word is capitalised after a lowercase word with no punctuation
/// between. The source is the evidence the monolingual `sentences.merged` lacks, so any
/// common word counts, not only the sentence starters.
public struct SourceMergedSentenceRule: Detector {
    public static let id = RuleID(.sentences, "merged-against-source")

    public static let description = RuleDescription(
        id: id,
        summary: "Two source sentences were merged into one without a boundary.",
        rationale: "When a full stop is lost in translation, two sentences run together and the second one's first word is left capitalised mid-sentence. Aligned with the source, the merge is certain even when that word is not a typical sentence opener.",
        category: .grammar,
        severity: .major,
        triggering: [
            RuleExample("Der Minister bestätigte die Kürzung am Montag ⟦Die⟧ Abgeordneten protestierten.", language: "de",
                        source: "The minister confirmed the cut on Monday. The members of parliament protested.", sourceLanguage: "en"),
            RuleExample("The minister confirmed the cut yesterday ⟦Several⟧ members protested.", language: "en",
                        source: "Le ministre a confirmé la baisse hier. Plusieurs députés ont protesté.", sourceLanguage: "fr"),
            RuleExample("The judges said the reforms broke EU law and angered the Law and Justice party ⟦Poland⟧ then refused to pay the fine.", language: "en",
                        source: "Les juges ont dit que les réformes enfreignaient le droit européen et fâchaient le parti Droit et Justice. La Pologne a alors refusé de payer l’amende.",
                        sourceLanguage: "fr", note: "the capitalised word nearest to where the source’s boundary falls"),
            RuleExample("My whole family had it.\nI have got over it too ⟦I⟧ am not getting the vaccine.\nSee you all on Monday.", language: "en",
                        source: "Вся моя семья переболела.\nЯ тоже переболел.\nЯ не буду прививаться.\nУвидимся в понедельник.", sourceLanguage: "ru",
                        note: "a line fewer than the source: the lost line break needs no other trace"),
        ],
        nonTriggering: [
            RuleExample("Der Minister bestätigte die Kürzung am Montag, worauf mehrere Abgeordnete protestierten.", language: "de",
                        source: "The minister confirmed the cut on Monday. Several members of parliament protested.", sourceLanguage: "en"),
            RuleExample("The minister met members of the European Parliament on Monday.", language: "en",
                        source: "Le ministre a rencontré lundi. Des membres du Parlement européen.", sourceLanguage: "fr"),
            RuleExample("My whole family had it.\nI have got over it too, and I am not getting the vaccine.\nSee you all on Monday.", language: "en",
                        source: "Вся моя семья переболела.\nЯ тоже переболел. Я не буду прививаться.\nУвидимся в понедельник.", sourceLanguage: "ru",
                        note: "as many lines as the source: two sentences of a line joined by the translator"),
        ]
    )

    public init() {}

    public func check(_ document: AnalyzedDocument, into sink: inout FindingSink) {
        let alignment = document.alignment
        guard let source = alignment.source else { return }
        var wordSets: WordSets?
        func sets() -> WordSets {
            if let wordSets { return wordSets }
            let made = WordSets(document, source)
            wordSets = made
            return made
        }
        for (index, bead) in alignment.beads.enumerated() where bead.sourceCount == 2 && bead.targetCount == 1 {
            let first = alignment.sourceUnits.ranges[bead.source]
            let second = alignment.sourceUnits.ranges[bead.source + 1]
            let sentence = bead.target
            guard alignment.targetUnits.words[sentence].count >= 4 else { continue }
            let share = Double(first.length) / Double(max(1, first.length + second.length))
            let units = (target: alignment.targetUnits, source: alignment.sourceUnits)
            let joinsLines = alignment.lineJoins.contains(index)
            let traced = Self.joinByName(document, source, units, sentence: sentence, secondSource: bead.source + 1)
                ?? (document.profile.hasCase ? Self.joinByCapital(document, sets(), units.target, sentence: sentence, share: share, joinsLines: joinsLines)
                    : Self.unpunctuatedStretch(document, units.target, sentence: sentence, share: share))
            let estimated = traced == nil && joinsLines && alignment.losesLines ? Self.estimatedJoin(document, units.target, sentence: sentence, share: share) : nil
            guard let word = traced ?? estimated else { continue }
            let message = estimated != nil
                ? "The translation has a line fewer than its source, and this line renders two of them: the line break is lost \(document.profile.hasCase ? "before “\(document.string(word))”" : "about here")."
                : document.profile.hasCase || Self.isWord(document, word)
                ? "Two sentences of the source run together here: a full stop is missing before “\(document.string(word))”."
                : "Two sentences of the source run together in this sentence: a full stop is missing in this stretch, where the source’s first sentence ends."
            sink.report(word, message, source: TextRange(start: first.start, end: second.end))
        }
    }

    /// The word of the target sentence that begins the second source sentence, when the
    /// translation keeps it (a name, a figure: "Cruz said…", "2020 was…") and nothing but
    /// space separates it from the text before: the join is there.
    static func joinByName(_ document: AnalyzedDocument, _ source: AnalyzedDocument, _ units: (target: AlignmentUnits, source: AlignmentUnits),
                           sentence: Int, secondSource: Int) -> TextRange? {
        guard let opening = units.source.words[secondSource].first,
              source.words.kinds[opening] == .letter || source.words.kinds[opening] == .number else { return nil }
        let hash = source.foldedWordHashes[opening]
        for word in units.target.words[sentence].dropFirst() where document.foldedWordHashes[word] == hash {
            let range = document.words.range(word)
            if isUnpunctuatedJoin(document, before: range.start, previousWord: word - 1) { return range }
        }
        return nil
    }

    /// Where the source's boundary falls in a sentence that renders two source lines of a
    /// translation with fewer lines than its source (a lost line break is certain; its trace
    /// may not be: "too I am", or Chinese with a comma near the join): the capitalised word
    /// nearest to it in a language with case, else a short stretch around it.
    static func estimatedJoin(_ document: AnalyzedDocument, _ units: AlignmentUnits, sentence: Int, share: Double) -> TextRange? {
        let range = units.ranges[sentence]
        guard range.length >= 12 else { return nil }
        let text = document.text
        let words = document.words
        if document.profile.hasCase {
            var best: (word: TextRange, distance: Double)?
            for index in units.words[sentence].dropFirst() where words.kinds[index] == .letter {
                let word = words.range(index)
                guard CharacterClass.of(unit: text[word.start]).contains(.upper), isUnpunctuatedJoin(document, before: word.start, previousWord: index - 1) else { continue }
                let distance = abs(Double(word.start - range.start) / Double(range.length) - share)
                if distance <= 0.25, best == nil || distance < best!.distance { best = (word, distance) }
            }
            return best?.word
        }
        let center = range.start + Int(Double(range.length) * share)
        var start = max(range.start + 1, center - 4)
        var end = min(range.end - 1, center + 4)
        guard start < end else { return nil }
        if text[start] & 0xFC00 == 0xDC00 { start -= 1 }
        if text[end - 1] & 0xFC00 == 0xD800 { end += 1 }
        return TextRange(start: start, end: end)
    }

    /// Whether `range` is exactly one word of the document.
    static func isWord(_ document: AnalyzedDocument, _ range: TextRange) -> Bool {
        let starts = document.words.starts
        let index = starts.partitionPoint { Int($0) >= range.start }
        return index < starts.count && Int(starts[index]) == range.start && Int(document.words.ends[index]) == range.end
    }

    /// In a language without letter case, the stretch around where the source's boundary
    /// falls, when it holds no punctuation at all: a translator who joins two sentences
    /// puts a comma or a semicolon there; a lost full stop leaves nothing.
    static func unpunctuatedStretch(_ document: AnalyzedDocument, _ units: AlignmentUnits, sentence: Int, share: Double) -> TextRange? {
        let range = units.ranges[sentence]
        guard range.length >= 24 else { return nil }
        let center = range.start + Int(Double(range.length) * share)
        let radius = max(8, range.length / 6)
        let stretch = TextRange(start: max(range.start + 4, center - radius), end: min(range.end - 4, center + radius))
        guard stretch.length >= 8 else { return nil }
        let text = document.text
        for offset in stretch.start..<stretch.end {
            let properties = CharacterClass.of(unit: text[offset])
            if properties.contains(.punctuation) || text[offset] == 0x20 { return nil }
        }
        var start = stretch.start
        var end = stretch.end
        if text[start] & 0xFC00 == 0xDC00 { start -= 1 }
        if text[end - 1] & 0xFC00 == 0xD800 { end += 1 }
        return TextRange(start: start, end: end)
    }

    /// Whether only space lies between the previous word (or a closing mark after it that
    /// does not follow a full stop) and `offset`.
    static func isUnpunctuatedJoin(_ document: AnalyzedDocument, before offset: Int, previousWord: Int) -> Bool {
        let text = document.text
        var end = offset
        while end > 0, text[end - 1] == 0x20 || text[end - 1] == 0x0A || text[end - 1] == 0xA0 { end -= 1 }
        guard end < offset || SourceTextReading.script(of: document.language) == .cjk else { return false }
        let previous = document.words.range(previousWord)
        if end == previous.end { return true }
        // „…aufgelöst“ Der: a closing quotation mark or bracket with no stop inside it.
        guard end == previous.end + 1 else { return false }
        let mark = CharacterClass.of(unit: text[previous.end])
        return mark.contains(.finalPunctuation) || mark.contains(.closePunctuation) || SentenceAnchors.isQuoteMark(text[previous.end])
    }

    /// A common word capitalised after a lowercase word with no punctuation between, near
    /// where the source's boundary falls (`share` of the sentence): in German, whose nouns are
    /// capitalised, only the words that open sentences count.
    /// `joinsLines`: the sentence renders two source lines (a lost line break), so any
    /// capitalised word right where the boundary falls will do, German nouns included.
    /// Word sets the capital test needs, made once per document (and only when it has a
    /// 2:1 link).
    final class WordSets {
        /// The source's names: words it capitalises in the middle of a sentence.
        let sourceNames: Set<UInt64>
        /// Words the document also writes in lowercase: common words, not names (nor, in
        /// German, nouns, which are always capitalised).
        let lowercaseWords: Set<UInt64>

        init(_ document: AnalyzedDocument, _ source: AnalyzedDocument) {
            var names = Set<UInt64>()
            source.withText { text in
                for sentence in source.segmentation.sentences.indices {
                    for word in source.segmentation.wordIndices(inSentence: sentence).dropFirst() where source.words.kinds[word] == .letter
                        && CharacterClass.of(unit: text[Int(source.words.starts[word])]).contains(.upper) {
                        names.insert(source.foldedWordHashes[word])
                    }
                }
            }
            sourceNames = names
            let words = document.words
            let hashes = document.foldedWordHashes
            lowercaseWords = document.withText { text in
                Set(words.starts.indices.lazy.filter { words.kinds[$0] == .letter && CharacterClass.of(unit: text[Int(words.starts[$0])]).contains(.lower) }.map { hashes[$0] })
            }
        }
    }

    static func joinByCapital(_ document: AnalyzedDocument, _ sets: WordSets, _ units: AlignmentUnits, sentence: Int, share: Double,
                              joinsLines: Bool = false) -> TextRange? {
        let words = document.words
        let hashes = document.foldedWordHashes
        let starters = document.resources.sentenceStarterHashes
        let nounsCapitalised = document.language.language == "de" || document.language.language == "lb"
        let sourceNames = sets.sourceNames
        let lowercaseWords = sets.lowercaseWords
        let indices = units.words[sentence]
        let range = units.ranges[sentence]
        return document.withText { text -> TextRange? in
            // The candidate nearest to where the source's boundary falls, a sentence opener
            // ("Wenn", "As") before a noun or a name at the same distance.
            var best: (word: TextRange, distance: Double)?
            for index in (indices.lowerBound + 1)..<(indices.upperBound - 1) {
                let word = words.range(index)
                guard words.kinds[index] == .letter, CharacterClass.of(unit: text[word.start]).contains(.upper), word.length > 1,
                      !CharacterClass.of(unit: text[word.start + 1]).contains(.upper) else { continue }
                // Names are written in the source too.
                // A sentence opener; else a common word (German: one the text also writes in
                // lowercase), and never one the source capitalises as a name ("Web").
                let position = Double(word.start - range.start) / Double(max(1, range.length))
                let atLineJoin = joinsLines && abs(position - share) <= 0.15
                guard starters.contains(hashes[index]) || atLineJoin
                        || (!sourceNames.contains(hashes[index]) && (!nounsCapitalised || lowercaseWords.contains(hashes[index]))) else { continue }
                guard abs(position - share) <= 0.25 else { continue }
                let previous = words.range(index - 1)
                let next = words.range(index + 1)
                // A lowercase word before (German nouns aside) and nothing between but space
                // or a closing mark; a lowercase word after ("The Guardian" is a name), unless
                // right where the source's boundary is and not after an article ("…77 лет Брайан
                // Мэй справил…", but "the European Parliament").
                let previousClass = CharacterClass.of(unit: text[previous.start])
                let nextClass = CharacterClass.of(unit: text[next.start])
                guard words.kinds[index - 1] != .opaque || atLineJoin,
                      previousClass.contains(.lower) || previousClass.contains(.digit) || (nounsCapitalised && previousClass.contains(.upper)) || atLineJoin,
                      isUnpunctuatedJoin(document, before: word.start, previousWord: index - 1),
                      words.kinds[index + 1] == .letter || words.kinds[index + 1] == .number,
                      nextClass.contains(.lower) || nounsCapitalised || atLineJoin || (abs(position - share) <= 0.12 && !starters.contains(hashes[index - 1])) else { continue }
                let distance = abs(position - share) - (starters.contains(hashes[index]) ? 0.1 : 0)
                if best == nil || distance < best!.distance { best = (word, distance) }
            }
            return best?.word
        }
    }
}
