import RuleEngine

/// The MQM linear scoring model: each finding costs its severity multiplier (minor 1,
/// major 5, critical 25) times its rule's weight; the score is the share of the text left
/// unpenalised, per evaluated word.
///
/// MQM divides the penalty by an evaluation word count, not by the words alone: a headline
/// or a UI string of a dozen words with one minor slip is not a text a fifth of which is
/// wrong. Texts shorter than `minimumEvaluationWords` are evaluated as if they had that many
/// words, so one minor finding costs a short text 3.3 points (it passes the default gate of
/// 95), two minor ones or a major one make it fail, and a critical one fails it through the
/// gate's `fail-on` whatever its length. Texts of that length or longer are scored per word,
/// as before (with per-word scoring alone, one minor slip failed every text under 20 words).
public enum Scoring {
    /// The fewest words a text is evaluated as.
    public static let minimumEvaluationWords = 30

    /// Sum of the findings' penalties.
    public static func penalty(of findings: [Finding]) -> Double {
        findings.reduce(0) { $0 + $1.penalty }
    }

    /// `max(0, 100 × (1 − penalty / max(words, 30)))`.
    public static func score(penalty: Double, words: Int) -> Double {
        max(0, 100 * (1 - penalty / Double(max(words, minimumEvaluationWords))))
    }

    /// Scores are reported with one decimal, rounded half up.
    public static func rounded(_ score: Double) -> Double {
        (score * 10).rounded(.toNearestOrAwayFromZero) / 10
    }
}
