/// A JSON document as a value: reporters whose output is one nested structure (SARIF) build
/// it as data, in the order its schema lists the members, and write it once. Written through
/// `JSONWriter`, so strings and numbers come out exactly as in every other report.
public indirect enum JSONValue: Sendable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral {
    case object([(String, JSONValue)])
    case array([JSONValue])
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case null
    /// JSON written elsewhere, inserted as it is.
    case raw(String)

    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    /// Members keep the order they are written in.
    public init(dictionaryLiteral elements: (String, JSONValue)...) { self = .object(elements) }

    public static func strings(_ values: [String]) -> JSONValue { .array(values.map(JSONValue.string)) }
    public static func optional(_ value: Double?) -> JSONValue { value.map(JSONValue.double) ?? .null }

    /// An object without the members whose value is nil: optional members stay in place in
    /// the literal and drop out here.
    public static func members(_ members: [(String, JSONValue?)]) -> JSONValue {
        .object(members.compactMap { key, value in value.map { (key, $0) } })
    }

    public func write(into json: inout JSONWriter) {
        switch self {
        case .object(let members):
            json.beginObject()
            for (key, value) in members {
                json.key(key)
                value.write(into: &json)
            }
            json.endObject()
        case .array(let elements):
            json.beginArray()
            for element in elements { element.write(into: &json) }
            json.endArray()
        case .string(let value): json.string(value)
        case .int(let value): json.number(value)
        case .double(let value): json.number(value)
        case .bool(let value): json.bool(value)
        case .null: json.null()
        case .raw(let text): json.raw(text)
        }
    }

    public var serialized: String {
        var json = JSONWriter()
        write(into: &json)
        return json.output
    }
}
