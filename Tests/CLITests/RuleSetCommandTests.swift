import Foundation
import TestSupport
import Testing

/// Rule sets, configuration, baselines and CI gating, through the binary.
@Suite(.serialized) struct RuleSetCommandTests {
    @Test func rulesTestPassesOverEveryShippedRuleSet() throws {
        let result = try TranslintProcess.run(["rules", "test", "--rules", "default", "--rules", "news", "--no-config"])
        #expect(result.status == 0, "\(result.standardOutput.suffix(3000))")
        #expect(result.standardOutput.contains(" examples, 0 failures"))
    }

    @Test func rulesTestFailsOnAWrongExampleAndAMissingExample() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("house.yml", """
        version: 1
        language: en
        rules:
          - id: style.house-colour
            kind: pattern
            summary: House spelling.
            pattern: 'colour'
            message: 'Write “color”.'
            examples:
              triggering: ['The ⟦colour faded⟧.']
              non-triggering: ['The color faded.']
          - id: style.house-grey
            kind: pattern
            summary: House spelling.
            pattern: 'grey'
            message: 'Write “gray”.'
        """)
        let result = try TranslintProcess.run(["rules", "test", file])
        #expect(result.status == 1)
        #expect(result.standardOutput.contains("FAIL style.house-colour triggering"))
        #expect(result.standardOutput.contains("style.house-grey (\(file):12): no triggering example"))
    }

    @Test func aBrokenRuleFileIsExitTwoWithItsPosition() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("bad.yml", "version: 1\nrules:\n  - id: style.x\n    kind: pattern\n    summary: x\n    pattern: '(a'\n    message: m\n")
        let result = try TranslintProcess.run(["check", "--rules", file, "--no-config", "README.md"])
        #expect(result.status == 2)
        #expect(result.standardError.contains("bad.yml:6:14: error: rule style.x: key 'pattern': invalid regular expression"))
        #expect(result.standardError.contains("    pattern: '(a'"))
    }

    @Test func rulesListAndShow() throws {
        let list = try TranslintProcess.run(["rules", "list", "--no-config"])
        #expect(list.status == 0)
        #expect(list.standardOutput.contains("quotes.glued-closing"))
        #expect(list.standardOutput.contains("terminology.fr-calques"))
        let show = try TranslintProcess.run(["rules", "show", "quotes.misplaced-closing", "--no-config"])
        #expect(show.status == 0)
        #expect(show.standardOutput.hasPrefix("# quotes.misplaced-closing"))
        #expect(show.standardOutput.contains("## Examples"))
        #expect(try TranslintProcess.run(["rules", "show", "quotes.nope", "--no-config"]).status == 2)
    }

    @Test func configurationFileIsFoundAndApplied() throws {
        let folder = try TemporaryFolder()
        try folder.write("desk/story.txt", "The the committee met. It approved the plan.")
        try folder.write(".translint.yml", """
        enable:
          duplication.word: off
        thresholds: {min-score: 99}
        languages:
          "desk/**": en
        format: json
        """)
        let result = try TranslintProcess.run(["check", "desk"], workingDirectory: folder.path("desk/.."))
        #expect(result.status == 0, "\(result.standardError)")
        let report = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as! [String: Any]
        let document = (report["documents"] as! [[String: Any]])[0]
        #expect(document["language"] as? String == "en")
        #expect(document["language_source"] as? String == "config")
        #expect((document["findings"] as! [Any]).isEmpty)
        // Flags override the file.
        let strict = try TranslintProcess.run(["check", "--format", "text", "--min-score", "100", "desk/story.txt"], workingDirectory: folder.root)
        #expect(strict.status == 0)
    }

    @Test func aBrokenConfigurationIsExitTwo() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.en.txt", "Text.")
        let result = try folder.check(configuration: "thresholds: {min-scor: 90}\n", ["a.en.txt"])
        #expect(result.status == 2)
        #expect(result.standardError.contains(".translint.yml:1:14: error: key 'min-scor': unknown key in thresholds"))
    }

    /// Worker counts that would exhaust memory (or trap converting `1e300`) are refused, from
    /// the configuration file and from the command line alike.
    @Test func absurdWorkerCountsAreRefused() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.en.txt", "Text.")
        for jobs in ["1e300", "200000", "0", "inf"] {
            let result = try folder.check(configuration: "jobs: \(jobs)\n", ["a.en.txt"])
            #expect(result.status == 2, "jobs: \(jobs)")
            #expect(result.standardError.contains("key 'jobs'"), "\(result.standardError)")
        }
        let flag = try TranslintProcess.run(["check", "--no-config", "--jobs", "200000", "a.en.txt"], workingDirectory: folder.root)
        #expect(flag.status == 2)
        #expect(flag.standardError.contains("--jobs must be from 1 to 256"))
    }

    @Test func baselineGatesOnlyNewDefects() throws {
        let folder = try TemporaryFolder()
        let article = try folder.write("story.en.txt", "Intro.\n\nThe the committee met on Monday.\n\nIt approved the plan.")
        let baseline = folder.path("baseline.json")
        let strict = ["--fail-on", "minor", "--no-config"]
        #expect(try TranslintProcess.run(["check"] + strict + [article]).status == 1)
        #expect(try TranslintProcess.run(["check"] + strict + ["--write-baseline", baseline, article]).status == 1)
        // Edited elsewhere: the recorded finding is still recognised.
        try folder.write("story.en.txt", "A new introduction, longer than before.\n\nThe the committee met on Monday.\n\nIt approved the plan.")
        let accepted = try TranslintProcess.run(["check"] + strict + ["--baseline", baseline, "--format", "json", article])
        #expect(accepted.status == 0, "\(accepted.standardOutput)")
        #expect(accepted.standardOutput.contains("\"suppressed_by_baseline\":1"))
        // A new defect still fails.
        try folder.write("story.en.txt", "A new introduction.\n\nThe the committee met on Monday.\n\nIt approved the the plan.")
        #expect(try TranslintProcess.run(["check"] + strict + ["--baseline", baseline, article]).status == 1)
    }

    /// The README's CI job, on a defective and a clean article from Corpora/.
    @Test func readmeCIJobFailsADefectiveArticleAndPassesACleanOne() throws {
        let defective = try TranslintProcess.run(["check", "--rules", "news", "--format", "github", "Corpora/en/articles/factory-orders.en.txt"])
        #expect(defective.status == 1)
        #expect(defective.standardOutput.contains("::warning file=Corpora/en/articles/factory-orders.en.txt"))
        let clean = try TranslintProcess.run(["check", "--rules", "news", "--format", "github", "Corpora/en/clean/developers-reference-1.en.txt"])
        #expect(clean.status == 0, "\(clean.standardOutput)")
    }

    @Test func installPlacesTheBinaryAndRules() throws {
        let folder = try TemporaryFolder()
        let result = try TranslintProcess.run(["install", "--prefix", folder.root])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(FileManager.default.isExecutableFile(atPath: folder.path("bin/translint")))
        #expect(FileManager.default.fileExists(atPath: folder.path("share/translint/Rules/default.yml")))
        // Completions where bash, zsh and fish look under a prefix, naming the commands.
        for (path, marker) in [("share/bash-completion/completions/translint", "complete -"), ("share/zsh/site-functions/_translint", "#compdef translint"),
                               ("share/fish/vendor_completions.d/translint.fish", "complete -c 'translint'")] {
            let script = (try? String(contentsOfFile: folder.path(path), encoding: .utf8)) ?? ""
            #expect(script.contains(marker) && script.contains("fix"), "\(path)")
        }
        // The installed binary finds its rules from anywhere, with an empty environment.
        let elsewhere = try TemporaryFolder()
        try elsewhere.write("a.fr.txt", "Il a dit\u{A0}: «\u{A0}non\u{A0}».")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: folder.path("bin/translint"))
        process.arguments = ["rules", "list"]
        process.environment = [:]
        process.currentDirectoryURL = URL(fileURLWithPath: elsewhere.root)
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(text.contains("terminology.fr-calques"))
    }

    /// The installed translint installing itself onto its own prefix keeps a working binary and
    /// its rules (it used to delete the binary before copying it).
    @Test func installingOntoItsOwnPrefixKeepsTheBinary() throws {
        let folder = try TemporaryFolder()
        #expect(try TranslintProcess.run(["install", "--prefix", folder.root]).status == 0)
        let installed = folder.path("bin/translint")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: installed)
        process.arguments = ["install", "--prefix", folder.root]
        process.standardOutput = Pipe()
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(FileManager.default.isExecutableFile(atPath: installed))
        #expect(FileManager.default.fileExists(atPath: folder.path("share/translint/Rules/default.yml")))
        let size = (try FileManager.default.attributesOfItem(atPath: installed)[.size] as? Int) ?? 0
        #expect(size > 1_000_000)
    }
}
