import Formats
import RuleEngine
import TestSupport
import TextCore
import Testing

/// Rule files are decoded strictly and their errors point at the author's YAML.
@Suite struct RuleSetLoaderTests {
    func load(_ files: [String: String], names: [String] = ["main"]) throws -> RuleBook {
        let folder = try TemporaryFolder()
        for (name, text) in files { try folder.write(name, text) }
        return try RuleSetLoader(roots: [folder.root]).load(names)
    }

    func loadError(_ text: String) -> RuleSetError? {
        do {
            _ = try load(["main.yml": text])
            return nil
        } catch let error as RuleSetError {
            return error
        } catch {
            return nil
        }
    }

    static let pattern = """
    version: 1
    language: en
    rules:
      - id: style.test-rule
        kind: pattern
        summary: A test rule.
        pattern: 'colour'
        message: 'Write “color”.'
        examples:
          triggering: ['The ⟦colour⟧ faded.']
          non-triggering: ['The color faded.']
    """

    @Test func unknownKeysAreErrorsWithTheirPosition() throws {
        let error = try #require(loadError(Self.pattern.replacingOccurrences(of: "    message:", with: "    mesage:")))
        #expect(error.line == 8)
        #expect(error.column == 5)
        #expect(error.ruleID == "style.test-rule")
        #expect(error.key == "mesage")
        #expect(error.description.contains("main.yml:8:5: error: rule style.test-rule: key 'mesage': unknown key in a pattern rule"))
        #expect(error.description.contains("    mesage: 'Write “color”.'"))
    }

    @Test func badRegularExpressionsNameThePosition() throws {
        let error = try #require(loadError(Self.pattern.replacingOccurrences(of: "'colour'", with: "'colo(u'")))
        #expect(error.key == "pattern")
        #expect(error.line == 7)
        #expect(error.message.contains("invalid regular expression: U_REGEX_MISMATCHED_PAREN"))
    }

    @Test func otherMistakes() {
        #expect(loadError("rules: []")?.message.contains("is required (version: 1)") == true)
        #expect(loadError("version: 2")?.message.contains("not supported") == true)
        #expect(loadError(Self.pattern.replacingOccurrences(of: "style.test-rule", with: "Stile_x.test"))?.message.contains("invalid family 'Stile_x'") == true)
        // Families are an open set: a house family loads.
        #expect(loadError(Self.pattern.replacingOccurrences(of: "style.test-rule", with: "house.test-rule")) == nil)
        #expect(loadError(Self.pattern.replacingOccurrences(of: "kind: pattern", with: "kind: patern"))?.message.contains("'patern' is not a rule kind") == true)
        #expect(loadError(Self.pattern.replacingOccurrences(of: "'Write “color”.'", with: "'Write {2}.'"))?.message.contains("placeholder {2}") == true)
        #expect(loadError("version: 1\nenable:\n  quotes.nope: off\n")?.message.contains("no rule has this id") == true)
        #expect(loadError("version: 1\nenable:\n  duplication.passage: {with: {min-wrds: 3}}\n")?.message.contains("has no parameter 'min-wrds'") == true)
        #expect(loadError("version: 1\nrules:\n  - kind: word-list\n    list: abbreviations\n    words: [Dr.]\n")?.message.contains("needs a language") == true)
        #expect(loadError("version: 1\nrules: [\n")?.message.contains("invalid YAML") == true)
        #expect(loadError(Self.pattern + "\n  - id: style.test-rule\n    kind: occurrence\n    summary: x\n    pattern: 'a'\n    max: 1\n")?.message.contains("already used") == true)
    }

    /// Numbers YAML can write but no setting can hold (`inf`, `nan`, `1e300`, a time limit of 0
    /// that would switch ICU's guard off) are load errors at their key, never a trap.
    @Test func numbersOutOfRangeAreErrorsNotTraps() {
        for version in ["inf", "nan", "1e300", "-1e300", "1.5"] {
            #expect(loadError("version: \(version)\n")?.key == "version", "version: \(version)")
        }
        for limit in ["0", "-5", "2147483648", "1e300", "inf", "nan", "2.5"] {
            let text = Self.pattern.replacingOccurrences(of: "    message:", with: "    time-limit: \(limit)\n    message:")
            #expect(loadError(text)?.key == "time-limit", "time-limit: \(limit)")
        }
        for value in ["1e300", "inf", "nan", "-1e300"] {
            let error = loadError("version: 1\nenable:\n  duplication.passage: {with: {min-words: \(value)}}\n")
            #expect(error != nil, "min-words: \(value)")
            let weight = loadError("version: 1\nenable:\n  duplication.word: {weight: \(value)}\n")
            #expect(weight?.key == "weight", "weight: \(value)")
            let occurrence = "version: 1\nlanguage: en\nrules:\n  - id: style.x\n    kind: occurrence\n    summary: x\n    pattern: 'a'\n    max: \(value)\n"
            #expect(loadError(occurrence)?.key == "max", "max: \(value)")
        }
    }

