import Foundation

/// The files a configuration may make translint read. A repository's `.translint.yml` is found
/// and obeyed automatically, so what it (and the rule files it names, and theirs through
/// `extends:`) can reach is limited to the project's own tree, the rule folders translint
/// searches, and what the user named on the command line. Without the limit, a checked-out
/// repository could name `~/.aws/credentials` as a rule set and have an error message print
/// its lines into a CI log.
public struct FileScope: Sendable {
    /// Real paths (symbolic links resolved) of the folders whose files may be read.
    private let folders: [String]
    /// Real paths of single files named explicitly.
    private let files: Set<String>

    /// - Parameters:
    ///   - folders: the project tree and the rule folders.
    ///   - files: files the user named; their folders are in scope too, so the files they
    ///     extend by a sibling's name are found.
    public init(folders: [String], files: [String] = []) {
        let realFiles = files.compactMap(Self.realPath)
        self.files = Set(realFiles)
        self.folders = (folders.compactMap(Self.realPath) + realFiles.map { ($0 as NSString).deletingLastPathComponent })
            .map { $0.hasSuffix("/") ? $0 : $0 + "/" }
    }

    /// Whether `path` (resolved, so a link cannot lead out) lies within the scope. A path that
    /// does not exist (a baseline not yet written) is in scope when its nearest existing
    /// folder is and what follows it has no `..`.
    public func permits(_ path: String) -> Bool {
        guard let resolved = Self.realPath(path) ?? Self.resolvedMissing(path) else { return false }
        return files.contains(resolved) || folders.contains { resolved.hasPrefix($0) || resolved + "/" == $0 }
    }

    /// What an error says about the scope, for a user who meant to read a file outside it.
    public static let explanation = "outside the project folder and the rule folders; name it on the command line (--rules, --rules-path, --glossary) to use it"

    /// A path that does not exist, resolved through its nearest existing folder.
    private static func resolvedMissing(_ path: String) -> String? {
        var folder = path
        var missing: [String] = []
        while true {
            let parent = (folder as NSString).deletingLastPathComponent
            missing.insert((folder as NSString).lastPathComponent, at: 0)
            guard !parent.isEmpty, parent != folder else { return nil }
            if let real = realPath(parent) {
                guard !missing.contains("..") else { return nil }
                return missing.reduce(real) { ($0 as NSString).appendingPathComponent($1) }
            }
            folder = parent
        }
    }

    /// The path with every symbolic link and `..` resolved, or nil when it leads nowhere.
    public static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
