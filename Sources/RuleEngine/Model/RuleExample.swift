/// A piece of text a rule must flag (at the marked spans) or must leave alone, in a language.
/// Examples are at once documentation (`translint rules show`) and tests: one parameterised
/// test runs every rule's examples.
public struct RuleExample: Sendable, Equatable {
    /// The text, with expected finding spans marked `⟦…⟧` (none in a non-triggering example).
    public let marked: String
    /// BCP 47 tag of the example's language.
    public let language: String
    /// Why the example is there, when it is not obvious.
    public let note: String?
    /// The example's format (`markdown`, `html`, `xliff`, `po`); nil for plain text.
    public let format: String?
    /// For a triggering example, the text once each finding's first suggestion has replaced
    /// its span (the markers dropped): the fix a rule proposes is tested like its span (as
    /// LanguageTool's `correction`). nil: the suggestions are not checked.
    public let correction: String?
    /// The source the example translates, for source-aware rules (nil: a monolingual example).
    public let source: String?
    /// The source's language (English when not said).
    public let sourceLanguage: String?

    public init(_ marked: String, language: String = "en", format: String? = nil, correction: String? = nil, source: String? = nil,
                sourceLanguage: String? = nil, note: String? = nil) {
        self.source = source
        self.sourceLanguage = sourceLanguage
        self.marked = marked
        self.language = language
        self.format = format
        self.correction = correction
        self.note = note
    }
}
