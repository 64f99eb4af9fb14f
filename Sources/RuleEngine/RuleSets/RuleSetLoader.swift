import Foundation

/// Finds rule sets by name, reads their files (following `extends:`), and composes them into
/// a rule book.
///
/// A rule set name is looked up in each root directory in order: `<root>/<name>.yml`, then
/// `<root>/<name>/` (every `.yml` file under it, in path order). A name containing a `/` or
/// ending in `.yml` is a path. `extends:` names resolve the same way, first next to the file
/// that names them. Files load depth first, each once; later files override earlier ones.
///
/// With a `scope`, a rule set outside it is an error, raised before the file is read; a rule
/// set named by path must be a `.yml` or `.yaml` file.
public struct RuleSetLoader: Sendable {
    public let roots: [String]
    public let scope: FileScope?

    public init(roots: [String], scope: FileScope? = nil) {
        self.roots = roots
        self.scope = scope
    }

    /// Builds the rule book for the named rule sets.
    public func load(_ names: [String]) throws(RuleSetError) -> RuleBook {
        var book = try load(names.map { (name: $0, near: nil, position: nil) })
        book.names = names
        return book
    }

    /// Builds the rule book for names given in a file (`near` its folder, blamed at
    /// `position` when not found).
    func load(_ entries: [(name: String, near: String?, position: SourcePosition?)]) throws(RuleSetError) -> RuleBook {
        var files: [RuleFile] = []
        var visited = Set<String>()
        for entry in entries {
            let paths = try resolve(entry.name, near: entry.near, position: entry.position, workingDirectoryToo: entry.near == nil)
            for path in paths { try collect(path, into: &files, visited: &visited, chain: []) }
        }
        return try Self.compose(files)
    }

    /// Builds a rule book from exact files (and whatever they extend).
    public func load(files paths: [String]) throws(RuleSetError) -> RuleBook {
        var files: [RuleFile] = []
        var visited = Set<String>()
        for path in paths { try collect(path, into: &files, visited: &visited, chain: []) }
        var book = try Self.compose(files)
        book.names = paths
        return book
    }

    /// Decodes and compiles one rule file's text, without what it extends: what a rule-file
    /// validator or a fuzzer needs. Throws what loading the file would.
    public static func compile(text: String, path: String) throws(RuleSetError) -> RuleBook {
        try compose([RuleFile(path: path, text: text)])
    }

    // MARK: Locating

    /// The rule set names the roots offer: their `.yml` files and folders.
    public func availableNames() -> [String] {
        var names = Set<String>()
        for root in roots {
            for entry in (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? [] where !entry.hasPrefix(".") {
                if entry.hasSuffix(".yml") { names.insert(String(entry.dropLast(4))) } else {
                    var isDirectory: ObjCBool = false
                    let full = (root as NSString).appendingPathComponent(entry)
                    if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), isDirectory.boolValue { names.insert(entry) }
                }
            }
        }
        return names.sorted()
    }

    /// The files of rule set `name`. A path is tried next to `directory` and (for `extends:`
    /// and the command line) from the working directory; a configuration's paths only
    /// next to it, so they mean the same wherever translint runs.
    private func resolve(_ name: String, near directory: String?, position: SourcePosition?, workingDirectoryToo: Bool = true) throws(RuleSetError) -> [String] {
        let manager = FileManager.default
        if name.contains("/") || name.hasSuffix(".yml") || name.hasSuffix(".yaml") {
            let nearby = name.hasPrefix("/") ? nil : directory.map { ($0 as NSString).appendingPathComponent(name) }
            let candidates = [nearby, workingDirectoryToo || nearby == nil ? name : nil].compactMap { $0 }
            for candidate in candidates where manager.fileExists(atPath: candidate) {
                var isDirectory: ObjCBool = false
                _ = manager.fileExists(atPath: candidate, isDirectory: &isDirectory)
                guard isDirectory.boolValue || name.hasSuffix(".yml") || name.hasSuffix(".yaml") else {
                    throw refused(name, position, "is not a .yml or .yaml file")
                }
                try admit(candidate, name, position)
                return try expand(candidate)
            }
            throw notFound(name, position, searched: candidates)
        }
        var searched: [String] = []
        for root in [directory].compactMap({ $0 }) + roots {
            let file = (root as NSString).appendingPathComponent(name + ".yml")
            let folder = (root as NSString).appendingPathComponent(name)
            searched += [file, folder + "/"]
            if manager.fileExists(atPath: file) {
                try admit(file, name, position)
                return [file]
            }
            var isDirectory: ObjCBool = false
            if manager.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue {
                try admit(folder, name, position)
                return try expand(folder)
            }
        }
        throw notFound(name, position, searched: searched)
    }

