import Foundation
import Formats
import Pipeline
import Reporting
import RuleEngine
import TextCore

/// Everything one `translint check` run is made of, assembled from flags, configuration and
/// rule sets: the rule book and thresholds, the inputs, the runner and the reporter.
struct CheckSession {
    let setup: RuleBookSetup
    let thresholds: GateThresholds
    let collector: InputCollector
    let runner: BatchRunner
    let reporter: any Reporter
    /// The format's per-document rendering, done on the workers (nil for formats that need
    /// the whole run).
    let renderer: (@Sendable (DocumentReport) -> [UInt8])?
    let output: ReportOutput
    let mapper: Bool
    let progress: ProgressLine?
    let writeBaseline: String?
    let project: ProjectPath
    let columns: ColumnUnit

    // Long: the wiring of a check run, one option after another (rules, gate, inputs,
    // reporter, output, baseline, progress); nothing in it decides anything.
    init(_ command: CheckCommand) throws {
        setup = try RuleBookSetup(command.rules)
        let configuration = setup.configuration
        var thresholds = setup.book.thresholds
        if let minScore = command.minScore { thresholds.minScore = minScore }
        if let failOn = command.failOn { thresholds.failOn = failOn == "never" ? nil : Severity(rawValue: failOn) }
        self.thresholds = thresholds

        let formatName = command.format ?? configuration?.format ?? "text"
        guard let format = ReportFormat.named(formatName) else {
            let suggestion = Suggestion.closest(to: formatName, among: ReportFormat.all.map(\.name)).map { "did you mean '\($0)'? " } ?? ""
            throw UsageError("unknown format '\(formatName)' (\(suggestion)formats: \(ReportFormat.all.map(\.name).joined(separator: ", ")); see `translint reporters`)")
        }
        guard let columns = ColumnUnit(rawValue: command.columns) else {
            throw UsageError("--columns \(command.columns) is not a column unit (utf16, codepoint or byte)")
        }
        if columns == .byte, format.name == "sarif" {
            throw UsageError("--columns byte: SARIF counts columns in UTF-16 units or code points only (--columns utf16 or codepoint)")
        }
        self.columns = columns
        let resolver = try Self.resolver(lang: command.lang, configuration: configuration)
        var inputFormat: InputFormat?
        if let name = command.inputFormat {
            guard let format = InputFormat(name: name) else {
                let suggestion = Suggestion.closest(to: name, among: ["text", "markdown", "html", "xliff", "po"]).map { "; did you mean \($0)?" } ?? ""
                throw UsageError("--input-format \(name) is not a format translint reads (text, markdown, html, xliff, po)\(suggestion)")
            }
            inputFormat = format
        }
        // The configuration's patterns are relative to its folder, the flags' to the folder
        // being walked.
        let include = !command.include.isEmpty ? command.include.map { Glob($0) } : (configuration.map { c in (c.include ?? []).map { Glob($0, anchor: c.project) } } ?? [])
        let exclude = command.exclude.map { Glob($0) } + (configuration.map { c in (c.exclude ?? []).map { Glob($0, anchor: c.project) } } ?? [])
        // The report may be written inside a checked folder: it is never an input, and a named
        // input is never overwritten by it.
        let reportFile = command.output.flatMap(FileIdentity.init(path:))
        if let reportFile, let input = command.paths.first(where: { FileIdentity(path: $0) == reportFile }) {
            throw UsageError("-o \(command.output!) is the input \(input): the report would overwrite it")
        }
        var collectorOptions = InputCollector.Options(
            include: include.isEmpty ? InputCollector.Options.defaultInclude : include,
            exclude: exclude,
            standardInput: InputCollector.StandardInputKind(rawValue: command.stdin) ?? .automatic,
            format: inputFormat, followsLinks: command.followSymlinks, skipped: Set(reportFile.map { [$0] } ?? []))
        if let limit = command.maxDocumentBytes ?? configuration?.maximumDocumentBytes { collectorOptions.maximumDocumentBytes = limit }
        collector = InputCollector(paths: command.paths, options: collectorOptions)
        let jobs = command.jobs ?? configuration?.jobs ?? ProcessFacts.processorCount
        // Baseline keys are paths relative to the project folder, however the inputs were typed.
        project = setup.project
        let baseline = try setup.baseline(named: command.baseline, configuredToo: command.writeBaseline == nil)
        writeBaseline = command.writeBaseline
        // The HTML report shows each article beside its source, aligned.
        var sources = SourceOptions(showsAlignment: command.showAlignment || format.showsArticles)
        if let tag = command.sourceLang {
            guard let language = LanguageTag(tag) else { throw UsageError("--source-lang \(tag) is not a BCP 47 language tag") }
            sources.language = language
        }
        if let file = command.source {
            sources.pairing = .file(file)
        } else if let root = command.sourceRoot {
            sources.pairing = .mirror(root: root, inputs: command.paths)
        } else if let pattern = configuration?.sources {
            sources.pairing = .pattern(target: pattern.target, source: pattern.source)
            sources.scope = setup.projectScope
        }
        runner = try BatchRunner(book: setup.book, thresholds: thresholds, resolver: resolver,
                                 jobs: jobs, baseline: baseline, sources: sources, keepsText: command.includeText || format.showsArticles, columns: columns)
        let target = try OutputTarget(path: command.output, format: format.name)
        output = target.output
        renderer = format.renderer
        reporter = format.reporter(ReporterContext(output: target.output, useColor: target.useColor,
                                                   baseDirectory: ProcessFacts.currentDirectory, environment: ProcessFacts.environment))
        mapper = command.mapper
        let showProgress = !command.quiet && (command.progress || StandardError.isTerminal)
        let totals = InputCollector.expectedTotals(paths: command.paths)
        progress = showProgress ? ProgressLine(expectedDocuments: totals.documents, expectedBytes: totals.bytes, inputs: collector.progress) : nil
    }

