import Foundation
import Formats
import Reporting
import RuleEngine

/// Loads what every run needs before it reads a document: the project configuration (if
/// any) and the rule book, following the documented search order. Errors are the user's to
/// fix and end the run with status 2.
struct RuleBookSetup {
    let book: RuleBook
    let configuration: ProjectConfiguration?
    /// Folders searched for rule sets, in order.
    let roots: [String]
    /// What the configuration may make translint read: its own folder tree.
    let projectScope: FileScope

    /// The configuration named with --config, or found in the working directory or a parent.
    private static func configuration(_ options: RuleOptions) throws -> ProjectConfiguration? {
        if let path = options.config { return try ProjectConfiguration(path: path) }
        guard !options.noConfig, let found = ProjectConfiguration.find(from: ProcessFacts.currentDirectory) else { return nil }
        // Found, not named: it must really be in the folder it was found in (a link to a file
        // elsewhere would have its first line printed in a YAML error).
        guard FileScope(folders: [(found as NSString).deletingLastPathComponent]).permits(found) else {
            throw UsageError("\(found) is a link to a file outside its folder; name it with --config to use it")
        }
        return try ProjectConfiguration(path: found)
    }

    /// The rule folders that may widen what the configuration reaches: those outside the
    /// project, and those inside it that stay inside it (a repository's `Rules` link to /
    /// must not admit the whole machine).
    private static func trustedRoots(_ roots: [String], projectFolder: String, project: FileScope) -> [String] {
        let absoluteProject = URL(fileURLWithPath: projectFolder).standardizedFileURL.path
        return roots.filter { root in
            let absolute = URL(fileURLWithPath: root).standardizedFileURL.path
            return !(absolute == absoluteProject || absolute.hasPrefix(absoluteProject + "/")) || project.permits(root)
        }
    }

    /// - Parameter requiresExamples: refuse rules declared without examples (every command
    ///   but `rules test`, which reports them as failures).
    init(_ options: RuleOptions, requiresExamples: Bool = true) throws {
        let configuration = try Self.configuration(options)
        for path in options.rulesPaths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw UsageError("--rules-path \(path): no such folder")
            }
        }
        // What the configuration may reach: its own tree and the rule folders (see FileScope).
        let configurationFolder = configuration.map { ($0.path as NSString).deletingLastPathComponent } ?? ProcessFacts.currentDirectory
        let projectFolder = configurationFolder.isEmpty ? "." : configurationFolder
        let project = FileScope(folders: [projectFolder])
        if let configuration {
            for path in configuration.rulesPaths where !project.permits(path) {
                throw UsageError("\(configuration.path): rules-path \(path) is \(FileScope.explanation)")
            }
            for path in configuration.glossaries where !project.permits(path) {
                throw UsageError("\(configuration.path): glossary \(path) is \(FileScope.explanation)")
            }
            if let path = configuration.baseline, !project.permits(path) {
                throw UsageError("\(configuration.path): baseline \(path) is \(FileScope.explanation)")
            }
        }
        let locator = RulesLocator(flagPaths: options.rulesPaths, configPaths: configuration?.rulesPaths ?? [])
        let roots = locator.roots()
        let names = options.ruleSets.isEmpty ? (configuration?.ruleSets ?? ["default"]) : options.ruleSets
        let namedFiles = options.ruleSets.filter { $0.contains("/") || $0.hasSuffix(".yml") || $0.hasSuffix(".yaml") }
        let trusted = Self.trustedRoots(roots, projectFolder: projectFolder, project: project)
        let loader = RuleSetLoader(roots: roots, scope: FileScope(folders: [projectFolder] + trusted, files: namedFiles))
        var book: RuleBook
        if roots.isEmpty, options.ruleSets.isEmpty, configuration?.ruleSets == nil {
            StandardError.write("translint: warning: no Rules/ folder found (see --rules-path, TRANSLINT_RULES); running the built-in detectors without language data\n")
            book = RuleBook.builtins()
            if let configuration { book = try loader.load([], configuration: configuration) }
        } else if options.ruleSets.isEmpty, let configuration {
            // The configuration's own names: relative to it, blamed at their line.
            book = try loader.load(configuration: configuration)
        } else {
            book = try loader.load(names, configuration: configuration)
        }
        for path in (configuration?.glossaries ?? []) + options.glossaries {
            do {
                book.glossary += try GlossaryReader.read(path: path)
            } catch {
                throw UsageError("glossary \(error.description)")
            }
        }
        if requiresExamples, let missing = book.missingExamples() { throw missing }
        self.book = book
        self.configuration = configuration
        self.roots = roots
        projectScope = project
    }

    /// The folder baseline keys are relative to: the configuration's, else the working
    /// directory.
    var project: ProjectPath { configuration?.project ?? ProjectPath(folder: ".") }

    /// The baseline a run applies: `named` (`--baseline`), which must exist, else — when
    /// `configuredToo` — the configuration's `baseline:`, which may not exist yet (nothing is
    /// baselined until `--write-baseline` records one). A file that is not a baseline is a
    /// usage error naming it, never silently ignored.
    func baseline(named: String?, configuredToo: Bool) throws -> Baseline? {
        let configured = configuredToo ? configuration?.baseline.flatMap { FileManager.default.fileExists(atPath: $0) ? $0 : nil } : nil
        guard let path = named ?? configured else { return nil }
        do {
            return try Baseline(path: path, project: project)
        } catch {
            throw UsageError(error.description)
        }
    }
}
