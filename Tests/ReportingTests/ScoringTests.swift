import Reporting
import RuleEngine
import TextCore
import Testing

@Suite struct ScoringTests {
    func finding(_ severity: Severity, weight: Double = 1) -> Finding {
        Finding(rule: RuleID(.quotes, "x"), range: TextRange(start: 0, end: 1), message: "", severity: severity, weight: weight)
    }

    @Test func penaltiesFollowTheMQMMultipliers() {
        #expect(Scoring.penalty(of: [finding(.minor)]) == 1)
        #expect(Scoring.penalty(of: [finding(.major)]) == 5)
        #expect(Scoring.penalty(of: [finding(.critical)]) == 25)
        #expect(Scoring.penalty(of: [finding(.major, weight: 2), finding(.minor, weight: 0.5)]) == 10.5)
    }

    @Test func scoreIsPenaltyPerWord() {
        #expect(Scoring.score(penalty: 0, words: 500) == 100)
        #expect(Scoring.rounded(Scoring.score(penalty: 13, words: 500)) == 97.4)
        #expect(Scoring.score(penalty: 600, words: 500) == 0)
    }

    /// Short texts are evaluated as 30 words: a 16-word record with one minor finding passes
    /// the default gate, two minor ones or a major one fail it, a critical one fails it by
    /// `fail-on`; from 30 words on, the score is per word as it always was.
    @Test func shortTextsAreEvaluatedAsThirtyWords() {
        let gate = GateThresholds.defaults
        func verdict(_ findings: [Finding], words: Int) -> Gate.Verdict {
            Gate.evaluate(score: Scoring.score(penalty: Scoring.penalty(of: findings), words: words), findings: findings, thresholds: gate)
        }
        #expect(Scoring.rounded(Scoring.score(penalty: 1, words: 16)) == 96.7)
        #expect(verdict([finding(.minor)], words: 16).passed)
        #expect(verdict([finding(.minor), finding(.minor)], words: 16).reasons == ["score 93.3 is below 95"])
        #expect(verdict([finding(.major)], words: 16).reasons == ["score 83.3 is below 95"])
        #expect(verdict([finding(.critical)], words: 3).reasons == ["score 16.7 is below 95", "1 finding at or above critical"])
        #expect(Scoring.score(penalty: 1, words: 30) == Scoring.score(penalty: 1, words: 12))
        #expect(Scoring.score(penalty: 1, words: 100) == 99)
        #expect(Scoring.score(penalty: 2, words: 40) == 95)
        #expect(Scoring.score(penalty: 0, words: 0) == 100)
        #expect(Scoring.rounded(Scoring.score(penalty: 1, words: 0)) == 96.7)
    }

    @Test func gatePassesOnlyAboveTheMinimumAndBelowFailOn() {
        let thresholds = GateThresholds(minScore: 95, failOn: .critical)
        #expect(Gate.evaluate(score: 97.4, findings: [finding(.major)], thresholds: thresholds).passed)
        #expect(Gate.evaluate(score: 95, findings: [], thresholds: thresholds).passed)
        let low = Gate.evaluate(score: 94.9, findings: [], thresholds: thresholds)
        #expect(!low.passed)
        #expect(low.reasons == ["score 94.9 is below 95"])
        let critical = Gate.evaluate(score: 99, findings: [finding(.critical)], thresholds: thresholds)
        #expect(!critical.passed)
        #expect(critical.reasons == ["1 finding at or above critical"])
        #expect(Gate.evaluate(score: 99, findings: [finding(.critical)], thresholds: GateThresholds(minScore: 95, failOn: nil)).passed)
        #expect(!Gate.evaluate(score: 99, findings: [finding(.minor)], thresholds: GateThresholds(minScore: 0, failOn: .minor)).passed)
    }

    @Test func scoresRoundToOneDecimal() {
        #expect(Scoring.rounded(97.449) == 97.4)
        #expect(Scoring.rounded(97.45) == 97.5)
    }
}
