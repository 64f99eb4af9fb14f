import Foundation
import Reporting
import TestSupport
import Testing

@Suite struct SARIFTests {
    /// The OASIS SARIF 2.1.0 schema, from the shared test data next to the repository.
    static let schemaPath: String? = [
        ProcessInfo.processInfo.environment["TRANSLINT_SARIF_SCHEMA"],
        Repository.path("../shared/schemas/sarif-schema-2.1.0.json"),
    ].compactMap { $0 }.first { FileManager.default.fileExists(atPath: $0) }

    static var canValidate: Bool {
        guard schemaPath != nil else { return false }
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        probe.arguments = ["python3", "-c", "import jsonschema"]
        probe.standardError = FileHandle.nullDevice
        guard (try? probe.run()) != nil else { return false }
        probe.waitUntilExit()
        return probe.terminationStatus == 0
    }

    @Test(.enabled(if: SARIFTests.canValidate, "needs the SARIF schema and Python's jsonschema"))
    func reportValidatesAgainstTheSchema() throws {
        let folder = try TemporaryFolder()
        let report = try folder.write("report.sarif", try ReportFixtures.render("sarif"))
        // A real run over the bundled corpus, too.
        let corpus = try TranslintProcess.run(["check", "--format", "sarif", "--no-config", "Corpora/en", "Corpora/ja"])
        let corpusReport = try folder.write("corpus.sarif", corpus.standardOutput)
        for path in [report, corpusReport] {
            let validator = Process()
            validator.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            validator.arguments = ["python3", "-c", """
                import json, sys, jsonschema
                schema = json.load(open(sys.argv[1]))
                jsonschema.validate(json.load(open(sys.argv[2])), schema)
                """, Self.schemaPath!, path]
            let errors = Pipe()
            validator.standardError = errors
            try validator.run()
            validator.waitUntilExit()
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            #expect(validator.terminationStatus == 0, "\(path): \(message.suffix(2000))")
        }
    }

    /// What GitHub code scanning relies on, checked without the schema.
    @Test func carriesWhatCodeScanningNeeds() throws {
        let sarif = try JSONSerialization.jsonObject(with: Data(try ReportFixtures.render("sarif").utf8)) as! [String: Any]
        #expect(sarif["version"] as? String == "2.1.0")
        let run = (sarif["runs"] as! [[String: Any]])[0]
        #expect(run["columnKind"] as? String == "utf16CodeUnits")
        let driver = (run["tool"] as! [String: Any])["driver"] as! [String: Any]
        #expect(driver["name"] as? String == "translint")
        #expect(driver["version"] != nil)
        let rules = driver["rules"] as! [[String: Any]]
        #expect(rules.contains { $0["id"] as? String == "quotes.glued-closing" })
        for rule in rules {
            #expect(rule["shortDescription"] != nil && rule["fullDescription"] != nil && rule["help"] != nil && rule["defaultConfiguration"] != nil)
        }
        let results = run["results"] as! [[String: Any]]
        #expect(!results.isEmpty)
        for result in results {
            #expect(result["ruleId"] != nil && result["level"] != nil && result["message"] != nil && result["partialFingerprints"] != nil)
            let location = ((result["locations"] as! [[String: Any]])[0]["physicalLocation"] as! [String: Any])
            let uri = (location["artifactLocation"] as! [String: Any])["uri"] as! String
            #expect(!uri.hasPrefix("/"), "paths are repository-relative")
            #expect((location["region"] as! [String: Any])["startLine"] != nil)
        }
        let artifacts = run["artifacts"] as! [[String: Any]]
        let documents = artifacts.flatMap { (($0["properties"] as! [String: Any])["documents"] as! [[String: Any]]) }
        #expect(documents.allSatisfy { $0["score"] != nil && $0["passed"] != nil })
        #expect((run["properties"] as! [String: Any])["gatePassed"] != nil)
    }
}
