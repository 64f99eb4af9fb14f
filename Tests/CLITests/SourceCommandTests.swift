import Foundation
import TestSupport
import Testing

/// Source-aware checking from the command line: pairing, errors, glossaries, the run summary.
@Suite(.serialized) struct SourceCommandTests {
    func json(_ text: String) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
    }

    func findings(_ report: [String: Any]) -> [[String: Any]] {
        ((report["documents"] as? [[String: Any]])?.first?["findings"] as? [[String: Any]]) ?? []
    }

    static let source = "The government cut the budget by 52 percent on Monday.\n\nThe vote is in March.\n"
    static let target = "Die Regierung kürzte das Budget am Montag um 25 Prozent.\n\nDie Abstimmung ist im März.\n"

    @Test func aSourceFileGivesNumberFindingsWithTheirSourceSpan() throws {
        let folder = try TemporaryFolder()
        let source = try folder.write("a.en.txt", Self.source)
        let target = try folder.write("a.de.txt", Self.target)
        let result = try TranslintProcess.run(["check", "--format", "json", "--no-config", "--rules-path", Repository.rulesDirectory, "--source", source, "--show-alignment", target])
        #expect(result.status == 1)
        let report = try json(result.standardOutput)
        let number = try #require(findings(report).first { $0["rule"] as? String == "accuracy.number" })
        #expect(number["offset"] as? Int == 45 && number["length"] as? Int == 2)
        #expect(number["source_offset"] as? Int == 33 && number["source_text"] as? String == "52")
        let document = try #require((report["documents"] as? [[String: Any]])?.first)
        #expect((document["alignment"] as? [[String: Any]])?.count == 2)
        #expect(document["source_language"] as? String == "en")
    }

    @Test func aMissingSourceIsAnErrorButTheTargetIsStillChecked() throws {
        let folder = try TemporaryFolder()
        let target = try folder.write("a.de.txt", "Die Regierung hat hat entschieden.\n")
        let result = try TranslintProcess.run(["check", "--format", "json", "--no-config", "--rules-path", Repository.rulesDirectory, "--source", folder.root + "/missing.en.txt", target])
        #expect(result.status == 2)
        let report = try json(result.standardOutput)
        let document = try #require((report["documents"] as? [[String: Any]])?.first)
        #expect((document["source_error"] as? String)?.contains("missing.en.txt") == true)
        #expect(findings(report).contains { $0["rule"] as? String == "duplication.word" })
    }

    @Test func aSourceRootPairsAMirrorTree() throws {
        let folder = try TemporaryFolder()
        _ = try folder.write("en/news/a.txt", Self.source)
        _ = try folder.write("de/news/a.txt", Self.target)
        let result = try TranslintProcess.run(["check", "--format", "json", "--no-config", "--rules-path", Repository.rulesDirectory, "--lang", "de",
                                               "--source-root", folder.root + "/en", folder.root + "/de"])
        #expect(findings(try json(result.standardOutput)).contains { $0["rule"] as? String == "accuracy.number" })
    }

    @Test func theConfigurationDeclaresThePairingPattern() throws {
        let folder = try TemporaryFolder()
        _ = try folder.write("content/en/a.txt", Self.source)
        _ = try folder.write("content/de/a.txt", Self.target)
        let config = try folder.write(".translint.yml", "sources:\n  target: content/{lang}/**\n  source: content/en/**\n")
        let result = try TranslintProcess.run(["check", "--format", "json", "--config", config, "--rules-path", Repository.rulesDirectory, "--lang", "de", "content/de/a.txt"],
                                              workingDirectory: folder.root)
        #expect(findings(try json(result.standardOutput)).contains { $0["rule"] as? String == "accuracy.number" })
    }

    @Test func recordsCarryTheirSourceAndTheRunSummaryListsInconsistencies() throws {
        let lines = [
            #"{"id":"a","lang":"de","source_lang":"en","source":"The library is closed on Mondays for renovation.","text":"Die Bibliothek ist montags wegen Renovierung geschlossen."}"#,
            #"{"id":"b","lang":"de","source_lang":"en","source":"The library is closed on Mondays for renovation.","text":"Die Bücherei hat montags wegen Umbau zu."}"#,
        ]
        let result = try TranslintProcess.run(["check", "--format", "json", "--no-config", "--rules-path", Repository.rulesDirectory, "-"], input: lines.joined(separator: "\n") + "\n")
        let summary = try #require(try json(result.standardOutput)["summary"] as? [String: Any])
        let groups = try #require(summary["inconsistent_translations"] as? [[String: Any]])
        #expect(groups.count == 1 && (groups[0]["translations"] as? [Any])?.count == 2)
    }

    @Test func glossariesInCSVAndTBXFindTermsAndFailWithTheirLine() throws {
        let folder = try TemporaryFolder()
        let csv = try folder.write("terms.csv", "source,target,source_lang,target_lang,case_sensitive,forbidden\nlibrary,Stadtbücherei,en,de,no,Bücherei\n")
        let tbx = try folder.write("terms.tbx", """
        <?xml version="1.0"?><tbx><text><body><conceptEntry id="1">
        <langSec xml:lang="en"><termSec><term>library</term></termSec></langSec>
        <langSec xml:lang="de"><termSec><term>Stadtbücherei</term></termSec>
        <termSec><term>Bücherei</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec></langSec>
        </conceptEntry></body></text></tbx>
        """)
        let record = #"{"id":"g","lang":"de","source_lang":"en","source":"The library opens on Monday.","text":"Die Bücherei öffnet am Montag."}"# + "\n"
        for glossary in [csv, tbx] {
            let result = try TranslintProcess.run(["check", "--format", "json", "--no-config", "--rules-path", Repository.rulesDirectory, "--glossary", glossary, "-"], input: record)
            let term = try #require(findings(try json(result.standardOutput)).first { $0["rule"] as? String == "terminology.glossary" })
            #expect(term["offset"] as? Int == 4 && term["length"] as? Int == 8)
        }
        let broken = try folder.write("broken.csv", "source,target,source_lang,target_lang\nlibrary,Bibliothek,en,\n")
        let failed = try TranslintProcess.run(["check", "--no-config", "--rules-path", Repository.rulesDirectory, "--glossary", broken, "-"], input: record)
        #expect(failed.status == 2 && failed.standardError.contains("broken.csv:2"))
    }
}