    /// A list or a mapping as a mapping key, or nesting past 64 levels, is refused before the
    /// YAML library composes it (its duplicate-key check takes exponential time on them), with
    /// the place; configurations are held to the same.
    @Test func collectionKeysAndDeepNestingAreRefusedWithTheirPlace() {
        let complex = loadError("version: 1\nenable:\n  ? [a, b]\n  : x\n")
        #expect(complex?.line == 3 && complex?.message.contains("mapping key") == true, "\(String(describing: complex))")
        #expect(loadError("version: 1\n{[a]: 1}: 2\n")?.line == 2)
        let deep = loadError("version: 1\nx: " + String(repeating: "[", count: 70) + String(repeating: "]", count: 70) + "\n")
        #expect(deep?.message.contains("nested more than 64") == true)
        #expect(throws: RuleSetError.self) { try ProjectConfiguration(path: ".translint.yml", text: "? - a\n  - b\n: c\n") }
        #expect(YAMLShapeGuard.problem(in: "rules: [default]\nlimits: {findings-per-rule: 10}\n") == nil)
    }

    @Test func extendsComposesAndDetectsCycles() throws {
        let book = try load([
            "main.yml": "version: 1\nextends: [base]\nthresholds: {min-score: 90}\nenable:\n  quotes.style: off\n  duplication.word: {severity: major, weight: 2}\n",
            "base.yml": "version: 1\nthresholds: {min-score: 80, fail-on: major}\n",
        ])
        #expect(book.thresholds == GateThresholds(minScore: 90, failOn: .major))
        #expect(book.rule(RuleID(.quotes, "style"))?.isEnabled == false)
        #expect(book.rule(RuleID(.duplication, "word"))?.description.severity == .major)
        #expect(book.rule(RuleID(.duplication, "word"))?.description.weight == 2)
        #expect(throws: RuleSetError.self) {
            try load(["main.yml": "version: 1\nextends: [other]\n", "other.yml": "version: 1\nextends: [main]\n"])
        }
        #expect(throws: RuleSetError.self) { try load(["main.yml": "version: 1\nextends: [missing]\n"]) }
    }

    @Test func aRunawayPatternIsStoppedAndReported() throws {
        let runaway = Self.pattern.replacingOccurrences(of: "'colour'", with: "'(a+)+$'")
            .replacingOccurrences(of: "The ⟦colour⟧ faded.", with: "⟦aaaa⟧")
            .replacingOccurrences(of: "The color faded.", with: String(repeating: "a", count: 40) + "b")
        let book = try load(["main.yml": runaway])
        let verifier = ExampleVerifier(book: book)
        let failures = ExampleCase.all(in: book, includeBuiltins: false).compactMap { verifier.failure(of: $0) }
        #expect(failures.contains { $0.contains("timed out") }, "\(failures)")
    }

    @Test func declaredRulesRun() throws {
        let book = try load(["main.yml": """
        version: 1
        language: en
        rules:
          - id: terminology.test-swap
            kind: substitution
            summary: House terms.
            swap:
              e-mail: email
              take a decision: make a decision
            examples:
              triggering: ['⟦Take a decision⟧ now.']
              non-triggering: ['Make a decision now.']
          - id: style.test-limit
            kind: occurrence
            summary: At most one "very" per 1,000 words.
            pattern: '\\bvery\\b'
            max: 1
            per: 1000-words
            examples:
              triggering: ['It is very good and very ⟦very⟧ fast.']
              non-triggering: ['It is very good.']
        """])
        let checker = try Checker(book: book.restricting(to: ["terminology.test-swap", "style.test-limit"]))
        let result = checker.check(Document(name: "t", string: "TAKE A DECISION about the E-mail. Take a\ndecision.", language: LanguageTag("en")!))
        let swaps = result.findings.filter { $0.rule.description == "terminology.test-swap" }
        #expect(swaps.map(\.suggestions) == [["MAKE A DECISION"], ["Email"], ["Make a decision"]])
    }
}

extension RuleBook {
    func restricting(to ids: Set<String>) -> RuleBook {
        var copy = self
        for rule in rules { copy.setEnabled(ids.contains(rule.id.description), for: rule.id) }
        return copy
    }
}

private extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        components(separatedBy: target).joined(separator: replacement)
    }
}

import Foundation
