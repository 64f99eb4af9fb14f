import RuleEngine

/// `--format junit`: one test suite per document, one test case per rule family (a failure
/// lists the family's findings) plus a `gate` test case with the verdict. CI systems show
/// it as a test report; GitLab keeps only the first of two identically named cases, so
/// suite names are made unique.
final class JUnitReporter: Reporter {
    private let output: ReportOutput
    private let base: String?
    private var families: [RuleFamily] = []
    /// Each suite is written as its document arrives and waits in a spill file: the totals
    /// the root element carries are known only at the end.
    private let spill = SpillFile()
    private var suites = SpillFile.Stretches()
    /// Names given so far, as 128-bit hashes; repeats counted only for names seen twice.
    private var seenNames = Set<Hash128>()
    private var repeatedNames: [String: Int] = [:]
    private var totalTests = 0
    private var totalFailures = 0
    private var totalErrors = 0

    init(_ context: ReporterContext) {
        output = context.output
        base = context.baseDirectory
    }

    func begin(_ tool: ToolInfo) {
        families = Array(Set(tool.rules.map(\.family))).sorted()
    }

    // Long: one suite's XML — the read error or a test case per family, then the gate and
    // the document's properties — as one string, in the order the schema wants.
    func report(_ document: DocumentReport) {
        let artifact = ReportPaths.artifact(document, base: base)
        let plainName = document.id.map { "\(artifact)#\($0)" } ?? (document.recordLine.map { "\(artifact):\($0)" } ?? artifact)
        // Repeats are numbered as they come: "a", "a (2)", "a (3)".
        var repeats = 1
        if !seenNames.insert(FingerprintHasher.hash(plainName)).inserted {
            repeats = (repeatedNames[plainName] ?? 1) + 1
            repeatedNames[plainName] = repeats
        }
        let name = repeats == 1 ? plainName : "\(plainName) (\(repeats))"
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
        let suite = "  <testsuite name=\"\(XML.escape(name))\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"\(document.error == nil ? 0 : 1)\">\n\(properties)\n"
            + cases.joined(separator: "\n") + "\n  </testsuite>\n"
        suites.add(spill.append(suite))
    }

    func finish(_ summary: RunSummary) {
        output.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        output.write("<testsuites name=\"translint\" tests=\"\(totalTests)\" failures=\"\(totalFailures)\" errors=\"\(totalErrors)\">\n")
        spill.copy(suites, to: output)
        output.write("</testsuites>\n")
        output.flush()
    }
}
