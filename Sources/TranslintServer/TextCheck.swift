import Foundation
import Pipeline
import Reporting
import RuleEngine

/// One text to check on a worker, as a JSONL record the CLI would read (so the server and
/// the CLI run the same reader, checks and report), in chunks of whole paragraphs when it is
/// long, stopping at the deadline.
struct TextCheck: Sendable {
    var text: [UInt16]
    var language: String?
    var ruleSet: String?
    var deadline: ContinuousClock.Instant
    var chunkLength: Int

    struct Outcome: Sendable {
        /// The findings of every chunk checked, in offsets of the whole text.
        var findings: [ReportedFinding] = []
        var language = "und"
        /// Whether the deadline stopped the check before the end of the text.
        var incomplete = false
        var error: String?
    }

    func run(_ processors: WorkerProcessors) -> Outcome {
        guard let processor = processors.processor(ruleSet) else { return Outcome(error: "rule set '\(ruleSet ?? processors.defaultName)' is not loaded") }
        var outcome = Outcome()
        for chunk in Self.chunks(text, length: chunkLength) {
            if ContinuousClock.now > deadline {
                outcome.incomplete = true
                break
            }
            let report = processor.process(units: Array(text[chunk]), language: language)
            if let error = report.error {
                // An empty chunk (blank lines only) is not an error of the request.
                if text[chunk].allSatisfy({ $0 == 0x0A || $0 == 0x0D || $0 == 0x20 || $0 == 0x09 }) { continue }
                outcome.error = error
                return outcome
            }
            outcome.language = report.language
            outcome.findings += report.findings.map { $0.shifted(by: chunk.lowerBound) }
        }
        return outcome
    }

    /// Ranges of about `length` units, cut after a blank line (else a line break) so that no
    /// paragraph is split; a text no longer than `length` is one chunk.
    static func chunks(_ text: [UInt16], length: Int) -> [Range<Int>] {
        guard text.count > length, length > 0 else { return [0..<text.count] }
        var ranges: [Range<Int>] = []
        var start = 0
        while start < text.count {
            var end = min(text.count, start + length)
            if end < text.count {
                var cut: Int?
                var index = end
                while index > start + 1 {
                    if text[index - 1] == 0x0A {
                        if text[index - 2] == 0x0A { cut = index; break }
                        if cut == nil { cut = index }
                    }
                    index -= 1
                }
                end = cut ?? end
            }
            ranges.append(start..<end)
            start = end
        }
        return ranges
    }
}
