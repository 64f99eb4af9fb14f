import TextCore

/// Finds a sentence that repeats a long run of an earlier sentence's words: a pull quote,
/// caption or teaser leaking into the body, or a segment translated twice in two versions.
/// Two sentences match when they share `min-words` consecutive words (after case folding,
/// ignoring punctuation) covering at least `min-share` of the shorter one. The finding is on
/// the later sentence, with a note pointing to the first.
///
/// Sentences close to each other (within `nearby` sentences) must share more
/// (`nearby-share`): lists and enumerations repeat a frame from sentence to sentence ("The
/// read permission allows… The write permission allows…"), while leaked teasers and captions
/// repeat text from far away. Measured on the corpora, every annotated passage lies eight or
/// more sentences from its original, and parallel constructions in clean text one to five.
///
/// A sentence rewritten around a copy — shortened, extended by an inserted clause, embedded in
/// a quotation — shares no long run with its original. So a sentence is also a repeated
/// passage when the stretches of three or more words it shares with an earlier one, in order,
/// cover all of the shorter of the two (seven words at least) and the longer adds words of
/// its own (see `PassageContainment`). Two sentences
/// that differ by a substituted word ("the set user ID bit" / "the set group ID bit") are a
/// parallel construction, not a copy. Not in Chinese and Japanese, whose dictionary words
/// are too short for three of them to mean much.
///
/// In Chinese and Japanese, twice `min-words` dictionary words are needed, and a stretch
/// repeated inside its sentence with one word put in counts too (`checkCopiesWithInsertion`). In a structured
/// document both sentences must be in one section (between the same headings).
///
/// Inside one sentence, a stretch of twice `min-words` that comes back is a repeated
/// passage, and so are two stretches of ten words or more that come back in pieces, a clause
/// translated twice (`InsideStretches`).
///
/// Every run of `min-words` words is hashed once (a rolling window), so the cost is linear in
/// the article's length.
public struct RepeatedPassageRule: Detector {
    public static let id = RuleID(.duplication, "passage")

    let minimumWords: Int
    let minimumShare: Double
    let nearby: Int
    let nearbyShare: Double

    public static let parameters = [
        ParameterSpec("min-words", default: .number(8), "Consecutive shared words that make a repeated passage."),
        ParameterSpec("min-share", default: .number(0.5), "Share of the shorter sentence the shared run must cover (0 to 1)."),
        ParameterSpec("nearby", default: .number(6), "Sentences at most this far apart count as nearby."),
        ParameterSpec("nearby-share", default: .number(0.85), "Share nearby sentences must have in common (0 to 1)."),
    ]

    public init(parameters: RuleParameters = .none) throws(RuleConfigurationError) {
        minimumWords = try parameters.integer("min-words", default: 8, in: 3...100)
        minimumShare = try parameters.number("min-share", default: 0.5)
        nearby = try parameters.integer("nearby", default: 6, in: 0...1000)
        nearbyShare = try parameters.number("nearby-share", default: 0.85)
        guard (0...1).contains(minimumShare), (0...1).contains(nearbyShare) else {
            throw RuleConfigurationError("parameters 'min-share' and 'nearby-share' must be between 0 and 1")
        }
    }

    public var parameterValues: [String: String] { ["min-words": String(minimumWords)] }

