import Yams
import TextCore

/// `kind: substitution` — wrong words or phrases and what to write instead: house
/// terminology, known machine-translation calques. Matching is by whole words, ignores case
/// unless `case-sensitive: true`, treats any run of whitespace (a line break too) as one
/// space, and keeps the case of the text in the suggestion ("Take a decision" → "Make a
/// decision").
///
/// ```yaml
/// - id: terminology.en-calques
///   kind: substitution
///   summary: Calques machine translation produces from French.
///   swap:
///     take a decision: make a decision
///   examples:
///     triggering: ['They will ⟦take a decision⟧ today.']
///     non-triggering: ['They will make a decision today.']
/// ```
struct SubstitutionRule: Rule {
    static let kind = "substitution"
    static let keys = DeclarationHeader.keys + ["swap", "case-sensitive", "message"]

    /// One wrong phrase, as the hashes of its case-folded words and its normalised text.
    struct Entry: Sendable {
        let wrong: String
        let right: [String]
        let wordHashes: [UInt64]
        let foldedText: String
    }

    let description: RuleDescription
    /// Entries grouped by the hash of their first word, longest first: `firstWords` maps
    /// the hash to the group's index in `groups`.
    let firstWords: WordHashSet
    let groups: [[Entry]]
    let caseSensitive: Bool
    let message: MessageTemplate

    func check(_ document: AnalyzedDocument, into sink: inout FindingSink) {
        let words = document.words
        let hashes = document.foldedWordHashes
        var index = 0
        while index < words.count {
            // Most words start no entry: find the next that does in a tight loop.
            let next = firstWords.nextMember(in: hashes, from: index)
            guard next < words.count, let group = firstWords.value(for: hashes[next]) else { break }
            index = next
            let candidates = groups[Int(group)]
            var matched = false
            for entry in candidates where index + entry.wordHashes.count <= words.count {
                let count = entry.wordHashes.count
                guard (1..<count).allSatisfy({ hashes[index + $0] == entry.wordHashes[$0] }) else { continue }
                let range = TextRange(start: Int(words.starts[index]), end: Int(words.ends[index + count - 1]))
                let found = Self.normalizingWhitespace(document.string(range))
                let same = caseSensitive ? found == Self.normalizingWhitespace(entry.wrong) : CaseFolding.fold(found) == entry.foldedText
                guard same else { continue }
                let suggestions = entry.right.map { Self.matchingCase(of: found, $0) }
                let rendered = message.render { name in
                    switch name {
                    case "wrong": return found
                    case "right": return suggestions.joined(separator: "” or “")
                    default: return nil
                    }
                }
                sink.report(range, rendered, suggestions: suggestions)
                index += count
                matched = true
                break
            }
            if !matched { index += 1 }
        }
    }

    static func normalizingWhitespace(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// "Take a decision" → "Make a decision"; "TAKE A DECISION" → "MAKE A DECISION".
    static func matchingCase(of found: String, _ replacement: String) -> String {
        let letters = found.filter(\.isLetter)
        if letters.count >= 2, letters.allSatisfy(\.isUppercase) { return replacement.uppercased() }
        if let first = found.first, first.isUppercase, let replacementFirst = replacement.first {
            return replacementFirst.uppercased() + replacement.dropFirst()
        }
        return replacement
    }

    static func declare(_ mapping: YAMLMapping, fileLanguage: String?) throws(RuleSetError) -> ConfiguredRule {
        let header = try DeclarationHeader(mapping, fileLanguage: fileLanguage)
        guard let swapNode = mapping.node("swap"), let swap = swapNode.mapping, !swap.isEmpty else {
            throw mapping.error("swap", "must map each wrong word or phrase to its replacement")
        }
        let caseSensitive = try mapping.bool("case-sensitive") ?? false
        let message = MessageTemplate(try mapping.string("message") ?? "Write “{right}” instead of “{wrong}”.")
        let locale = LanguageTag(header.languages.first ?? "und").map { LanguageProfile.forTag($0).wordLocale } ?? ""
        let breaker: BreakIterator
        do {
            breaker = try BreakIterator(kind: .word, locale: locale)
        } catch {
            throw mapping.error("languages", "cannot segment words for '\(locale)': \(error)")
        }
        var index: [UInt64: [Entry]] = [:]
        for (wrongNode, rightNode) in swap {
            guard let wrong = wrongNode.string, !wrong.isEmpty else { throw mapping.source.error(at: wrongNode.mark, ruleID: mapping.ruleID, key: "swap", "entries must be strings") }
            let right: [String]
            if let scalar = rightNode.scalar {
                right = [scalar.string]
            } else if let list = rightNode.sequence?.compactMap(\.string), !list.isEmpty {
                right = list
            } else {
                throw mapping.source.error(at: rightNode.mark, ruleID: mapping.ruleID, key: "swap", "the replacement of '\(wrong)' must be a string or a list of strings")
            }
            let normalized = Normalization.nfc(normalizingWhitespace(wrong))
            let units = normalized.utf16Units
            var words = WordTable()
            breaker.appendWords(in: units, to: &words)
            guard words.count > 0 else {
                throw mapping.source.error(at: wrongNode.mark, ruleID: mapping.ruleID, key: "swap", "'\(wrong)' holds no word")
            }
            let hashes = (0..<words.count).map { CaseFolding.hash(units, words.range($0)) }
            let entry = Entry(wrong: normalized, right: right, wordHashes: hashes, foldedText: CaseFolding.fold(normalized))
            index[hashes[0], default: []].append(entry)
        }
        var members: [(hash: UInt64, value: Int32)] = []
        var groups: [[Entry]] = []
        for (hash, entries) in index {
            members.append((hash, Int32(groups.count)))
            groups.append(entries.sorted { $0.wordHashes.count > $1.wordHashes.count })
        }
        let firstWords = WordHashSet(members, count: members.count)
        let description = header.description(category: .terminology)
        let lookup = firstWords
        let entryGroups = groups
        return ConfiguredRule(description: description, origin: header.origin, isEnabled: header.isEnabled) {
            SubstitutionRule(description: description, firstWords: lookup, groups: entryGroups, caseSensitive: caseSensitive, message: message)
        }
    }
}
