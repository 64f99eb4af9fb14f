import Foundation
import Pipeline
import Reporting
import RuleEngine
import TestSupport
import TextCore
import Testing

/// Hostile inputs that used to take quadratic time: four times the input must cost less than
/// six times the time.
@Suite(.serialized) struct ScalingTests {
    static let limit = 6.0

    func check(_ text: String, language: String = "en") throws -> CheckResult {
        let checker = try Checker(book: Repository.shippedBook)
        return checker.check(Document(name: "hostile.txt", string: text, language: LanguageTag(language)!))
    }

    /// No period, no line break: one sentence, one paragraph of 650 KB.
    @Test func aLongLineWithoutSentenceBreaksScalesLinearly() throws {
        let phrase = "the committee approved the budget with broad support and the minister said that "
        let (small, large) = (String(repeating: phrase, count: 2_000), String(repeating: phrase, count: 8_000))
        let measured = try Scaling.ratio({ _ = try check(small) }, { _ = try check(large) })
        #expect(measured.ratio < Self.limit, "\(measured)")
    }

    @Test func manyParagraphsScaleLinearly() throws {
        let paragraph = "Officials confirmed the plan on Monday. “We will not resign,” the minister said.\n\n"
        let (small, large) = (String(repeating: paragraph, count: 2_000), String(repeating: paragraph, count: 8_000))
        let measured = try Scaling.ratio({ _ = try check(small) }, { _ = try check(large) })
        #expect(measured.ratio < Self.limit, "\(measured)")
    }

    /// A protected stretch (an HTML comment in plain text) full of one repeated word was
    /// rescanned from every word of the run.
    @Test func repeatedWordsInsideACommentScaleLinearly() throws {
        func text(_ count: Int) -> String { "Intro text. <!-- " + String(repeating: "the ", count: count) + "--> End." }
        let (small, large) = (text(6_000), text(24_000))
        let measured = try Scaling.ratio({ _ = try check(small) }, { _ = try check(large) })
        #expect(measured.ratio < Self.limit, "\(measured)")
    }

    /// Thousands of suppression comments, none closed, and a finding after each: every finding
    /// was compared with every region.
    @Test func manySuppressionsScaleLinearly() throws {
        func text(_ count: Int) -> String {
            "Text.\n\n" + (0..<count).map { "<!-- translint-disable sentences.glued -->\n\nThe the cat number \($0) sat.\n\n" }.joined()
        }
        let (small, large) = (text(1_000), text(4_000))
        #expect(try check(small).findings.count >= 1_000)
        let measured = try Scaling.ratio({ _ = try check(small) }, { _ = try check(large) })
        #expect(measured.ratio < Self.limit, "\(measured)")
    }

    /// ICU reorders combining marks by insertion: a run of a hundred thousand marks is
    /// normalized window by window.
    @Test func longRunsOfCombiningMarksNormalizeInLinearTime() {
        func text(_ count: Int) -> [UInt16] { Array(("Hello a" + String(repeating: "\u{301}\u{308}\u{323}", count: count) + " world.").utf16) }
        let (small, large) = (text(20_000), text(80_000))
        let measured = Scaling.ratio({ _ = Normalization.nfc(small) }, { _ = Normalization.nfc(large) })
        #expect(measured.ratio < Self.limit, "\(measured)")
        // Ordinary text with marks is still exactly NFC.
        #expect(Normalization.nfc("Cafe\u{301} e\u{323}\u{302}") == "Café ệ")
    }

    /// GitLab fingerprints of identical findings were salted from 1 each time: n² hashes.
    @Test func gitlabFingerprintsOfIdenticalFindingsScaleLinearly() throws {
        let sentence = "The minister said that the budget would be cut by a third next year. "
        func render(_ result: CheckResult, _ document: Document) -> Int {
            let output = ReportOutput.memory()
            let reporter = ReportFormat.named("gitlab")!.reporter(ReporterContext(output: output))
            let report = DocumentReport.checked(document, result: result, id: nil, path: "loop.txt", recordLine: nil,
                                                languageSource: "flag", thresholds: Repository.shippedBook.thresholds)
            reporter.report(report)
            reporter.finish(RunSummary())
            return output.capturedText.count
        }
        let small = Document(name: "loop.txt", string: String(repeating: sentence, count: 500), language: LanguageTag("en")!)
        let large = Document(name: "loop.txt", string: String(repeating: sentence, count: 2_000), language: LanguageTag("en")!)
        let checker = try Checker(book: Repository.shippedBook)
        let (smallResult, largeResult) = (checker.check(small), checker.check(large))
        #expect(largeResult.findings.count > 1_000)
        let measured = Scaling.ratio({ _ = render(smallResult, small) }, { _ = render(largeResult, large) })
        #expect(measured.ratio < Self.limit, "\(measured)")
    }