    public static let description = RuleDescription(
        id: id,
        summary: "A sentence repeats {min-words} or more consecutive words of an earlier sentence, or all of an earlier sentence around words of its own.",
        rationale: "Machine translation of pages with teasers, captions and pull quotes often leaves a second, slightly different copy of a sentence in the body. Short quotations cited twice stay below the threshold.",
        category: .duplication,
        severity: .major,
        triggering: [
            RuleExample("Towards a tax system that is neutral to the timing of every asset transfer, from the viewpoint of taxing inheritance tax and gift tax together, the study continues ⟦from the viewpoint of taxing inheritance tax and gift tax together, with the aim of building a tax system that is neutral to the timing of every asset transfer⟧.",
                        note: "a clause translated twice, in two stretches"),
            RuleExample("The minister said the new rail line would open in the spring of next year despite the delays. Critics disagreed.\n\n⟦Officials said the new rail line would open in the spring of next year.⟧", note: "nearby, and nearly all of it repeated"),
            RuleExample("Teenagers who sleep less than seven hours a night have a clearly higher risk of high blood pressure, a study finds. One. Two. Three. Four. Five. Six.\n\n⟦Teenagers who sleep less than seven hours a night have a higher risk, the researchers concluded.⟧", note: "far apart, half repeated"),
            RuleExample("政府は新しい予算案を来週の臨時国会に提出すると正式に発表し、野党は反発したが、⟦政府は新しい予算案を来週の臨時国会に提出すると正式に発表し⟧、審議は続く。", language: "ja", note: "a stretch repeated inside one sentence"),
            RuleExample("政府宣布将在下个月召开的特别会议上提交新的年度预算草案和相关的财政改革方案，反对党表示反对，但是政府仍然⟦宣布将在下个月召开的特别会议上正式提交新的年度预算草案和相关的财政改革方案⟧。",
                        language: "zh", note: "repeated inside one sentence with one word put in"),
            RuleExample("The new tariff will raise prices for small importers. Ports expect delays. Shipping firms disagree. Unions are split. Farmers are worried. The vote is on Friday. Talks continue.\n\n⟦“The new tariff, which takes effect in March, will raise prices for small importers across the region,” she said.⟧", note: "contained, split by an inserted clause"),
        ],
        nonTriggering: [
            RuleExample("You can set the value of the option in the configuration file of the program, or set the value of the option in the configuration file of the user, or set the value of the option in the configuration file of the system.",
                        note: "one frame repeated by a list"),
            RuleExample("Read hits: number of times a read request has been mapped to the cache, read misses: number of times a read request has been mapped to the origin, write hits: number of times a write request has been mapped to the cache, write misses: number of times a write request has been mapped to the origin.",
                        note: "two frames, each repeated by the next row of a table"),
            RuleExample("The minister said the line would open in spring. Critics said the line would open in autumn."),
            RuleExample("用户可以在系统配置文件中设置这个选项的默认值和最大值，也可以在用户配置文件中设置这个选项的默认值和最大值。", language: "zh",
                        note: "a word changed, not put in: a list's frame"),
            RuleExample("The read permission (r) allows the owner to list the contents of the directory. The write permission (w) allows the owner to add files to the directory.", note: "parallel sentences"),
            RuleExample("The read permission (r) allows the owner of the file to read its contents. The read permission (r) allows the owner of the directory to list its contents.", note: "a shared frame, different content"),
            RuleExample("“We will win,” she said. Later she repeated: “We will win.”"),
            RuleExample("The council approved the plan for the new school on Monday. One. Two. Three. Four. Five. Six. Seven.\n\nThe council rejected the plan for the new hospital on Friday.", note: "a shared frame covers half the sentence"),
            RuleExample("You can shut the system down in normal multi-user mode from the command line. One. Two. Three. Four. Five. Six. Seven.\n\nYou can shut the system down in single-user mode from the command line.", note: "a word of one stands for other words in the other: parallel sentences"),
            RuleExample("The budget was approved on Monday after a long debate. Critics objected. The budget was approved on Monday after a long debate.", note: "an identical sentence is duplication.sentence"),
        ])

