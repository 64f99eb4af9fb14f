import TextCore

/// How much of one sentence another contains, counted the way a reader notices a rewritten
/// copy: every stretch of three or more words the two share, in order, not only the longest.
///
/// "The new tariff will raise prices for small importers." is contained whole in "“The new
/// tariff, which takes effect in March, will raise prices for small importers across the
/// region,” she said." although the longest shared run is six words: the inserted clause
/// splits the copy. `duplication.passage` uses this for sentences whose longest shared run is
/// too short to report on its own.
///
/// Candidates come from an index of three-word runs (where each was first seen), so the
/// exact comparison, quadratic in the two sentences' lengths, only runs for the few earlier
/// sentences that share two runs or more with the later one.
struct PassageContainment {
    /// Shared stretches shorter than this do not count ("of the", "in the").
    static let runWords = 3
    /// The shorter sentence needs this many words: a short quotation cited twice is not a
    /// duplicated passage.
    static let minimumWords = 7
    /// Candidates compared exactly per sentence, the ones sharing most runs first.
    static let candidatesPerSentence = 4
    /// Sentences longer than this are compared by their longest shared run only (the exact
    /// comparison grows with the product of the lengths).
    static let maximumWords = 200

    /// Whether `covered` shared words make the shorter sentence a copy inside the longer: all
    /// of it covered, and the longer has at least two words of its own — an inserted clause,
    /// an attribution, a shortened copy. Sentences where a word of one stands for other words
    /// in the other ("single-user mode" / "normal multi-user mode") are parallel ones.
    static func isContained(covered: Int, shorter: Int, longer: Int) -> Bool {
        covered == shorter && longer - covered >= 2
    }

    /// A quick necessary test before `coveredWords`: every word of `shorter` must occur in
    /// `longer` (tested on a 64-bit signature of the longer's words, so it may pass wrongly,
    /// never fail wrongly).
    static func mayContain(_ hashes: WordHashSequence, shorter: Range<Int>, longer: Range<Int>) -> Bool {
        var signature: UInt64 = 0
        for word in longer { signature |= 1 << (hashes[word] & 63) }
        for word in shorter where signature & (1 << (hashes[word] & 63)) == 0 { return false }
        return true
    }

    /// The words of the shorter of two word ranges that lie in shared stretches of at least
    /// `runWords` words, taken in order in both (a longest common subsequence made of runs).
    static func coveredWords(_ hashes: WordHashSequence, _ a: Range<Int>, _ b: Range<Int>) -> Int {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        let columns = b.count + 1
        // best[i][j]: most covered words using a's first i words and b's first j words;
        // suffix[i][j]: length of the common run ending at a[i-1], b[j-1].
        var best = [Int32](repeating: 0, count: (a.count + 1) * columns)
        var suffix = [Int32](repeating: 0, count: (a.count + 1) * columns)
        for i in 1...a.count {
            for j in 1...b.count {
                let here = i * columns + j
                var value = max(best[here - columns], best[here - 1])
                if hashes[a.lowerBound + i - 1] == hashes[b.lowerBound + j - 1] {
                    let run = suffix[here - columns - 1] + 1
                    suffix[here] = run
                    if run >= Int32(runWords) {
                        // Take the whole run, or only its last `k` words when an earlier
                        // part served another stretch.
                        var k = Int32(runWords)
                        while k <= run {
                            let before = (i - Int(k)) * columns + (j - Int(k))
                            value = max(value, best[before] + k)
                            k += 1
                        }
                    }
                }
                best[here] = value
            }
        }
        return Int(best[a.count * columns + b.count])
    }

    /// Earlier sentences sharing three-word runs (first seen at the word indices `firstSeen`)
    /// with a sentence, most shared runs first, each with at least two runs (or one of four
    /// words, counted as two overlapping runs). `scratch` is reused between calls.
    static func candidates(_ firstSeen: [Int], sentenceOf: (Int) -> Int, into scratch: inout [Int]) -> [Int] {
        scratch.removeAll(keepingCapacity: true)
        var previousWord = -2
        var previousSentence = -1
        for word in firstSeen {
            // Runs first seen one after the other lie in one sentence: look it up once.
            if word != previousWord + 1 || previousSentence < 0 { previousSentence = sentenceOf(word) }
            previousWord = word
            scratch.append(previousSentence)
        }
        scratch.sort()
        var counted: [(sentence: Int, runs: Int)] = []
        var index = 0
        while index < scratch.count {
            var end = index + 1
            while end < scratch.count, scratch[end] == scratch[index] { end += 1 }
            if end - index >= 2 { counted.append((scratch[index], end - index)) }
            index = end
        }
        return counted.sorted { $0.runs != $1.runs ? $0.runs > $1.runs : $0.sentence < $1.sentence }
            .prefix(candidatesPerSentence).map(\.sentence)
    }
}