    /// A long JSONL line arriving through a pipe, 64 KB per read, was searched for its end
    /// once per read: from a pipe it must take about as long as from a file.
    @Test func aLongRecordFromAPipeIsReadAsFastAsFromAFile() throws {
        let folder = try TemporaryFolder()
        let fifo = folder.path("pipe.jsonl")
        #expect(mkfifo(fifo, 0o600) == 0)
        let line = Array(#"{"text": ""#.utf8) + [UInt8](repeating: UInt8(ascii: "a"), count: 32 << 20) + Array("\"}\n".utf8)
        let file = try folder.write("file.jsonl", bytes: line)
        func read(_ path: String) {
            var inputs = InputCollector(paths: [path], options: .init())
            guard let source = inputs.next(), case .record(let bytes) = source.payload else {
                Issue.record("no record")
                return
            }
            #expect(bytes.count == line.count - 1)
        }
        func readThroughPipe() {
            let writer = Thread {
                let descriptor = open(fifo, O_WRONLY)
                line.withUnsafeBytes { raw in
                    var offset = 0
                    while offset < raw.count {
                        let written = write(descriptor, raw.baseAddress! + offset, min(1 << 16, raw.count - offset))
                        if written <= 0 { break }
                        offset += written
                    }
                }
                close(descriptor)
            }
            writer.start()
            read(fifo)
            while !writer.isFinished { usleep(1_000) }
        }
        read(file)
        let fromFile = Scaling.seconds { read(file) }
        let fromPipe = Scaling.seconds { readThroughPipe() }
        #expect(fromPipe < fromFile * 3 + 0.05, "file \(fromFile) s, pipe \(fromPipe) s")
    }

    /// A record over the limit is an input error for that record; the next one is read.
    @Test func aRecordOverTheLimitIsSkippedNotLoaded() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("feed.jsonl", #"{"text": "short"}"# + "\n" + #"{"text": ""# + String(repeating: "x", count: 5_000) + "\"}\n" + #"{"text": "last"}"# + "\n")
        var options = InputCollector.Options()
        options.maximumDocumentBytes = 1_000
        var inputs = InputCollector(paths: [path], options: options)
        var payloads: [DocumentSource.Payload] = []
        while let source = inputs.next() { payloads.append(source.payload) }
        #expect(payloads.count == 3)
        guard payloads.count == 3, case .failure(let message) = payloads[1], case .record = payloads[2] else {
            Issue.record("\(payloads)")
            return
        }
        #expect(message.contains("over the limit of 1000 bytes"))
    }

    /// A document that repeats five defects 1,300 times keeps at most 1,000 findings per rule
    /// and 5,000 in all, each cut marked by a finding that says how many more there are.
    @Test func findingsAreCappedPerRuleAndPerDocument() throws {
        let text = (0..<1_300).map { "Speaker \($0) said that the the plan \($0) was good , and  then left.“We agree.”The board \($0) met.It ended \($0)." }
            .joined(separator: " ")
        let findings = try check(text).findings
        let perRule = Dictionary(grouping: findings, by: \.rule).mapValues(\.count)
        #expect(perRule.values.allSatisfy { $0 <= FindingSink.maximumFindings + 1 }, "\(perRule)")
        #expect(findings.count == Checker.maximumFindings + 1)
        let doubled = try check((0..<1_500).map { "Item \($0) saw the the sea." }.joined(separator: " ")).findings.filter { $0.rule.description == "duplication.word" }
        #expect(doubled.count == FindingSink.maximumFindings + 1)
        #expect(doubled.contains { $0.message.contains("500 more findings of this rule in this document are not listed") })
        // The score is what it would have been: the summary weighs as much as what it stands for.
        #expect(doubled.reduce(0) { $0 + $1.penalty } == 1_500)
        // Findings in a disabled stretch do not count against the cap: the ones after it stay.
        let disabled = "<!-- translint-disable duplication.word -->\n\n" + (0..<1_500).map { "Item \($0) saw the the sea." }.joined(separator: " ")
            + "\n\n<!-- translint-enable duplication.word -->\n\n" + (0..<10).map { "Row \($0) had the the boat." }.joined(separator: " ")
        let after = try check(disabled).findings.filter { $0.rule.description == "duplication.word" }
        #expect(after.count == 10)
        #expect(findings.last?.message.contains("more findings in this document are not listed (at most 5000 per document)") == true)
    }
}
