/// Detection counts for one family (or language), and the measures derived from them.
public struct Counts: Sendable, Equatable {
    /// Annotated defects.
    public var annotations = 0
    /// Findings on annotated (non-clean) articles.
    public var findings = 0
    /// Findings that match an annotation.
    public var matchedFindings = 0
    /// Annotations that some finding matches.
    public var foundAnnotations = 0
    /// Findings on clean text, and the clean text's size in characters (UTF-16 units).
    public var cleanFindings = 0
    public var cleanCharacters = 0

    public init() {}

    /// Share of findings that are real defects; nil without findings.
    public var precision: Double? { findings > 0 ? Double(matchedFindings) / Double(findings) : nil }
    /// Share of annotated defects found; nil without annotations.
    public var recall: Double? { annotations > 0 ? Double(foundAnnotations) / Double(annotations) : nil }

    public var f1: Double? {
        guard let precision, let recall, precision + recall > 0 else { return nil }
        return 2 * precision * recall / (precision + recall)
    }

    /// False alarms per 10,000 characters of clean text; nil without clean text.
    public var cleanFindingsPer10k: Double? {
        cleanCharacters > 0 ? Double(cleanFindings) * 10_000 / Double(cleanCharacters) : nil
    }

    public static func + (lhs: Counts, rhs: Counts) -> Counts {
        var sum = lhs
        sum.annotations += rhs.annotations
        sum.findings += rhs.findings
        sum.matchedFindings += rhs.matchedFindings
        sum.foundAnnotations += rhs.foundAnnotations
        sum.cleanFindings += rhs.cleanFindings
        sum.cleanCharacters += rhs.cleanCharacters
        return sum
    }
}
