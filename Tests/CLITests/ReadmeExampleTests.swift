import Foundation
import TestSupport
import Testing

/// The README's rule file and configuration file are real: copied as they stand, they load,
/// their examples pass, and the configuration does what its comments say.
@Suite(.serialized) struct ReadmeExampleTests {
    /// The body of the first ```yaml block after `marker` in the README.
    static func yamlBlock(after marker: String) throws -> String {
        let readme = try String(contentsOfFile: Repository.path("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: marker))
        let open = try #require(readme.range(of: "```yaml\n", range: start.upperBound..<readme.endIndex))
        let close = try #require(readme.range(of: "```", range: open.upperBound..<readme.endIndex))
        return String(readme[open.upperBound..<close.lowerBound])
    }

    /// The README's rule table is what the registry and the shipped rule sets say today.
    @Test func ruleTableIsCurrent() throws {
        let readme = try String(contentsOfFile: Repository.path("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "<!-- rules-table:start -->\n"))
        let end = try #require(readme.range(of: "\n<!-- rules-table:end -->", range: start.upperBound..<readme.endIndex))
        let generated = try TranslintProcess.run(["rules", "list", "--all", "--markdown", "--no-config", "--rules-path", Repository.rulesDirectory])
        #expect(generated.status == 0)
        #expect(String(readme[start.upperBound..<end.lowerBound]) == generated.standardOutput.trimmingCharacters(in: .newlines),
                "regenerate the table with `translint rules list --markdown`")
    }

    @Test func ruleFileLoadsAndItsExamplesPass() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("house-style.yml", try Self.yamlBlock(after: "A rule file:"))
        let result = try TranslintProcess.run(["rules", "test", file])
        #expect(result.status == 0, "\(result.standardOutput)\(result.standardError)")
        #expect(result.standardOutput.contains("0 failures"))
    }

    @Test func configurationFileWorksAsDocumented() throws {
        let folder = try TemporaryFolder()
        try folder.write(".translint.yml", try Self.yamlBlock(after: "`.translint.yml`, found in"))
        try folder.write("house-style.yml", try Self.yamlBlock(after: "A rule file:"))
        try FileManager.default.createDirectory(atPath: folder.path("style"), withIntermediateDirectories: true)
        try folder.write("desk/ch-fr/budget.txt", "Le ministre a dit «non». Le budget a été adopté lundi.")
        let rules = ["--rules-path", Repository.rulesDirectory]
        // The configured baseline must exist: record it, then only new defects count.
        let record = try TranslintProcess.run(["check"] + rules + ["--write-baseline", ".translint-baseline.json", "desk/"], workingDirectory: folder.root)
        #expect(record.status == 1, "\(record.standardError)")
        let gated = try TranslintProcess.run(["check"] + rules + ["--format", "json", "desk/"], workingDirectory: folder.root)
        #expect(gated.status == 0, "\(gated.standardError)")
        let report = try JSONSerialization.jsonObject(with: Data(gated.standardOutput.utf8)) as! [String: Any]
        let document = (report["documents"] as! [[String: Any]])[0]
        #expect(document["language"] as? String == "fr-CH")
        #expect(document["language_source"] as? String == "config")
        #expect(document["suppressed_by_baseline"] as? Int == 2)
    }
}
