import Formats
import TextCore

/// Checks documents against a rule book. One checker belongs to one worker thread: it owns a
/// segmenter (ICU break iterators) and one instance of every enabled rule, made once and
/// reused for every document.
public final class Checker {
    public let book: RuleBook
    private let segmenter = Segmenter()
    private let configurations: [ConfiguredRule]
    private let rules: [any Rule]
    /// What the per-document loop needs of each rule, taken out once: copying a configured
    /// rule (its description, examples and all) for every rule of every document cost more
    /// than checking a short document.
    private let ids: [RuleID]
    private let traits: [(severity: Severity, category: MQMCategory, weight: Double)]
    /// Every rule id and family a suppression directive may name.
    private let knownSelectors: Set<String>
    /// Setups of the most recently used languages (word lists, rules that apply): a setup is
    /// tens of kilobytes, and a stream can carry any number of distinct tags.
    public static let cachedLanguages = 32
    private var perLanguage = RecentlyUsedCache<LanguageTag, LanguageSetup>(capacity: Checker.cachedLanguages)
    /// The last language used: a batch is mostly one language, and the look-up is skipped.
    private var lastSetup: LanguageSetup?

    /// Everything a language needs, made on its first document.
    private final class LanguageSetup {
        let tag: LanguageTag
        let profile: LanguageProfile
        let resources: LanguageResources
        let rules: [Int]

        init(tag: LanguageTag, profile: LanguageProfile, resources: LanguageResources, rules: [Int]) {
            self.tag = tag
            self.profile = profile
            self.resources = resources
            self.rules = rules
        }
    }

    public init(book: RuleBook) throws {
        self.book = book
        configurations = book.rules.filter(\.isEnabled)
        rules = try configurations.map { try $0.makeRule() }
        ids = configurations.map(\.id)
        traits = configurations.map { ($0.description.severity, $0.description.category, $0.description.weight) }
        knownSelectors = Set(book.rules.map(\.id.description) + book.rules.map(\.id.family.rawValue) + RuleFamily.allCases.map(\.rawValue))
        comparesWithSource = ids.map { BuiltinRules.sourceAware.contains($0) }
        usesSource = comparesWithSource.contains(true)
        followsLanguageConventions = configurations.map { BuiltinRules.languageConventions.contains($0.id) || !$0.description.languages.isEmpty }
    }

    /// Whether an enabled rule compares with the source (else the source is not analysed).
    private let usesSource: Bool
    /// Per enabled rule, whether it compares with the source: such a rule has nothing to do
    /// in a document without one (and would build an empty alignment to find that out).
    private let comparesWithSource: [Bool]
    /// Per enabled rule, whether it applies the document language's conventions, so that its
    /// findings inside a quotation in another language are dropped.
    private let followsLanguageConventions: [Bool]

    /// Time spent per rule (and in segmentation), when `profiling` is on: the benchmark's
    /// per-rule cost table.
    public var profiling = false
    public private(set) var timings: [String: Double] = [:]

    private func timed<Result, Failure: Error>(_ name: @autoclosure () -> String, _ body: () throws(Failure) -> Result) throws(Failure) -> Result {
        guard profiling else { return try body() }
        let start = ContinuousClock.now
        defer { timings[name(), default: 0] += start.duration(to: .now).seconds }
        return try body()
    }

    /// Segments `document`, runs every rule that applies to its language, and maps the
    /// findings back to the file as read. Blocks a format marks as written in another
    /// language (an HTML `lang`) are checked with that language's rules.
    public func check(_ document: Document) -> CheckResult {
        var none = OpenDirectives()
        return check(document, continuing: &none)
    }

