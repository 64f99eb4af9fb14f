import ArgumentParser
import Pipeline
import Reporting
import RuleEngine
import TextCore

/// `translint check`: checks articles, reports findings and scores, and exits 1 when a
/// document fails its gate.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check articles and gate each one on its score.",
        discussion: """
        Inputs are files (plain text, Markdown and MDX, HTML, XLIFF, gettext PO), folders \
        (searched recursively for those), .jsonl streams of {"id", "text", "lang", "format"} \
        records (with "source" and "source_lang" for the source-aware rules), and - for \
        standard input; --source, --source-root or the configuration's sources: pair files \
        with the files they translate. Exit status: 0 when every \
        document passed, 1 when one failed its gate, 2 on a usage, configuration or rule error \
        or an input that could not be checked (the others are still checked and reported).
        """)

    @Argument(help: ArgumentHelp("Files, folders, .jsonl streams, or - for standard input.", valueName: "path"))
    var paths: [String] = []

    @Option(help: ArgumentHelp("Report format: \(ReportFormat.all.map(\.name).joined(separator: ", ")).", valueName: "format"))
    var format: String?

    @Option(name: [.short, .long], help: ArgumentHelp("Write the report to a file instead of standard output.", valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp("What columns count: utf16 (the default; SARIF, GitHub, LSP editors), codepoint (Emacs) or byte (Vim's quickfix). Offsets stay UTF-16.", valueName: "unit"))
    var columns: String = "utf16"

    @Option(help: ArgumentHelp("Language of every document (BCP 47: en, fr, pt-BR, zh-Hant), overriding records and file names.", valueName: "tag"))
    var lang: String?

    @OptionGroup var rules: RuleOptions

    @Option(name: .customLong("min-score"), help: ArgumentHelp("Lowest passing score, 0 to 100 (default from the rule set: 95).", valueName: "score"))
    var minScore: Double?

    @Option(name: .customLong("fail-on"), help: ArgumentHelp("Fail a document with a finding at or above this severity: minor, major, critical or never (default: critical).", valueName: "severity"))
    var failOn: String?

    @Option(help: ArgumentHelp("File pattern to check inside folders (default: every extension of a format translint reads: .txt .md .markdown .mdx .html .htm .xhtml .xlf .xliff .po .pot); repeat for several.", valueName: "glob"))
    var include: [String] = []

    @Option(name: .customLong("input-format"), help: ArgumentHelp("Read every input in this format, whatever its extension: text, markdown, html, xliff or po (default: by extension; JSONL records by their \"format\" field, else text).", valueName: "format"))
    var inputFormat: String?

    @Option(help: ArgumentHelp("File or folder pattern to skip inside folders; repeat for several.", valueName: "glob"))
    var exclude: [String] = []

    @Option(name: .customLong("max-document-bytes"), help: ArgumentHelp("Largest document (file, JSONL record, standard input) to read, in bytes, at most 1073741824 (the default); larger ones are input errors.", valueName: "n"))
    var maxDocumentBytes: Int?

    @Flag(name: .customLong("follow-symlinks"), help: "Check files that symbolic links inside a folder lead to outside it (default: report them as not checked).")
    var followSymlinks = false

    @Option(name: [.short, .long], help: ArgumentHelp("Worker threads (default: all processors).", valueName: "n"))
    var jobs: Int?

    @Option(help: ArgumentHelp("How to read standard input: auto (JSONL when it starts with '{'), jsonl or text.", valueName: "kind"))
    var stdin: String = InputCollector.StandardInputKind.automatic.rawValue

    @Option(help: ArgumentHelp("The source the checked file translates: source-aware rules (accuracy.*) compare the two. For one target file.", valueName: "file"))
    var source: String?
    @Option(name: .customLong("source-root"), help: ArgumentHelp("Pair each checked file with the file of the same relative path under this folder (a mirror tree: en/… for fr/…).", valueName: "folder"))
    var sourceRoot: String?
    @Option(name: .customLong("source-lang"), help: ArgumentHelp("Language of the sources (default: the record's \"source_lang\", the source's path or declaration).", valueName: "tag"))
    var sourceLang: String?
    @Flag(name: .customLong("include-text"), help: "Put each document's text (and its source's, up to 200,000 characters each) in the JSON and JSONL reports, so `translint report --format html` can show the articles later (the html format always keeps it).")
    var includeText = false
    @Flag(name: .customLong("show-alignment"), help: "Put each document's alignment with its source in the JSON and JSONL reports.")
    var showAlignment = false
    @Option(help: ArgumentHelp("Ignore the findings recorded in this baseline file (gate only new defects).", valueName: "file"))
    var baseline: String?

    @Option(name: .customLong("write-baseline"), help: ArgumentHelp("Record every finding of this run in a baseline file.", valueName: "file"))
    var writeBaseline: String?

    @Flag(help: "Mapper mode for Spark, Hadoop Streaming or GNU parallel: exit 0 whenever the run completed; verdicts are in the reports.")
    var mapper = false

    @Flag(help: "Show progress on standard error even when it is not a terminal.")
    var progress = false

    @Flag(name: [.short, .long], help: "No progress line.")
    var quiet = false

    func validate() throws {
        if let maxDocumentBytes, !(1...TextDecoding.maximumBytes).contains(maxDocumentBytes) {
            throw ValidationError("--max-document-bytes must be from 1 to \(TextDecoding.maximumBytes)")
        }
        if let jobs, !(1...ProjectConfiguration.maximumJobs).contains(jobs) {
            throw ValidationError("--jobs must be from 1 to \(ProjectConfiguration.maximumJobs)")
        }
        if let minScore, !(0...100).contains(minScore) { throw ValidationError("--min-score must be between 0 and 100") }
        if let failOn, failOn != "never", Severity(rawValue: failOn) == nil {
            throw ValidationError("--fail-on must be minor, major, critical or never, not '\(failOn)'")
        }
        if InputCollector.StandardInputKind(rawValue: stdin) == nil {
            throw ValidationError("--stdin must be auto, jsonl or text, not '\(stdin)'")
        }
        if paths.isEmpty { throw ValidationError("give files, folders, .jsonl streams or - (standard input) to check") }
        if baseline != nil, writeBaseline != nil { throw ValidationError("use --baseline or --write-baseline, not both at once") }
        if source != nil, sourceRoot != nil { throw ValidationError("use --source or --source-root, not both at once") }
        if source != nil, paths.count != 1 { throw ValidationError("--source pairs one source with one target file; use --source-root for a tree") }
    }

    func run() throws {
        let session = try CheckSession(self)
        let status = session.run()
        if status != .passed { throw status.exitCode }
    }
}
