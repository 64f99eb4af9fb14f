import TextCore

/// A regular expression compiled once when its rule file loads (so that a bad pattern is a
/// load error with its position) and copied for each worker thread (ICU regex objects are
/// not thread-safe).
final class CompiledPattern: Sendable {
    private let prototype: Locked<RegularExpressionBox>
    let pattern: String
    /// Text every match contains, to skip the sentences without it.
    let literal: RequiredLiteral?

    private struct RegularExpressionBox: @unchecked Sendable {
        let expression: RegularExpression
    }

    init(_ pattern: String, caseInsensitive: Bool, timeLimit: Int32, mapping: YAMLMapping, key: String) throws(RuleSetError) {
        do {
            let expression = try RegularExpression(pattern, options: caseInsensitive ? [.caseInsensitive] : [], timeLimit: timeLimit)
            prototype = Locked(RegularExpressionBox(expression: expression))
            self.pattern = pattern
            literal = RequiredLiteral(pattern: pattern, caseInsensitive: caseInsensitive)
        } catch {
            throw mapping.error(key, "invalid regular expression: \(error.description)")
        }
    }

    var groupCount: Int { prototype.withLock { $0.expression.groupCount } }

    /// A private copy for the calling thread.
    func copy() throws -> RegularExpression {
        try prototype.withLock { box throws -> RegularExpression in try box.expression.copy() }
    }
}