    private func expand(_ path: String) throws(RuleSetError) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else { return [path] }
        guard let enumerator = FileManager.default.enumerator(atPath: path) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            if relative.hasSuffix(".yml") || relative.hasSuffix(".yaml") { files.append((path as NSString).appendingPathComponent(relative)) }
        }
        return files.sorted()
    }

    /// Refuses a rule set outside the scope, before anything of it is read.
    private func admit(_ path: String, _ name: String, _ position: SourcePosition?) throws(RuleSetError) {
        if let scope, !scope.permits(path) { throw refused(name, position, "is \(FileScope.explanation)") }
    }

    private func refused(_ name: String, _ position: SourcePosition?, _ reason: String) -> RuleSetError {
        let message = "rule set '\(name)' \(reason)"
        return position?.error(message) ?? RuleSetError(path: name, line: 1, column: 1, message: message)
    }

    private func notFound(_ name: String, _ position: SourcePosition?, searched: [String]) -> RuleSetError {
        let suggestion = Suggestion.closest(to: name, among: availableNames()).map { "; did you mean '\($0)'?" } ?? ""
        let message = "rule set '\(name)' not found (looked for \(searched.joined(separator: ", ")))\(suggestion)"
        return position?.error(message) ?? RuleSetError(path: name, line: 1, column: 1, message: message)
    }

    private func collect(_ path: String, into files: inout [RuleFile], visited: inout Set<String>, chain: [String]) throws(RuleSetError) {
        let key = (path as NSString).standardizingPath
        if chain.contains(key) {
            throw RuleSetError(path: path, line: 1, column: 1, key: "extends", message: "extends itself through \((chain + [key]).joined(separator: " → "))")
        }
        guard visited.insert(key).inserted else { return }
        if let scope, !scope.permits(path) {
            throw RuleSetError(path: path, line: 1, column: 1, message: "this rule file is \(FileScope.explanation)")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw RuleSetError(path: path, line: 1, column: 1, message: "cannot read the file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw RuleSetError(path: path, line: 1, column: 1, message: "the file is not UTF-8")
        }
        let file = try RuleFile(path: path, text: text)
        let directory = (path as NSString).deletingLastPathComponent
        for (name, position) in file.extends {
            for extended in try resolve(name, near: directory, position: position) {
                try collect(extended, into: &files, visited: &visited, chain: chain + [key])
            }
        }
        files.append(file)
    }

    // MARK: Composing

    static func compose(_ files: [RuleFile]) throws(RuleSetError) -> RuleBook {
        var book = RuleBook.builtins()
        for file in files {
            book.sources.append(RuleSource(path: file.path, sha256: file.sha256))
            file.thresholds.apply(to: &book.thresholds)
            if let conventions = file.conventions { book.conventions.append(conventions) }
            book.wordLists += file.wordLists
            for rule in file.rules {
                if let existing = book.rule(rule.id) {
                    guard case .file(let path, let line) = rule.origin else { continue }
                    throw RuleSetError(path: path, line: line, column: 1, ruleID: rule.id.description, key: "id",
                                       message: "the id is already used by the rule at \(existing.origin)")
                }
                book.rules.append(rule)
            }
        }
        for file in files {
            for setting in file.settings { try apply(setting, to: &book) }
        }
        return book
    }

    static func apply(_ setting: RuleFile.Setting, to book: inout RuleBook) throws(RuleSetError) {
        guard let index = book.rules.firstIndex(where: { $0.id == setting.id }) else {
            let suggestion = Suggestion.closest(to: setting.id.description, among: book.rules.map(\.id.description)).map { "; did you mean '\($0)'?" } ?? ""
            throw setting.position.error("no rule has this id (see `translint rules list`)\(suggestion)")
        }
        var rule = book.rules[index]
        if let parameters = setting.parameters {
            guard let builtin = BuiltinRules.named(setting.id) else {
                throw setting.position.error("`with:` parameters apply to built-in detectors only; a declared rule is configured where it is declared")
            }
            do {
                rule = try builtin.configured(parameters: parameters)
            } catch {
                throw setting.position.error(error.message)
            }
        }
        let description = rule.description.overriding(severity: setting.severity, weight: setting.weight, category: setting.category)
        book.rules[index] = rule.with(description: description, isEnabled: setting.isEnabled ?? rule.isEnabled)
    }
}
