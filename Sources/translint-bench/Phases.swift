import Foundation
import Pipeline
import Reporting
import RuleEngine
import TextCore

/// What a child process measures.
enum Phases {
    static func run(_ phase: String, arguments: BenchArguments) -> Measurement {
        let language = arguments.language ?? "und"
        let tag = LanguageTag(language) ?? .undetermined
        switch phase {
        case "floor":
            return floor(DocumentFile.read(arguments.input ?? ""), tag: tag)
        case "check":
            return check(DocumentFile.read(arguments.input ?? ""), tag: tag, jobs: 1, arguments: arguments, phase: phase)
        case "check-all":
            return check(DocumentFile.read(arguments.input ?? ""), tag: tag, jobs: arguments.jobs, arguments: arguments, phase: phase)
        case "real-check", "real-check-all":
            return RealCorpusPhase.check(path: arguments.input ?? "", jobs: arguments.jobs, arguments: arguments, phase: phase)
        case "stream":
            return stream(path: arguments.input ?? "", jobs: arguments.jobs, arguments: arguments)
        default:
            BenchArguments.usage("unknown phase \(phase)")
        }
    }

    /// (a) The ICU floor: what any ICU-based checker must do before its first rule runs.
    static func floor(_ documents: [[UInt8]], tag: LanguageTag) -> Measurement {
        let work = FloorWork(tag)
        let clock = ContinuousClock.now
        var bytes = 0
        var units = 0
        for document in documents {
            bytes += document.count
            units &+= work.run(document)
        }
        let seconds = clock.duration(to: .now).seconds
        return Measurement(phase: "floor", language: tag.identifier, seconds: seconds, bytes: bytes, documents: documents.count,
                           findings: units & 0, peakResidentBytes: ResourceUsage.peakResidentBytes)
    }

    static func book(_ arguments: BenchArguments) -> RuleBook {
        do {
            return try RuleSetLoader(roots: [arguments.rulesDirectory]).load(["default"])
        } catch {
            FileHandle.standardError.write(Data("translint-bench: \(error)\n".utf8))
            exit(2)
        }
    }

    /// (b) and (c): the full check, with reports rendered as `--format jsonl` renders them (on
    /// the workers, summed there, and handed in input order to this thread, which counts the
    /// bytes and drops them).
    static func check(_ documents: [[UInt8]], tag: LanguageTag, jobs: Int, arguments: BenchArguments, phase: String) -> Measurement {
        let book = book(arguments)
        let runner = try! BatchRunner(book: book, thresholds: book.thresholds, resolver: LanguageResolver(forced: tag), jobs: jobs)
        // Process set-up stays off the clock, as the floor's opening of its ICU iterators
        // does: the character tables are built once per process (the CLI builds them on a
        // second thread while it reads its arguments; start-up is measured on its own).
        CharacterClass.warmUp()
        var sources = documents.enumerated().map { DocumentSource(index: $0.offset, path: nil, recordLine: nil, payload: .bytes($0.element)) }.makeIterator()
        let bytes = documents.reduce(0) { $0 + $1.count }
        var summary = RunSummary()
        var output = 0
        let renderer = ReportFormat.named("jsonl")!.renderer
        let clock = ContinuousClock.now
        runner.run(&sources, prepare: { DocumentOutcome($0, renderer: renderer, keepsReport: false) }) { outcome in
            summary.add(outcome)
            output &+= outcome.rendered?.count ?? 0
        }
        let findings = summary.findings
        let seconds = clock.duration(to: .now).seconds
        return Measurement(phase: phase, language: tag.identifier, seconds: seconds, bytes: bytes, documents: documents.count,
                           findings: findings + (output & 0), peakResidentBytes: ResourceUsage.peakResidentBytes)
    }

