/// An error in a rule file: where it is (`path:line:column`), which rule and key it concerns,
/// what is wrong, and the offending line of YAML, so that the author can fix it without
/// guessing.
public struct RuleSetError: Error, Sendable, Equatable, CustomStringConvertible {
    public let path: String
    public let line: Int
    public let column: Int
    public let ruleID: String?
    public let key: String?
    public let message: String
    /// The YAML line the error points at.
    public let sourceLine: String?

    public init(path: String, line: Int, column: Int, ruleID: String? = nil, key: String? = nil, message: String, sourceLine: String? = nil) {
        self.path = path
        self.line = line
        self.column = column
        self.ruleID = ruleID
        self.key = key
        self.message = message
        self.sourceLine = sourceLine
    }

    public var description: String {
        var subject = ""
        if let ruleID { subject += "rule \(ruleID): " }
        if let key { subject += "key '\(key)': " }
        var text = "\(path):\(line):\(column): error: \(subject)\(message)"
        if let sourceLine {
            text += "\n    \(sourceLine)\n    \(String(repeating: " ", count: max(0, column - 1)))^"
        }
        return text
    }
}
