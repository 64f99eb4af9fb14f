import Foundation
import TestSupport
import Testing

/// Inputs and outputs a careless user or an attacker could hand the CLI: nothing may be lost,
/// nothing skipped silently.
@Suite struct HostileInputTests {
    @Test func aWriteErrorIsExitTwoWithAMessage() throws {
        let folder = try TemporaryFolder()
        let article = try folder.write("a.en.txt", "The the minister spoke.")
        let result = try TranslintProcess.run(["check", "--no-config", "-o", "/dev/full", article])
        #expect(result.status == 2)
        #expect(result.standardError.contains("cannot write the report to /dev/full"))
    }

    @Test func aReportNamingAnInputIsRefusedAndTheInputKept() throws {
        let folder = try TemporaryFolder()
        let article = try folder.write("a.en.txt", "The the minister spoke.")
        let result = try TranslintProcess.run(["check", "--no-config", "-o", "./a.en.txt", "a.en.txt"], workingDirectory: folder.root)
        #expect(result.status == 2)
        #expect(result.standardError.contains("the report would overwrite it"))
        #expect(try String(contentsOfFile: article, encoding: .utf8) == "The the minister spoke.")
    }

    /// The second run finds the first run's report in the folder it checks and passes over it.
    @Test func aReportInsideACheckedFolderIsNotChecked() throws {
        let folder = try TemporaryFolder()
        try folder.write("desk/a.en.txt", "The the minister spoke.")
        for _ in 0..<2 {
            // One minor finding in a short text passes the default gate (it scores 98): 99 fails it.
            let result = try TranslintProcess.run(["check", "--no-config", "--min-score", "99", "--format", "text", "-o", "desk/report.txt", "desk"],
                                                  workingDirectory: folder.root)
            #expect(result.status == 1)
        }
        let report = try String(contentsOfFile: folder.path("desk/report.txt"), encoding: .utf8)
        #expect(report.contains("1 document"))
        #expect(!report.contains("report.txt:"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path("desk")).filter { $0.contains("translint-") }
        #expect(leftovers.isEmpty)
    }

