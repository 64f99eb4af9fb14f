import Foundation
import Pipeline
import Reporting

/// A one-line progress display on standard error for long runs: documents done (of the
/// total when it is known), MB/s, documents/s, findings so far and, when the input size is
/// known, the time left. Redrawn at most ten times a second, after the first half second.
final class ProgressLine {
    private var lastDraw = -1.0
    private var drawn = false
    private let expectedDocuments: Int?
    private let expectedBytes: Int?
    private let inputs: InputCollector.Progress

    init(expectedDocuments: Int?, expectedBytes: Int?, inputs: InputCollector.Progress) {
        self.expectedDocuments = expectedDocuments
        self.expectedBytes = expectedBytes
        self.inputs = inputs
    }

    func update(_ summary: RunSummary, elapsed: Double) {
        guard elapsed - lastDraw >= 0.1, elapsed > 0.5 else { return }
        lastDraw = elapsed
        drawn = true
        let megabytes = Double(inputs.bytes) / 1_000_000
        var line = "\r\(summary.documents)"
        if let expectedDocuments { line += "/\(expectedDocuments)" }
        line += " documents · " + String(format: "%.1f MB/s · %.0f documents/s · %d findings", megabytes / elapsed, Double(summary.documents) / elapsed, summary.findings)
        if let eta = eta(summary, elapsed: elapsed) { line += String(format: " · %.0f s left", eta) }
        StandardError.write(line + "\u{1B}[K")
    }

    private func eta(_ summary: RunSummary, elapsed: Double) -> Double? {
        if let expectedBytes, expectedBytes > 0, inputs.bytes > 0 {
            return elapsed * Double(expectedBytes - min(expectedBytes, inputs.bytes)) / Double(inputs.bytes)
        }
        if let expectedDocuments, summary.documents > 0 {
            return elapsed * Double(expectedDocuments - min(expectedDocuments, summary.documents)) / Double(summary.documents)
        }
        return nil
    }

    func finish() {
        if drawn { StandardError.write("\r\u{1B}[K") }
    }
}
