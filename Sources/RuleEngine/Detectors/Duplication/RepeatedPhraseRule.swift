import TextCore

/// Finds a group of two to eight words repeated back to back: `will meet will meet`,
/// `la réunion de la réunion de`. Case and punctuation between the copies are ignored (but
/// a determiner and a noun taken up again after a comma are an enumeration or an
/// apposition); the copies must lie in one paragraph. Four or more copies are a decoder loop (duplication.loop).
public struct RepeatedPhraseRule: Detector {
    public static let id = RuleID(.duplication, "phrase")
    static let longestPhrase = 8

    public static let description = RuleDescription(
        id: id,
        summary: "A phrase of two to eight words is repeated back to back.",
        rationale: "Repeated phrases are typical of neural machine translation and of editing slips; they read as stutters and cost a reader's trust.",
        category: .duplication,
        severity: .minor,
        triggering: [
            RuleExample("The committee ⟦will meet will meet⟧ on Monday.", correction: "The committee will meet on Monday."),
            RuleExample("Le président ⟦de la réunion de la réunion⟧ a parlé.", language: "fr"),
            RuleExample("Exports to ⟦the United States, the United States⟧ fell.", note: "punctuation between the copies"),
            RuleExample("Der Vertrag ⟦wurde unterzeichnet, wurde unterzeichnet⟧ und gilt.", language: "de"),
        ],
        nonTriggering: [
            RuleExample("Grabaron un disco, un disco completo, en dos semanas.", language: "es", note: "a determiner and a noun taken up again after a comma"),
            RuleExample("The committee will meet on Monday and will meet again on Friday."),
            RuleExample("Step by step, year after year, they rebuilt it."),
            RuleExample("It was 10 000 10 000 units.", note: "numbers alone"),
            RuleExample("工人们一个一个地走进会场。", language: "zh"),
            RuleExample("他把视频一帧一帧地检查了一遍。", language: "zh", note: "reduplication: one frame after another"),
            RuleExample("La economía se recupera a poco a poco.", language: "es", note: "a listed reduplication (Rules/es/doubles.yml)"),
            RuleExample("Tariffs for steel for steel for steel for steel rose.", note: "a loop, reported by duplication.loop"),
            RuleExample("Now you are in the shell. The shell interprets commands.", note: "across a sentence boundary"),
            RuleExample("It explains how to create new packages (New packages) and mailing lists.", note: "a cross-reference in brackets"),
            RuleExample("La scelta varia da computer a computer, a seconda dell’uso.", language: "it", note: "punctuated differently inside"),
        ]
    )

    public init() {}

    public func check(_ document: AnalyzedDocument, into sink: inout FindingSink) {
        let words = document.words
        guard words.count >= 4 else { return }
        let hashes = document.wordHashes
        let allowed = document.resources.allowedDoubles
        document.withText { text in
            var start = 0
            let count = words.count
            while start + 4 <= count {
                // A phrase of 2...8 words repeats only where its first word comes back 2...8
                // words on; almost never. Skip such starts without the full look below.
                if start + 2 * Self.longestPhrase <= count {
                    if !hashes.comesBack(at: start, within: 2...Self.longestPhrase) {
                        start += 1
                        continue
                    }
                }
                var reported = false
                var checkedProtection = false
                for length in stride(from: min(Self.longestPhrase, (words.count - start) / 2), through: 2, by: -1) {
                    guard hashes.repeatsImmediately(at: start, length: length) else { continue }
                    // Protected stretches are looked up once a phrase repeats: most words start none.
                    if !checkedProtection {
                        checkedProtection = true
                        if document.isProtected(word: start) { break }
                    }
                    // Only numbers repeated is a table or a list, not a stutter.
                    if (start..<(start + length)).allSatisfy({ words.kinds[$0] == .number }) { continue }
                    let first = TextRange(start: Int(words.starts[start]), end: Int(words.ends[start + length - 1]))
                    // A determiner and a noun taken up again after a comma extend or enumerate
                    // ("un disco, un disco completo": the determiners are in the language's
                    // sentence-starters list); a verb phrase or a longer copy after one is a
                    // stutter ("wurde unterzeichnet, wurde unterzeichnet", "the United States,
                    // the United States fell").
                    if length == 2, document.resources.sentenceStarterHashes.contains(hashes[start]),
                       !DuplicationGaps.isBlank(text, from: first.end, to: Int(words.starts[start + length]), allowLineBreak: true) { continue }
                    let end = Int(words.ends[start + 2 * length - 1])
                    guard DuplicationGaps.isWithinParagraph(text, from: first.start, to: end),
                          DuplicationGaps.isLightSeparator(text, from: first.end, to: Int(words.starts[start + length])),
                          sameInnerPunctuation(text, words, start, length) else { continue }
                    // A smaller period inside ("a b a b a b a b") is a loop or a repeated word.
                    if hashes.hasSmallerPeriod(start: start, length: length) { continue }
                    // Four copies are a loop (duplication.loop): skip past all of it.
                    let copies = hashes.copies(start: start, length: length)
                    if copies >= DecoderLoopRule.minimumRepeats {
                        start += copies * length
                        reported = true
                        break
                    }
                    let phrase = document.string(first)
                    if allowed.contains(CaseFolding.fold(phrase).filter { !$0.isWhitespace }) || document.resources.isSoundWord(phrase) { continue }
                    sink.report(TextRange(start: first.start, end: end), "The phrase “\(phrase)” is repeated.", suggestions: [phrase])
                    start += 2 * length
                    reported = true
                    break
                }
                if !reported { start += 1 }
            }
        }
    }
}

extension RepeatedPhraseRule {
    /// Whether the two copies are punctuated alike inside: "da computer a computer, a
    /// seconda" repeats "computer a" only by accident of the comma.
    func sameInnerPunctuation(_ text: TextView, _ words: WordTable, _ start: Int, _ length: Int) -> Bool {
        for offset in 0..<(length - 1) {
            let firstGap = DuplicationGaps.isBlank(text, from: Int(words.ends[start + offset]), to: Int(words.starts[start + offset + 1]), allowLineBreak: true)
            let secondGap = DuplicationGaps.isBlank(text, from: Int(words.ends[start + length + offset]), to: Int(words.starts[start + length + offset + 1]), allowLineBreak: true)
            if firstGap != secondGap { return false }
        }
        return true
    }
}
