/// How much of one document's findings a check keeps (`limits:` in `.translint.yml`). What is
/// not kept is counted, and a last finding says how many more there were.
public struct DocumentLimits: Sendable, Equatable {
    /// Findings kept per rule and document.
    public var findingsPerRule = 1_000
    /// Findings kept per document, all rules together.
    public var findingsPerDocument = 5_000

    public static let defaults = DocumentLimits()

    public init() {}
}