    /// A JSONL stream read line by line, checked on all cores, written as JSONL.
    static func stream(path: String, jobs: Int, arguments: BenchArguments) -> Measurement {
        let book = book(arguments)
        let runner = try! BatchRunner(book: book, thresholds: book.thresholds, resolver: LanguageResolver(), jobs: jobs)
        var inputs = InputCollector(paths: [path], options: .init())
        let bytes = ((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil) ?? 0
        var documents = 0
        var findings = 0
        let output = ReportOutput.memory()
        let reporter = ReportFormat.named("jsonl")!.reporter(ReporterContext(output: output))
        let clock = ContinuousClock.now
        runner.run(&inputs) { report in
            documents += 1
            findings += report.findings.count
            reporter.report(report)
            if documents % 1000 == 0 { output.discard() }
        }
        let seconds = clock.duration(to: .now).seconds
        return Measurement(phase: "stream", language: "mixed", seconds: seconds, bytes: bytes, documents: documents, findings: findings,
                           peakResidentBytes: ResourceUsage.peakResidentBytes)
    }
}

extension Phases {
    /// Where the time goes: seconds per rule (and segmentation) on one worker.
    static func ruleCosts(_ documents: [[UInt8]], tag: LanguageTag, arguments: BenchArguments) -> [(String, Double)] {
        let checker = try! Checker(book: book(arguments))
        checker.profiling = true
        CharacterClass.warmUp()  // the character tables are built once per process, not per document
        let floor = FloorWork(tag)
        var stages: [String: Double] = [:]
        func timed<T>(_ name: String, _ body: () -> T) -> T {
            let start = ContinuousClock.now
            defer { stages[name, default: 0] += start.duration(to: .now).seconds }
            return body()
        }
        for bytes in documents {
            guard let units = timed("[decode]", { try? TextDecoding.decode(bytes) }) else { continue }
            let document = timed("[document: NFC, line index]") { Document(name: "bench", original: units, language: tag) }
            // The floor's break iteration on the same text, for comparison with "(segmentation)".
            document.text.withUnsafeBufferPointer { buffer in
                _ = timed("[floor sentence breaks]") { floor.sentences(buffer) }
                _ = timed("[floor word breaks]") { floor.words(buffer) }
            }
            let result = timed("[check, all]") { checker.check(document) }
            _ = timed("[report: scores, excerpts]") {
                DocumentReport.checked(document, result: result, id: nil, path: nil, recordLine: nil, languageSource: "forced",
                                       thresholds: GateThresholds())
            }
        }
        return (checker.timings.merging(stages) { $0 + $1 }).sorted { $0.value > $1.value }
    }
}

extension Phases {
    /// (b)/(a) measured document by document in one process, the floor's work and the check
    /// alternating (and which goes first alternating too), so that a machine whose speed
    /// drifts during a run slows both alike. Not a table measurement: a steady ratio for tuning.
    static func paired(_ documents: [[UInt8]], tag: LanguageTag, arguments: BenchArguments) -> (floor: Double, check: Double) {
        let floor = FloorWork(tag)
        let book = book(arguments)
        let processor = try! DocumentProcessor(book: book, thresholds: book.thresholds, resolver: LanguageResolver(forced: tag))
        CharacterClass.warmUp()
        var floorSeconds = 0.0
        var checkSeconds = 0.0
        var units = 0
        for (index, document) in documents.enumerated() {
            func floorWork() {
                let start = ContinuousClock.now
                units &+= floor.run(document)
                floorSeconds += start.duration(to: .now).seconds
            }
            func checkWork() {
                let start = ContinuousClock.now
                let report = processor.process(DocumentSource(index: index, path: nil, recordLine: nil, payload: .bytes(document)))
                units &+= report.findings.count
                checkSeconds += start.duration(to: .now).seconds
            }
            if index % 2 == 0 {
                floorWork()
                checkWork()
            } else {
                checkWork()
                floorWork()
            }
        }
        return (floorSeconds + Double(units & 0), checkSeconds)
    }
}
