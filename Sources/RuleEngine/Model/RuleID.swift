/// A stable rule identifier, `family.name` (e.g. `quotes.glued-closing`).
public struct RuleID: Hashable, Sendable, Comparable, CustomStringConvertible, Codable {
    public let family: RuleFamily
    public let name: String

    /// Why a string is not a valid rule id.
    public enum ParseError: Error, CustomStringConvertible, Equatable {
        case missingFamily(String)
        case unknownFamily(String, String)
        case invalidName(String)

        public var description: String {
            switch self {
            case .missingFamily(let id):
                return "rule id '\(id)' must have the form family.name"
            case .unknownFamily(let id, let family):
                return "rule id '\(id)' has an invalid family '\(family)' (a family is lowercase letters, digits and hyphens, e.g. \(RuleFamily.allCases.prefix(4).map(\.rawValue).joined(separator: ", ")) or a house family of your own)"
            case .invalidName(let id):
                return "rule id '\(id)' must use lowercase letters, digits and hyphens after the family"
            }
        }
    }

    public init(_ family: RuleFamily, _ name: String) {
        self.family = family
        self.name = name
    }

    public init(parsing string: String) throws(ParseError) {
        guard let dot = string.firstIndex(of: ".") else { throw .missingFamily(string) }
        let familyName = String(string[..<dot])
        let name = String(string[string.index(after: dot)...])
        guard let family = RuleFamily(rawValue: familyName) else { throw .unknownFamily(string, familyName) }
        let allowed = name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "." }
        guard !name.isEmpty, allowed, name.first != "-" else { throw .invalidName(string) }
        self.init(family, name)
    }

    public var description: String { "\(family.rawValue).\(name)" }

    public static func < (lhs: RuleID, rhs: RuleID) -> Bool { lhs.description < rhs.description }

    public init(from decoder: Decoder) throws {
        let string = try decoder.singleValueContainer().decode(String.self)
        self = try RuleID(parsing: string)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
