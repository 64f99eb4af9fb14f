import ArgumentParser
import Foundation

/// `translint install`: copies the running executable to PREFIX/bin and the rule sets it
/// uses to PREFIX/share/translint/Rules, where an installed translint finds them.
struct InstallCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "install",
        abstract: "Install this translint and its rule sets under a prefix (PREFIX/bin, PREFIX/share/translint/Rules).",
        discussion: "Typically: swift build -c release && .build/release/translint install --prefix ~/.local")

    @Option(help: ArgumentHelp("Installation prefix.", valueName: "dir"))
    var prefix: String = "/usr/local"

    @Option(name: .customLong("rules-from"), help: ArgumentHelp("The Rules/ folder to install (default: the one this translint finds).", valueName: "dir"))
    var rulesFrom: String?

    func run() throws {
        let manager = FileManager.default
        guard let executable = ProcessFacts.executablePath else { throw UsageError("cannot tell where this executable is") }
        guard let rules = rulesFrom ?? RulesLocator().roots().first(where: { manager.fileExists(atPath: ($0 as NSString).appendingPathComponent("default.yml")) }) else {
            throw UsageError("no Rules/ folder with default.yml found; pass --rules-from")
        }
        let bin = (prefix as NSString).appendingPathComponent("bin")
        let share = (prefix as NSString).appendingPathComponent("share/translint")
        let installedRules = (share as NSString).appendingPathComponent("Rules")
        let installedExecutable = (bin as NSString).appendingPathComponent("translint")
        try manager.createDirectory(atPath: bin, withIntermediateDirectories: true)
        try manager.createDirectory(atPath: share, withIntermediateDirectories: true)
        if manager.fileExists(atPath: installedExecutable) { try manager.removeItem(atPath: installedExecutable) }
        try manager.copyItem(atPath: executable, toPath: installedExecutable)
        if manager.fileExists(atPath: installedRules) { try manager.removeItem(atPath: installedRules) }
        try manager.copyItem(atPath: rules, toPath: installedRules)
        print("installed \(installedExecutable)")
        print("installed \(installedRules) (from \(rules))")
    }
}
