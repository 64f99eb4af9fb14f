/// A file's `thresholds:` (a rule file's or `.translint.yml`'s): each one set or not, so that
/// later files override only what they name.
struct ThresholdSettings: Sendable {
    /// What `fail-on` says, when a file says it.
    enum FailOn: Sendable, Equatable {
        case severity(Severity)
        /// `fail-on: never`: no severity fails a document on its own.
        case never
    }

    var minScore: Double?
    var failOn: FailOn?

    /// These settings over `thresholds`.
    func apply(to thresholds: inout GateThresholds) {
        if let minScore { thresholds.minScore = minScore }
        switch failOn {
        case .severity(let severity): thresholds.failOn = severity
        case .never: thresholds.failOn = nil
        case nil: break
        }
    }

    /// `thresholds: {min-score, fail-on}` of a file's top level.
    init(_ top: YAMLMapping) throws(RuleSetError) {
        guard let thresholds = try top.mapping("thresholds", allowedKeys: ["min-score", "fail-on"], what: "thresholds") else { return }
        minScore = try thresholds.number("min-score")
        if let minScore, !(0...100).contains(minScore) { throw thresholds.error("min-score", "must be between 0 and 100") }
        guard let name = try thresholds.string("fail-on") else { return }
        if name == "never" || name == "none" {
            failOn = .never
        } else if let severity = Severity(rawValue: name) {
            failOn = .severity(severity)
        } else {
            throw thresholds.error("fail-on", "'\(name)' is not a severity (minor, major, critical, never)")
        }
    }
}
