import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Pipeline
import Reporting
import TextCore

/// The parent process: prepares the corpora, runs every phase in a child process, and
/// prints and records the results.
final class BenchRunner {
    let arguments: BenchArguments
    private var results: [Measurement] = []
    private var startup: (medianMilliseconds: Double, runs: Int)?

    init(arguments: BenchArguments) { self.arguments = arguments }

    func run() {
        try? FileManager.default.createDirectory(atPath: arguments.work, withIntermediateDirectories: true)
        let corpus = loadCorpus()
        guard !corpus.isEmpty else { BenchArguments.usage("no .txt files under \(arguments.corpus)") }
        let languages = corpus.keys.sorted()
        let perLanguage = arguments.sizeMB * 1_000_000 / languages.count
        log("corpus: \(corpus.values.reduce(0) { $0 + $1.count }) files in \(languages.count) languages, replicated to \(arguments.sizeMB) MB; \(arguments.jobs) workers; rules \(arguments.rulesDirectory)")
        for language in languages {
            let documents = replicate(corpus[language]!, to: perLanguage)
            let file = path("\(language).docs")
            try! DocumentFile.write(documents, to: file)
            // Each phase runs `repeat` times, the three phases taking turns so that a machine
            // whose speed drifts during the run affects them alike; the median run counts.
            var runs: [String: [Measurement]] = [:]
            for _ in 0..<arguments.repeats {
                for phase in ["floor", "check", "check-all"] {
                    if let measurement = child(["--phase", phase, "--language", language, "--input", file]) { runs[phase, default: []].append(measurement) }
                }
            }
            for phase in ["floor", "check", "check-all"] {
                guard let all = runs[phase], !all.isEmpty else { continue }
                let measurement = all.sorted { $0.seconds < $1.seconds }[all.count / 2]
                results.append(measurement)
                log(String(format: "%@ %@: %.1f MB/s, %.0f documents/s, peak %d MB (median of %d)", language, phase, measurement.megabytesPerSecond,
                           measurement.documentsPerSecond, measurement.peakResidentBytes / 1_000_000, all.count))
            }
            try? FileManager.default.removeItem(atPath: file)
        }
        if arguments.streamMB > 0 {
            let file = path("stream.jsonl")
            writeStream(corpus, megabytes: arguments.streamMB, to: file)
            if var measurement = child(["--phase", "stream", "--input", file]) {
                measurement.phase = "stream-\(arguments.streamMB)mb"
                results.append(measurement)
                log(String(format: "JSONL stream of %d MB: %.1f MB/s, peak %d MB", arguments.streamMB, measurement.megabytesPerSecond, measurement.peakResidentBytes / 1_000_000))
            }
            try? FileManager.default.removeItem(atPath: file)
        }
        if arguments.hostile { runHostile(corpus) }
        measureStartup(corpus)
        report(languages)
    }

    // MARK: Corpus

    private func loadCorpus() -> [String: [[UInt8]]] {
        var corpus: [String: [[UInt8]]] = [:]
        let resolver = LanguageResolver()
        guard let enumerator = FileManager.default.enumerator(atPath: arguments.corpus) else { return [:] }
        while let relative = enumerator.nextObject() as? String {
            guard relative.hasSuffix(".txt") else { continue }
            let full = (arguments.corpus as NSString).appendingPathComponent(relative)
            let language = resolver.resolve(path: full, recordLanguage: nil).language
            guard !language.isUndetermined, let data = FileManager.default.contents(atPath: full) else { continue }
            corpus[language.language, default: []].append([UInt8](data))
        }
        return corpus
    }

    private func replicate(_ documents: [[UInt8]], to bytes: Int) -> [[UInt8]] {
        var result: [[UInt8]] = []
        var total = 0
        while total < bytes {
            for document in documents where total < bytes {
                result.append(document)
                total += document.count
            }
        }
        return result
    }

    private func writeStream(_ corpus: [String: [[UInt8]]], megabytes: Int, to file: String) {
        _ = FileManager.default.createFile(atPath: file, contents: nil)
        guard let handle = FileHandle(forWritingAtPath: file) else { return }
        defer { try? handle.close() }
        let records: [Data] = corpus.sorted { $0.key < $1.key }.flatMap { language, documents in
            documents.enumerated().map { index, document in
                var line = "{\"id\":\"\(language)-\(index)\",\"lang\":\"\(language)\",\"text\":"
                JSONWriter.appendString(String(decoding: document, as: UTF8.self), to: &line)
                return Data((line + "}\n").utf8)
            }
        }
        var written = 0
        var chunk = Data()
        let target = megabytes * 1_000_000
        while written < target {
            for record in records where written < target {
                chunk.append(record)
                written += record.count
                if chunk.count > 8_000_000 {
                    handle.write(chunk)
                    chunk.removeAll(keepingCapacity: true)
                }
            }
        }
        handle.write(chunk)
    }

