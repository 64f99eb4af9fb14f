import Yams

/// A YAML source being decoded: its path and lines, to point errors at the user's text.
final class YAMLSource {
    let path: String
    let lines: [Substring]

    init(path: String, text: String) {
        self.path = path
        self.lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    func error(at mark: Mark?, ruleID: String? = nil, key: String? = nil, _ message: String) -> RuleSetError {
        let line = mark?.line ?? 1
        let column = mark?.column ?? 1
        let source = line >= 1 && line <= lines.count ? String(lines[line - 1]).replacingTabs : nil
        return RuleSetError(path: path, line: line, column: column, ruleID: ruleID, key: key, message: message, sourceLine: source)
    }
}

/// A place in a rule file that a later check may need to blame (an `extends:` name, an
/// `enable:` entry).
struct SourcePosition {
    let source: YAMLSource
    let mark: Mark?
    let ruleID: String?
    let key: String?

    func error(_ message: String) -> RuleSetError {
        source.error(at: mark, ruleID: ruleID, key: key, message)
    }
}

private extension String {
    var replacingTabs: String { String(map { $0 == "\t" ? " " : $0 }) }
}

/// A YAML mapping decoded strictly: a key the schema does not list is an error, and every
/// value is read with its position so that a wrong one can be shown to the author.
struct YAMLMapping {
    let source: YAMLSource
    let mark: Mark?
    let ruleID: String?
    private let pairs: [(key: String, keyMark: Mark?, value: Node)]

    init(_ node: Node, source: YAMLSource, allowedKeys: [String], ruleID: String? = nil, what: String) throws(RuleSetError) {
        guard let mapping = node.mapping else {
            throw source.error(at: node.mark, ruleID: ruleID, "\(what) must be a mapping of keys to values")
        }
        var pairs: [(String, Mark?, Node)] = []
        var seen = Set<String>()
        for (keyNode, value) in mapping {
            guard let key = keyNode.string else { throw source.error(at: keyNode.mark, ruleID: ruleID, "keys must be strings") }
            guard allowedKeys.contains(key) else {
                throw source.error(at: keyNode.mark, ruleID: ruleID, key: key, "unknown key in \(what) (expected one of: \(allowedKeys.joined(separator: ", ")))")
            }
            guard seen.insert(key).inserted else { throw source.error(at: keyNode.mark, ruleID: ruleID, key: key, "duplicate key") }
            pairs.append((key, keyNode.mark, value))
        }
        self.source = source
        self.mark = node.mark
        self.ruleID = ruleID
        self.pairs = pairs
    }

    var keys: [String] { pairs.map(\.key) }

    func node(_ key: String) -> Node? { pairs.first { $0.key == key }?.value }

    func keyMark(_ key: String) -> Mark? { pairs.first { $0.key == key }?.keyMark ?? mark }

    func error(_ key: String?, _ message: String) -> RuleSetError {
        source.error(at: key.flatMap { node($0)?.mark } ?? mark, ruleID: ruleID, key: key, message)
    }

    func string(_ key: String) throws(RuleSetError) -> String? {
        guard let node = node(key) else { return nil }
        guard let scalar = node.scalar else { throw error(key, "must be a string") }
        return scalar.string
    }

    func requiredString(_ key: String) throws(RuleSetError) -> String {
        guard let value = try string(key) else { throw source.error(at: mark, ruleID: ruleID, key: key, "is required") }
        return value
    }

    func bool(_ key: String) throws(RuleSetError) -> Bool? {
        guard let node = node(key) else { return nil }
        guard let value = node.scalar.flatMap({ Self.parseBool($0.string) }) else { throw error(key, "must be true or false") }
        return value
    }

    /// A finite number: `.inf`, `nan` and numbers past Double's range are refused here, so no
    /// later conversion to an integer can trap on them.
    func number(_ key: String) throws(RuleSetError) -> Double? {
        guard let node = node(key) else { return nil }
        guard let value = node.scalar.flatMap({ Double($0.string) }) else { throw error(key, "must be a number") }
        guard value.isFinite else { throw error(key, "must be a finite number") }
        return value
    }

    /// A whole number within `range`, checked before it becomes an `Int`.
    func integer(_ key: String, in range: ClosedRange<Int>) throws(RuleSetError) -> Int? {
        guard let value = try number(key) else { return nil }
        guard value == value.rounded(), value >= Double(range.lowerBound), value <= Double(range.upperBound) else {
            throw error(key, "must be a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return Int(value)
    }

    /// A list of strings; a single string is a list of one.
    func strings(_ key: String) throws(RuleSetError) -> [String]? {
        guard let node = node(key) else { return nil }
        if let scalar = node.scalar { return [scalar.string] }
        guard let sequence = node.sequence else { throw error(key, "must be a list of strings") }
        var result: [String] = []
        for item in sequence {
            guard let scalar = item.scalar else { throw source.error(at: item.mark, ruleID: ruleID, key: key, "must be a list of strings") }
            result.append(scalar.string)
        }
        return result
    }

    /// A list of strings, each with its place, for errors found later (a rule set not found).
    func placedStrings(_ key: String) throws(RuleSetError) -> [(value: String, position: SourcePosition)]? {
        guard let values = try strings(key), let node = node(key) else { return nil }
        let marks = node.sequence.map { $0.map(\.mark) } ?? [node.mark]
        return zip(values, marks).map { ($0, SourcePosition(source: source, mark: $1, ruleID: ruleID, key: key)) }
    }

    func mapping(_ key: String, allowedKeys: [String], what: String) throws(RuleSetError) -> YAMLMapping? {
        guard let node = node(key) else { return nil }
        return try YAMLMapping(node, source: source, allowedKeys: allowedKeys, ruleID: ruleID, what: what)
    }

    static func parseBool(_ string: String) -> Bool? {
        switch string.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: return nil
        }
    }
}
