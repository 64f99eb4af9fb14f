/// Typographic conventions of a language that detectors must respect, from `conventions:` in
/// the language's rule files.
public struct LanguageConventions: Sendable, Equatable {
    /// Whether a space (ideally a narrow no-break space) is required before `; : ! ?`, as in
    /// French. When false, a space there is an error.
    public var spaceBeforeHighPunctuation: Bool = false
    /// Whether « » take a space inside («&#x202F;texte&#x202F;»), as in French.
    public var spaceInsideGuillemets: Bool = false
    /// Whether a number followed by a period is an ordinal ("am 3. Oktober").
    public var ordinalPeriod: Bool = false

    public init() {}
}
