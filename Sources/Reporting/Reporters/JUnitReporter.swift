import Foundation
import RuleEngine

/// `--format junit`: one test suite per document with one test case, `gate`, that fails
/// exactly when the document fails its gate — so a CI server's count of failed tests is the
/// count of documents that would be blocked, and a run that passes its gate is not marked
/// unstable by findings that the gate accepts. The findings of a failing document are the
/// failure's text; those of a passing one go to `system-out`. A document that could not be
/// read is an `error`. Suite names are made unique (GitLab keeps only the first of two
/// identically named cases).
final class JUnitReporter: Reporter {
    private let output: ReportOutput
    private let base: String?
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
    private var totalSeconds = 0.0

    init(_ context: ReporterContext) {
        output = context.output
        base = context.baseDirectory
    }

    func begin(_ tool: ToolInfo) {}

    /// A unique suite name: the document's, with repeats numbered as they come ("a", "a (2)").
    private func uniqueName(_ document: DocumentReport) -> String {
        let artifact = ReportPaths.artifact(document, base: base)
        let plainName = document.id.map { "\(artifact)#\($0)" } ?? (document.recordLine.map { "\(artifact):\($0)" } ?? artifact)
        guard seenNames.insert(FingerprintHasher.hash(plainName)).inserted else {
            let repeats = (repeatedNames[plainName] ?? 1) + 1
            repeatedNames[plainName] = repeats
            return "\(plainName) (\(repeats))"
        }
        return plainName
    }

    func report(_ document: DocumentReport) {
        let name = XML.escape(uniqueName(document))
        let time = Self.time(document.seconds ?? 0)
        totalSeconds += document.seconds ?? 0
        totalTests += 1
        let findings = document.findings.map { "\($0.start.line):\($0.start.column): \($0.severity.rawValue) \($0.rule) \($0.messageWithSource)" }
            .joined(separator: "\n")
        var testcase = "    <testcase classname=\"\(name)\" name=\"gate\" time=\"\(time)\""
        var failures = 0
        var errors = 0
        if let error = document.error {
            errors = 1
            totalErrors += 1
            testcase += ">\n      <error type=\"input\" message=\"\(XML.escape(error))\"/>\n    </testcase>"
        } else if !document.passed {
            failures = 1
            totalFailures += 1
            let count = document.findings.count
            let reasons = document.gateReasons.joined(separator: "; ")
            testcase += ">\n      <failure type=\"gate\" message=\"\(XML.escape(reasons)) (\(count) finding\(count == 1 ? "" : "s"))\">"
                + XML.escape(findings) + "</failure>\n    </testcase>"
        } else if !findings.isEmpty {
            testcase += ">\n      <system-out>" + XML.escape(findings) + "</system-out>\n    </testcase>"
        } else {
            testcase += "/>"
        }
        let properties = """
            <properties>
              <property name="language" value="\(XML.escape(document.language))"/>
              <property name="words" value="\(document.words)"/>
              <property name="score" value="\(Gate.format(document.score))"/>
              <property name="findings" value="\(document.findings.count)"/>
              <property name="passed" value="\(document.passed)"/>
            </properties>
        """
        let suite = "  <testsuite name=\"\(name)\" tests=\"1\" failures=\"\(failures)\" errors=\"\(errors)\" time=\"\(time)\">\n\(properties)\n"
            + testcase + "\n  </testsuite>\n"
        suites.add(spill.append(suite))
    }

    func finish(_ summary: RunSummary) {
        output.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        output.write("<testsuites name=\"translint\" tests=\"\(totalTests)\" failures=\"\(totalFailures)\" errors=\"\(totalErrors)\" time=\"\(Self.time(totalSeconds))\">\n")
        spill.copy(suites, to: output)
        output.write("</testsuites>\n")
        output.flush()
    }

    /// Seconds with millisecond precision, as JUnit consumers read them.
    static func time(_ seconds: Double) -> String { String(format: "%.3f", seconds) }
}