    /// The language decision of a run: `--lang`, then the configuration's path patterns
    /// (relative to its folder), then what each document says of itself.
    static func resolver(lang: String?, configuration: ProjectConfiguration?) throws -> LanguageResolver {
        let forced: LanguageTag?
        if let lang {
            guard let tag = LanguageTag(lang) else { throw UsageError("--lang \(lang) is not a BCP 47 language tag") }
            forced = tag
        } else {
            forced = nil
        }
        var pathRules: [(glob: Glob, language: LanguageTag)] = []
        for entry in configuration?.languages ?? [] {
            guard let tag = LanguageTag(entry.language) else {
                throw UsageError("\(configuration!.path): languages: '\(entry.language)' is not a language tag")
            }
            pathRules.append((Glob(entry.pattern, anchor: configuration!.project), tag))
        }
        return LanguageResolver(forced: forced, pathRules: pathRules)
    }

    /// Checks everything and returns the exit status.
    func run() -> ExitStatus {
        var inputs = collector
        var summary = RunSummary()
        var status = ExitStatus.passed
        var recorded = Baseline(project: project)
        let clock = ContinuousClock.now
        var tool = ToolInfo(book: setup.book)
        tool.thresholds = thresholds
        tool.columns = columns
        reporter.begin(tool)
        // Reports are rendered, summed and (unless still needed here) freed on the workers.
        let renderer = self.renderer
        let keepsReports = writeBaseline != nil
        runner.run(&inputs, prepare: { DocumentOutcome($0, renderer: renderer, keepsReport: keepsReports) }) { outcome in
            summary.add(outcome)
            if outcome.hasError {
                status = status.combined(with: .error)
            } else if outcome.failedGate {
                status = status.combined(with: .gateFailed)
            }
            if let rendered = outcome.rendered {
                reporter.report(rendered: rendered)
            } else if let report = outcome.report {
                reporter.report(report)
            }
            if writeBaseline != nil, let report = outcome.report { recorded.record(report) }
            progress?.update(summary, elapsed: clock.duration(to: .now).seconds)
        }
        summary.duration = clock.duration(to: .now).seconds
        summary.peakMemory = ResourceUsage.peakResidentBytes
        progress?.finish()
        reporter.finish(summary)
        do {
            try output.close()
        } catch {
            StandardError.write("translint: error: \(error)\n")
            return .error
        }
        if let writeBaseline {
            do {
                try Data(recorded.json.utf8).write(to: URL(fileURLWithPath: writeBaseline))
                StandardError.write("translint: recorded \(summary.findings) findings in the baseline \(writeBaseline)\n")
            } catch {
                StandardError.write("translint: error: cannot write the baseline \(writeBaseline): \(error.localizedDescription)\n")
                return .error
            }
        }
        return mapper ? .passed : status
    }
}
