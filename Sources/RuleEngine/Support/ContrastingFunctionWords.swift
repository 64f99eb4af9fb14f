import TextCore

/// The function words that tell a source language from a target language ("the" and "of"
/// against "le" and "de", words both use left out), worked out once per language pair for
/// one prepared `LanguageResources`.
///
/// The memo belongs to the resources it was made from, not to the process: a server or a
/// test run holds several rule books at once, and a pair cached from one book's lists must
/// never answer for another's. Copies of one prepared value share the memo (it is a class),
/// which is what lets every document of a run reuse it.
final class ContrastingFunctionWords: Sendable, Equatable {
    typealias Pair = (source: WordHashSet, target: WordHashSet)

    private let lists: [String: Set<String>]
    private let memo = Locked([String: Pair]())

    init(_ lists: [String: Set<String>]) { self.lists = lists }

    /// The words only `source` uses and the words only `target` uses, as folded-word hashes;
    /// nil when either side has none.
    func pair(source: String, target: String) -> Pair? {
        let key = source + ">" + target
        let made = memo.withLock { memo -> Pair in
            if let known = memo[key] { return known }
            let sourceWords = Set((lists[source] ?? []).map(LanguageResources.hash))
            let targetWords = Set((lists[target] ?? []).map(LanguageResources.hash))
            let pair = (source: WordHashSet(hashes: sourceWords.subtracting(targetWords)),
                        target: WordHashSet(hashes: targetWords.subtracting(sourceWords)))
            memo[key] = pair
            return pair
        }
        return made.source.count == 0 || made.target.count == 0 ? nil : made
    }

    /// Two memos are equal when they answer from the same lists.
    static func == (lhs: ContrastingFunctionWords, rhs: ContrastingFunctionWords) -> Bool { lhs.lists == rhs.lists }
}