    public func check(_ document: AnalyzedDocument, into sink: inout FindingSink) {
        let segmentation = document.segmentation
        let hashes = document.wordHashes
        // Chinese and Japanese words from ICU's dictionary are short (particles count as
        // words): twice as many make a comparable stretch of text.
        let spaced = document.profile.usesSpacesBetweenWords
        let window = spaced ? minimumWords : 2 * minimumWords
        // Where each run of `window` words was first seen: the index of its first word.
        var runs = RunIndex(hashes, window: window)
        var sentenceKeys = WordHashSet([], count: segmentation.sentences.count)
        let kinds = document.paragraphKinds
        let sentenceParagraph = segmentation.sentenceParagraph
        let sections = document.paragraphSections
        var settled = Set<Int>()
        // Inside one sentence, twice as many words in languages with spaces: documentation
        // strings table rows and option lists into one long "sentence" sharing a frame of
        // eight words ("… is used from the file's owner or root account to change …").
        let insideWindow = spaced ? 2 * window : window
        runs.recording { runs in
            for sentence in 0..<segmentation.sentences.count where kinds[Int(sentenceParagraph[sentence])] == .prose {
                let indices = segmentation.wordIndices(inSentence: sentence)
                guard indices.count >= window else { continue }
                let section = sections[Int(sentenceParagraph[sentence])]
                let wholeSentence = hashes.key(of: indices, inSection: section)
                let isExactRepeat = sentenceKeys.contains(wholeSentence)
                if isExactRepeat { settled.insert(sentence) } else { sentenceKeys.insert(wholeSentence, Int32(sentence)) }
                var reported = false
                var stretches = InsideStretches()
                runs.record(indices, scope: section) { start, firstWord in
                    if firstWord != start {
                        let earlier = (sentence: sentenceOf(firstWord, segmentation), word: firstWord)
                        if earlier.sentence == sentence {
                            guard !reported else { return }
                            if let copy = repeatInside(document, first: firstWord, second: start, end: indices.upperBound, window: insideWindow) {
                                sink.report(copy.second, "These \(copy.words) words repeat a stretch earlier in the same sentence (a duplicated passage).",
                                            related: [RelatedLocation(range: copy.first, message: "the first copy")])
                                reported = true
                                settled.insert(sentence)
                            } else if spaced, start >= stretches.end, let copy = repeatInside(document, first: firstWord, second: start, end: indices.upperBound, window: Self.insideStretchWords) {
                                stretches.add(copy, endingAt: start + copy.words)
                            }
                            return
                        }
                        guard !reported, !isExactRepeat,
                              !document.repetitionIsInSource(paragraph: Int(sentenceParagraph[earlier.sentence]), paragraph: Int(sentenceParagraph[sentence])) else { return }
                        let shared = hashes.sharedRunLength(earlier.word, start, limitA: segmentation.wordIndices(inSentence: earlier.sentence).upperBound, limitB: indices.upperBound)
                        let shorter = min(indices.count, segmentation.wordIndices(inSentence: earlier.sentence).count)
                        let share = sentence - earlier.sentence <= nearby ? nearbyShare : minimumShare
                        guard shared >= window, Double(shared) >= share * Double(shorter) || shorter - shared <= 1 else { return }
                        sink.report(segmentation.sentences[sentence], "This sentence repeats \(shared) consecutive words of an earlier sentence (a duplicated passage).",
                                    related: [RelatedLocation(range: segmentation.sentences[earlier.sentence], message: "the earlier sentence it repeats")])
                        reported = true
                        settled.insert(sentence)
                    }
                }
                if !reported, Self.report(stretches, document, into: &sink) { settled.insert(sentence) }
            }
        }
        if spaced { checkContainment(document, skipping: settled, into: &sink) } else { checkCopiesWithInsertion(document, window: window, skipping: settled, into: &sink) }
    }

