/// The fixed families every rule id starts with (`family.name`). New families are a design
/// decision, not something a rule file can invent: reports, SARIF and evaluations group by
/// family. `accuracy` holds what concerns the translation against its source (a unit left
/// untranslated; with a source, numbers, omissions and the like).
public enum RuleFamily: String, CaseIterable, Sendable, Codable, Comparable {
    case quotes
    case sentences
    case duplication
    case punctuation
    case spacing
    case encoding
    case accuracy
    case numbers
    case locale
    case terminology
    case style
    case language
    case consistency

    public static func < (lhs: RuleFamily, rhs: RuleFamily) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
