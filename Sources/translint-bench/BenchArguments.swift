import Foundation

/// The benchmark's command line (parsed by hand: the benchmark depends on nothing but the
/// library it measures).
struct BenchArguments {
    var corpus = "Corpora"
    var sizeMB = 200
    var streamMB = 1024
    var repeats = 3
    var jobs = max(1, ProcessInfo.processInfo.activeProcessorCount)
    var hostile = true
    var json = "bench-results.json"
    var rules: String?
    var work = (NSTemporaryDirectory() as NSString).appendingPathComponent("translint-bench")
    // Child-process arguments.
    var phase: String?
    var language: String?
    var input: String?
    /// How many findings outside the prose the formats phase lists.
    var examples = 0
    /// The real-corpus phase repeats each language's records to at least this many MB of text.
    var minimumMB = 10

    init(_ argv: [String]) {
        var index = 1
        func value() -> String {
            index += 1
            guard index < argv.count else { Self.usage("\(argv[index - 1]) needs a value") }
            return argv[index]
        }
        while index < argv.count {
            switch argv[index] {
            case "--corpus": corpus = value()
            case "--size-mb": sizeMB = Int(value()) ?? sizeMB
            case "--stream-mb": streamMB = Int(value()) ?? streamMB
            case "--repeat": repeats = max(1, Int(value()) ?? repeats)
            case "--jobs": jobs = max(1, Int(value()) ?? jobs)
            case "--no-hostile": hostile = false
            case "--json": json = value()
            case "--rules": rules = value()
            case "--work": work = value()
            case "--phase": phase = value()
            case "--language": language = value()
            case "--input": input = value()
            case "--examples": examples = Int(value()) ?? 0
            case "--min-mb": minimumMB = max(1, Int(value()) ?? minimumMB)
            case "--help", "-h": Self.usage(nil)
            default: Self.usage("unknown argument \(argv[index])")
            }
            index += 1
        }
    }

    static func usage(_ problem: String?) -> Never {
        if let problem { FileHandle.standardError.write(Data("translint-bench: \(problem)\n".utf8)) }
        print("""
        usage: translint-bench [--corpus DIR] [--size-mb N] [--stream-mb N] [--repeat N] [--jobs N] [--no-hostile] [--json FILE] [--rules DIR]
          --corpus DIR    texts to replicate (default Corpora)
          --size-mb N     corpus size to measure, in MB of UTF-8 (default 200)
          --stream-mb N   size of the JSONL stream scenario (default 1024; 0 skips it)
          --repeat N      runs of each per-language phase; the median counts (default 3)
          --jobs N        workers for the all-cores phase (default: all processors)
          --no-hostile    skip the 100 MB document, 50 MB line and million-document scenarios
          --json FILE     where to write the results (default bench-results.json)
          --rules DIR     the Rules/ folder (default: found next to the executable)
        translint-bench --phase real [--input DIR] [--min-mb N] [--repeat N] [--jobs N]
          real, unfiltered documentation as JSONL in and out against the C floor (translint-floor);
          DIR is what .ci/bench-corpus writes (default .build-bench/real); each language's records
          are repeated to at least N MB of text (default 10)
        translint-bench --phase real-costs --input FILE.jsonl
          where one worker's time goes on a JSONL file: reading, parsing, checking, reports, writing
        """)
        exit(problem == nil ? 0 : 2)
    }

    /// This program's own path.
    static var executablePath: String { (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0] }

    /// The Rules/ folder: the flag, else the nearest Rules/ above the executable.
    var rulesDirectory: String {
        if let rules { return rules }
        let executable = Self.executablePath
        var folder = URL(fileURLWithPath: executable).deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = folder.appendingPathComponent("Rules")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("default.yml").path) { return candidate.path }
            folder.deleteLastPathComponent()
        }
        return "Rules"
    }
}
