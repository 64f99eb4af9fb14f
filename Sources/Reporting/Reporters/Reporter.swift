/// Writes a run's reports in one format. A reporter gets the tool information first, then each
/// document in input order as soon as it is checked, then the run summary. Streaming formats
/// write as they go; formats that need the whole run (SARIF, JUnit) write at the end.
public protocol Reporter: AnyObject {
    func begin(_ tool: ToolInfo)
    func report(_ document: DocumentReport)
    /// Writes a document's text that the format's `renderer` already made, on the worker
    /// thread that checked it. Formats with a renderer receive their documents this way.
    func report(rendered: [UInt8])
    func finish(_ summary: RunSummary)
}

extension Reporter {
    /// Most formats do not print the tool information; those that do implement this.
    public func begin(_ tool: ToolInfo) {}
    /// Formats without a renderer never receive a rendered document.
    public func report(rendered: [UInt8]) { preconditionFailure("\(Self.self) has no renderer") }
}

/// What a reporter may need besides the reports.
public struct ReporterContext {
    public let output: ReportOutput
    /// Colour and other terminal decoration.
    public let useColor: Bool
    /// Paths are shown relative to this directory (SARIF wants repository-relative paths).
    public let baseDirectory: String?
    /// Environment the reporter may consult (GITHUB_STEP_SUMMARY).
    public let environment: [String: String]

    public init(output: ReportOutput, useColor: Bool = false, baseDirectory: String? = nil, environment: [String: String] = [:]) {
        self.output = output
        self.useColor = useColor
        self.baseDirectory = baseDirectory
        self.environment = environment
    }
}

/// A report format translint can write.
public struct ReportFormat: Sendable {
    public let name: String
    public let summary: String
    /// Whether the format shows the articles themselves (the checker then keeps their text).
    public let showsArticles: Bool
    /// For a format whose text for a document depends on that document alone: that text, as
    /// UTF-8.
    /// A batch makes it on the worker that checked the document, so that the thread writing
    /// the report in input order only copies bytes (it would otherwise serialise every
    /// report of every worker, and hold the others back).
    public let renderer: (@Sendable (DocumentReport) -> [UInt8])?
    private let make: @Sendable (ReporterContext) -> any Reporter

    public init(name: String, summary: String, showsArticles: Bool = false, renderer: (@Sendable (DocumentReport) -> [UInt8])? = nil,
                make: @escaping @Sendable (ReporterContext) -> any Reporter) {
        self.name = name
        self.summary = summary
        self.showsArticles = showsArticles
        self.renderer = renderer
        self.make = make
    }

    public func reporter(_ context: ReporterContext) -> any Reporter { make(context) }

    /// Every format, in the order `translint reporters` lists them.
    public static let all: [ReportFormat] = [
        ReportFormat(name: "text", summary: "Findings with excerpts and markers, a score line per document and a summary (for people).") { TextReporter($0) },
        ReportFormat(name: "json", summary: "One JSON object: tool versions, every document report, and the summary.") { JSONReporter($0) },
        ReportFormat(name: "jsonl", summary: "One JSON line per input document, in input order, flushed as each is done (for pipelines).",
                     renderer: JSONLinesReporter.render) { JSONLinesReporter($0) },
        ReportFormat(name: "sarif", summary: "SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.") { SARIFReporter($0) },
        ReportFormat(name: "junit", summary: "JUnit XML: a test suite per document, a test case per rule family (CI test reports).") { JUnitReporter($0) },
        ReportFormat(name: "github", summary: "GitHub Actions annotations (worst first, capped as GitHub caps them) and a job summary table.") { GitHubReporter($0) },
        ReportFormat(name: "gitlab", summary: "GitLab Code Quality JSON for merge request widgets.") { GitLabReporter($0) },
        ReportFormat(name: "checkstyle", summary: "Checkstyle XML for Jenkins (Warnings NG) and reviewdog.") { CheckstyleReporter($0) },
        ReportFormat(name: "html", summary: "One self-contained HTML page: a dashboard of the batch and each article with its findings highlighted (for editors).",
                     showsArticles: true) { HTMLReporter($0) },
    ]

    public static func named(_ name: String) -> ReportFormat? { all.first { $0.name == name } }
}
