import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import TestSupport
import Testing

/// The CI formats say what the gate says, and point where editors expect (`--columns`).
@Suite(.serialized) struct CIReportTests {
    @Test func junitFailsADocumentOnlyWhenItFailsItsGate() throws {
        let folder = try TemporaryFolder()
        // A passing document with a finding, a failing one, an unreadable one.
        let sentences = ["The council approved the new budget on Monday after a long debate.", "Teachers in the northern districts welcomed the extra funding for schools.",
                         "The harbour authority said repairs to the eastern pier would start in spring.", "Several members asked for a review of the tramway timetable.",
                         "A public hearing on the museum extension is planned for late autumn.", "Farmers near the river reported a quiet but productive season.",
                         "The library will open on Sundays from next month.", "Officials expect the stadium works to finish before the summer games.",
                         "Nurses at the city hospital will receive a modest pay rise.", "The airport plans to add two gates to the western terminal.",
                         "Market traders said footfall had recovered since the roadworks ended.", "It met the the next day."]
        try folder.write("pass.en.txt", sentences.joined(separator: " ") + "\n")
        try folder.write("fail.en.txt", "The the council met. “We agree.”It said , and and left.\n")
        try folder.write("broken.en.txt", bytes: Array("Fine.\nBad \u{FF} byte.\n".utf8).map { $0 == 0xC3 ? 0xFF : $0 })
        let result = try TranslintProcess.run(["check", "--no-config", "--format", "junit", "."], workingDirectory: folder.root)
        #expect(result.status == 2)
        let xml = try XMLDocument(xmlString: result.standardOutput)
        let root = try #require(try xml.nodes(forXPath: "/testsuites").first as? XMLElement)
        #expect(root.attribute(forName: "tests")?.stringValue == "3")
        #expect(root.attribute(forName: "failures")?.stringValue == "1")
        #expect(root.attribute(forName: "errors")?.stringValue == "1")
        #expect(root.attribute(forName: "time") != nil)
        let failures = try xml.nodes(forXPath: "//testcase[failure]/@classname").compactMap(\.stringValue)
        #expect(failures == ["fail.en.txt"])
        let passing = try #require(try xml.nodes(forXPath: "//testcase[@classname='pass.en.txt']").first as? XMLElement)
        #expect(passing.elements(forName: "failure").isEmpty)
        #expect(passing.elements(forName: "system-out").first?.stringValue?.contains("duplication.word") == true)
        let message = try xml.nodes(forXPath: "//failure/@message").first?.stringValue ?? ""
        #expect(message.hasPrefix("score ") && message.components(separatedBy: "score").count == 2, "\(message)")
    }

    @Test func githubAnnotatesAFailedGateAndLeavesColumnsOffMultiLineSpans() throws {
        let folder = try TemporaryFolder()
        try folder.write("fail.en.txt", "Intro line.\n\nThe the council met. “We agree.”It said , and and left.\n")
        let result = try TranslintProcess.run(["check", "--no-config", "--format", "github", "fail.en.txt"], workingDirectory: folder.root)
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("::error file=fail.en.txt,line=3,title=translint%3A gate failed::gate failed: ") == true, "\(lines.first ?? "")")
        for line in lines where line.hasPrefix("::") && line.contains("endLine=") {
            let properties = line.split(separator: "::")[0]
            let start = properties.split(separator: ",").first { $0.hasPrefix("line=") }.map { $0.dropFirst(5) }
            let end = properties.split(separator: ",").first { $0.hasPrefix("endLine=") }.map { $0.dropFirst(8) }
            if start != end { #expect(!properties.contains("col="), "\(line)") }
        }
    }

    @Test func columnsCountTheUnitAsked() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.en.txt", "Intro line.\n😀 é the the end.\n")
        let expected = ["utf16": "a.en.txt:2:6:", "codepoint": "a.en.txt:2:5:", "byte": "a.en.txt:2:9:"]
        for (unit, place) in expected {
            let result = try TranslintProcess.run(["check", "--no-config", "--columns", unit, "a.en.txt"], workingDirectory: folder.root)
            #expect(result.standardOutput.hasPrefix(place), "\(unit): \(result.standardOutput.prefix(60))")
        }
        let sarif = try TranslintProcess.run(["check", "--no-config", "--columns", "codepoint", "--format", "sarif", "a.en.txt"], workingDirectory: folder.root)
        #expect(sarif.standardOutput.contains("\"columnKind\":\"unicodeCodePoints\""))
        #expect(sarif.standardOutput.contains("\"startColumn\":5"))
        let refused = try TranslintProcess.run(["check", "--no-config", "--columns", "byte", "--format", "sarif", "a.en.txt"], workingDirectory: folder.root)
        #expect(refused.status == 2)
    }

    @Test func sarifLocationsAreEncodedReferencesUnderTheSourceRoot() throws {
        let folder = try TemporaryFolder()
        try folder.write("désk #1/a story?.en.txt", "The the council met.\n")
        try folder.write("désk #1/broken.en.txt", bytes: [0x47, 0x6F, 0x0A, 0xFF, 0x0A])
        let result = try TranslintProcess.run(["check", "--no-config", "--format", "sarif", "."], workingDirectory: folder.root)
        let log = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as! [String: Any]
        let run = (log["runs"] as! [[String: Any]])[0]
        let roots = run["originalUriBaseIds"] as? [String: [String: String]]
        #expect(roots?["%SRCROOT%"]?["uri"]?.hasPrefix("file:///") == true)
        let uris = (run["artifacts"] as! [[String: Any]]).map { ($0["location"] as! [String: String])["uri"]! }
        #expect(uris.contains("d%C3%A9sk%20%231/a%20story%3F.en.txt"), "\(uris)")
        let notifications = ((run["invocations"] as! [[String: Any]])[0]["toolExecutionNotifications"] as? [[String: Any]]) ?? []
        #expect(notifications.count == 1)
        let region = (((notifications.first?["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["region"] as? [String: Int])
        #expect(region?["startLine"] == 2)
    }
}