    /// A run killed half-way leaves the earlier report as it was and no temporary file.
    @Test func anInterruptedRunKeepsTheEarlierReport() throws {
        let folder = try TemporaryFolder()
        let record = #"{"lang": "en", "text": "The minister said the the budget was cut by a third on Monday evening."}"#
        try folder.write("feed.jsonl", String(repeating: record + "\n", count: 40_000))
        try folder.write("report.json", "earlier report")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: TranslintProcess.executable)
        process.arguments = ["check", "--no-config", "--quiet", "--jobs", "1", "--format", "json", "-o", "report.json", "feed.jsonl"]
        process.currentDirectoryURL = URL(fileURLWithPath: folder.root)
        try process.run()
        usleep(400_000)
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        let report = try String(contentsOfFile: folder.path("report.json"), encoding: .utf8)
        if process.terminationReason == .uncaughtSignal || process.terminationStatus == 128 + SIGTERM {
            #expect(report == "earlier report")
        } else {
            #expect(report.hasPrefix("{"), "the run finished before the signal: its report is complete")
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.root).filter { $0.contains("translint-") }
        #expect(leftovers.isEmpty)
    }

    /// Links that loop, lead nowhere or leave the folder, and names that are not UTF-8, are
    /// input errors (exit 2) naming the file; the rest of the folder is still checked.
    @Test func inputsThatCannotBeCheckedAreReportedNotSkipped() throws {
        let folder = try TemporaryFolder()
        try folder.write("desk/a.en.txt", "The minister spoke.")
        try folder.write("outside/secret.en.txt", "A secret.")
        let desk = folder.path("desk")
        symlink("../outside/secret.en.txt", desk + "/link.en.txt")
        symlink("nowhere.en.txt", desk + "/dangling.en.txt")
        symlink("loop2.en.txt", desk + "/loop1.en.txt")
        symlink("loop1.en.txt", desk + "/loop2.en.txt")
        let badName = desk + "/bad"
        var bytes = Array(badName.utf8) + [0xFF] + Array(".en.txt".utf8) + [0]
        close(bytes.withUnsafeMutableBufferPointer { $0.baseAddress!.withMemoryRebound(to: CChar.self, capacity: $0.count) { open($0, O_CREAT | O_WRONLY, 0o644) } })
        let result = try TranslintProcess.run(["check", "--no-config", "--lang", "en", "--format", "jsonl", "desk"], workingDirectory: folder.root)
        #expect(result.status == 2)
        let lines = result.standardOutput.split(separator: "\n")
        #expect(lines.contains { $0.contains("a.en.txt") && $0.contains("\"passed\":true") })
        #expect(lines.contains { $0.contains("dangling.en.txt") && $0.contains("a symbolic link to nothing") })
        #expect(lines.contains { $0.contains("loop1.en.txt") && $0.contains("a symbolic link loop") })
        #expect(lines.contains { $0.contains("link.en.txt") && $0.contains("outside the checked folder") })
        #expect(lines.contains { $0.contains("not valid UTF-8") })
        #expect(!result.standardOutput.contains("A secret"))
        let followed = try TranslintProcess.run(["check", "--no-config", "--lang", "en", "--format", "jsonl", "--follow-symlinks", "desk/link.en.txt", "desk"],
                                                workingDirectory: folder.root)
        #expect(followed.standardOutput.split(separator: "\n").filter { $0.contains("link.en.txt") && $0.contains("\"passed\":true") }.count == 2)
    }

    /// A repository's configuration (found and obeyed automatically) cannot make translint read,
    /// and print in an error, a file outside the project and the rule folders — directly, by a
    /// relative path, through `extends:`, a glossary or a baseline. The user can still name one.
    @Test func aConfigurationCannotReachOutsideItsProject() throws {
        let folder = try TemporaryFolder()
        try folder.write("secret.yml", "token: abc123secret\n")
        try folder.write("project/a.en.txt", "The text.")
        try folder.write("project/house.yml", "version: 1\nextends: [\(folder.path("secret.yml"))]\n")
        let project = folder.path("project")
        let configurations = ["rules: [\(folder.path("secret.yml"))]", "rules: [../secret.yml]", "rules: [default, house.yml]",
                              "glossary: [../secret.yml]", "baseline: ../secret.yml", "rules-path: [..]\nrules: [secret]"]
        for configuration in configurations {
            try folder.write("project/.translint.yml", configuration + "\n")
            let result = try TranslintProcess.run(["check", "a.en.txt"], workingDirectory: project)
            #expect(result.status == 2, "\(configuration)")
            #expect(result.standardError.contains("outside the project folder"), "\(configuration): \(result.standardError)")
            #expect(!result.standardError.contains("abc123secret"), "\(configuration)")
        }
        symlink(folder.path("secret.yml"), folder.path("project/linked.yml"))
        try folder.write("project/.translint.yml", "rules: [linked.yml]\n")
        #expect(!(try TranslintProcess.run(["check", "a.en.txt"], workingDirectory: project).standardError.contains("abc123secret")))
        let named = try TranslintProcess.run(["check", "--no-config", "--rules", folder.path("secret.yml"), "a.en.txt"], workingDirectory: project)
        #expect(named.standardError.contains("unknown key in a rule file"), "a file the user names is read")
    }

    /// Every distinct language tag used to keep its setup (word lists, ICU iterators, number
    /// conventions) for the whole run: 20,000 tags took 1.2 GB. The caches are bounded now.
    @Test(.disabled(if: ProcessInfo.processInfo.environment["TRANSLINT_SANITIZED"] != nil, "a sanitizer's shadow memory"))
    func distinctLanguageTagsDoNotAccumulateMemory() throws {
        let folder = try TemporaryFolder()
        let records = (0..<3_000).map { #"{"lang": "en-x-t\#($0)", "text": "The minister said the budget was cut."}"# }
        try folder.write("tags.jsonl", records.joined(separator: "\n") + "\n")
        let result = try TranslintProcess.run(["check", "--no-config", "--jobs", "1", "--format", "json", "tags.jsonl"], workingDirectory: folder.root)
        #expect(result.status == 0, "\(result.standardError)")
        let report = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
        let summary = report?["summary"] as? [String: Any]
        let peak = (summary?["peak_memory_bytes"] as? Int) ?? Int.max
        #expect(peak < 120_000_000, "peak \(peak) bytes")
    }

    /// The caps are configuration: `limits:` in `.translint.yml`, validated like every number.
    @Test func limitsAreConfigurable() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.en.txt", (1...5).map { "Item \($0) saw the the sea." }.joined(separator: " "))
        try folder.write("big.en.txt", String(repeating: "Text. ", count: 100))
        let result = try folder.check(configuration: "limits: {findings-per-rule: 2, max-document-bytes: 200}\n", ["--format", "jsonl", "a.en.txt", "big.en.txt"])
        let lines = result.standardOutput.split(separator: "\n")
        #expect(lines.count == 2)
        let doubled = lines.first.map { $0.components(separatedBy: "\"rule\":\"duplication.word\"").count - 1 } ?? 0
        #expect(doubled == 3, "two kept and one saying how many more")
        #expect(lines.first?.contains("3 more findings of this rule in this document are not listed (at most 2 per rule)") == true)
        #expect(lines.last?.contains("over the limit of 200 bytes") == true)
        #expect(result.status == 2)
        let refused = try folder.check(configuration: "limits: {findings-per-rule: 0}\n", ["a.en.txt"])
        #expect(refused.status == 2)
        #expect(refused.standardError.contains("key 'findings-per-rule'"))
    }

    /// Found by itself or through a folder it trusts, a repository's configuration still
    /// cannot reach outside: a `.translint.yml` that is a link to a file elsewhere, a `Rules`
    /// link to another folder, a `sources:` pattern naming a file elsewhere.
    @Test func linksAndSourcePatternsCannotWidenTheProject() throws {
        let folder = try TemporaryFolder()
        try folder.write("secret.yml", "token: abc123secret\n")
        try folder.write("project/a.en.txt", "The text.")
        let project = folder.path("project")
        symlink(folder.path("secret.yml"), project + "/.translint.yml")
        let linked = try TranslintProcess.run(["check", "a.en.txt"], workingDirectory: project)
        #expect(linked.status == 2)
        #expect(linked.standardError.contains("is a link to a file outside its folder"))
        #expect(!linked.standardError.contains("abc123secret"))
        unlink(project + "/.translint.yml")
        symlink(folder.root, project + "/Rules")
        try folder.write("project/.translint.yml", "rules: [Rules/secret.yml]\n")
        let widened = try TranslintProcess.run(["check", "a.en.txt"], workingDirectory: project)
        #expect(widened.standardError.contains("outside the project folder"))
        #expect(!widened.standardError.contains("abc123secret"))
        unlink(project + "/Rules")
        try folder.write("project/.translint.yml", "sources: {target: \"**\", source: \"\(folder.path("secret.yml"))\"}\n")
        let paired = try TranslintProcess.run(["check", "--format", "jsonl", "a.en.txt"], workingDirectory: project)
        #expect(paired.standardOutput.contains("is outside the project folder"))
        #expect(!paired.standardOutput.contains("abc123secret"))
    }

    /// `-o` naming a link replaces the link's target, and `/dev/stdout` is written directly.
    @Test func reportsFollowLinksAndWriteDevicesDirectly() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.en.txt", "The the text.")
        try folder.write("real.json", "old")
        symlink("real.json", folder.path("link.json"))
        let result = try TranslintProcess.run(["check", "--no-config", "--min-score", "99", "--format", "json", "-o", "link.json", "a.en.txt"],
                                              workingDirectory: folder.root)
        #expect(result.status == 1)
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: folder.path("link.json"))) == "real.json")
        #expect(try String(contentsOfFile: folder.path("real.json"), encoding: .utf8).hasPrefix("{"))
        let direct = try TranslintProcess.run(["check", "--no-config", "--format", "json", "-o", "/dev/stdout", "a.en.txt"], workingDirectory: folder.root)
        #expect(direct.standardOutput.hasPrefix("{"))
    }
}
