import RuleEngine

/// How translint's findings appear to LanguageTool clients: each family becomes one of
/// LanguageTool's categories (the clients group, colour and switch off by category), and each
/// MQM category one of the ITS 2.0 localization-quality issue types LanguageTool reports as
/// `issueType` (an editor underlines `misspelling` red, `typographical` and `whitespace` blue,
/// `style` and the rest yellow or grey).
enum LanguageToolMapping {
    /// LanguageTool category id and name for a family; a house family is `MISC`.
    static func category(_ family: RuleFamily) -> (id: String, name: String) {
        switch family {
        case .quotes, .punctuation, .sentences: return ("PUNCTUATION", "Punctuation")
        case .spacing, .locale: return ("TYPOGRAPHY", "Typography")
        case .duplication: return ("REDUNDANCY", "Redundant Phrases")
        case .encoding: return ("TYPOS", "Possible Typo")
        case .accuracy, .numbers, .language: return ("SEMANTICS", "Semantics")
        case .terminology, .style, .consistency: return ("STYLE", "Style")
        default: return ("MISC", "Miscellaneous")
        }
    }

    /// Every category id a request may name, with the families it stands for.
    static let categoryIDs = ["PUNCTUATION", "TYPOGRAPHY", "REDUNDANCY", "TYPOS", "SEMANTICS", "STYLE", "MISC"]

    /// The ITS 2.0 issue type of an MQM category.
    static func issueType(_ category: MQMCategory, family: RuleFamily) -> String {
        let path = category.path
        if path.hasPrefix("accuracy/omission") { return "omission" }
        if path.hasPrefix("accuracy/untranslated") { return "untranslated" }
        if path.hasPrefix("accuracy/addition") { return family == .duplication ? "duplication" : "addition" }
        if path.hasPrefix("accuracy/mistranslation") { return family == .numbers ? "numbers" : "mistranslation" }
        if path.hasPrefix("fluency/whitespace") { return "whitespace" }
        if path.hasPrefix("fluency/punctuation") { return "typographical" }
        if path.hasPrefix("fluency/character-encoding") { return "characters" }
        if path.hasPrefix("fluency/spelling") { return "misspelling" }
        if path.hasPrefix("fluency/grammar") { return "grammar" }
        if path.hasPrefix("fluency/inconsistency") { return "inconsistency" }
        if path.hasPrefix("locale-convention") { return "locale-violation" }
        if path.hasPrefix("terminology") { return "terminology" }
        if path.hasPrefix("style") { return "style" }
        if path.hasPrefix("design") { return "formatting" }
        return "other"
    }
}
