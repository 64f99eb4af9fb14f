import RuleEngine

/// The MQM linear scoring model: each finding costs its severity multiplier (minor 1,
/// major 5, critical 25) times its rule's weight; the score is the share of the text left
/// unpenalised, per word.
public enum Scoring {
    /// Sum of the findings' penalties.
    public static func penalty(of findings: [Finding]) -> Double {
        findings.reduce(0) { $0 + $1.penalty }
    }

    /// `max(0, 100 × (1 − penalty / words))`. A document without words scores 100 when it
    /// has no penalty and 0 when it has one.
    public static func score(penalty: Double, words: Int) -> Double {
        guard words > 0 else { return penalty > 0 ? 0 : 100 }
        return max(0, 100 * (1 - penalty / Double(words)))
    }

    /// Scores are reported with one decimal, rounded half up.
    public static func rounded(_ score: Double) -> Double {
        (score * 10).rounded(.toNearestOrAwayFromZero) / 10
    }
}