    /// In Chinese and Japanese, a stretch of `window` − 1 words or more that comes back in its
    /// own sentence with one word put in (`…要求利比亚政治阶层坚持12月24日选举日期的能力，…，阻碍了
    /// 国际社会要求利比亚政治阶层坚持到12月24日选举日期的能力`): a particle or a preposition
    /// inserted into the copy hides it from the exact comparison. Each part needs
    /// `PassageContainment.runWords` words or more. Only sentences long enough to hold both
    /// copies are indexed, by runs of a third of the window, scoped to their sentence.
    private func checkCopiesWithInsertion(_ document: AnalyzedDocument, window: Int, skipping settled: Set<Int>, into sink: inout FindingSink) {
        let segmentation = document.segmentation
        let hashes = document.wordHashes
        let kinds = document.paragraphKinds
        let sentenceParagraph = segmentation.sentenceParagraph
        let needed = window - 1
        let part = PassageContainment.runWords
        // Most documents have no sentence long enough: then no index is built at all.
        let starts = segmentation.sentenceWordStart
        guard (0..<segmentation.sentences.count).contains(where: { Int(starts[$0 + 1]) - Int(starts[$0]) > 2 * needed }) else { return }
        var runs = RunIndex(hashes, window: part)
        runs.recording { runs in
            for sentence in 0..<segmentation.sentences.count where kinds[Int(sentenceParagraph[sentence])] == .prose && !settled.contains(sentence) {
                let indices = segmentation.wordIndices(inSentence: sentence)
                guard indices.count > 2 * needed else { continue }
                var found: (first: TextRange, second: TextRange, words: Int)?
                runs.record(indices, scope: sentence + 1) { start, first in
                    guard found == nil, first != start else { return }
                    let end = indices.upperBound
                    let head = hashes.sharedRunLength(first, start, limitA: start, limitB: end)
                    // Only where the copy starts: its continuation is the same finding.
                    guard head >= part, first == indices.lowerBound || start == indices.lowerBound || hashes[first - 1] != hashes[start - 1] else { return }
                    let tail = hashes.sharedRunLength(first + head, start + head + 1, limitA: start, limitB: end)
                    guard tail >= part, head + tail >= needed else { return }
                    let words = document.words
                    found = (TextRange(start: Int(words.starts[first]), end: Int(words.ends[first + head + tail - 1])),
                             TextRange(start: Int(words.starts[start]), end: Int(words.ends[start + head + tail])), head + tail)
                }
                guard let copy = found else { continue }
                sink.report(copy.second, "This stretch repeats \(copy.words) words of a stretch earlier in the same sentence, with one word put in (a duplicated passage).",
                            related: [RelatedLocation(range: copy.first, message: "the first copy")])
            }
        }
    }

    /// Inside one sentence, a stretch of this many words or more counts towards a clause
    /// repeated in pieces (`InsideStretches`): two such stretches copying different words.
    static let insideStretchWords = 10

    /// The stretches of one sentence that repeat earlier words of it, each shorter than a
    /// repeated passage on its own: a clause translated twice comes back in pieces, rearranged
    /// around a connective (`…, from the viewpoint of X, with the aim of Y` after `Towards Y,
    /// from the viewpoint of X,`). Two stretches that copy different words, all of them before
    /// the copies, make the finding; a frame that a list repeats copies the same words each
    /// time and makes none.
    struct InsideStretches {
        private var stretches: [(first: TextRange, second: TextRange, words: Int)] = []
        /// The word where the last second copy ends: the next must start at or after it.
        private(set) var end = 0

        mutating func add(_ copy: (first: TextRange, second: TextRange, words: Int), endingAt end: Int) {
            self.end = end
            // A stretch copying words another stretch already copies is that frame again.
            guard !stretches.contains(where: { $0.first.overlaps(copy.first) || $0.second.overlaps(copy.first) }) else { return }
            stretches.append(copy)
        }

        /// The finding: the second copies, first to last, and the first copies. Every first
        /// copy must come before the first second copy — the sentence says it all twice — not
        /// interleave with them as the rows of a table flattened into one sentence do (`READ …
        /// to the cache, READ … to the origin, WRITE … to the cache, WRITE … to the origin`).
        func report() -> (range: TextRange, words: Int, related: [TextRange])? {
            guard stretches.count >= 2, let first = stretches.first, let last = stretches.last,
                  stretches.allSatisfy({ $0.first.end <= first.second.start }) else { return nil }
            return (TextRange(start: first.second.start, end: last.second.end), stretches.reduce(0) { $0 + $1.words }, stretches.map(\.first))
        }
    }

    /// Reports a sentence's repeated stretches when they make a clause translated twice, on
    /// one line (a list or a table read as one sentence spans several); whether it did.
    private static func report(_ stretches: InsideStretches, _ document: AnalyzedDocument, into sink: inout FindingSink) -> Bool {
        guard let repeated = stretches.report(), let firstCopy = repeated.related.min(by: { $0.start < $1.start }),
              !document.withText({ text in (firstCopy.start..<repeated.range.end).contains { UTF16Scalar.isLineBreak(text[$0]) } }) else { return false }
        sink.report(repeated.range, "These \(repeated.words) words repeat \(repeated.related.count) stretches earlier in the same sentence (a clause translated twice).",
                    related: repeated.related.map { RelatedLocation(range: $0, message: "a first copy") })
        return true
    }

