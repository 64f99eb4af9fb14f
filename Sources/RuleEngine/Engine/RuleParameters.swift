/// A value a rule set gives a rule parameter (`with:` in YAML).
public enum ParameterValue: Sendable, Equatable, CustomStringConvertible {
    case bool(Bool)
    case number(Double)
    case string(String)
    case strings([String])

    public var description: String {
        switch self {
        case .bool(let value): return String(value)
        case .number(let value): return Self.format(value)
        case .string(let value): return value
        case .strings(let values): return "[" + values.joined(separator: ", ") + "]"
        }
    }

    /// Whole numbers without a fraction (`3`, not `3.0`); anything an `Int` cannot hold, as Double
    /// writes it.
    public static func format(_ value: Double) -> String {
        value.isFinite && value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}

/// A parameter a built-in detector accepts, with its default, for documentation and
/// validation.
public struct ParameterSpec: Sendable {
    public let name: String
    public let defaultValue: ParameterValue
    public let summary: String

    public init(_ name: String, default defaultValue: ParameterValue, _ summary: String) {
        self.name = name
        self.defaultValue = defaultValue
        self.summary = summary
    }
}

/// Why a rule's configuration is unusable.
public struct RuleConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// The parameters a rule set passes to a rule, checked against the rule's specs.
public struct RuleParameters: Sendable, Equatable {
    public private(set) var values: [String: ParameterValue]

    public init(_ values: [String: ParameterValue] = [:]) { self.values = values }

    public static let none = RuleParameters()

    /// Fails on a parameter the rule does not know, naming the ones it does.
    public func validate(against specs: [ParameterSpec], rule: RuleID) throws(RuleConfigurationError) {
        let known = Set(specs.map(\.name))
        for name in values.keys.sorted() where !known.contains(name) {
            let list = known.isEmpty ? "it takes no parameters" : "known: \(known.sorted().joined(separator: ", "))"
            throw RuleConfigurationError("rule \(rule) has no parameter '\(name)' (\(list))")
        }
    }

    public func number(_ name: String, default defaultValue: Double) throws(RuleConfigurationError) -> Double {
        guard let value = values[name] else { return defaultValue }
        guard case .number(let number) = value, number.isFinite else {
            throw RuleConfigurationError("parameter '\(name)' must be a finite number, not \(value)")
        }
        return number
    }

    public func integer(_ name: String, default defaultValue: Int, in range: ClosedRange<Int>) throws(RuleConfigurationError) -> Int {
        let number = try number(name, default: Double(defaultValue))
        guard number == number.rounded(), number >= Double(range.lowerBound), number <= Double(range.upperBound) else {
            throw RuleConfigurationError("parameter '\(name)' must be a whole number from \(range.lowerBound) to \(range.upperBound), not \(ParameterValue.number(number))")
        }
        return Int(number)
    }

    public func bool(_ name: String, default defaultValue: Bool) throws(RuleConfigurationError) -> Bool {
        guard let value = values[name] else { return defaultValue }
        guard case .bool(let flag) = value else { throw RuleConfigurationError("parameter '\(name)' must be true or false, not \(value)") }
        return flag
    }
}
