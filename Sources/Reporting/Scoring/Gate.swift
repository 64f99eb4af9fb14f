import RuleEngine

/// Whether a document may be published: its score must reach the minimum and it must have
/// no finding at or above the fail-on severity.
public enum Gate {
    public struct Verdict: Sendable, Equatable {
        public let passed: Bool
        /// Why it failed, for people ("score 93.1 is below 95").
        public let reasons: [String]
    }

    public static func evaluate(score: Double, findings: [Finding], thresholds: GateThresholds) -> Verdict {
        var reasons: [String] = []
        if Scoring.rounded(score) < thresholds.minScore {
            reasons.append("score \(format(Scoring.rounded(score))) is below \(format(thresholds.minScore))")
        }
        if let failOn = thresholds.failOn {
            let blocking = findings.filter { $0.severity >= failOn }
            if !blocking.isEmpty {
                reasons.append("\(blocking.count) finding\(blocking.count == 1 ? "" : "s") at or above \(failOn.rawValue)")
            }
        }
        return Verdict(passed: reasons.isEmpty, reasons: reasons)
    }

    static func format(_ value: Double) -> String {
        // Whole numbers without ".0" (a saved report may hold any number: only those an Int holds).
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
