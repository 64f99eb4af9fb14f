// translint-bench: measures translint against the ICU floor.
//
//   swift run -c release translint-bench [--corpus Corpora] [--size-mb 200] [--stream-mb 1024]
//                                        [--repeat 3] [--jobs N] [--no-hostile] [--json FILE]
//
// For each language of the corpus (its texts replicated to the requested size) it measures,
// each in a fresh child process so that peak memory belongs to one phase, and each phase
// `--repeat` times in turn with the others (the median run counts):
//   (a) the ICU floor: UTF-8 decoding, NFC, sentence and word break iteration, no rules;
//   (b) the full check with the shipped rule sets on one worker;
//   (c) the full check on all cores.
// Then a 1 GB JSONL stream, hostile inputs (one 100 MB document, a 50 MB line without a
// sentence break, a million tiny documents) and the start-up time of the `translint` binary.
// `--phase html` alone: the HTML report of 10,000 articles (time, page size, peak memory).
// `--phase real`: real documentation (.ci/bench-corpus) as JSONL in and out, per language,
// against the plain C floor `translint-floor`, with where the time goes.
import Foundation
import Pipeline
import Reporting
import RuleEngine
import TextCore

let arguments = BenchArguments(CommandLine.arguments)

if arguments.phase == "rule-costs" {
    // Not a measurement for the tables: a breakdown for tuning.
    let documents = DocumentFile.read(arguments.input ?? "")
    let bytes = documents.reduce(0) { $0 + $1.count }
    for (name, seconds) in Phases.ruleCosts(documents, tag: LanguageTag(arguments.language ?? "und") ?? .undetermined, arguments: arguments) {
        print(String(format: "%8.1f ms  %6.1f MB/s  %@", seconds * 1000, Double(bytes) / 1_000_000 / max(seconds, 1e-9), name))
    }
    exit(0)
}

if arguments.phase == "formats" {
    // Structured documents: throughput in their format against the same files as plain text,
    // findings per 10,000 characters, and findings outside the prose.
    let result = FormatPhase.run(folder: arguments.input ?? arguments.corpus, arguments: arguments, examples: arguments.examples)
    FormatPhase.print(result)
    exit(0)
}

if arguments.phase == "planted" {
    // The source-aware rules on real pairs: plants found per kind, findings on the
    // unplanted references, bilingual against monolingual throughput.
    let paths = (arguments.input ?? "").split(separator: ",").map(String.init)
    let result = PlantedPhase.run(paths: paths, book: Phases.book(arguments), examples: arguments.examples)
    PlantedPhase.print(result, label: arguments.language ?? "pairs")
    exit(0)
}

if arguments.phase == "html" {
    // The HTML report of 10,000 articles: time, page size, peak memory.
    try? FileManager.default.createDirectory(atPath: arguments.work, withIntermediateDirectories: true)
    let result = HTMLPhase.run(arguments: arguments)
    print(String(format: "html report: %d documents, %d findings, %.1f s, %.1f MB page, peak %d MB", result.documents, result.findings, result.seconds,
                 Double(result.bytes) / 1_000_000, result.peak / 1_000_000))
    exit(0)
}

if arguments.phase == "paired" {
    let documents = DocumentFile.read(arguments.input ?? "")
    let (floor, check) = Phases.paired(documents, tag: LanguageTag(arguments.language ?? "und") ?? .undetermined, arguments: arguments)
    print(String(format: "%@ floor %.1f ms, check %.1f ms, (b)/(a) %.3f", arguments.language ?? "und", floor * 1000, check * 1000, floor / check))
    exit(0)
}

if arguments.phase == "real" {
    // Real, unfiltered documentation through JSONL in and out, against the C floor.
    try? FileManager.default.createDirectory(atPath: arguments.work, withIntermediateDirectories: true)
    let bench = BenchRunner(arguments: arguments)
    let rows = RealCorpusPhase.run(arguments: arguments, runner: { phase, extra in bench.child(["--phase", phase] + extra) }, log: bench.log)
    RealCorpusPhase.print(rows, jobs: arguments.jobs)
    exit(0)
}

if arguments.phase == "real-costs" {
    let stages = RealCorpusPhase.costs(arguments.input ?? "", arguments: arguments)
    for (name, seconds) in stages.sorted(by: { $0.value > $1.value }) { print(String(format: "%8.1f ms  %@", seconds * 1000, name)) }
    exit(0)
}

if let phase = arguments.phase {
    // A child: run one phase and print its measurement as one JSON line.
    let measurement = Phases.run(phase, arguments: arguments)
    print(measurement.json)
    exit(0)
}

let bench = BenchRunner(arguments: arguments)
bench.run()
