import Foundation
import Reporting

/// Where and how a report is written: the file or standard output, and whether colour is
/// allowed (only on a terminal, never when NO_COLOR is set).
struct OutputTarget {
    let output: ReportOutput
    let useColor: Bool

    init(path: String?, format: String) throws {
        if let path {
            do {
                output = try ReportOutput.file(path)
            } catch {
                throw UsageError("\(error)")
            }
            InterruptCleanup.remove(output.temporaryPath)
        } else {
            output = ReportOutput.standardOutput()
        }
        let noColor = ProcessFacts.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        useColor = format == "text" && path == nil && output.isTerminal && !noColor
    }
}
