import Evaluation
import RuleEngine
import TestSupport
import Testing

/// The regression floor: the shipped rules must keep the precision, recall and clean-text
/// false-alarm rate recorded in `Corpora/quality-floor.json`, and the floor is tight enough
/// that switching off any detector the corpus exercises breaks it.
@Suite struct QualityFloorTests {
    static let floorPath = Repository.path("Corpora/quality-floor.json")
    static let baseline = Evaluator(book: Repository.shippedBook).evaluate(paths: [Repository.corporaDirectory])

    @Test func shippedRulesMeetTheFloor() throws {
        let floor = try QualityFloor(path: Self.floorPath)
        #expect(Self.baseline.errors.isEmpty, "\(Self.baseline.errors)")
        #expect(Self.baseline.documents >= 80)
        let violations = floor.violations(of: Self.baseline)
        #expect(violations.isEmpty, "\(violations.joined(separator: "\n"))\n\(EvaluationReport.table(Self.baseline, tolerance: 3))")
    }

    /// Each part of the corpus is reported apart, and the parts add up to the whole.
    @Test func partsAreReportedApart() {
        let parts = Self.baseline.byPart
        #expect(Set(parts.keys) == ["articles", "clean", "formats", "human", "mt", "pairs", "real"])
        #expect(parts["clean"]?.annotations == 0 && (parts["clean"]?.cleanCharacters ?? 0) > 300_000)
        #expect((parts["formats"]?.annotations ?? 0) >= 100 && (parts["real"]?.annotations ?? 0) >= 20)
        #expect(parts.values.reduce(0) { $0 + $1.annotations } == Self.baseline.total.annotations)
        #expect(parts.values.reduce(0) { $0 + $1.findings + $1.cleanFindings } == Self.baseline.total.findings + Self.baseline.total.cleanFindings)
        #expect(EvaluationReport.table(Self.baseline, tolerance: 3).contains("\npart "))
    }

    /// Detectors whose findings the corpus does not exercise (off by default, or defects the
    /// annotated articles do not contain); every other one must matter to the floor.
    /// `sentences.split-against-source` adds to `sentences.split` only in languages without an
    /// abbreviation list (the corpus languages all have one).
    static let notExercised: Set<String> = ["sentences.run-on", "spacing.no-break-space", "sentences.split-against-source", "locale.straight-quotes"]

    static let detectors = BuiltinRules.all.map(\.id.description).filter { !notExercised.contains($0) }

    @Test(arguments: detectors)
    func disablingADetectorBreaksTheFloor(_ id: String) throws {
        let floor = try QualityFloor(path: Self.floorPath)
        let book = Repository.shippedBook.disabling(try RuleID(parsing: id))
        let result = Evaluator(book: book).evaluate(paths: [Repository.corporaDirectory])
        #expect(!floor.violations(of: result).isEmpty, "switching off \(id) left every family above the floor")
    }
}

extension RuleBook {
    func disabling(_ id: RuleID) -> RuleBook {
        var copy = self
        copy.setEnabled(false, for: id)
        return copy
    }
}