    /// Checks one window of a document too large to analyse at once, as `check` does a whole
    /// document. `openDisables` are the directives the windows before left open: disables
    /// cover this window from its start until an enable, a `disable-next-line` its first line;
    /// they become the ones still open at its end.
    public func check(_ document: Document, continuing openDisables: inout OpenDirectives) -> CheckResult {
        // Plain text is one part: its character sites serve the directive search too.
        let plainSites = document.structure == nil ? timed("(character sites)") { CharacterSites(document.text) } : nil
        let suppressions: SuppressionDirectives
        do {
            suppressions = try directives(of: document, sites: plainSites, carried: openDisables)
            openDisables = suppressions.stillOpen
        } catch {
            let place = document.lines.location(of: error.comment.start)
            return CheckResult(findings: [], statistics: DocumentStatistics(characters: document.original.count),
                               error: .unknownDirectiveSelector(selector: error.selector, line: place.line, column: place.column, suggestion: error.suggestion))
        }
        var combined: CheckResult?
        // The source belongs with the document's own language (the first part).
        var source = usesSource ? analyzedSource(of: document) : nil
        for part in LanguageParts.split(document) {
            var result = checkPart(part.document, blocks: part.blocks, suppressions: suppressions, sites: plainSites, source: source)
            source = nil
            if let earlier = combined {
                result.alignment = earlier.alignment ?? result.alignment
                result.findings += earlier.findings
                result.ruleFailures = earlier.ruleFailures + result.ruleFailures
                result.suppressed += earlier.suppressed
                result.statistics.words += earlier.statistics.words
                result.statistics.sentences += earlier.statistics.sentences
                result.statistics.paragraphs += earlier.statistics.paragraphs
            }
            combined = result
        }
        guard var result = combined else {
            return CheckResult(findings: [], statistics: DocumentStatistics(characters: document.original.count))
        }
        if let structure = document.structure, !structure.units.isEmpty {
            result.findings = withoutSourceDefects(result.findings, structure)
        }
        result.findings = Self.oneFindingPerDefect(result.findings)
        result.findings.sort { ($0.range.start, $0.range.end, $0.rule) < ($1.range.start, $1.range.end, $1.rule) }
        return result
    }

