import Foundation
import FuzzTargets
import TestSupport
import Testing

/// Replays every input in Tests/FuzzRegressions/TARGET/ through its fuzz target: the hostile
/// inputs that once crashed, hung or trapped, and whatever `.ci/fuzz` finds from now on. A
/// target stops the process on a broken invariant, so passing means none broke.
@Suite struct FuzzRegressionTests {
    static let folder = (Repository.root as NSString).appendingPathComponent("Tests/FuzzRegressions")

    static var inputs: [String] {
        FuzzTarget.allCases.flatMap { target in
            let path = (folder as NSString).appendingPathComponent(target.rawValue)
            return ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted().map { target.rawValue + "/" + $0 }
        }
    }

    @Test func thereAreRegressionInputsForTheHostileCases() {
        #expect(Self.inputs.count >= 30)
    }

    @Test(arguments: inputs)
    func replays(_ input: String) throws {
        setenv("TRANSLINT_RULES", Repository.rulesDirectory, 1)
        let target = try #require(FuzzTarget(rawValue: String(input.prefix { $0 != "/" })))
        let data = try Data(contentsOf: URL(fileURLWithPath: (Self.folder as NSString).appendingPathComponent(input)))
        let start = ContinuousClock.now
        data.withUnsafeBytes { target.run($0) }
        #expect(start.duration(to: .now) < .seconds(10), "\(input) took too long")
    }
}
