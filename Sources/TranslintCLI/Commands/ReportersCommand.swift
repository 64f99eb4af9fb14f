import ArgumentParser
import Reporting

/// `translint reporters`: the report formats.
struct ReportersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "reporters", abstract: "List the report formats.")

    func run() {
        let width = ReportFormat.all.map(\.name.count).max() ?? 0
        for format in ReportFormat.all {
            print(format.name.padding(toLength: width + 2, withPad: " ", startingAt: 0) + format.summary)
        }
    }
}
