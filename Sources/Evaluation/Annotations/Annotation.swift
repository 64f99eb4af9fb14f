import RuleEngine
import TextCore

/// A defect a person marked in an article: its family, where it is (UTF-16 offset and length
/// in the text as read), and the text it covers (checked when the file loads, so an
/// annotation cannot drift away from its defect unnoticed).
public struct Annotation: Sendable, Equatable {
    public let family: RuleFamily
    public let range: TextRange
    public let text: String
    public let note: String?

    public init(family: RuleFamily, range: TextRange, text: String, note: String? = nil) {
        self.family = family
        self.range = range
        self.text = text
        self.note = note
    }
}
