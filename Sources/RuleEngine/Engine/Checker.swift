import TextCore

/// Checks documents against a rule book. One checker belongs to one worker thread: it owns a
/// segmenter (ICU break iterators) and one instance of every enabled rule, made once and
/// reused for every document.
public final class Checker {
    public let book: RuleBook
    private let segmenter = Segmenter()
    private let rules: [(configuration: ConfiguredRule, rule: any Rule)]
    private var perLanguage: [LanguageTag: (resources: LanguageResources, rules: [Int])] = [:]

    public init(book: RuleBook) throws {
        self.book = book
        var made: [(ConfiguredRule, any Rule)] = []
        for configured in book.rules where configured.isEnabled {
            made.append((configured, try configured.makeRule()))
        }
        rules = made
    }

    /// Time spent per rule (and in segmentation), when `profiling` is on: the benchmark's
    /// per-rule cost table.
    public var profiling = false
    public private(set) var timings: [String: Double] = [:]

    private func timed<Result, Failure: Error>(_ name: String, _ body: () throws(Failure) -> Result) throws(Failure) -> Result {
        guard profiling else { return try body() }
        let start = ContinuousClock.now
        defer {
            let elapsed = start.duration(to: .now).components
            timings[name, default: 0] += Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
        }
        return try body()
    }

    /// Segments `document`, runs every rule that applies to its language, and maps the
    /// findings back to the text as read.
    public func check(_ document: Document) -> CheckResult {
        let language = languageSetup(document.language)
        let profile = LanguageProfile.forTag(document.language)
        let segmentation: Segmentation
        do {
            segmentation = try timed("(segmentation)") { () throws(ICUError) -> Segmentation in
                try segmenter.segment(document.text, profile: profile, options: language.resources.segmentationOptions)
            }
        } catch {
            return CheckResult(findings: [], statistics: DocumentStatistics(characters: document.original.count),
                               ruleFailures: ["segmentation failed: \(error)"])
        }
        let analyzed = AnalyzedDocument(document: document, segmentation: segmentation, profile: profile, resources: language.resources)
        if profiling {
            // Shared analyses are computed by whichever rule asks first; computing them up
            // front keeps their cost out of that rule's line in the table.
            timed("(paragraph kinds)") { _ = analyzed.paragraphKinds }
            timed("(protected zones)") { _ = analyzed.protectedZones }
            timed("(folded word hashes)") { _ = analyzed.foldedWordHashes }
            timed("(paragraph languages)") { _ = analyzed.paragraphForeignLanguage }
        }
        var findings: [Finding] = []
        var failures: [String] = []
        let suppressions = document.text.withUnsafeBufferPointer { SuppressionDirectives($0, notable: analyzed.notableOffsets) }
        var suppressed = 0
        for index in language.rules {
            let (configuration, rule) = rules[index]
            var sink = FindingSink(rule: configuration.id)
            do {
                try timed(configuration.id.description) { () throws(RuleFailure) in try rule.check(analyzed, into: &sink) }
            } catch {
                failures.append("rule \(configuration.id) (\(configuration.origin)) stopped: \(error.message)")
            }
            guard !sink.findings.isEmpty else { continue }
            let description = configuration.description
            for var finding in sink.findings {
                if !suppressions.isEmpty, suppressions.suppresses(finding.rule, at: finding.range.start) {
                    suppressed += 1
                    continue
                }
                finding.severity = description.severity
                finding.category = description.category
                finding.weight = description.weight
                finding.range = document.originalRange(finding.range)
                finding.related = finding.related.map { RelatedLocation(range: document.originalRange($0.range), message: $0.message) }
                findings.append(finding)
            }
        }
        findings = Self.oneFindingPerDefect(findings)
        findings.sort { ($0.range.start, $0.range.end, $0.rule) < ($1.range.start, $1.range.end, $1.rule) }
        let statistics = DocumentStatistics(characters: document.original.count, words: segmentation.wordCount,
                                            sentences: segmentation.sentences.count, paragraphs: segmentation.paragraphs.count)
        return CheckResult(findings: findings, statistics: statistics, ruleFailures: failures, suppressed: suppressed)
    }

    /// Rules of one family can see the same defect: a wrong closing mark is unbalanced,
    /// mis-nested and glued at once. Within a family, of findings whose spans overlap only
    /// the most severe is kept (the first rule in the book on a tie), so a defect is reported
    /// and scored once.
    static func oneFindingPerDefect(_ findings: [Finding]) -> [Finding] {
        guard findings.count > 1 else { return findings }
        var kept: [Finding] = []
        let byFamily = Dictionary(grouping: findings.enumerated(), by: { $0.element.rule.family })
        for (_, group) in byFamily {
            let ordered = group.sorted { ($0.element.range.start, $0.offset) < ($1.element.range.start, $1.offset) }
            var survivors: [(index: Int, finding: Finding)] = []
            // Sorted by start, a finding can only overlap the survivor reaching furthest.
            var furthest: Int?
            for (index, finding) in ordered {
                if let clash = furthest, !finding.range.isEmpty, !survivors[clash].finding.range.isEmpty,
                   survivors[clash].finding.range.overlaps(finding.range) {
                    if finding.severity > survivors[clash].finding.severity {
                        survivors[clash] = (index, finding)
                    }
                    continue
                }
                survivors.append((index, finding))
                if furthest == nil || finding.range.end > survivors[furthest!].finding.range.end { furthest = survivors.count - 1 }
            }
            kept += survivors.map(\.finding)
        }
        return kept
    }

    private func languageSetup(_ tag: LanguageTag) -> (resources: LanguageResources, rules: [Int]) {
        if let cached = perLanguage[tag] { return cached }
        let applicable = rules.indices.filter { tag.isUndetermined ? rules[$0].configuration.description.languages.isEmpty : rules[$0].configuration.applies(to: tag.identifier) }
        let setup = (book.resources(for: tag), applicable)
        perLanguage[tag] = setup
        return setup
    }
}
