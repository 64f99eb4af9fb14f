import Foundation
import TestSupport
import Testing

/// A configuration means the same wherever translint is run from and however the inputs are
/// typed: its paths and patterns are relative to its own folder.
@Suite(.serialized) struct ConfigurationPathTests {
    /// A project with a language pattern, a house rule set named by path, a baseline and
    /// include/exclude patterns, all relative to the configuration's folder.
    private func project() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write(".translint.yml", """
        rules: [default, house/rules.yml]
        languages:
          "desk/ch-fr/**": fr
        include: ["*.txt"]
        exclude: ["desk/drafts/**"]
        baseline: baseline/accepted.json
        format: jsonl
        """)
        try folder.write("house/rules.yml", """
        version: 1
        rules:
          - id: house.banned-word
            kind: pattern
            summary: A word the house style bans.
            pattern: 'formidable'
            message: 'Avoid “formidable”.'
            severity: minor
            examples:
              triggering: ['Un résultat ⟦formidable⟧.']
              non-triggering: ['Un résultat remarquable.']
        """)
        try folder.write("desk/ch-fr/story.txt", "Le conseil a publié un bilan formidable lundi.\n")
        try folder.write("desk/drafts/draft.txt", "Brouillon formidable.\n")
        return folder
    }

    private func documents(_ result: TranslintProcess.Result) throws -> [[String: Any]] {
        try result.standardOutput.split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }.filter { $0["type"] as? String != "summary" }
    }

    @Test func everySpellingOfAnInputMeansTheSame() throws {
        let folder = try project()
        let runs: [(arguments: [String], directory: String)] = [
            (["desk"], folder.root), (["./desk"], folder.root), ([folder.path("desk")], folder.root),
            (["."], folder.path("desk")), (["ch-fr/story.txt"], folder.path("desk")), (["../desk/./ch-fr"], folder.path("house")),
        ]
        for run in runs {
            let result = try TranslintProcess.run(["check", "--fail-on", "never", "--min-score", "0"] + run.arguments, workingDirectory: run.directory)
            #expect(result.status == 0, "\(run): \(result.standardError)")
            let checked = try documents(result)
            #expect(checked.count == 1, "\(run): the draft is excluded, the story checked once: \(checked.map { $0["path"] ?? "?" })")
            guard let story = checked.first else { continue }
            #expect(story["language"] as? String == "fr" && story["language_source"] as? String == "config", "\(run): \(story["language"] ?? "?")")
            let rules = (story["findings"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String }
            #expect(rules.contains("house.banned-word"), "\(run): the house rule set is found next to the configuration: \(rules)")
        }
    }

    @Test func theBaselineIsKeyedByTheProjectPath() throws {
        let folder = try project()
        // The configured baseline does not exist yet: nothing is baselined, no error.
        // One minor finding in a short text passes the default gate (it scores 98): 99 fails it.
        let first = try TranslintProcess.run(["check", "--min-score", "99", "desk"], workingDirectory: folder.root)
        #expect(first.status == 1, "\(first.standardError)")
        try FileManager.default.createDirectory(atPath: folder.path("baseline"), withIntermediateDirectories: true)
        let record = try TranslintProcess.run(["check", "--min-score", "99", "--write-baseline", folder.path("baseline/accepted.json"), "./desk"],
                                              workingDirectory: folder.root)
        #expect(record.status == 1)
        let written = try String(contentsOfFile: folder.path("baseline/accepted.json"), encoding: .utf8)
        #expect(written.contains("\"desk/ch-fr/story.txt\""), "\(written)")
        // From a subfolder, by another spelling, the recorded findings are recognised.
        let later = try TranslintProcess.run(["check", "ch-fr/story.txt"], workingDirectory: folder.path("desk"))
        #expect(later.status == 0, "\(later.standardOutput)")
    }

    @Test func aRuleSetTheConfigurationCannotFindIsAnErrorAtItsLine() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.en.txt", "Text.")
        let result = try folder.check(configuration: "format: text\nrules: [defualt]\n", ["a.en.txt"])
        #expect(result.status == 2)
        #expect(result.standardError.contains(".translint.yml:2:9: error: key 'rules': rule set 'defualt' not found"), "\(result.standardError)")
        #expect(result.standardError.contains("did you mean 'default'?"), "\(result.standardError)")
        #expect(result.standardError.contains("rules: [defualt]"))
        // A path is relative to the configuration, never to the working directory.
        try folder.write("sub/.keep", "")
        let nested = try TranslintProcess.run(["check", "../a.en.txt"], workingDirectory: folder.path("sub"))
        #expect(nested.status == 2 && nested.standardError.contains("rule set 'defualt' not found"))
    }

    @Test func aDeclaredRuleWithoutExamplesDoesNotLoadForCheck() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.en.txt", "The colour faded.")
        try folder.write("house.yml", """
        version: 1
        rules:
          - id: house.colour
            kind: pattern
            summary: House spelling.
            pattern: 'colour'
            message: 'Write “color”.'
        """)
        let result = try folder.check(configuration: "rules: [default, house.yml]\n", ["a.en.txt"])
        #expect(result.status == 2)
        #expect(result.standardError.contains("house.yml:3:1: error: rule house.colour: key 'examples': the rule has no triggering and non-triggering example"), "\(result.standardError)")
    }

    @Test func anUnknownRuleIdSuggestsTheNearestOne() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.en.txt", "Text.")
        let result = try folder.check(configuration: "enable:\n  quotes.glued-closin: off\n", ["a.en.txt"])
        #expect(result.status == 2)
        #expect(result.standardError.contains("did you mean 'quotes.glued-closing'?"), "\(result.standardError)")
        let show = try TranslintProcess.run(["rules", "show", "quotes.glued-closng", "--no-config"])
        #expect(show.status == 2 && show.standardError.contains("did you mean quotes.glued-closing?"), "\(show.standardError)")
        let format = try TranslintProcess.run(["check", "--no-config", "--format", "sarf", "README.md"])
        #expect(format.status == 2 && format.standardError.contains("did you mean 'sarif'?"), "\(format.standardError)")
        let option = try TranslintProcess.run(["check", "--no-config", "--formt", "sarif", "README.md"])
        #expect(option.status != 0 && option.standardError.contains("Did you mean '--format'?"), "\(option.standardError)")
    }

    @Test func rulesListShowsRulesThatAreOff() throws {
        let folder = try TemporaryFolder()
        try folder.write(".translint.yml", "enable:\n  duplication.word: off\n")
        let list = try TranslintProcess.run(["rules", "list"], workingDirectory: folder.root)
        #expect(list.status == 0)
        let line = list.standardOutput.split(separator: "\n").first { $0.hasPrefix("duplication.word ") }
        #expect(line?.contains(" off ") == true, "\(line ?? "missing")")
        let on = try TranslintProcess.run(["rules", "list", "--on"], workingDirectory: folder.root)
        #expect(!on.standardOutput.contains("duplication.word "))
    }
}
