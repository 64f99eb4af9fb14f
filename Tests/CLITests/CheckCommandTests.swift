import Foundation
import TestSupport
import Testing

/// The command line as users and CI jobs see it: formats, exit statuses, bad input.
@Suite(.serialized) struct CheckCommandTests {
    func json(_ text: String) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
    }

    @Test func versionNamesICUUnicodeAndCLDR() throws {
        let result = try TranslintProcess.run(["--version"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("translint "))
        #expect(result.standardOutput.contains("ICU 7"))
        #expect(result.standardOutput.contains("Unicode "))
        #expect(result.standardOutput.contains("CLDR "))
    }

    /// A user pattern that backtracks catastrophically is stopped by ICU's time limit: the
    /// document reports the rule failure, does not pass, and the run still ends.
    @Test func aCatastrophicPatternIsStoppedAndReported() throws {
        let folder = try TemporaryFolder()
        let rules = try folder.write("slow.yml", """
        version: 1
        extends: [default]
        rules:
          - id: style.slow
            kind: pattern
            summary: A pattern that backtracks catastrophically.
            pattern: '(a+)+$'
            time-limit: 1
            message: 'Slow.'
            examples:
              triggering: ['⟦aaa⟧']
              non-triggering: ['bbb']
        """)
        let text = try folder.write("doc.en.txt", "The budget passed on Monday. " + String(repeating: "a", count: 40) + "b\n")
        let result = try TranslintProcess.run(["check", "--format", "json", "--no-config", "--rules", rules, "--rules-path", Repository.rulesDirectory, text])
        #expect(result.status == 2, "a rule that could not finish is a rule-set error")
        let report = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as! [String: Any]
        let document = (report["documents"] as! [[String: Any]])[0]
        let failures = try #require(document["rule_failures"] as? [String])
        #expect(failures.count == 1 && failures[0].hasPrefix("rule style.slow (") && failures[0].contains("timed out"), "\(failures)")
        #expect(document["passed"] as? Bool == false)
        #expect((document["gate_reasons"] as? [String])?.contains { $0.hasPrefix("rule failure: rule style.slow") } == true)
    }

    @Test func mixedFolderWithABrokenFile() throws {
        let folder = try TemporaryFolder()
        try folder.write("en/budget.txt", "The minister said “We will not resign.”The opposition left.\n\nA second paragraph.")
        try folder.write("fr/budget.txt", "Le ministre a annoncé «\u{A0}une réforme\u{A0}» hier.")
        try folder.write("de/budget.txt", "Der Minister sagte: „Wir bleiben.“ Dann ging er.")
        try folder.write("ja/budget.txt", "首相は「増税はしない」と述べた。")
        try folder.write("zh/budget.txt", "政府宣布了新的预算。")
        try folder.write("en/broken.txt", bytes: Array("Line one\nline two \u{00}".utf8.dropLast()) + [0xC3, 0x28, 0x0A])
        try folder.write("en/empty.txt", "")
        try folder.write("en/image.txt", bytes: [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00])
        let result = try TranslintProcess.run(["check", "--format", "json", "--no-config", folder.root])
        #expect(result.status == 2)
        let report = try json(result.standardOutput)
        let tool = report["tool"] as! [String: Any]
        #expect((tool["icu"] as! String).hasPrefix("7"))
        #expect(tool["unicode"] != nil && tool["cldr"] != nil)
        let documents = report["documents"] as! [[String: Any]]
        #expect(documents.count == 8)
        let byName = Dictionary(uniqueKeysWithValues: documents.map { (($0["path"] as! String).replacingOccurrences(of: folder.root + "/", with: ""), $0) })
        #expect((byName["en/broken.txt"]!["error"] as! String).contains("invalid UTF-8 at line 2"))
        #expect((byName["en/empty.txt"]!["error"] as! String).contains("empty"))
        #expect((byName["en/image.txt"]!["error"] as! String).contains("binary"))
        let english = byName["en/budget.txt"]!
        #expect(english["language"] as? String == "en")
        #expect(english["language_source"] as? String == "folder")
        let findings = english["findings"] as! [[String: Any]]
        let glued = findings.first { $0["rule"] as? String == "quotes.glued-closing" }!
        #expect(glued["offset"] as? Int == 38)
        #expect(glued["length"] as? Int == 2)
        #expect(glued["line"] as? Int == 1)
        #expect(glued["column"] as? Int == 39)
        for language in ["fr", "de", "ja", "zh"] {
            let document = byName["\(language)/budget.txt"]!
            #expect(document["language"] as? String == language)
            #expect(document["error"] is NSNull)
            #expect(document["score"] as? Double == 100, "\(language): \(document["findings"]!)")
        }
        let summary = report["summary"] as! [String: Any]
        #expect(summary["documents"] as? Int == 8)
        #expect(summary["errors"] as? Int == 3)
    }

    @Test func exitStatusFollowsTheGate() throws {
        let folder = try TemporaryFolder()
        let clean = try folder.write("clean.en.txt", "The committee approved the budget on Monday. It takes effect in May.")
        let defective = try folder.write("bad.en.txt", "The the committee approved the the budget. It takes effect in in May.")
        #expect(try TranslintProcess.run(["check", "--no-config", clean]).status == 0)
        #expect(try TranslintProcess.run(["check", "--no-config", defective]).status == 1)
        #expect(try TranslintProcess.run(["check", "--no-config", "--min-score", "0", "--fail-on", "never", defective]).status == 0)
    }

    @Test func usageErrorsExitWithTwo() throws {
        let unknownFlag = try TranslintProcess.run(["check", "--no-such-flag", "x"])
        #expect(unknownFlag.status == 2)
        let badFormat = try TranslintProcess.run(["check", "--format", "yaml", "README.md"])
        #expect(badFormat.status == 2)
        #expect(badFormat.standardError.contains("unknown format 'yaml'"))
        #expect(try TranslintProcess.run(["check"]).status == 2)
    }

    @Test func jsonlOnStandardInputGivesOneLinePerRecord() throws {
        let input = """
        {"id": "a", "lang": "en", "text": "The the budget was cut."}
        not json at all
        {"id": "c", "text": "Clean text without defects, with enough words to pass."}
        {"id": "d", "lang": "en"}

        """
        // One minor finding in a short text passes the default gate (it scores 98): 99 fails it.
        let result = try TranslintProcess.run(["check", "--format", "jsonl", "--mapper", "--no-config", "--min-score", "99", "-"], input: input, environment: [:])
        #expect(result.status == 0)
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        let reports = try lines.map(json)
        #expect(reports.map { $0["id"] as? String } == ["a", nil, "c", "d"])
        #expect(reports[0]["passed"] as? Bool == false)
        #expect((reports[1]["error"] as! String).contains("not a document record"))
        #expect(reports[1]["record_line"] as? Int == 2)
        #expect((reports[3]["error"] as! String).contains("no \"text\""))
        #expect(reports[2]["language"] as? String == "und")
    }

    @Test func textReportHasNoColourOffATerminal() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("a.en.txt", "He said “no.”Then he left.")
        let result = try TranslintProcess.run(["check", "--no-config", file], environment: ["NO_COLOR": "1"])
        #expect(!result.standardOutput.contains("\u{1B}["))
        #expect(result.standardOutput.contains("a.en.txt:1:13: minor quotes.glued-closing"))
        #expect(result.standardOutput.contains("Summary: 1 document"))
    }
}
