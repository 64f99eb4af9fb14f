import TextCore

/// The pre-search pattern rules run before ICU, as one question: may `pattern` match
/// somewhere in `text`? For the differential fuzz target, which holds it to ICU: whenever ICU
/// finds a match, the pre-search must have said yes, or a rule would silently skip a defect.
public enum PatternPreSearch {
    /// nil when the pattern has no required literal (then the rule runs everywhere);
    /// otherwise whether an occurrence of the literal fits its context in `text`.
    public static func mayMatch(pattern: String, caseInsensitive: Bool, in text: [UInt16]) -> Bool? {
        guard let literal = RequiredLiteral(pattern: pattern, caseInsensitive: caseInsensitive) else { return nil }
        return text.withUnsafeBufferPointer { buffer in
            let view = TextView(buffer)
            let bounds = TextRange(start: 0, end: buffer.count)
            return literal.occurrences(in: view).contains { offset in
                Int(offset) + literal.searchLength <= bounds.end && literal.fitsContext(view, at: Int(offset), within: bounds)
            }
        }
    }
}
