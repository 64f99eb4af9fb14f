import TextCore

/// What a run knows about sources: how files pair with theirs, the source language when
/// forced (`--source-lang`), and whether reports show the alignment (`--show-alignment`).
public struct SourceOptions: Sendable {
    public var pairing: SourcePairing
    public var language: LanguageTag?
    public var showsAlignment: Bool

    public init(pairing: SourcePairing = .none, language: LanguageTag? = nil, showsAlignment: Bool = false) {
        self.pairing = pairing
        self.language = language
        self.showsAlignment = showsAlignment
    }
}