    /// Findings in a translation unit that its source shows too: a bracket the source leaves
    /// open, ".. directive" syntax, a lowercase word after a full stop. What the source has,
    /// the translation rightly keeps; only the translation's own defects count. The source of
    /// each unit with a finding is checked once, in its language, with the same rules.
    private func withoutSourceDefects(_ findings: [Finding], _ structure: ProseView) -> [Finding] {
        let sourceLanguage = structure.sourceLanguage ?? LanguageTag("en") ?? .undetermined
        var sourceRules: [String: Set<RuleID>] = [:]
        let units = Dictionary(structure.units.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return findings.filter { finding in
            guard finding.rule.family != .accuracy, let id = finding.unit, let unit = units[id], !unit.source.isEmpty else { return true }
            if sourceRules[id] == nil {
                let source = Document(name: "source of \(id)", string: unit.source, language: sourceLanguage)
                sourceRules[id] = Set(checkPart(source, blocks: nil, suppressions: SuppressionDirectives()).findings.map(\.rule))
            }
            return !(sourceRules[id]?.contains(finding.rule) ?? false)
        }
    }

    /// The source of `document`, analysed in its language: the paired source, or the units'
    /// sources of an XLIFF or PO file.
    private func analyzedSource(of document: Document) -> AnalyzedDocument? {
        var sourceDocument = document.source?.document
        if sourceDocument == nil, let structure = document.structure, !structure.units.isEmpty,
           let view = DocumentReader.unitSources(of: structure, original: document.original) {
            let language = structure.sourceLanguage ?? LanguageTag("en") ?? .undetermined
            sourceDocument = Document(name: "source of \(document.name)", original: document.original, prose: view, language: language)
        }
        guard let sourceDocument else { return nil }
        return try? timed("(source analysis)") { () throws(ICUError) -> AnalyzedDocument in try analyze(sourceDocument) }
    }

    /// The document's suppression directives: found by its format's reader, or in the HTML
    /// comments of plain text.
    private func directives(of document: Document, sites: CharacterSites?, carried: OpenDirectives) throws(SuppressionDirectives.UnknownSelector) -> SuppressionDirectives {
        let comments = document.structure?.suppressions ?? plainTextDirectives(document, sites: sites)
        guard !comments.isEmpty || !carried.isEmpty else { return SuppressionDirectives() }
        return try SuppressionDirectives(comments, lines: document.lines, fileLength: document.original.count, known: knownSelectors, carried: carried)
    }

    /// Directives in plain text: in HTML comments, which a text without "<!--" at one of its
    /// code-symbol sites has none of.
    private func plainTextDirectives(_ document: Document, sites: CharacterSites?) -> [SuppressionComment] {
        let text = document.text
        let hasComment = sites?.contains(.codeSymbol) { index in
            index + 3 < text.count && text[index] == 0x3C && text[index + 1] == 0x21 && text[index + 2] == 0x2D && text[index + 3] == 0x2D
        } ?? true
        guard hasComment else { return [] }
        return CommentDirectives.find(in: document.original, range: TextRange(start: 0, end: document.original.count))
    }

    /// The analysed form of a plain-text `document` (or of a format's, given its blocks), as
    /// the rules see it: its character sites, segmentation, language data and shared
    /// analyses. For tools and for the analyses' own tests; `check` builds it the same way.
    public func analyze(_ document: Document) throws(ICUError) -> AnalyzedDocument {
        try analyze(document, blocks: document.structure?.blocks, sites: nil)
    }

    private func analyze(_ document: Document, blocks: [ProseBlock]?, sites known: CharacterSites?) throws(ICUError) -> AnalyzedDocument {
        let language = languageSetup(document.language)
        let structure = blocks.map { segmentationStructure(document, blocks: $0) }
        let sites = known ?? timed("(character sites)") { CharacterSites(document.text) }
        let segmentation = try timed("(segmentation)") { () throws(ICUError) -> Segmentation in
            try segmenter.segment(document.text, sites: sites, profile: language.profile, options: language.resources.segmentationOptions, structure: structure)
        }
        return AnalyzedDocument(document: document, sites: sites, segmentation: segmentation, profile: language.profile, resources: language.resources,
                                blocks: blocks, opaque: structure?.opaque ?? [])
    }

    /// Checks one language's part of a document (all of it, usually).
    private func checkPart(_ document: Document, blocks: [ProseBlock]?, suppressions: SuppressionDirectives, sites known: CharacterSites? = nil,
                           source: AnalyzedDocument? = nil) -> CheckResult {
        let analyzed: AnalyzedDocument
        do {
            analyzed = try analyze(document, blocks: blocks, sites: known)
            analyzed.source = source
        } catch {
            return CheckResult(findings: [], statistics: DocumentStatistics(characters: document.original.count),
                               ruleFailures: [.segmentation(error)])
        }
        let segmentation = analyzed.segmentation
        let language = languageSetup(document.language)
        if profiling { computeSharedAnalyses(analyzed) }
        var findings: [Finding] = []
        var failures: [CheckFailure] = []
        var suppressed = 0
        for index in language.rules where analyzed.source != nil || !comparesWithSource[index] {
            var sink = makeSink(index, document, suppressions)
            do {
                try timed(self.ids[index].description) { () throws(RuleFailure) in try rules[index].check(analyzed, into: &sink) }
            } catch {
                failures.append(.rule(ids[index], origin: configurations[index].origin.description, message: error.message))
            }
            suppressed += sink.suppressedCount
            guard !sink.findings.isEmpty else { continue }
            // Inside a quotation in another language, the quoted words follow their own
            // language's conventions, not the document's.
            let foreignQuotations = followsLanguageConventions[index] ? analyzed.analysis(ForeignQuotations.self) : nil
            let traits = self.traits[index]
            let kept = sink.findings.count
            for position in 0..<(kept + (sink.summary == nil ? 0 : 1)) {
                var finding = position < kept ? sink.findings[position] : sink.summary!
                if let foreignQuotations, !finding.isInFile, foreignQuotations.contains(finding.range.start) { continue }
                if !finding.isInFile {
                    finding.unit = analyzed.unitID(at: finding.range.start)
                    finding.range = document.originalRange(finding.range)
                    finding.related = finding.related.map { RelatedLocation(range: document.originalRange($0.range), message: $0.message) }
                    finding.isInFile = true
                }
                if !finding.isSourceInFile, let range = finding.sourceRange, let source = analyzed.source {
                    finding.sourceRange = source.document.originalRange(range)
                    finding.isSourceInFile = true
                }
                finding.severity = traits.severity
                finding.category = traits.category
                // The summary of the findings past the limit weighs as much as all of them.
                finding.weight = position == kept ? traits.weight * Double(sink.omitted) : traits.weight
                findings.append(finding)
            }
        }
        if findings.count > book.limits.findingsPerDocument { findings = Self.capped(findings, to: book.limits.findingsPerDocument) }
        let statistics = DocumentStatistics(characters: document.original.count, words: analyzed.proseWordCount,
                                            sentences: segmentation.sentences.count, paragraphs: segmentation.paragraphs.count)
        var result = CheckResult(findings: findings, statistics: statistics, ruleFailures: failures, suppressed: suppressed)
        if analyzed.source != nil {
            result.alignment = Self.alignedPairs(analyzed)
            if !result.findings.isEmpty { result.findings = Self.withoutRepetitionInSource(result.findings, analyzed) }
        }
        return result
    }

    /// Shared analyses are computed by whichever rule asks first; when profiling, they are
    /// computed up front so that their cost stays out of that rule's line in the table.
    private func computeSharedAnalyses(_ analyzed: AnalyzedDocument) {
        timed("(paragraph kinds)") { _ = analyzed.paragraphKinds }
        timed("(protected zones)") { _ = analyzed.protectedZones }
        timed("(folded word hashes)") { _ = analyzed.foldedWordHashes }
        timed("(paragraph languages)") { _ = analyzed.paragraphForeignLanguage }
        if analyzed.source != nil { timed("(source alignment)") { _ = analyzed.alignment } }
    }

    /// A format reader's blocks and opaque stretches, in NFC offsets.
    private func segmentationStructure(_ document: Document, blocks: [ProseBlock]) -> Segmenter.Structure {
        let paragraphs = blocks.map { TextRange(start: document.normalizedOffset(ofProse: $0.range.start), end: document.normalizedOffset(ofProse: $0.range.end)) }
        let opaque = (document.structure?.opaque ?? []).map {
            TextRange(start: document.normalizedOffset(ofProse: $0.start), end: document.normalizedOffset(ofProse: $0.end))
        }
        return Segmenter.Structure(paragraphs: paragraphs, opaque: opaque)
    }

    /// The alignment of `analyzed` with its source, in offsets of each as read.
    private static func alignedPairs(_ analyzed: AnalyzedDocument) -> [AlignedPair] {
        let alignment = analyzed.alignment
        guard let source = alignment.source else { return [] }
        return alignment.beads.map { bead in
            let sourceRange = alignment.sourceRange(bead)
            let targetRange = bead.targetCount > 0 ? alignment.targetRange(analyzed, bead) : nil
            var pair = AlignedPair(source: sourceRange.map { source.document.originalRange($0) }, target: targetRange.map { analyzed.document.originalRange($0) },
                                   shape: bead.shape)
            if bead.sourceCount == 1, bead.targetCount == 1, let sourceRange, let targetRange {
                let sourceKey = alignment.letterKey(ofSource: bead)
                let targetKey = alignment.letterKey(ofTarget: bead, analyzed)
                if sourceKey.letters >= InconsistentTranslationRule.minimumLetters, targetKey.letters >= 4 {
                    pair.sourceKey = sourceKey.key
                    pair.targetKey = targetKey.key
                    pair.sourceText = ShortText(source.text, sourceRange.start..<sourceRange.end, limit: 120)
                    pair.targetText = ShortText(analyzed.text, targetRange.start..<targetRange.end, limit: 120)
                }
            }
            return pair
        }
    }

    /// Duplication findings whose repetition the source has too: a translation repeats what
    /// its source repeats (a refrain, a slogan quoted twice). A repeated word or phrase is the
    /// source's when the aligned source sentence repeats a word itself; a repeated sentence
    /// or passage when the source sentences aligned with both copies are alike.
    private static func withoutRepetitionInSource(_ findings: [Finding], _ analyzed: AnalyzedDocument) -> [Finding] {
        let alignment = analyzed.alignment
        guard let source = alignment.source else { return findings }
        let document = analyzed.document
        // Findings are in file offsets by now: units are found by their file ranges.
        let fileRanges = alignment.targetUnits.ranges.map { document.originalRange($0) }
        func sourceUnits(at originalOffset: Int) -> Range<Int>? {
            let unit = fileRanges.partitionPoint { $0.end > originalOffset }
            guard unit < fileRanges.count, fileRanges[unit].start <= originalOffset, alignment.beadOfTarget[unit] >= 0 else { return nil }
            let bead = alignment.beads[Int(alignment.beadOfTarget[unit])]
            return bead.sourceCount > 0 ? bead.sources : nil
        }
        func sourceKey(_ units: Range<Int>) -> UInt64 { SentenceAnchors.letterKey(source, words: alignment.sourceUnits.words(of: units)).key }
        func repeatsWord(_ units: Range<Int>) -> Bool {
            let hashes = source.foldedWordHashes
            let words = alignment.sourceUnits.words(of: units)
            return words.dropFirst().contains { source.words.kinds[$0] != .number && hashes[$0 - 1] == hashes[$0] }
        }
        return findings.filter { finding in
            guard finding.rule.family == .duplication, let here = sourceUnits(at: finding.range.start) else { return true }
            if let related = finding.related.first, let there = sourceUnits(at: related.range.start) {
                return sourceKey(here) != sourceKey(there) && !(here.overlaps(there))
            }
            return !repeatsWord(here)
        }
    }

    /// Rules of one family can see the same defect: a wrong closing mark is unbalanced,
    /// mis-nested and glued at once. Within a family, of findings whose spans overlap only
    /// the most severe is kept (the first rule in the book on a tie), so a defect is reported
    /// and scored once.
    static func oneFindingPerDefect(_ findings: [Finding]) -> [Finding] {
        guard findings.count > 1 else { return findings }
        // Positions only, grouped by family (numbered in order of first appearance), each
        // group by start: findings are large values, copied once at the end.
        var families: [RuleFamily] = []
        let group = findings.map { finding -> Int in
            if let known = families.firstIndex(of: finding.rule.family) { return known }
            families.append(finding.rule.family)
            return families.count - 1
        }
        let ordered = findings.indices.sorted { (group[$0], findings[$0].range.start, $0) < (group[$1], findings[$1].range.start, $1) }
        var keep = [Bool](repeating: false, count: findings.count)
        var survivors: [Int] = []
        var furthest: Int?
        for (position, index) in ordered.enumerated() {
            if position > 0, group[index] != group[ordered[position - 1]] {
                for survivor in survivors { keep[survivor] = true }
                survivors.removeAll(keepingCapacity: true)
                furthest = nil
            }
            let finding = findings[index]
            // Sorted by start, a finding can only overlap the survivor reaching furthest.
            if let clash = furthest, !finding.range.isEmpty, !findings[survivors[clash]].range.isEmpty,
               findings[survivors[clash]].range.overlaps(finding.range) {
                if finding.severity > findings[survivors[clash]].severity { survivors[clash] = index }
                continue
            }
            survivors.append(index)
            if furthest == nil || finding.range.end > findings[survivors[furthest!]].range.end { furthest = survivors.count - 1 }
        }
        for survivor in survivors { keep[survivor] = true }
        return findings.indices.filter { keep[$0] }.map { findings[$0] }
    }

    /// The sink of rule `index` on `document`: it keeps the configured number of findings,
    /// not counting those the document's directives suppress.
    private func makeSink(_ index: Int, _ document: Document, _ suppressions: SuppressionDirectives) -> FindingSink {
        var sink = FindingSink(rule: ids[index], limit: book.limits.findingsPerRule)
        if !suppressions.isEmpty {
            sink.isSuppressed = { finding in
                suppressions.suppresses(finding.rule, at: finding.isInFile ? finding.range.start : document.originalRange(finding.range).start)
            }
        }
        return sink
    }

    /// The most findings a document keeps by default, all rules together (each rule keeps at
    /// most `FindingSink.maximumFindings`); `limits:` in the configuration changes both.
    public static let maximumFindings = DocumentLimits.defaults.findingsPerDocument

    /// The first findings of the document in file order, and one more saying how many follow.
    private static func capped(_ findings: [Finding], to limit: Int) -> [Finding] {
        let ordered = findings.enumerated().sorted { ($0.element.range.start, $0.offset) < ($1.element.range.start, $1.offset) }.map(\.element)
        var kept = Array(ordered.prefix(limit))
        let dropped = ordered[limit...]
        let count = dropped.reduce(0) { $0 + $1.represented }
        var summary = ordered[limit].summarizing("\(count) more findings in this document are not listed (at most \(limit) per document).", .document, count: count)
        // It stands for all of them: their worst severity (for the gate) and their penalty.
        summary.severity = dropped.map(\.severity).max() ?? summary.severity
        summary.weight = dropped.reduce(0) { $0 + $1.penalty } / summary.severity.multiplier
        kept.append(summary)
        return kept
    }

    private func languageSetup(_ tag: LanguageTag) -> LanguageSetup {
        if let last = lastSetup, last.tag == tag { return last }
        if let cached = perLanguage.value(for: tag) {
            lastSetup = cached
            return cached
        }
        let applicable = configurations.indices.filter {
            tag.isUndetermined ? configurations[$0].description.languages.isEmpty : configurations[$0].applies(to: tag.identifier)
        }
        let setup = LanguageSetup(tag: tag, profile: LanguageProfile.forTag(tag), resources: book.resources(for: tag), rules: applicable)
        perLanguage.insert(setup, for: tag)
        lastSetup = setup
        return setup
    }
}
