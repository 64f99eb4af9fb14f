import Foundation
import TestSupport
import Testing

/// Structured documents from the command line: folders of every format, JSONL records with
/// a format, malformed files, and positions that slice the file.
@Suite(.serialized) struct FormatCommandTests {
    func documents(_ output: String) throws -> [[String: Any]] {
        try output.split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
    }

    @Test func foldersIncludeEveryFormatAndAMalformedFileIsAnError() throws {
        let folder = try TemporaryFolder()
        try folder.write("desk/page.en.md", "# The budget budget talks\n\nSee `the the` code.\n")
        try folder.write("desk/page.en.html", "<html lang=\"en\"><body><p>The the end.</p><script>the the</script></body></html>")
        try folder.write("desk/units.xlf", #"<?xml version="1.0"?><xliff version="1.2"><file source-language="fr" target-language="en"><body><trans-unit id="u"><source>Fin.</source><target>The the end.</target></trans-unit></body></file></xliff>"#)
        try folder.write("desk/broken.xlf", "<?xml version=\"1.0\"?>\n<xliff version=\"1.2\"><file>\n</xliff>\n")
        try folder.write("desk/en.po", "msgid \"\"\nmsgstr \"Language: en\\n\"\n\nmsgid \"End.\"\nmsgstr \"The the end.\"\n")
        let result = try TranslintProcess.run(["check", "--format", "jsonl", "--no-config", folder.path("desk")])
        #expect(result.status == 2, "a malformed file makes the run exit 2")
        let reports = try documents(result.standardOutput)
        #expect(reports.count == 5)
        for report in reports {
            let path = report["path"] as! String
            if path.hasSuffix("broken.xlf") {
                #expect((report["error"] as! String).hasPrefix("3:"), "the error names the line: \(report["error"]!)")
                #expect((report["error"] as! String).contains("not a well-formed XLIFF file"))
                continue
            }
            let findings = report["findings"] as! [[String: Any]]
            #expect(findings.count == 1, "\(path): one doubled word, none in code or scripts")
            #expect(findings.first?["rule"] as? String == "duplication.word")
            let expected = ["md": "markdown", "html": "html", "xlf": "xliff", "po": "po"][(path as NSString).pathExtension]
            #expect(report["format"] as? String == expected)
            if path.hasSuffix(".xlf") || path.hasSuffix(".po") { #expect(findings.first?["unit"] as? String != nil) }
        }
    }

    /// A finding in a translation unit names the unit: `unit` in JSON, a logical location in
    /// SARIF.
    @Test func findingsNameTheirUnit() throws {
        let folder = try TemporaryFolder()
        try folder.write("units.xlf", #"<?xml version="1.0"?><xliff version="1.2"><file source-language="fr" target-language="en"><body><trans-unit id="intro.title"><source>Fin.</source><target>The the end.</target></trans-unit></body></file></xliff>"#)
        try folder.write("en.po", "msgid \"\"\nmsgstr \"Language: en\\n\"\n\nmsgctxt \"menu\"\nmsgid \"End.\"\nmsgstr \"The the end.\"\n")
        let json = try documents(try TranslintProcess.run(["check", "--format", "jsonl", "--no-config", "--mapper", folder.path("units.xlf"), folder.path("en.po")]).standardOutput)
        let units = json.flatMap { ($0["findings"] as! [[String: Any]]).compactMap { $0["unit"] as? String } }
        #expect(units == ["intro.title", "menu|End."])
        let sarif = try TranslintProcess.run(["check", "--format", "sarif", "--no-config", "--mapper", folder.path("units.xlf")]).standardOutput
        #expect(sarif.contains(#""logicalLocations":[{"name":"intro.title","kind":"translationUnit"}]"#))
    }

    @Test func aJSONLRecordNamesItsFormat() throws {
        let record = #"{"id":"a1","lang":"en","format":"markdown","text":"Read [the the docs](https://x.y) now.\n\n```\nthe the\n```"}"#
        let result = try TranslintProcess.run(["check", "--format", "jsonl", "--no-config", "-"], input: record + "\n")
        let report = try #require(try documents(result.standardOutput).first)
        #expect(report["format"] as? String == "markdown")
        let finding = try #require((report["findings"] as! [[String: Any]]).first)
        #expect(finding["offset"] as? Int == 6)
        #expect(finding["length"] as? Int == 7)
        let unknown = try TranslintProcess.run(["check", "--format", "jsonl", "--no-config", "-"], input: #"{"id":"b","text":"x","format":"docx"}"# + "\n")
        #expect(unknown.status == 2)
        #expect(unknown.standardOutput.contains("unknown \\\"format\\\" 'docx'"))
    }

    /// Every finding on every document of every format in Corpora/ slices the file to the text
    /// its excerpt shows, at the line and column it names.
    @Test func everyFindingSlicesTheFile() throws {
        let result = try TranslintProcess.run(["check", "--format", "jsonl", "--no-config", "--mapper", "Corpora"])
        var checked = 0
        for report in try documents(result.standardOutput) {
            guard let path = report["path"] as? String, report["error"] is NSNull else { continue }
            let data = try #require(FileManager.default.contents(atPath: Repository.path(path)))
            var units = Array(String(decoding: data, as: UTF8.self).utf16)
            if units.first == 0xFEFF { units.removeFirst() }
            var lineStarts = [0]
            for (index, unit) in units.enumerated() where unit == 0x0A || (unit == 0x0D && (index + 1 == units.count || units[index + 1] != 0x0A)) {
                lineStarts.append(index + 1)
            }
            for finding in report["findings"] as! [[String: Any]] {
                let offset = finding["offset"] as! Int
                let length = finding["length"] as! Int
                #expect(offset >= 0 && offset + length <= units.count, "\(path): \(offset)+\(length) outside the file")
                let line = finding["line"] as! Int
                let column = finding["column"] as! Int
                #expect(lineStarts[line - 1] + column - 1 == offset, "\(path): \(line):\(column) is not offset \(offset)")
                // The excerpt shows the span's start on its line.
                let spanText = String(decoding: units[offset..<min(units.count, offset + min(length, 12))], as: UTF16.self).split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
                let excerpt = (finding["excerpt"] as! String).replacingOccurrences(of: "\t", with: " ")
                #expect(spanText.isEmpty || excerpt.contains(spanText.replacingOccurrences(of: "\t", with: " ")), "\(path): the excerpt does not show “\(spanText)”")
                checked += 1
            }
        }
        #expect(checked > 400)
    }

    /// `translint report` renders a mapper's saved JSONL in another format, and its exit
    /// status is what the saved verdicts say.
    @Test func savedReportsRenderInAnotherFormat() throws {
        let folder = try TemporaryFolder()
        let records = #"{"id":"a","lang":"en","text":"The the minister left."}"# + "\n" + #"{"id":"b","lang":"en","text":"Prices rose."}"# + "\n"
        // One minor finding in a short text passes the default gate (it scores 98): 99 fails it.
        let saved = try TranslintProcess.run(["check", "--format", "jsonl", "--include-text", "--no-config", "--min-score", "99", "-"], input: records)
        #expect(saved.status == 1)
        let path = try folder.write("saved.jsonl", saved.standardOutput)
        let json = try TranslintProcess.run(["report", "--format", "json", "--no-config", path])
        #expect(json.status == 1, "a saved failure fails the report too")
        let report = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as! [String: Any]
        let documents = report["documents"] as! [[String: Any]]
        #expect(documents.map { $0["id"] as! String } == ["a", "b"])
        #expect(documents[0]["text"] as? String == "The the minister left.")
        let html = try TranslintProcess.run(["report", "--no-config", "-o", folder.path("report.html"), path])
        #expect(html.status == 1)
        let page = try String(contentsOfFile: folder.path("report.html"), encoding: .utf8)
        #expect(page.contains(#"id="count-documents">2<"#))
        let missing = try TranslintProcess.run(["report", "--no-config", "--format", "text", folder.path("nothing.jsonl")])
        #expect(missing.status == 2 && missing.standardError.contains("nothing.jsonl"))
    }
}
