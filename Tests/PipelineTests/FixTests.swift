import Foundation
import Formats
@testable import Pipeline
import Reporting
import RuleEngine
import Testing
import TestSupport
import TextCore

/// `translint fix`: safe suggestions remove their findings and add none, change nothing
/// else, and fixing twice is fixing once.
@Suite struct FixTests {
    private static let book = Repository.everyShippedRule

    private static func processor(language: String) throws -> DocumentProcessor {
        try DocumentProcessor(book: book, thresholds: book.thresholds, resolver: LanguageResolver(forced: LanguageTag(language)))
    }

    /// Findings per rule of `bytes`.
    private static func counts(_ bytes: [UInt8], path: String, format: InputFormat, processor: DocumentProcessor) -> [String: Int] {
        let report = processor.process(DocumentSource(index: 0, path: path, recordLine: nil, payload: .bytes(bytes), format: format))
        return report.findings.reduce(into: [:]) { $0[$1.rule.description, default: 0] += 1 }
    }

    static let safeExamples: [(rule: String, example: RuleExample)] = book.rules.filter(\.description.fixIsSafe).flatMap { rule in
        rule.description.triggering.map { (rule.id.description, $0) }
    }

    @Test func safeRulesExist() {
        let rules = Set(Self.safeExamples.map(\.rule))
        #expect(rules.isSuperset(of: ["duplication.word", "spacing.double-space", "quotes.glued-closing", "quotes.glued-opening", "spacing.missing-before-punctuation"]))
    }

    @Test(arguments: safeExamples.indices)
    func aSafeFixRemovesItsFindingAndAddsNone(_ index: Int) throws {
        let (rule, example) = Self.safeExamples[index]
        let marked = try MarkedText(example.marked)
        let format = example.format.flatMap(InputFormat.init(name:)) ?? .text
        let processor = try Self.processor(language: example.language)
        let bytes = Array(marked.text.utf8)
        let before = Self.counts(bytes, path: "example", format: format, processor: processor)
        let outcome = DocumentFixer(processor: processor, book: Self.book).fix(bytes, path: "example", format: format)
        #expect(outcome.problem == nil)
        let fixed = String(decoding: outcome.bytes, as: UTF8.self)
        // A fix never joins or splits lines: a span across a line break is left for review.
        if marked.spans.contains(where: { span in Array(marked.text.utf16)[span.start..<span.end].contains(0x0A) }) {
            #expect(outcome.bytes == bytes, "\(rule): \(example.marked) → \(fixed)")
            return
        }
        let after = Self.counts(outcome.bytes, path: "example", format: format, processor: processor)
        #expect(after[rule, default: 0] == 0, "\(rule): \(example.marked) → \(fixed)")
        for (other, count) in after { #expect(count <= before[other, default: 0], "\(rule)'s fix of \(example.marked) added \(other): \(fixed)") }
        if let correction = example.correction, outcome.edits.allSatisfy({ $0.rule == rule }) {
            #expect(fixed == correction, "\(rule)")
        }
        // Fixing the fixed text changes nothing.
        #expect(DocumentFixer(processor: processor, book: Self.book).fix(outcome.bytes, path: "example", format: format).edits.isEmpty)
    }

    /// Every file of Corpora/: only lines holding a safe finding change, no line is added or
    /// removed, structured files still read, no rule finds more, and a second fix is empty.
    @Test func aRoundTripOverTheCorporaChangesOnlyTheFixedSpans() throws {
        let root = Repository.corporaDirectory
        let files = FileManager.default.enumerator(atPath: root)!.compactMap { $0 as? String }
            .filter { InputFormat(fileName: $0) != nil && !$0.contains(".expected.") && !$0.hasSuffix(".jsonl") }.sorted()
        #expect(files.count > 100)
        var changedFiles = 0
        var edits = 0
        let safe = Set(Self.book.rules.filter(\.description.fixIsSafe).map(\.id.description))
        for file in files {
            let path = (root as NSString).appendingPathComponent(file)
            let format = InputFormat(fileName: file) ?? .text
            let language = LanguageResolver().resolve(path: path, recordLanguage: nil).language
            let processor = try DocumentProcessor(book: Self.book, thresholds: Self.book.thresholds,
                                                  resolver: LanguageResolver(forced: language.isUndetermined ? LanguageTag("en") : language))
            let original = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
            let report = processor.process(DocumentSource(index: 0, path: path, recordLine: nil, payload: .bytes(original), format: format))
            guard report.error == nil else { continue }
            let outcome = DocumentFixer(processor: processor, book: Self.book).fix(original, path: path, format: format)
            #expect(outcome.problem == nil, "\(file)")
            guard outcome.bytes != original else { continue }
            changedFiles += 1
            edits += outcome.edits.count
            let before = String(decoding: original, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let after = String(decoding: outcome.bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            #expect(before.count == after.count, "\(file): lines added or removed")
            let fixableLines = Set(report.findings.filter { safe.contains($0.rule.description) }.map(\.start.line))
            for line in before.indices where line < after.count && before[line] != after[line] {
                #expect(fixableLines.contains(line + 1), "\(file):\(line + 1) changed without a safe finding")
            }
            let recheck = processor.process(DocumentSource(index: 0, path: path, recordLine: nil, payload: .bytes(outcome.bytes), format: format))
            #expect(recheck.error == nil, "\(file) no longer reads: \(recheck.error ?? "")")
            let beforeCounts = report.findings.reduce(into: [:]) { $0[$1.rule.description, default: 0] += 1 }
            for (rule, count) in recheck.findings.reduce(into: [String: Int](), { $0[$1.rule.description, default: 0] += 1 }) {
                #expect(count <= beforeCounts[rule, default: 0], "\(file): the fix added a \(rule) finding")
            }
            #expect(DocumentFixer(processor: processor, book: Self.book).fix(outcome.bytes, path: path, format: format).edits.isEmpty, "\(file): not idempotent")
        }
        #expect(changedFiles > 5 && edits > 20, "\(changedFiles) files, \(edits) edits")
        print("fix round trip: \(edits) edits in \(changedFiles) of \(files.count) corpus files")
    }

    @Test func editsApplyToTheFileBytesOnly() throws {
        // A byte-order mark and CRLF line ends stay; the edit lands after the astral emoji.
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("😀 the the end.\r\nNext.\r\n".utf8)
        let edited = try ByteEditor.apply([SafeEdit(start: 3, end: 10, replacement: "the", rule: "duplication.word")], to: bytes)
        #expect(edited == [0xEF, 0xBB, 0xBF] + Array("😀 the end.\r\nNext.\r\n".utf8))
        #expect(throws: ByteEditor.Refusal.self) { try ByteEditor.apply([SafeEdit(start: 1, end: 2, replacement: "", rule: "x")], to: bytes) }
    }

    @Test func overlappingSuggestionsResolveTheSameWayEveryTime() {
        let report = DocumentReport(id: nil, path: "a.txt", language: "en", languageSource: "flag")
        let planner = FixPlanner(book: Self.book)
        #expect(planner.plan(report, text: Array("x".utf16), format: .text).isEmpty)
        #expect(FixPlanner.reserved(in: .html).contains(UInt16(UInt8(ascii: "<"))))
        #expect(FixPlanner.reserved(in: .po).contains(UInt16(UInt8(ascii: "\""))))
    }
}