    // MARK: Hostile inputs

    private func runHostile(_ corpus: [String: [[UInt8]]]) {
        let english = corpus["en"] ?? corpus.values.first ?? []
        // One 100 MB document.
        let large = path("document-100mb.docs")
        var body: [UInt8] = []
        body.reserveCapacity(100_000_000)
        while body.count < 100_000_000 {
            for document in english where body.count < 100_000_000 { body += document + [0x0A, 0x0A] }
        }
        try! DocumentFile.write([body], to: large)
        body = []
        hostile(["--phase", "check", "--language", "en", "--input", large], name: "document-100mb")
        try? FileManager.default.removeItem(atPath: large)
        // A 50 MB line without a sentence break.
        let line = path("line-50mb.docs")
        let words = Array("the minister said that the budget would be cut by a third across every region ".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(50_000_000)
        while text.count < 50_000_000 { text += words }
        try! DocumentFile.write([text], to: line)
        text = []
        hostile(["--phase", "check", "--language", "en", "--input", line], name: "line-50mb-no-sentence-break")
        try? FileManager.default.removeItem(atPath: line)
        // A million tiny documents.
        let tiny = path("tiny-1m.jsonl")
        _ = FileManager.default.createFile(atPath: tiny, contents: nil)
        if let handle = FileHandle(forWritingAtPath: tiny) {
            var chunk = Data()
            for index in 0..<1_000_000 {
                chunk.append(Data("{\"id\":\"t\(index)\",\"lang\":\"en\",\"text\":\"Short note number \(index).\"}\n".utf8))
                if chunk.count > 4_000_000 {
                    handle.write(chunk)
                    chunk.removeAll(keepingCapacity: true)
                }
            }
            handle.write(chunk)
            try? handle.close()
        }
        hostile(["--phase", "stream", "--input", tiny], name: "tiny-documents-1m")
        try? FileManager.default.removeItem(atPath: tiny)
    }

    private func hostile(_ childArguments: [String], name: String) {
        guard var measurement = child(childArguments) else { return }
        measurement.phase = name
        results.append(measurement)
        log(String(format: "%@: %.1f s, %.1f MB/s, %.0f documents/s, peak %d MB", name, measurement.seconds, measurement.megabytesPerSecond,
                   measurement.documentsPerSecond, measurement.peakResidentBytes / 1_000_000))
    }

    // MARK: Start-up

    /// Wall time of `translint check` on one short article, end to end (process start,
    /// rule loading, checking, report), median of 20 runs after a warm-up.
    private func measureStartup(_ corpus: [String: [[UInt8]]]) {
        let executable = URL(fileURLWithPath: selfPath).deletingLastPathComponent().appendingPathComponent("translint").path
        guard FileManager.default.isExecutableFile(atPath: executable) else {
            log("start-up: no translint binary next to the benchmark (build it: swift build -c release)")
            return
        }
        let article = path("short.en.txt")
        let short = "The minister said on Monday that the budget would be cut. “We will not resign,” she added.\n"
        try? Data(short.utf8).write(to: URL(fileURLWithPath: article))
        var times: [Double] = []
        for run in 0..<21 {
            let clock = ContinuousClock.now
            guard Self.spawnAndWait(executable, ["check", "--no-config", "-q", "--rules-path", arguments.rulesDirectory, article]) else {
                log("start-up: cannot run \(executable)")
                return
            }
            if run > 0 { times.append(clock.duration(to: .now).seconds * 1000) }
        }
        times.sort()
        startup = (times[times.count / 2], times.count)
        log(String(format: "start-up: checking one short article takes %.1f ms (median of %d runs)", times[times.count / 2], times.count))
    }

    // MARK: Children

    private var selfPath: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }

