import RuleEngine

/// `--format junit`: one test suite per document, one test case per rule family (a failure
/// lists the family's findings) plus a `gate` test case with the verdict. CI systems show
/// it as a test report; GitLab keeps only the first of two identically named cases, so
/// suite names are made unique.
final class JUnitReporter: Reporter {
    private let output: ReportOutput
    private let base: String?
    private var families: [RuleFamily] = []
    private var documents: [DocumentReport] = []

    init(_ context: ReporterContext) {
        output = context.output
        base = context.baseDirectory
    }

    func begin(_ tool: ToolInfo) {
        families = Array(Set(tool.rules.map(\.family))).sorted()
    }

    func report(_ document: DocumentReport) { documents.append(document) }

    func finish(_ summary: RunSummary) {
        let names = ReportPaths.uniqued(documents.map { document in
            let artifact = ReportPaths.artifact(document, base: base)
            return document.id.map { "\(artifact)#\($0)" } ?? (document.recordLine.map { "\(artifact):\($0)" } ?? artifact)
        })
        var suites: [String] = []
        var totalTests = 0
        var totalFailures = 0
        var totalErrors = 0
        for (document, name) in zip(documents, names) {
            var cases: [String] = []
            var failures = 0
            if let error = document.error {
                cases.append("    <testcase classname=\"\(XML.escape(name))\" name=\"read\">\n      <error type=\"input\" message=\"\(XML.escape(error))\"/>\n    </testcase>")
                totalErrors += 1
            } else {
                for family in families {
                    let findings = document.findings.filter { $0.family == family }
                    var testcase = "    <testcase classname=\"\(XML.escape(name))\" name=\"\(family.rawValue)\""
                    if findings.isEmpty {
                        testcase += "/>"
                    } else {
                        failures += 1
                        let lines = findings.map { "\($0.start.line):\($0.start.column): \($0.severity.rawValue) \($0.rule) \($0.messageWithSource)" }
                        testcase += ">\n      <failure type=\"\(family.rawValue)\" message=\"\(findings.count) finding\(findings.count == 1 ? "" : "s")\">"
                            + XML.escape(lines.joined(separator: "\n")) + "</failure>\n    </testcase>"
                    }
                    cases.append(testcase)
                }
                let gate = "    <testcase classname=\"\(XML.escape(name))\" name=\"gate\""
                if document.passed {
                    cases.append(gate + "/>")
                } else {
                    failures += 1
                    cases.append(gate + ">\n      <failure type=\"gate\" message=\"\(XML.escape("score \(document.score): " + document.gateReasons.joined(separator: "; ")))\"/>\n    </testcase>")
                }
            }
            let tests = cases.count
            totalTests += tests
            totalFailures += failures
            let properties = """
                <properties>
                  <property name="language" value="\(XML.escape(document.language))"/>
                  <property name="words" value="\(document.words)"/>
                  <property name="score" value="\(Gate.format(document.score))"/>
                  <property name="passed" value="\(document.passed)"/>
                </properties>
            """
            suites.append("  <testsuite name=\"\(XML.escape(name))\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"\(document.error == nil ? 0 : 1)\">\n\(properties)\n" + cases.joined(separator: "\n") + "\n  </testsuite>")
        }
        output.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        output.write("<testsuites name=\"translint\" tests=\"\(totalTests)\" failures=\"\(totalFailures)\" errors=\"\(totalErrors)\">\n")
        output.write(suites.joined(separator: "\n") + (suites.isEmpty ? "" : "\n"))
        output.write("</testsuites>\n")
        output.flush()
    }
}
