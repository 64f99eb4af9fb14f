import Foundation
import Reporting

/// A one-line progress display on standard error for long runs: documents done, MB/s,
/// documents/s and findings so far, redrawn at most ten times a second.
final class ProgressLine {
    private var lastDraw = -1.0
    private var drawn = false

    func update(_ summary: RunSummary, elapsed: Double) {
        guard elapsed - lastDraw >= 0.1, elapsed > 0.5 else { return }
        lastDraw = elapsed
        drawn = true
        let megabytes = Double(summary.characters) * 2 / 1_000_000
        let line = String(format: "\r%d documents · %.1f MB/s · %.0f documents/s · %d findings · %.1f s ",
                          summary.documents, megabytes / elapsed, Double(summary.documents) / elapsed, summary.findings, elapsed)
        StandardError.write(line)
    }

    func finish() {
        if drawn { StandardError.write("\r\u{1B}[K") }
    }
}
