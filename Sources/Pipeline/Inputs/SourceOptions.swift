import RuleEngine
import TextCore

/// What a run knows about sources: how files pair with theirs, the source language when
/// forced (`--source-lang`), and whether reports show the alignment (`--show-alignment`).
public struct SourceOptions: Sendable {
    public var pairing: SourcePairing
    public var language: LanguageTag?
    public var showsAlignment: Bool
    /// Where sources may be read from, when a configuration's `sources:` pattern names them
    /// (a repository must not pair its documents with a file outside it).
    public var scope: FileScope?

    public init(pairing: SourcePairing = .none, language: LanguageTag? = nil, showsAlignment: Bool = false, scope: FileScope? = nil) {
        self.pairing = pairing
        self.language = language
        self.showsAlignment = showsAlignment
        self.scope = scope
    }
}
