import Foundation
import Pipeline
import Reporting
import RuleEngine
import TextCore

/// What users run, measured against a floor written in C: real, unfiltered documentation in
/// several languages (built by `.ci/bench-corpus` from Debian's documentation packages), read
/// as JSONL and written as JSONL with every finding.
///
/// For each language's records (repeated to at least `--min-mb` of text, so that a small
/// language is timed over more than a blink), it runs, `--repeat` times in turn: the C floor
/// (`translint-floor`: read, decode, NFC, sentence and word break — nothing else), the check
/// on one worker and the check on all workers, each in its own process, the median counting.
/// Then, on one worker in this process, where the time of a check goes: reading lines,
/// parsing records, checking, building reports, serialising and writing them.
enum RealCorpusPhase {
    struct Row {
        var language: String
        var floor: Measurement
        var single: Measurement
        var all: Measurement
        var stages: [String: Double]
    }

    static func run(arguments: BenchArguments, runner child: (String, [String]) -> Measurement?, log: (String) -> Void) -> [Row] {
        let folder = arguments.input ?? ".build-bench/real"
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".jsonl") && $0 != "corpus.jsonl" }.sorted()
        guard !files.isEmpty else { BenchArguments.usage("no <language>.jsonl files in \(folder): run .ci/bench-corpus first") }
        let floorBinary = URL(fileURLWithPath: BenchArguments.executablePath).deletingLastPathComponent().appendingPathComponent("translint-floor").path
        guard FileManager.default.isExecutableFile(atPath: floorBinary) else { BenchArguments.usage("no translint-floor next to the benchmark (swift build -c release)") }
        var rows: [Row] = []
        for file in files {
            let language = String(file.dropLast(".jsonl".count))
            let (path, textBytes, documents) = repeated((folder as NSString).appendingPathComponent(file), minimumBytes: arguments.minimumMB * 1_000_000,
                                                        work: arguments.work)
            var runs: [String: [Measurement]] = [:]
            for _ in 0..<arguments.repeats {
                if let floor = Self.floor(floorBinary, path, language: language) { runs["floor", default: []].append(floor) }
                for (phase, jobs) in [("real-check", 1), ("real-check-all", arguments.jobs)] {
                    if var measurement = child(phase, ["--input", path, "--language", language, "--jobs", String(jobs)]) {
                        measurement.bytes = textBytes
                        runs[phase, default: []].append(measurement)
                    }
                }
            }
            func median(_ phase: String) -> Measurement? {
                guard let all = runs[phase], !all.isEmpty else { return nil }
                return all.sorted { $0.seconds < $1.seconds }[all.count / 2]
            }
            guard let floor = median("floor"), let single = median("real-check"), let all = median("real-check-all") else { continue }
            let stages = costs(path, arguments: arguments)
            rows.append(Row(language: language, floor: floor, single: single, all: all, stages: stages))
            log(String(format: "%@: %d documents, %.1f MB of text; floor %.1f MB/s, check %.1f MB/s (%.2f), %d workers %.1f MB/s (%.2f×)", language, documents,
                       Double(textBytes) / 1e6, floor.megabytesPerSecond, single.megabytesPerSecond, single.megabytesPerSecond / floor.megabytesPerSecond,
                       arguments.jobs, all.megabytesPerSecond, all.megabytesPerSecond / single.megabytesPerSecond))
            try? FileManager.default.removeItem(atPath: path)
        }
        return rows
    }

    /// The language's records, repeated whole until their texts reach `minimumBytes`.
    private static func repeated(_ path: String, minimumBytes: Int, work: String) -> (path: String, textBytes: Int, documents: Int) {
        let records = DocumentFile.records(path)
        let lines = (FileManager.default.contents(atPath: path) ?? Data()).split(separator: UInt8(ascii: "\n"))
        let recordBytes = records.reduce(0) { $0 + $1.text.count }
        let copies = max(1, (minimumBytes + max(1, recordBytes) - 1) / max(1, recordBytes))
        let output = (work as NSString).appendingPathComponent("real-" + (path as NSString).lastPathComponent)
        var data = Data()
        for _ in 0..<copies {
            for line in lines {
                data.append(line)
                data.append(UInt8(ascii: "\n"))
            }
        }
        try? data.write(to: URL(fileURLWithPath: output))
        return (output, recordBytes * copies, records.count * copies)
    }

    /// The C floor over `path`, as a measurement (its own clock: the texts are in memory).
    private static func floor(_ binary: String, _ path: String, language: String) -> Measurement? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = [path, "1"]
        let output = Pipe()
        process.standardOutput = output
        guard (try? process.run()) != nil else { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], object["language"] as? String == "all",
                  let seconds = object["seconds"] as? Double, let bytes = object["bytes"] as? Int, let documents = object["documents"] as? Int else { continue }
            return Measurement(phase: "floor", language: language, seconds: seconds, bytes: bytes, documents: documents, findings: 0, peakResidentBytes: 0)
        }
        return nil
    }

    /// A child process: the whole check of a JSONL file as `translint check --format jsonl`
    /// runs it (CheckSession) — records read and parsed, checked, reports rendered and summed on
    /// the workers, written in order to a file — timed from the first read to the last write (rule loading, which
    /// happens once per run, off the clock).
    static func check(path: String, jobs: Int, arguments: BenchArguments, phase: String) -> Measurement {
        let book = Phases.book(arguments)
        let runner = try! BatchRunner(book: book, thresholds: book.thresholds, resolver: LanguageResolver(), jobs: jobs)
        CharacterClass.warmUp()
        let format = ReportFormat.named("jsonl")!
        let outputPath = (arguments.work as NSString).appendingPathComponent("real-out-\(jobs).jsonl")
        var inputs = InputCollector(paths: [path], options: .init())
        var summary = RunSummary()
        let clock = ContinuousClock.now
        let output = try! ReportOutput.file(outputPath)
        let reporter = format.reporter(ReporterContext(output: output))
        let renderer = format.renderer
        runner.run(&inputs, prepare: { DocumentOutcome($0, renderer: renderer, keepsReport: false) }) { outcome in
            summary.add(outcome)
            if let rendered = outcome.rendered { reporter.report(rendered: rendered) }
        }
        reporter.finish(summary)
        try? output.close()
        let seconds = clock.duration(to: .now).seconds
        try? FileManager.default.removeItem(atPath: outputPath)
        return Measurement(phase: phase, language: arguments.language ?? "mixed", seconds: seconds, bytes: 0, documents: summary.documents, findings: summary.findings,
                           peakResidentBytes: ResourceUsage.peakResidentBytes)
    }

    /// Where one worker's time goes on `path`, in seconds per stage.
    static func costs(_ path: String, arguments: BenchArguments) -> [String: Double] {
        let book = Phases.book(arguments)
        let processor = try! DocumentProcessor(book: book, thresholds: book.thresholds, resolver: LanguageResolver())
        processor.stageSeconds = [:]
        CharacterClass.warmUp()
        var stages: [String: Double] = [:]
        func timed<T>(_ name: String, _ body: () -> T) -> T {
            let start = ContinuousClock.now
            defer { stages[name, default: 0] += start.duration(to: .now).seconds }
            return body()
        }
        var inputs = InputCollector(paths: [path], options: .init())
        let output = ReportOutput.memory()
        let renderer = ReportFormat.named("jsonl")!.renderer!
        let total = ContinuousClock.now
        while let source = timed("read: lines", { inputs.next() }) {
            let report = processor.process(source)
            let line = timed("report: serialise", { renderer(report) })
            timed("write") {
                output.write(bytes: line[...])
                output.discard()
            }
        }
        stages["total"] = total.duration(to: .now).seconds
        return stages.merging(processor.stageSeconds ?? [:]) { $0 + $1 }
    }

    static func print(_ rows: [Row], jobs: Int) {
        func total(_ pick: (Row) -> Measurement) -> Measurement {
            let parts = rows.map(pick)
            return Measurement(phase: "", language: "all", seconds: parts.reduce(0) { $0 + $1.seconds }, bytes: parts.reduce(0) { $0 + $1.bytes },
                               documents: parts.reduce(0) { $0 + $1.documents }, findings: parts.reduce(0) { $0 + $1.findings },
                               peakResidentBytes: parts.map(\.peakResidentBytes).max() ?? 0)
        }
        let stageNames = ["read: lines", "read: parse records", "check", "report: build", "report: serialise", "write"]
        var all = Row(language: "all", floor: total(\.floor), single: total(\.single), all: total(\.all), stages: [:])
        for row in rows { all.stages.merge(row.stages) { $0 + $1 } }
        Swift.print("| language | documents | MB of text | findings per 1,000 bytes | C floor MB/s | check 1 worker MB/s | ratio | check \(jobs) workers MB/s | speed-up | "
                    + stageNames.joined(separator: " | ") + " | peak RSS MB |")
        Swift.print("|---|" + String(repeating: "---:|", count: 9 + stageNames.count))
        for row in rows + [all] {
            let stageTotal = max(row.stages["total"] ?? 0, 1e-9)
            let shares = stageNames.map { String(format: "%.0f %%", 100 * (row.stages[$0] ?? 0) / stageTotal) }
            let perThousand = Double(row.single.findings) / max(1, Double(row.single.bytes)) * 1000
            Swift.print("| \(row.language) | \(row.single.documents) | " + String(format: "%.1f | %.2f | %.1f | %.1f | %.2f | %.1f | %.2f× | ", Double(row.single.bytes) / 1e6,
                                                                                    perThousand, row.floor.megabytesPerSecond, row.single.megabytesPerSecond,
                                                                                    row.single.megabytesPerSecond / row.floor.megabytesPerSecond,
                                                                                    row.all.megabytesPerSecond, row.all.megabytesPerSecond / row.single.megabytesPerSecond)
                        + shares.joined(separator: " | ") + " | \(row.single.peakResidentBytes / 1_000_000)/\(row.all.peakResidentBytes / 1_000_000) |")
        }
    }
}
