import ArgumentParser
import Foundation
import Pipeline

/// `translint install`: copies the running executable to PREFIX/bin and the rule sets it
/// uses to PREFIX/share/translint/Rules, where an installed translint finds them; writes its
/// shell completions for bash, zsh and fish where those shells look under the prefix; and
/// copies the man pages when it runs from an unpacked distribution that has them
/// (`share/man/man1` beside its `bin`).
struct InstallCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "install",
        abstract: "Install this translint, its rule sets, shell completions and man pages under a prefix.",
        discussion: """
        Installs PREFIX/bin/translint, PREFIX/share/translint/Rules, completions in PREFIX/share/bash-completion/completions/translint, PREFIX/share/zsh/site-functions/_translint and PREFIX/share/fish/vendor_completions.d/translint.fish, and — from an unpacked distribution (.ci/dist) — the man pages in PREFIX/share/man/man1. Typically: swift build -c release && .build/release/translint install --prefix ~/.local
        """)

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
        // Copied beside the destination and renamed over it: installing onto the prefix this
        // translint runs from replaces a file with its own copy instead of deleting it first.
        try Self.replace(installedExecutable, withCopyOf: executable)
        if FileIdentity(path: rules) == FileIdentity(path: installedRules) {
            print("\(installedRules) is already the installed rule folder")
        } else {
            try Self.replace(installedRules, withCopyOf: rules)
        }
        print("installed \(installedExecutable)")
        print("installed \(installedRules) (from \(rules))")
        for (shell, relative) in Self.completionPaths {
            let path = (prefix as NSString).appendingPathComponent(relative)
            try manager.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(Translint.completionScript(for: shell).utf8).write(to: URL(fileURLWithPath: path))
            print("installed \(path)")
        }
        // The man pages travel in the distribution beside the binary (share/man/man1).
        let shippedManual = URL(fileURLWithPath: executable).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("share/man/man1").path
        let manual = (prefix as NSString).appendingPathComponent("share/man/man1")
        if let pages = try? manager.contentsOfDirectory(atPath: shippedManual).filter({ $0.hasPrefix("translint") && $0.hasSuffix(".1") }), !pages.isEmpty,
           FileIdentity(path: shippedManual) != FileIdentity(path: manual) {
            try manager.createDirectory(atPath: manual, withIntermediateDirectories: true)
            for page in pages.sorted() {
                try Self.replace((manual as NSString).appendingPathComponent(page), withCopyOf: (shippedManual as NSString).appendingPathComponent(page))
            }
            print("installed \(pages.count) man pages in \(manual)")
        }
    }

    /// Where each shell looks for completions under a prefix.
    static let completionPaths: [(CompletionShell, String)] = [
        (.bash, "share/bash-completion/completions/translint"),
        (.zsh, "share/zsh/site-functions/_translint"),
        (.fish, "share/fish/vendor_completions.d/translint.fish"),
    ]

    /// Puts a copy of `source` at `destination` without a moment where neither exists.
    private static func replace(_ destination: String, withCopyOf source: String) throws {
        let manager = FileManager.default
        let folder = (destination as NSString).deletingLastPathComponent
        let staging = (folder as NSString).appendingPathComponent(".translint-install-\(getpid())")
        let previous = staging + ".old"
        try? manager.removeItem(atPath: staging)
        try? manager.removeItem(atPath: previous)
        try manager.copyItem(atPath: source, toPath: staging)
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: destination, isDirectory: &isFolder), isFolder.boolValue {
            // rename() cannot replace a non-empty folder: move the old one aside first.
            try manager.moveItem(atPath: destination, toPath: previous)
            try manager.moveItem(atPath: staging, toPath: destination)
            try manager.removeItem(atPath: previous)
        } else if rename(staging, destination) != 0 {
            let reason = String(cString: strerror(errno))
            try? manager.removeItem(atPath: staging)
            throw UsageError("cannot install \(destination): \(reason)")
        }
    }
}
