import Formats
import Foundation
import TextCore
import Yams

/// A project's `.translint.yml`: which rule sets to use, per-rule overrides, thresholds,
/// languages per path pattern, and defaults for the command line. Flags override it.
///
/// ```yaml
/// rules: [default]            # rule sets, by name or path
/// rules-path: [house-rules]   # extra folders to find rule sets in (relative to this file)
/// enable:                     # as in a rule file
///   quotes.style: off
///   duplication.passage: {severity: major}
/// thresholds: {min-score: 97, fail-on: major}
/// languages:                  # language per path pattern
///   "desk/fr/**": fr
/// format: text
/// include: ["*.txt", "*.md"]
/// exclude: ["drafts/**"]
/// ```
public struct ProjectConfiguration {
    public static let fileName = ".translint.yml"
    /// The most workers `jobs:` and `--jobs` may ask for; each holds its own ICU handles and
    /// document buffers, so an absurd number would exhaust memory before the first document.
    public static let maximumJobs = 256
    static let keys = ["rules", "rules-path", "enable", "thresholds", "languages", "format", "include", "exclude", "jobs", "baseline", "sources", "glossary", "limits"]

    public let path: String
    /// The configuration's folder: every relative path and path pattern in the file is
    /// relative to it, wherever translint is run from.
    public let project: ProjectPath
    public let ruleSets: [String]?
    /// `rules:` with the place of each name, to blame when one is not found.
    let ruleSetEntries: [(name: String, position: SourcePosition)]?
    /// Folders to search for rule sets, made absolute.
    public let rulesPaths: [String]
    public let languages: [(pattern: String, language: String)]
    public let format: String?
    public let include: [String]?
    public let exclude: [String]?
    public let jobs: Int?
    public let baseline: String?
    /// How translated files find their sources: `sources: {target: "content/{lang}/**",
    /// source: "content/en/**"}`.
    public let sources: (target: String, source: String)?
    /// Glossary files (CSV or TBX), relative to the configuration's folder.
    public let glossaries: [String]
    /// `limits:` — the largest document read, in bytes (nil: the default), and the findings
    /// kept per rule and per document.
    public let maximumDocumentBytes: Int?
    let limits: DocumentLimits
    /// `enable:` and `thresholds:`, applied after every rule set.
    let settings: [RuleFile.Setting]
    let thresholds: ThresholdSettings

    /// Finds `.translint.yml` in `directory` or the nearest parent that has one.
    public static func find(from directory: String) -> String? {
        var url = URL(fileURLWithPath: directory).standardizedFileURL
        while true {
            let candidate = url.appendingPathComponent(fileName).path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { return nil }
            url = parent
        }
    }

    public init(path: String) throws(RuleSetError) {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw RuleSetError(path: path, line: 1, column: 1, message: "cannot read the configuration file (it must exist and be UTF-8)")
        }
        try self.init(path: path, text: text)
    }

    public init(path: String, text: String) throws(RuleSetError) {
        let source = YAMLSource(path: path, text: text)
        if let problem = YAMLShapeGuard.problem(in: text) {
            throw RuleSetError(path: path, line: problem.line, column: problem.column, message: problem.message)
        }
        let node: Node
        do {
            node = try Yams.compose(yaml: text, .basic) ?? Node.mapping(Node.Mapping([]))
        } catch {
            throw source.error(at: nil, "invalid YAML: \(error)")
        }
        let top = try YAMLMapping(node, source: source, allowedKeys: Self.keys, what: "the configuration")
        let directory = (path as NSString).deletingLastPathComponent
        func absolute(_ relative: String) -> String {
            relative.hasPrefix("/") ? relative : ((directory.isEmpty ? "." : directory) as NSString).appendingPathComponent(relative)
        }
        self.path = path
        project = ProjectPath(folder: directory.isEmpty ? "." : directory)
        ruleSetEntries = try top.placedStrings("rules")?.map { (name: $0.value, position: $0.position) }
        ruleSets = ruleSetEntries?.map(\.name)
        rulesPaths = (try top.strings("rules-path") ?? []).map(absolute)
        var languages: [(String, String)] = []
        if let languageNode = top.node("languages") {
            guard let mapping = languageNode.mapping else { throw top.error("languages", "must map path patterns to language tags") }
            for (pattern, language) in mapping {
                guard let patternText = pattern.string, let tag = language.string else {
                    throw source.error(at: pattern.mark, key: "languages", "each entry maps a path pattern to a language tag")
                }
                languages.append((patternText, tag))
            }
        }
        self.languages = languages
        format = try top.string("format")
        include = try top.strings("include")
        exclude = try top.strings("exclude")
        jobs = try top.integer("jobs", in: 1...Self.maximumJobs)
        baseline = try top.string("baseline").map(absolute)
        if top.node("sources") != nil {
            let pairing = try top.mapping("sources", allowedKeys: ["target", "source"], what: "sources")!
            guard let target = try pairing.string("target"), let sourcePattern = try pairing.string("source") else {
                throw top.error("sources", "needs a target and a source pattern, e.g. target: content/{lang}/** and source: content/en/**")
            }
            sources = (target, sourcePattern)
        } else {
            sources = nil
        }
        glossaries = (try top.strings("glossary") ?? []).map(absolute)
        var limits = DocumentLimits.defaults
        var maximumDocumentBytes: Int?
        if let section = try top.mapping("limits", allowedKeys: ["max-document-bytes", "findings-per-rule", "findings-per-document"], what: "limits") {
            maximumDocumentBytes = try section.integer("max-document-bytes", in: 1...TextDecoding.maximumBytes)
            limits.findingsPerRule = try section.integer("findings-per-rule", in: 1...1_000_000) ?? limits.findingsPerRule
            limits.findingsPerDocument = try section.integer("findings-per-document", in: 1...1_000_000) ?? limits.findingsPerDocument
        }
        self.limits = limits
        self.maximumDocumentBytes = maximumDocumentBytes
        settings = try RuleFile.settings(top, source)
        thresholds = try ThresholdSettings(top)
    }
}

extension RuleSetLoader {
    /// Builds the rule book for `names`, then applies a project configuration's overrides.
    public func load(_ names: [String], configuration: ProjectConfiguration?) throws(RuleSetError) -> RuleBook {
        guard let configuration else { return try load(names) }
        let book = try load(names)
        return try apply(configuration, to: book)
    }

    /// Builds the rule book the configuration's `rules:` names (the `default` set when it
    /// names none). Names are looked up next to the configuration first, and a rule set
    /// named by path is relative to it; one that is not found is an error at its line.
    public func load(configuration: ProjectConfiguration) throws(RuleSetError) -> RuleBook {
        guard let entries = configuration.ruleSetEntries else { return try load(["default"], configuration: configuration) }
        var book = try load(entries.map { (name: $0.name, near: configuration.project.folder, position: $0.position) })
        book.names = entries.map(\.name)
        return try apply(configuration, to: book)
    }

    private func apply(_ configuration: ProjectConfiguration, to original: RuleBook) throws(RuleSetError) -> RuleBook {
        var book = original
        configuration.thresholds.apply(to: &book.thresholds)
        book.limits = configuration.limits
        for setting in configuration.settings { try Self.apply(setting, to: &book) }
        return book
    }
}
