import Foundation
import TestSupport
import Testing

/// `translint fix` through the binary: a diff to review, standard output, in place, twice.
@Suite(.serialized) struct FixCommandTests {
    @Test func dryRunPrintsADiffAndChangesNothing() throws {
        let folder = try TemporaryFolder()
        let text = "Intro.\n\nThe committee  approved the the budget. “We agree.”It said.\n"
        let file = try folder.write("a.en.txt", text)
        let result = try TranslintProcess.run(["fix", "--no-config", "--dry-run", "a.en.txt"], workingDirectory: folder.root)
        #expect(result.status == 1)
        #expect(result.standardOutput == """
            --- a/a.en.txt
            +++ b/a.en.txt
            @@ -1,3 +1,3 @@
             Intro.
             \n-The committee  approved the the budget. “We agree.”It said.
            +The committee approved the budget. “We agree.” It said.

            """.replacingOccurrences(of: " \\n-", with: " \n-"), "\(result.standardOutput)")
        #expect(try String(contentsOfFile: file, encoding: .utf8) == text)
        let printed = try TranslintProcess.run(["fix", "--no-config", "--stdout", "a.en.txt"], workingDirectory: folder.root)
        #expect(printed.status == 0 && printed.standardOutput == "Intro.\n\nThe committee approved the budget. “We agree.” It said.\n")
    }

    @Test func fixingInPlaceKeepsMarkupAndIsIdempotent() throws {
        let folder = try TemporaryFolder()
        let markdown = "# The the title\n\nThe committee approved **the the** plan, see [the the link](http://x.org/the the).\n\n```\ncode the the block\n```\n"
        let file = try folder.write("doc.en.md", markdown)
        let first = try TranslintProcess.run(["fix", "--no-config", "doc.en.md"], workingDirectory: folder.root)
        #expect(first.status == 0, "\(first.standardError)")
        let fixed = try String(contentsOfFile: file, encoding: .utf8)
        #expect(fixed == "# The title\n\nThe committee approved **the** plan, see [the link](http://x.org/the the).\n\n```\ncode the the block\n```\n",
                "code and link targets are not prose: \(fixed)")
        let second = try TranslintProcess.run(["fix", "--no-config", "doc.en.md"], workingDirectory: folder.root)
        #expect(second.standardError.contains("fixed 0 findings in 0 of 1 file"), "\(second.standardError)")
        #expect(try String(contentsOfFile: file, encoding: .utf8) == fixed)
    }

    @Test func aBrokenBaselineIsAnErrorNotIgnored() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.en.txt", "The the end.\n")
        try folder.write("accepted.json", "not json")
        try folder.write(".translint.yml", "baseline: accepted.json\n")
        let result = try TranslintProcess.run(["fix", "a.en.txt"], workingDirectory: folder.root)
        #expect(result.status == 2)
        #expect(result.standardError.contains("accepted.json: not a JSON object"), "\(result.standardError)")
        #expect(try String(contentsOfFile: folder.path("a.en.txt"), encoding: .utf8) == "The the end.\n")
    }

    @Test func standardInputAndStreamsAreRefused() throws {
        let result = try TranslintProcess.run(["fix", "--no-config", "-"], input: "The the end.\n")
        #expect(result.status == 2)
        #expect(result.standardError.contains("fix edits files"))
    }
}
