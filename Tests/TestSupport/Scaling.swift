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

    /// The time for the large input over the time for the small one, after a warm-up. The two
    /// are measured alternately, five times each, and the best of each is kept, so a burst of
    /// load from other suites falls on both.
    public static func ratio(_ small: () throws -> Void, _ large: () throws -> Void) rethrows -> (ratio: Double, small: Double, large: Double) {
        try small()
        var smallTime = Double.infinity
        var largeTime = Double.infinity
        for _ in 0..<5 {
            smallTime = min(smallTime, try seconds(runs: 1, small))
            largeTime = min(largeTime, try seconds(runs: 1, large))
        }
        return (largeTime / max(smallTime, 1e-6), smallTime, largeTime)
    }
}
