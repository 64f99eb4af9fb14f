import Foundation

/// Timing for the scaling tests: each asks whether four times the input costs well under
/// sixteen times the time (what a quadratic step would cost). The best of a few runs is
/// taken, since other suites share the cores.
public enum Scaling {
    public static func seconds(runs: Int = 3, _ body: () throws -> Void) rethrows -> Double {
        var best = Double.infinity
        for _ in 0..<runs {
            let start = ContinuousClock.now
            try body()
            let elapsed = start.duration(to: .now).components
            best = min(best, Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18)
        }
        return best
    }

    /// The time for the large input over the time for the small one, after a warm-up.
    public static func ratio(_ small: () throws -> Void, _ large: () throws -> Void) rethrows -> (ratio: Double, small: Double, large: Double) {
        try small()
        let smallTime = try seconds(small)
        let largeTime = try seconds(large)
        return (largeTime / max(smallTime, 1e-6), smallTime, largeTime)
    }
}
