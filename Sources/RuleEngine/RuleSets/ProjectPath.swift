import Foundation

/// A path as the project sees it: relative to the project folder (the folder of
/// `.translint.yml`, or the working directory without one), however it was typed.
///
/// `desk/fr/a.txt`, `./desk/fr/a.txt`, `/srv/site/desk/fr/a.txt` and, from `desk/`, `fr/a.txt`
/// all name the same file; the configuration's path patterns and the baseline's document
/// keys must treat them alike, or a run from another folder would silently change meaning.
public struct ProjectPath: Sendable, Equatable {
    /// The project folder, absolute and without `.`/`..` components or a trailing `/`.
    public let folder: String

    public init(folder: String) {
        self.folder = Self.absolute(folder)
    }

    /// `path` made absolute against the working directory, with `.` and `..` removed (links
    /// are not resolved: a path through a link stays the path the user sees).
    public static func absolute(_ path: String) -> String {
        let standardized = URL(fileURLWithPath: path.isEmpty ? "." : path).standardizedFileURL.path
        return standardized.count > 1 && standardized.hasSuffix("/") ? String(standardized.dropLast()) : standardized
    }

    /// `path` relative to the project folder, or nil when it lies outside it.
    public func relative(_ path: String) -> String? {
        let full = Self.absolute(path)
        if full == folder { return "" }
        let prefix = folder == "/" ? "/" : folder + "/"
        return full.hasPrefix(prefix) ? String(full.dropFirst(prefix.count)) : nil
    }

    /// The name a document is known by in the project: relative inside the folder, absolute
    /// outside it.
    public func key(_ path: String) -> String { relative(path) ?? Self.absolute(path) }
}
