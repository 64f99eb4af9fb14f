import TextCore

/// Part of a document's check that could not finish; the findings of the rest stand, but the
/// document does not pass (its verdict would rest on an incomplete check).
public enum CheckFailure: Sendable, Equatable, CustomStringConvertible {
    /// A rule stopped on this document (a user's pattern past its time limit).
    case rule(RuleID, origin: String, message: String)
    /// ICU could not segment a part of the document, so no rule ran on it.
    case segmentation(ICUError)

    public var description: String {
        switch self {
        case let .rule(id, origin, message): return "rule \(id) (\(origin)) stopped: \(message)"
        case let .segmentation(error): return "segmentation failed: \(error)"
        }
    }
}
