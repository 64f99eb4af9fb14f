import RuleEngine

/// A shell-style path pattern: `*` (any characters except `/`), `**` (any characters,
/// including `/`), `?`, and `[abc]` / `[!abc]` classes. A pattern without `/` matches the
/// file name alone; with `/`, the path relative to the folder being walked — or, for a
/// pattern from the configuration file (`anchor` set), relative to that file's folder, so that
/// `desk/…`, `./desk/…`, an absolute path and a run from a subfolder all match alike.
public struct Glob: Sendable, Equatable, CustomStringConvertible {
    public let pattern: String
    /// The folder a pattern with `/` is relative to, when it is not the walked folder.
    public let anchor: ProjectPath?
    private let characters: [Character]

    public init(_ pattern: String, anchor: ProjectPath? = nil) {
        let trimmed = pattern.hasPrefix("./") ? String(pattern.dropFirst(2)) : pattern
        self.pattern = anchor == nil ? pattern : trimmed
        self.anchor = anchor
        self.characters = Array(self.pattern)
    }

    /// Whether the file at `path` (as typed or found), which is `walkedPath` inside the folder
    /// being walked, matches. An anchored pattern never matches a file outside its folder.
    public func matches(path: String, walkedPath: String) -> Bool {
        guard let anchor, pattern.contains("/") else { return matches(walkedPath) }
        guard let projectPath = anchor.relative(path) else { return false }
        return matches(projectPath)
    }

    public var description: String { pattern }

    /// Whether `relativePath` (with `/` separators) matches.
    public func matches(_ relativePath: String) -> Bool {
        let subject = pattern.contains("/") ? relativePath : String(relativePath.split(separator: "/").last ?? "")
        return Self.match(characters[...], Array(subject)[...])
    }

    private static func match(_ pattern: ArraySlice<Character>, _ text: ArraySlice<Character>) -> Bool {
        guard let first = pattern.first else { return text.isEmpty }
        switch first {
        case "*":
            let isDouble = pattern.dropFirst().first == "*"
            let rest = pattern.dropFirst(isDouble ? 2 : 1)
            if isDouble, rest.first == "/" {
                // "**/" also matches nothing at all.
                if match(rest.dropFirst(), text) { return true }
            }
            if isDouble, rest.isEmpty { return true }
            var index = text.startIndex
            while true {
                if match(rest, text[index...]) { return true }
                guard index < text.endIndex, isDouble || text[index] != "/" else { return false }
                index += 1
            }
        case "?":
            guard let character = text.first, character != "/" else { return false }
            return match(pattern.dropFirst(), text.dropFirst())
        case "[":
            guard let close = pattern.dropFirst().firstIndex(of: "]"), let character = text.first else {
                return text.first == "[" && match(pattern.dropFirst(), text.dropFirst())
            }
            var set = pattern[(pattern.startIndex + 1)..<close]
            let negated = set.first == "!" || set.first == "^"
            if negated { set = set.dropFirst() }
            var inSet = false
            var index = set.startIndex
            while index < set.endIndex {
                if index + 2 < set.endIndex, set[index + 1] == "-" {
                    if set[index] <= character && character <= set[index + 2] { inSet = true }
                    index += 3
                } else {
                    if set[index] == character { inSet = true }
                    index += 1
                }
            }
            guard inSet != negated else { return false }
            return match(pattern[(close + 1)...], text.dropFirst())
        default:
            guard text.first == first else { return false }
            return match(pattern.dropFirst(), text.dropFirst())
        }
    }
}
