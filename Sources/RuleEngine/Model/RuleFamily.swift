/// The family every rule id starts with (`family.name`). The built-in families below group
/// translint's own rules in reports, SARIF and evaluations; `accuracy` holds what concerns the
/// translation against its source (a unit left untranslated; with a source, numbers,
/// omissions and the like). The set is open: a house rule file may declare `house.x`, and
/// its findings are grouped, filtered and scored under `house` like any other.
public struct RuleFamily: RawRepresentable, Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    public let rawValue: String

    /// A family name: lowercase ASCII letters, digits and hyphens, starting with a letter.
    public init?(rawValue: String) {
        guard let first = rawValue.unicodeScalars.first, ("a"..."z").contains(first),
              rawValue.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }) else { return nil }
        self.rawValue = rawValue
    }

    private init(known: String) { rawValue = known }

    public static let quotes = RuleFamily(known: "quotes")
    public static let sentences = RuleFamily(known: "sentences")
    public static let duplication = RuleFamily(known: "duplication")
    public static let punctuation = RuleFamily(known: "punctuation")
    public static let spacing = RuleFamily(known: "spacing")
    public static let encoding = RuleFamily(known: "encoding")
    public static let accuracy = RuleFamily(known: "accuracy")
    public static let numbers = RuleFamily(known: "numbers")
    public static let locale = RuleFamily(known: "locale")
    public static let terminology = RuleFamily(known: "terminology")
    public static let style = RuleFamily(known: "style")
    public static let language = RuleFamily(known: "language")
    public static let consistency = RuleFamily(known: "consistency")

    /// translint's own families, in report order.
    public static let allCases: [RuleFamily] = [.quotes, .sentences, .duplication, .punctuation, .spacing, .encoding, .accuracy,
                                                .numbers, .locale, .terminology, .style, .language, .consistency]

    /// One of translint's own families by name (annotations in the corpus use only these).
    public static func known(_ name: String) -> RuleFamily? { allCases.first { $0.rawValue == name } }

    public var isBuiltin: Bool { Self.allCases.contains(self) }

    public var description: String { rawValue }

    /// translint's families in their fixed order, then others alphabetically.
    public static func < (lhs: RuleFamily, rhs: RuleFamily) -> Bool {
        let left = allCases.firstIndex(of: lhs) ?? Int.max
        let right = allCases.firstIndex(of: rhs) ?? Int.max
        return left != right ? left < right : lhs.rawValue < rhs.rawValue
    }

    public init(from decoder: Decoder) throws {
        let name = try decoder.singleValueContainer().decode(String.self)
        guard let family = RuleFamily(rawValue: name) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "'\(name)' is not a rule family name"))
        }
        self = family
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
