import RuleEngine
import TextCore

/// What produced a report: translint's version, the ICU, Unicode and CLDR versions that
/// segmented the text, and the rule sets used. Results are reproducible only when these match.
public struct ToolInfo: Sendable {
    public static let name = "translint"
    public static let version = "0.1.0"
    public static let informationURI = "https://github.com/translint/translint"

    public let icu: ICUVersions
    public var ruleSetNames: [String]
    public var ruleFiles: Int
    public var ruleSetHash: String
    /// Metadata of every enabled rule, for formats that describe rules (SARIF).
    public let rules: [RuleDescription]
    /// The gate the run applied (flags and configuration over the rule sets' defaults), when
    /// known: a report rendered later from saved results does not know it.
    public var thresholds: GateThresholds?
    /// What the findings' columns count (`--columns`).
    public var columns: ColumnUnit = .utf16

    public init(book: RuleBook, icu: ICUVersions = .current) {
        self.icu = icu
        ruleSetNames = book.names
        ruleFiles = book.sources.count
        ruleSetHash = book.contentHash
        rules = book.enabledRules.map(\.description)
    }
}