    /// Runs this program with `childArguments` and reads its measurement.
    func child(_ childArguments: [String]) -> Measurement? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: selfPath)
        var passed = childArguments.contains("--jobs") ? childArguments : childArguments + ["--jobs", String(arguments.jobs)]
        if let rules = arguments.rules { passed += ["--rules", rules] }
        process.arguments = passed
        let output = Pipe()
        process.standardOutput = output
        do {
            try process.run()
        } catch {
            log("cannot run a child: \(error)")
            return nil
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard let line = String(decoding: data, as: UTF8.self).split(separator: "\n").last,
              let measurement = try? JSONDecoder().decode(Measurement.self, from: Data(line.utf8)) else {
            log("phase \(childArguments.joined(separator: " ")) failed (status \(process.terminationStatus))")
            return nil
        }
        return measurement
    }

    /// Runs a program with its output discarded and waits for it. posix_spawn and waitpid
    /// directly: Foundation's `Process.waitUntilExit` polls a run loop, which adds tens of
    /// milliseconds to a measurement of tens of milliseconds.
    private static func spawnAndWait(_ executable: String, _ arguments: [String]) -> Bool {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var environment: [UnsafeMutablePointer<CChar>?] = [nil]
        var pid: pid_t = 0
        guard posix_spawn(&pid, executable, &actions, nil, argv, &environment) == 0 else { return false }
        var status: Int32 = 0
        return waitpid(pid, &status, 0) == pid
    }

    private func path(_ name: String) -> String { (arguments.work as NSString).appendingPathComponent(name) }

    func log(_ message: String) { FileHandle.standardError.write(Data((message + "\n").utf8)) }

    // MARK: Report

    private func report(_ languages: [String]) {
        func find(_ phase: String, _ language: String) -> Measurement? { results.first { $0.phase == phase && $0.language == language } }
        func total(_ phase: String) -> Measurement? {
            let parts = results.filter { $0.phase == phase }
            guard !parts.isEmpty else { return nil }
            return Measurement(phase: phase, language: "all", seconds: parts.reduce(0) { $0 + $1.seconds }, bytes: parts.reduce(0) { $0 + $1.bytes },
                               documents: parts.reduce(0) { $0 + $1.documents }, findings: parts.reduce(0) { $0 + $1.findings },
                               peakResidentBytes: parts.map(\.peakResidentBytes).max() ?? 0)
        }
        var rows: [[String]] = []
        var jsonRows: [[String: Any]] = []
        for language in languages + ["all"] {
            let floor = language == "all" ? total("floor") : find("floor", language)
            let single = language == "all" ? total("check") : find("check", language)
            let all = language == "all" ? total("check-all") : find("check-all", language)
            guard let floor, let single, let all else { continue }
            let checkVsFloor = single.megabytesPerSecond / max(0.0001, floor.megabytesPerSecond)
            let coresVsSingle = all.megabytesPerSecond / max(0.0001, single.megabytesPerSecond)
            rows.append([language, String(format: "%.1f", floor.megabytesPerSecond), String(format: "%.1f", single.megabytesPerSecond),
                         String(format: "%.1f", all.megabytesPerSecond), String(format: "%.0f", all.documentsPerSecond),
                         String(format: "%.2f", checkVsFloor), String(format: "%.2f", coresVsSingle),
                         "\(floor.peakResidentBytes / 1_000_000)/\(single.peakResidentBytes / 1_000_000)/\(all.peakResidentBytes / 1_000_000)"])
            jsonRows.append(["language": language, "floor": floor.dictionary, "check_one_worker": single.dictionary, "check_all_cores": all.dictionary,
                             "check_vs_floor": checkVsFloor, "cores_vs_one_worker": coresVsSingle])
        }
        let header = ["language", "(a) ICU floor MB/s", "(b) check 1 worker MB/s", "(c) check all cores MB/s", "(c) documents/s", "(b)/(a)", "(c)/(b)", "peak RSS MB a/b/c"]
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        print("| " + header.joined(separator: " | ") + " |")
        print("|" + widths.map { _ in "---:" }.joined(separator: "|") + "|")
        for row in rows { print("| " + row.joined(separator: " | ") + " |") }
        let others = results.filter { !["floor", "check", "check-all"].contains($0.phase) }
        if !others.isEmpty {
            print("")
            print("| scenario | size MB | seconds | MB/s | documents/s | peak RSS MB |")
            print("|---|---:|---:|---:|---:|---:|")
            for measurement in others {
                print(String(format: "| %@ | %.0f | %.1f | %.1f | %.0f | %d |", measurement.phase, Double(measurement.bytes) / 1_000_000, measurement.seconds,
                             measurement.megabytesPerSecond, measurement.documentsPerSecond, measurement.peakResidentBytes / 1_000_000))
            }
        }
        if let startup { print(String(format: "\nstart-up: %.1f ms to check one short article (median of %d runs)", startup.medianMilliseconds, startup.runs)) }
        var document: [String: Any] = [
            "corpus": arguments.corpus, "size_mb": arguments.sizeMB, "jobs": arguments.jobs,
            "icu": ICUVersions.current.icu, "unicode": ICUVersions.current.unicode, "cldr": ICUVersions.current.cldr,
            "languages": jsonRows, "scenarios": others.map(\.dictionary),
        ]
        if let startup { document["startup_median_ms"] = startup.medianMilliseconds }
        if let data = try? JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys]) {
            try? data.write(to: URL(fileURLWithPath: arguments.json))
            log("results written to \(arguments.json)")
        }
    }
}

extension Measurement {
    var dictionary: [String: Any] {
        ["phase": phase, "language": language, "seconds": seconds, "bytes": bytes, "documents": documents, "findings": findings,
         "mb_per_second": megabytesPerSecond, "documents_per_second": documentsPerSecond, "peak_rss_bytes": peakResidentBytes]
    }
}
