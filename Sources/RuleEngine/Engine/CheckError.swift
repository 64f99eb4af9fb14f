import TextCore

/// Why a document could not be checked at all (as opposed to a rule that could not finish,
/// which leaves the other rules' findings standing).
public enum CheckError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A suppression directive names a rule or family the rule book does not know: checking
    /// on would silently suppress nothing, so the document is an error the writer must fix.
    case unknownDirectiveSelector(selector: String, line: Int, column: Int, suggestion: String?)

    public var description: String {
        switch self {
        case let .unknownDirectiveSelector(selector, line, column, suggestion):
            let hint = suggestion.map { " (did you mean \($0)?)" } ?? ""
            return "\(line):\(column): unknown rule or family '\(selector)' in a translint directive\(hint)"
        }
    }
}
