import Foundation
import Formats
import Pipeline
import Reporting
import RuleEngine
import TextCore

/// Structured documents measured: every file of a known format under a folder, checked in its
/// format and, for comparison, as plain text; with the findings per 10,000 characters and the
/// findings of prose rules that start outside the prose (in markup, code or metadata), which
/// a format reader must never let through.
enum FormatPhase {
    struct Row {
        var files = 0
        var bytes = 0
        var characters = 0
        var formatSeconds = 0.0
        var textSeconds = 0.0
        var findings = 0
        var inMarkup = 0

        var formatMegabytesPerSecond: Double { Double(bytes) / 1_000_000 / max(formatSeconds, 1e-9) }
        var textMegabytesPerSecond: Double { Double(bytes) / 1_000_000 / max(textSeconds, 1e-9) }
        var findingsPer10k: Double { Double(findings) * 10_000 / Double(max(characters, 1)) }
    }

    struct Result {
        var byFormat: [InputFormat: Row] = [:]
        var byLanguage: [String: Row] = [:]
        var examples: [String] = []
    }

    static func run(folder: String, arguments: BenchArguments, examples: Int) -> Result {
        let book = Phases.book(arguments)
        let processor = try! DocumentProcessor(book: book, thresholds: book.thresholds, resolver: LanguageResolver())
        CharacterClass.warmUp()
        var result = Result()
        let files = (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? []).sorted()
        for (index, relative) in files.enumerated() {
            guard let format = InputFormat(fileName: relative), format != .text else { continue }
            let path = (folder as NSString).appendingPathComponent(relative)
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            let bytes = [UInt8](data)
            let start = ContinuousClock.now
            let report = processor.process(DocumentSource(index: index, path: path, recordLine: nil, payload: .bytes(bytes), format: format))
            let formatSeconds = start.duration(to: .now).seconds
            let plainStart = ContinuousClock.now
            _ = processor.process(DocumentSource(index: index, path: path, recordLine: nil, payload: .bytes(bytes), format: .text))
            let textSeconds = plainStart.duration(to: .now).seconds
            guard report.error == nil else { continue }
            let outside = findingsOutsideProse(report, bytes: bytes, format: format, path: path)
            for row in [format.rawValue, report.language] {
                var entry = row == format.rawValue ? result.byFormat[format] ?? Row() : result.byLanguage[row] ?? Row()
                entry.files += 1
                entry.bytes += bytes.count
                entry.characters += report.characters
                entry.formatSeconds += formatSeconds
                entry.textSeconds += textSeconds
                entry.findings += report.findings.count
                entry.inMarkup += outside.count
                if row == format.rawValue { result.byFormat[format] = entry } else { result.byLanguage[row] = entry }
            }
            for finding in outside where result.examples.count < examples {
                result.examples.append("\(relative):\(finding.start.line):\(finding.start.column) \(finding.rule) \(finding.excerpt.text)")
            }
        }
        return result
    }

    /// Findings of rules other than the encoding ones whose first unit is not a unit of prose
    /// (a unit of a prose block, not opaque) in the file.
    private static func findingsOutsideProse(_ report: DocumentReport, bytes: [UInt8], format: InputFormat, path: String) -> [ReportedFinding] {
        guard let units = try? TextDecoding.decode(bytes), let view = try? DocumentReader.prose(of: units, format: format, fileName: path) else { return [] }
        var prose = [Bool](repeating: false, count: units.count + 1)
        var opaque = view.opaque.makeIterator()
        var nextOpaque = opaque.next()
        for block in view.blocks where block.kind != .code {
            for index in block.range.start..<block.range.end {
                while let current = nextOpaque, current.end <= index { nextOpaque = opaque.next() }
                if let current = nextOpaque, current.contains(index) { continue }
                let original = view.map.original(TextRange(start: index, length: 1))
                for offset in original.start..<max(original.end, original.start + 1) where offset < prose.count { prose[offset] = true }
            }
        }
        return report.findings.filter { finding in
            finding.family != .encoding && finding.family != .accuracy && !(finding.offset < prose.count && prose[finding.offset])
        }
    }

    static func print(_ result: Result) {
        func line(_ name: String, _ row: Row) -> String {
            String(format: "%-10@ %6d %8.2f %9.1f %9.1f %6.2f %9.2f %7d", name, row.files, Double(row.bytes) / 1_000_000, row.formatMegabytesPerSecond,
                   row.textMegabytesPerSecond, row.formatMegabytesPerSecond / max(row.textMegabytesPerSecond, 1e-9), row.findingsPer10k, row.inMarkup)
        }
        Swift.print("format      files       MB  format MB/s  text MB/s  ratio  findings/10k  in markup")
        for (format, row) in result.byFormat.sorted(by: { $0.key.rawValue < $1.key.rawValue }) { Swift.print(line(format.rawValue, row)) }
        let total = result.byFormat.values.reduce(Row()) { sum, row in
            Row(files: sum.files + row.files, bytes: sum.bytes + row.bytes, characters: sum.characters + row.characters,
                formatSeconds: sum.formatSeconds + row.formatSeconds, textSeconds: sum.textSeconds + row.textSeconds,
                findings: sum.findings + row.findings, inMarkup: sum.inMarkup + row.inMarkup)
        }
        Swift.print(line("all", total))
        Swift.print("\nlanguage    files       MB  format MB/s  text MB/s  ratio  findings/10k  in markup")
        for (language, row) in result.byLanguage.sorted(by: { $0.key < $1.key }) { Swift.print(line(language, row)) }
        if !result.examples.isEmpty {
            Swift.print("\nfindings outside prose:")
            for example in result.examples { Swift.print("  " + example) }
        }
    }
}
