import Foundation
import RuleEngine
import TextCore

/// `--phase planted`: the source-aware rules measured on translations nobody here wrote.
///
/// Reads JSONL pairs (`source`, `text`, `lang`, `source_lang`, one segment per line, as the
/// WMT news test sets with their human references), and plants one defect in each document:
/// a changed number, a dropped sentence, a sentence left in the source language, or two
/// sentences merged into one. Then it reports, per kind, how many plants the shipped rules
/// find at the right place, and how many accuracy findings they raise on the unplanted
/// references (per 10,000 characters); and the bilingual check's throughput against the
/// monolingual check of the same targets.
enum PlantedPhase {
    enum Kind: String, CaseIterable {
        case number, dropped, untranslated, merged

        /// The families whose findings count as finding the plant.
        var families: Set<RuleFamily> { self == .merged ? [.sentences, .accuracy] : [.accuracy] }
    }

    struct Pair {
        let id: String
        let language: LanguageTag
        let sourceLanguage: LanguageTag
        let source: [String]
        let target: [String]
    }

    struct Plant {
        let kind: Kind
        let target: [String]
        /// Where the defect is in the joined target (UTF-16), and how far a finding may be.
        let range: TextRange
        let tolerance: Int
    }

    struct Result {
        var planted: [Kind: Int] = [:]
        var found: [Kind: Int] = [:]
        /// Plants missed at their place while the document has a finding of the kind's family
        /// elsewhere (the defect seen, its place not).
        var elsewhere: [Kind: Int] = [:]
        var cleanCharacters = 0
        var cleanFindings: [String: Int] = [:]
        var monolingualSeconds = 0.0
        var bilingualSeconds = 0.0
        var misses: [String] = []
        var falseAlarms: [String] = []
    }

