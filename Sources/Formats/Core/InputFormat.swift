/// The formats translint reads. Plain text is checked as it is; the others are parsed into a
/// prose view (`ProseView`) whose findings point back into the file.
public enum InputFormat: String, Sendable, CaseIterable, Equatable {
    case text
    case markdown
    case html
    case xliff
    case po

    /// The format of a file, from its name's extension; nil when the extension says nothing
    /// (plain text is assumed then).
    public init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: "."), !fileName[dot...].contains("/") else { return nil }
        switch fileName[fileName.index(after: dot)...].lowercased() {
        case "txt", "text": self = .text
        case "md", "markdown", "mdx": self = .markdown
        case "html", "htm", "xhtml": self = .html
        case "xlf", "xliff": self = .xliff
        case "po", "pot": self = .po
        default: return nil
        }
    }

    /// The name a JSONL record's `"format"` or `--input-format` gives (`md` and `xlf` too).
    public init?(name: String) {
        switch name.lowercased() {
        case "text", "txt", "plain": self = .text
        case "markdown", "md", "mdx": self = .markdown
        case "html", "htm", "xhtml": self = .html
        case "xliff", "xlf": self = .xliff
        case "po", "pot", "gettext": self = .po
        default: return nil
        }
    }

    /// The file patterns a folder walk includes by default.
    public static let defaultFilePatterns = ["*.txt", "*.md", "*.markdown", "*.mdx", "*.html", "*.htm", "*.xhtml", "*.xlf", "*.xliff", "*.po", "*.pot"]
}
