/// An MQM-style issue type such as `fluency/punctuation`: the dimension, then the issue.
public struct MQMCategory: Hashable, Sendable, Codable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let path: String

    public init(_ path: String) { self.path = path }
    public init(stringLiteral value: String) { self.init(value) }

    public var description: String { path }

    public init(from decoder: Decoder) throws { path = try decoder.singleValueContainer().decode(String.self) }
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(path)
    }

    /// Whether the category names an MQM dimension translint knows (`accuracy`, `fluency`,
    /// `terminology`, `style`, `locale-convention`, `design`).
    public var hasKnownDimension: Bool {
        let dimension = path.split(separator: "/").first.map(String.init) ?? path
        return ["accuracy", "fluency", "terminology", "style", "locale-convention", "design"].contains(dimension)
    }

    public static let punctuation: MQMCategory = "fluency/punctuation"
    public static let grammar: MQMCategory = "fluency/grammar"
    public static let spelling: MQMCategory = "fluency/spelling"
    public static let characterEncoding: MQMCategory = "fluency/character-encoding"
    public static let duplication: MQMCategory = "accuracy/addition"
    public static let whitespace: MQMCategory = "fluency/whitespace"
    public static let quoteMarkFormat: MQMCategory = "locale-convention/quote-mark-format"
    public static let inconsistency: MQMCategory = "fluency/inconsistency"
    public static let terminology: MQMCategory = "terminology/wrong-term"
    public static let unidiomatic: MQMCategory = "style/unidiomatic"
    public static let untranslated: MQMCategory = "accuracy/untranslated"
    public static let mistranslation: MQMCategory = "accuracy/mistranslation"
    public static let omission: MQMCategory = "accuracy/omission"
    public static let addition: MQMCategory = "accuracy/addition"
    public static let markup: MQMCategory = "design/markup"
}
