/// When a document fails its gate: a score below `minScore`, or a finding at or above
/// `failOn` (nil: no severity fails on its own). Rule sets set them; flags override.
public struct GateThresholds: Sendable, Equatable {
    public var minScore: Double
    public var failOn: Severity?

    public init(minScore: Double = 95, failOn: Severity? = .critical) {
        self.minScore = minScore
        self.failOn = failOn
    }

    public static let defaults = GateThresholds()
}