    static func pairs(in paths: [String]) -> [Pair] {
        var pairs: [Pair] = []
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            for line in data.split(separator: 0x0A) {
                guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                      let text = object["text"] as? String, let source = object["source"] as? String,
                      let language = (object["lang"] as? String).flatMap(LanguageTag.init),
                      let sourceLanguage = (object["source_lang"] as? String).flatMap(LanguageTag.init) else { continue }
                let targetLines = text.components(separatedBy: "\n")
                let sourceLines = source.components(separatedBy: "\n")
                guard targetLines.count == sourceLines.count else { continue }
                pairs.append(Pair(id: object["id"] as? String ?? "?", language: language, sourceLanguage: sourceLanguage, source: sourceLines, target: targetLines))
            }
        }
        return pairs
    }

    static func run(paths: [String], book: RuleBook, examples: Int) -> Result {
        let pairs = pairs(in: paths)
        var result = Result()
        let checker = try! Checker(book: book)
        checker.profiling = ProcessInfo.processInfo.environment["TRANSLINT_PROFILE"] != nil
        defer {
            if checker.profiling {
                for (name, seconds) in checker.timings.sorted(by: { $0.value > $1.value }).prefix(15) { Swift.print(String(format: "  %8.1f ms  %@", seconds * 1000, name)) }
            }
        }
        let monolingual = try! Checker(book: book.without(BuiltinRules.sourceAware))
        CharacterClass.warmUp()
        for (index, pair) in pairs.enumerated() {
            // The reference as it is: every accuracy finding counts against the rules.
            let clean = document(pair.target, pair)
            var clock = ContinuousClock.now
            let cleanResult = checker.check(clean)
            result.bilingualSeconds += clock.duration(to: .now).seconds
            clock = ContinuousClock.now
            _ = monolingual.check(document(pair.target, pair, withSource: false))
            result.monolingualSeconds += clock.duration(to: .now).seconds
            result.cleanCharacters += clean.original.count
            for finding in cleanResult.findings where BuiltinRules.sourceAware.contains(finding.rule) {
                result.cleanFindings[finding.rule.description, default: 0] += 1
                if result.falseAlarms.count < examples {
                    result.falseAlarms.append("\(pair.id) [\(finding.rule)] \(context(clean, finding.range)) — \(finding.message)")
                }
            }
            // One plant per document, the kinds in turn.
            for attempt in 0..<Kind.allCases.count {
                let kind = Kind.allCases[(index + attempt) % Kind.allCases.count]
                guard let plant = plant(kind, in: pair, seed: index) else { continue }
                result.planted[kind, default: 0] += 1
                let planted = document(plant.target, pair)
                let findings = checker.check(planted).findings
                let hit = findings.contains { finding in
                    kind.families.contains(finding.rule.family) && (finding.range.overlaps(plant.range) || finding.range.distance(to: plant.range) <= plant.tolerance)
                }
                if hit {
                    result.found[kind, default: 0] += 1
                } else if findings.contains(where: { kind.families.contains($0.rule.family) && BuiltinRules.sourceAware.contains($0.rule) }) {
                    result.elsewhere[kind, default: 0] += 1
                }
                if !hit, let path = ProcessInfo.processInfo.environment["TRANSLINT_DUMP_MISSES"] { dump(plant, of: pair, to: path) }
                if !hit, result.misses.count < examples {
                    result.misses.append("\(pair.id) [\(kind.rawValue)] \(context(planted, plant.range))")
                    for finding in findings where kind.families.contains(finding.rule.family) {
                        result.misses.append("    instead [\(finding.rule)] \(context(planted, finding.range))")
                    }
                }
                break
            }
        }
        return result
    }

    /// Appends a missed plant's document to `path` as a JSONL record, to look at with
    /// `translint check --show-alignment` (TRANSLINT_DUMP_MISSES=path).
    static func dump(_ plant: Plant, of pair: Pair, to path: String) {
        let record: [String: Any] = ["id": pair.id + "-" + plant.kind.rawValue, "lang": pair.language.description, "source_lang": pair.sourceLanguage.description,
                                     "text": plant.target.joined(separator: "\n"), "source": pair.source.joined(separator: "\n")]
        guard var line = try? JSONSerialization.data(withJSONObject: record) else { return }
        line.append(0x0A)
        if let handle = FileHandle(forWritingAtPath: path) {
            handle.seekToEndOfFile()
            handle.write(line)
            handle.closeFile()
        } else {
            FileManager.default.createFile(atPath: path, contents: line)
        }
    }

    static func document(_ lines: [String], _ pair: Pair, withSource: Bool = true) -> Document {
        var document = Document(name: pair.id, string: lines.joined(separator: "\n"), language: pair.language)
        if withSource {
            document.source = PairedSource(document: Document(name: "source", string: pair.source.joined(separator: "\n"), language: pair.sourceLanguage), path: nil)
        }
        return document
    }

    /// The offset of line `line` in the joined lines.
    static func offset(ofLine line: Int, _ lines: [String]) -> Int {
        lines.prefix(line).reduce(0) { $0 + $1.utf16.count + 1 }
    }

    static func words(_ line: String) -> Int { line.split(whereSeparator: { $0 == " " }).count }

    /// Whether a line is long enough to plant in: five words, or twelve characters of a
    /// language written without spaces.
    static func isSubstantial(_ line: String) -> Bool { words(line) >= 5 || (line.count >= 15 && !line.contains(" ")) }

    // Long: one case per kind of plant, each a few lines of choosing a line and changing it.
    static func plant(_ kind: Kind, in pair: Pair, seed: Int) -> Plant? {
        var target = pair.target
        let count = target.count
        guard count >= 2 else { return nil }
        let lines = (0..<count).map { ($0 + seed * 7) % count }
        switch kind {
        case .number:
            for line in lines {
                let digits = target[line].matches(of: /[0-9]{2,}/)
                guard let match = digits.first(where: { match in pair.source[line].contains(String(match.output)) }) else { continue }
                var changed = Array(String(match.output))
                changed[0] = changed[0] == "9" ? "1" : Character(String(changed[0].wholeNumberValue! + 1))
                let before = String(target[line][..<match.range.lowerBound])
                target[line] = before + String(changed) + target[line][match.range.upperBound...]
                let start = offset(ofLine: line, target) + before.utf16.count
                return Plant(kind: kind, target: target, range: TextRange(start: start, end: start + changed.count), tolerance: 0)
            }
        case .dropped:
            for line in lines where line > 0 && isSubstantial(pair.source[line]) && isSubstantial(target[line]) {
                target.remove(at: line)
                let end = offset(ofLine: line - 1, target) + target[line - 1].utf16.count
                return Plant(kind: kind, target: target, range: TextRange(start: max(0, end - 1), end: end), tolerance: 2)
            }
        case .untranslated:
            for line in lines where isSubstantial(pair.source[line]) && pair.source[line] != target[line] {
                target[line] = pair.source[line]
                let start = offset(ofLine: line, target)
                return Plant(kind: kind, target: target, range: TextRange(start: start, end: start + target[line].utf16.count), tolerance: 0)
            }
        case .merged:
            for line in lines where line + 1 < count && isSubstantial(target[line]) && isSubstantial(target[line + 1]) {
                guard let last = target[line].last, ".!?。！？".contains(last), target[line + 1].first?.isLetter == true else { continue }
                let joined = String(target[line].dropLast())
                let spaced = !target[line].contains(" ") ? "" : " "
                target[line] = joined + spaced + target[line + 1]
                target.remove(at: line + 1)
                let join = offset(ofLine: line, target) + joined.utf16.count
                return Plant(kind: kind, target: target, range: TextRange(start: join, end: join + spaced.utf16.count), tolerance: 24)
            }
        }
        return nil
    }

    static func context(_ document: Document, _ range: TextRange) -> String {
        let text = document.original
        let start = max(0, range.start - 50)
        let end = min(text.count, range.end + 50)
        func show(_ a: Int, _ b: Int) -> String { String(utf16Units: text[a..<b]).replacingOccurrences(of: "\n", with: "⏎") }
        return show(start, range.start) + "⟦" + show(range.start, range.end) + "⟧" + show(range.end, end)
    }

    static func print(_ result: Result, label: String) {
        var total = 0
        var found = 0
        for kind in Kind.allCases {
            let planted = result.planted[kind] ?? 0
            let hits = result.found[kind] ?? 0
            total += planted
            found += hits
            Swift.print(String(format: "%@  %-13@ %5d planted %5d found  recall %.3f  (%d more with a finding elsewhere in the document)", label, kind.rawValue, planted, hits,
                               planted > 0 ? Double(hits) / Double(planted) : 0, result.elsewhere[kind] ?? 0))
        }
        Swift.print(String(format: "%@  %-13@ %5d planted %5d found  recall %.3f", label, "all", total, found, total > 0 ? Double(found) / Double(total) : 0))
        let cleanTotal = result.cleanFindings.values.reduce(0, +)
        Swift.print(String(format: "%@  references: %d characters, %d source-aware findings, %.2f per 10,000 characters (%@)", label, result.cleanCharacters, cleanTotal,
                           Double(cleanTotal) * 10_000 / Double(max(1, result.cleanCharacters)),
                           result.cleanFindings.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")))
        Swift.print(String(format: "%@  throughput: bilingual check %.0f ms, monolingual %.0f ms, ratio %.2f", label, result.bilingualSeconds * 1000,
                           result.monolingualSeconds * 1000, result.monolingualSeconds / max(result.bilingualSeconds, 1e-9)))
        for miss in result.misses { Swift.print("  missed  \(miss)") }
        for alarm in result.falseAlarms { Swift.print("  finding \(alarm)") }
    }
}
