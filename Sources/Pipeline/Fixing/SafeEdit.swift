/// One change `translint fix` makes: a finding's span (UTF-16 offsets in the file as read)
/// replaced by its first suggestion.
public struct SafeEdit: Sendable, Equatable {
    public let start: Int
    public let end: Int
    public let replacement: String
    public let rule: String

    public init(start: Int, end: Int, replacement: String, rule: String) {
        self.start = start
        self.end = end
        self.replacement = replacement
        self.rule = rule
    }
}
