import Foundation
import RuleEngine

/// How a translated file finds the file it translates: one named source (`--source`), a
/// mirror tree (`--source-root DIR`: the same relative path under DIR), or a path pattern
/// from the configuration (`content/{lang}/**` ↔ `content/en/**`). JSONL records carry
/// their source in the record; XLIFF and PO units carry theirs.
public enum SourcePairing: Sendable, Equatable {
    case none
    /// Every target is paired with this one file (one target in practice).
    case file(String)
    /// The same relative path under `root`, relative to the input argument the target was
    /// found under (its file name when the argument is the file itself).
    case mirror(root: String, inputs: [String])
    /// `target` and `source` patterns: `{lang}` matches one path segment, `**` the rest.
    /// With an `anchor` (the configuration's folder) both are relative to it, whatever the
    /// working directory; the source found is then given relative to the working directory.
    case pattern(target: String, source: String, anchor: ProjectPath? = nil)

    /// The source file of target file `path`, or nil when the pairing says nothing of it.
    public func sourcePath(forTarget path: String) -> String? {
        let found = pairedPath(forTarget: path)
        // A pattern that also matches the sources ("content/{lang}/**" for content/en/…)
        // must not pair a file with itself.
        guard let found, ProjectPath.absolute(found) != ProjectPath.absolute(path) else { return nil }
        return found
    }

    private func pairedPath(forTarget path: String) -> String? {
        switch self {
        case .none:
            return nil
        case .file(let source):
            return source
        case .mirror(let root, let inputs):
            let target = Self.normalized(path)
            for input in inputs.map(Self.normalized) {
                if target == input { return root + "/" + (target as NSString).lastPathComponent }
                let prefix = input == "." ? "" : input + "/"
                if prefix.isEmpty || target.hasPrefix(prefix) { return root + "/" + String(target.dropFirst(prefix.count)) }
            }
            return nil
        case .pattern(let target, let source, let anchor):
            guard let subject = anchor.map({ $0.relative(path) }) ?? Self.normalized(path),
                  let captured = Self.match(subject, target) else { return nil }
            var result = source.replacingOccurrences(of: "{lang}", with: captured.language ?? "")
            if let range = result.range(of: "**") { result.replaceSubrange(range, with: captured.rest ?? "") }
            guard let anchor else { return result }
            let absolute = anchor.folder == "/" ? "/" + result : anchor.folder + "/" + Self.normalized(result)
            return ProjectPath(folder: ".").relative(absolute) ?? absolute
        }
    }

    /// The path without "./" in front and with single slashes.
    static func normalized(_ path: String) -> String {
        var parts = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init).filter { $0 != "." }
        if parts.isEmpty { parts = ["."] }
        return (path.hasPrefix("/") ? "/" : "") + parts.joined(separator: "/")
    }

    /// Matches `path` against a pattern with at most one `{lang}` and one trailing `**`.
    static func match(_ path: String, _ pattern: String) -> (language: String?, rest: String?)? {
        let pattern = normalized(pattern)
        var language: String?
        var remaining = Substring(path)
        var rest = Substring(pattern)
        while !rest.isEmpty {
            if rest.hasPrefix("**") {
                return (language, String(remaining))
            }
            if rest.hasPrefix("{lang}") {
                let segment = remaining.prefix { $0 != "/" }
                guard !segment.isEmpty else { return nil }
                language = String(segment)
                remaining = remaining.dropFirst(segment.count)
                rest = rest.dropFirst("{lang}".count)
                continue
            }
            guard remaining.first == rest.first else { return nil }
            remaining = remaining.dropFirst()
            rest = rest.dropFirst()
        }
        return remaining.isEmpty ? (language, nil) : nil
    }
}
