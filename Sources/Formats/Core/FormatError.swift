/// A file that is not what its format requires (malformed XLIFF or PO), with the place of the
/// first problem. Markdown and HTML have no such errors: browsers and CommonMark read anything.
public struct FormatError: Error, Sendable, Equatable, CustomStringConvertible {
    public let format: InputFormat
    /// 1-based line and column (0 when unknown).
    public let line: Int
    public let column: Int
    public let message: String

    public init(format: InputFormat, line: Int, column: Int, message: String) {
        self.format = format
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        let place = line > 0 ? (column > 0 ? "\(line):\(column): " : "\(line): ") : ""
        return "\(place)not a well-formed \(format.displayName) file: \(message)"
    }
}

extension InputFormat {
    var displayName: String {
        switch self {
        case .text: return "text"
        case .markdown: return "Markdown"
        case .html: return "HTML"
        case .xliff: return "XLIFF"
        case .po: return "PO"
        }
    }
}
