import TextCore

/// A check that looks at an analysed document and reports findings.
///
/// Rules are created per worker thread (a rule may own ICU handles such as a compiled
/// regular expression) and reused for every document that worker checks. Ranges a rule
/// reports are in the document's NFC text.
public protocol Rule {
    /// The rule's identity, documentation, default weight and examples.
    var description: RuleDescription { get }

    /// Reports the rule's findings in `document` through `sink`.
    func check(_ document: AnalyzedDocument, into sink: inout FindingSink) throws(RuleFailure)
}

/// A rule that could not finish a document (a user's regular expression that ran past its
/// time limit). The document's other findings still stand.
public struct RuleFailure: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Collects the findings of one rule on one document, at most `maximumFindings` of them: a
/// decoder loop repeating a sentence ten thousand times is one defect, and keeping every
/// finding of it would cost memory and a report nobody reads. What is not kept is counted,
/// and `summary` stands for it.
public struct FindingSink {
    public static let maximumFindings = DocumentLimits.defaults.findingsPerRule

    public let rule: RuleID
    /// The most findings kept (`FindingSink.maximumFindings` unless the configuration says).
    public let limit: Int
    public private(set) var findings: [Finding] = []
    /// Findings reported past the limit, and the first of them.
    public private(set) var omitted = 0
    private var firstOmitted: Finding?
    /// Whether a finding falls in a `translint-disable` region: such findings are dropped
    /// before they count against the limit, so a disabled stretch full of findings cannot
    /// crowd out the real ones after it.
    public var isSuppressed: ((Finding) -> Bool)?
    /// Findings dropped by `isSuppressed`.
    public private(set) var suppressedCount = 0

    public init(rule: RuleID, limit: Int = FindingSink.maximumFindings) {
        self.rule = rule
        self.limit = max(1, limit)
    }

    /// A finding at the first one not kept, saying how many were not kept; the checker gives it
    /// the weight of all of them, so the score is what it would have been.
    public var summary: Finding? {
        firstOmitted?.summarizing("\(omitted) more findings of this rule in this document are not listed (at most \(limit) per rule).", .rule, count: omitted)
    }

    private mutating func keep(_ finding: Finding) {
        if let isSuppressed, isSuppressed(finding) {
            suppressedCount += 1
            return
        }
        guard findings.count < limit else {
            omitted += 1
            if firstOmitted == nil { firstOmitted = finding }
            return
        }
        findings.append(finding)
    }

    /// Reports a finding at `range` (NFC offsets).
    public mutating func report(_ range: TextRange, _ message: String, suggestions: [String] = [], related: [RelatedLocation] = [],
                                source: TextRange? = nil) {
        var finding = Finding(rule: rule, range: range, message: message, suggestions: suggestions, related: related)
        finding.sourceRange = source
        keep(finding)
    }

    /// Adds a finding made by the rule itself (its rule id must be the sink's).
    public mutating func append(_ finding: Finding) {
        precondition(finding.rule == rule, "a finding of \(finding.rule) in the sink of \(rule)")
        keep(finding)
    }

    /// Reports a finding at `range` of the file itself (offsets of `Document.original`), about
    /// something the file's structure says rather than its prose (a unit left untranslated).
    public mutating func report(inFile range: TextRange, unit: String?, _ message: String, suggestions: [String] = [],
                                source: TextRange? = nil, sourceInFile: Bool = false) {
        var finding = Finding(rule: rule, range: range, message: message, suggestions: suggestions)
        finding.isInFile = true
        finding.unit = unit
        finding.sourceRange = source
        finding.isSourceInFile = sourceInFile
        keep(finding)
    }
}
