import ArgumentParser
import Foundation
import Formats
import Pipeline
import Reporting
import RuleEngine

/// `translint fix`: applies the suggestions that are safe to apply unseen, in place, to
/// standard output, or as a diff to review.
struct FixCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fix",
        abstract: "Apply the safe suggestions (doubled spaces and words, glued quotes, French no-break spaces) to files.",
        discussion: """
        Only rules that declare their fix safe are applied (`translint rules show ID` says so; a YAML rule opts in with `fix: safe`), each finding's first suggestion, never a guess such as a merged sentence. In Markdown, HTML, XLIFF and PO files only prose changes, and only where the change needs no escaping; everything else stays byte for byte. Overlapping suggestions: the earlier, then the shorter span wins, and the file is checked again until nothing safe is left, so fixing a fixed file changes nothing. Suppression comments and the baseline apply as in `check`.
        Exit status: 0 when done (with --dry-run: when nothing would change), 1 with --dry-run when something would change, 2 when a file could not be read or fixed (the others are still fixed).
        """)

    @Argument(help: ArgumentHelp("Files or folders to fix.", valueName: "path"))
    var paths: [String]

    @Flag(name: .customLong("dry-run"), help: "Print a unified diff of what would change; change nothing.")
    var dryRun = false

    @Flag(help: "Print the fixed file to standard output instead of changing it (one file).")
    var stdout = false

    @Option(help: ArgumentHelp("Language of every document (BCP 47), as for check.", valueName: "tag"))
    var lang: String?

    @Option(name: .customLong("input-format"), help: ArgumentHelp("Read every input in this format: text, markdown, html, xliff or po.", valueName: "format"))
    var inputFormat: String?

    @OptionGroup var rules: RuleOptions

    func validate() throws {
        if stdout && dryRun { throw ValidationError("--stdout and --dry-run are two different outputs; choose one") }
    }

    // Long: the loop over files — read, fix, then write in place, print, or diff — with each
    // file's problem reported and the rest still fixed.
    func run() throws {
        let setup = try RuleBookSetup(rules)
        let resolver = try CheckSession.resolver(lang: lang, configuration: setup.configuration)
        var format: InputFormat?
        if let inputFormat {
            guard let known = InputFormat(name: inputFormat) else { throw UsageError("--input-format \(inputFormat) is not a format translint reads") }
            format = known
        }
        let baseline = try setup.baseline(named: nil, configuredToo: true)
        let processor = try DocumentProcessor(book: setup.book, thresholds: setup.book.thresholds, resolver: resolver, baseline: baseline)
        let fixer = DocumentFixer(processor: processor, book: setup.book)
        var inputs = InputCollector(paths: paths, options: InputCollector.Options(
            include: InputCollector.Options.defaultInclude, standardInput: .text, format: format))
        var status = ExitStatus.passed
        var files = 0
        var changed = 0
        var editCount = 0
        while let source = inputs.next() {
            guard case .file(let path) = source.payload else {
                let reason: String
                if case .failure(let message) = source.payload { reason = message } else { reason = "not a file: fix edits files, not JSONL records or standard input" }
                StandardError.write("translint: \(source.path ?? "-"): \(reason)\n")
                status = status.combined(with: .error)
                continue
            }
            files += 1
            guard stdout == false || files == 1 else { throw UsageError("--stdout prints one file; \(path) is a second") }
            guard let data = FileManager.default.contents(atPath: path) else {
                StandardError.write("translint: \(path): cannot read the file\n")
                status = status.combined(with: .error)
                continue
            }
            let original = [UInt8](data)
            let outcome = fixer.fix(original, path: path, format: source.format ?? .text)
            if let problem = outcome.problem {
                StandardError.write("translint: \(path): not fixed: \(problem)\n")
                status = status.combined(with: .error)
            }
            if stdout {
                FileHandle.standardOutput.write(Data(outcome.bytes))
                continue
            }
            guard !outcome.edits.isEmpty, outcome.bytes != original else { continue }
            changed += 1
            editCount += outcome.edits.count
            if dryRun {
                print(UnifiedDiff.render(path: path, before: String(decoding: original, as: UTF8.self), after: String(decoding: outcome.bytes, as: UTF8.self)),
                      terminator: "")
                status = status.combined(with: .gateFailed)
                continue
            }
            do {
                try Self.replace(path, with: outcome.bytes)
                let rules = Set(outcome.edits.map(\.rule)).sorted().joined(separator: ", ")
                StandardError.write("translint: \(path): \(outcome.edits.count) fix\(outcome.edits.count == 1 ? "" : "es") (\(rules))\n")
            } catch {
                StandardError.write("translint: \(path): cannot write the fixed file: \(error.localizedDescription)\n")
                status = status.combined(with: .error)
            }
        }
        if !stdout {
            let verb = dryRun ? "would fix" : "fixed"
            StandardError.write("translint: \(verb) \(editCount) finding\(editCount == 1 ? "" : "s") in \(changed) of \(files) file\(files == 1 ? "" : "s")\n")
        }
        if status != .passed { throw status.exitCode }
    }

    /// Writes `bytes` to a hidden file beside `path` and renames it over `path`, keeping the
    /// file's permissions: an interrupted fix leaves the original, never half a file.
    static func replace(_ path: String, with bytes: [UInt8]) throws {
        let folder = (path as NSString).deletingLastPathComponent
        let temporary = ((folder.isEmpty ? "." : folder) as NSString).appendingPathComponent(".\((path as NSString).lastPathComponent).translint-fix-\(getpid())")
        try Data(bytes).write(to: URL(fileURLWithPath: temporary))
        if let permissions = try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] {
            try? FileManager.default.setAttributes([.posixPermissions: permissions], ofItemAtPath: temporary)
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temporary)
            throw UsageError(reason)
        }
    }
}