    /// A stretch of at least `window` words (twice `min-words` in languages with spaces, as
    /// many dictionary words as between sentences in Chinese and Japanese) that comes back
    /// later in its own sentence
    /// (`…退場となり、物議を醸した前半は、…退場となり、`): the two copies, and its length in words.
    /// Back-to-back copies of up to eight words are duplication.phrase's, and shorter periods
    /// duplication.loop's.
    private func repeatInside(_ document: AnalyzedDocument, first: Int, second: Int, end: Int, window: Int)
        -> (first: TextRange, second: TextRange, words: Int)? {
        guard first + window <= second else { return nil }
        let shared = document.wordHashes.sharedRunLength(first, second, limitA: second, limitB: end)
        guard shared >= window, first + shared < second || shared > RepeatedPhraseRule.longestPhrase else { return nil }
        let words = document.words
        return (TextRange(start: Int(words.starts[first]), end: Int(words.ends[first + shared - 1])),
                TextRange(start: Int(words.starts[second]), end: Int(words.ends[second + shared - 1])), shared)
    }

    /// The second look: sentences whose shared stretches, all together, cover most of the
    /// shorter one (`PassageContainment`), unless the first look reported them or they repeat
    /// an earlier sentence exactly (duplication.sentence's finding).
    private func checkContainment(_ document: AnalyzedDocument, skipping settled: Set<Int>, into sink: inout FindingSink) {
        let segmentation = document.segmentation
        let hashes = document.wordHashes
        let kinds = document.paragraphKinds
        let sentenceParagraph = segmentation.sentenceParagraph
        let sections = document.paragraphSections
        var runs = RunIndex(hashes, window: PassageContainment.runWords)
        var firstSeen: [Int] = []
        var earlierSentences: [Int] = []
        let starts = segmentation.sentenceWordStart
        runs.recording { runs in
            // Both sentences of a pair need `minimumWords`: shorter ones are not indexed.
            for sentence in 0..<segmentation.sentences.count where kinds[Int(sentenceParagraph[sentence])] == .prose {
                let indices = segmentation.wordIndices(inSentence: sentence)
                guard indices.count >= PassageContainment.minimumWords else { continue }
                // Runs first seen in a sentence at most `nearby` before this one do not count.
                let farBound = sentence > nearby ? Int(starts[sentence - nearby]) : 0
                firstSeen.removeAll(keepingCapacity: true)
                runs.record(indices, scope: sections[Int(sentenceParagraph[sentence])]) { start, first in
                    if first < farBound { firstSeen.append(first) }
                }
                guard firstSeen.count >= 2, !settled.contains(sentence) else { continue }
                let candidates = PassageContainment.candidates(firstSeen, sentenceOf: { sentenceOf($0, segmentation) }, into: &earlierSentences)
                for earlier in candidates {
                    let other = segmentation.wordIndices(inSentence: earlier)
                    let shorter = min(other.count, indices.count)
                    guard sentence - earlier > nearby, shorter >= PassageContainment.minimumWords, max(other.count, indices.count) <= PassageContainment.maximumWords,
                          !document.repetitionIsInSource(paragraph: Int(sentenceParagraph[earlier]), paragraph: Int(sentenceParagraph[sentence])) else { continue }
                    guard PassageContainment.mayContain(hashes, shorter: other.count <= indices.count ? other : indices,
                                                        longer: other.count <= indices.count ? indices : other) else { continue }
                    let covered = PassageContainment.coveredWords(hashes, other, indices)
                    guard PassageContainment.isContained(covered: covered, shorter: shorter, longer: max(other.count, indices.count)) else { continue }
                    sink.report(segmentation.sentences[sentence], "This sentence repeats most of an earlier sentence (\(covered) of its \(shorter) words, in order): a duplicated passage, rewritten.",
                                related: [RelatedLocation(range: segmentation.sentences[earlier], message: "the earlier sentence it repeats")])
                    break
                }
            }
        }
    }

    /// The sentence holding word `word` (binary search in the sentence starts).
    private func sentenceOf(_ word: Int, _ segmentation: Segmentation) -> Int {
        let starts = segmentation.sentenceWordStart
        return (0..<segmentation.sentences.count).partitionPoint { Int(starts[$0 + 1]) > word }
    }
}
