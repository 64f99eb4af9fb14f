import TextCore

/// One concept of a glossary: its terms in each language, each allowed or forbidden.
/// (A CSV row is a concept in two languages; a TBX `termEntry` in as many as it lists.)
public struct GlossaryEntry: Sendable, Equatable {
    public struct Term: Sendable, Equatable {
        public var text: String
        /// A term the glossary says not to use (TBX `deprecatedTerm`, a CSV `forbidden`).
        public var isForbidden: Bool

        public init(_ text: String, isForbidden: Bool = false) {
            // Documents are checked in NFC: a term typed decomposed must match them too.
            self.text = String(decoding: Normalization.nfc(Array(text.utf16)).text, as: UTF16.self)
            self.isForbidden = isForbidden
        }
    }

    /// Terms by language subtag ("en", "de", "pt").
    public var terms: [String: [Term]]
    /// Whether the terms must match with their case ("Apple" is not "apple").
    public var isCaseSensitive: Bool
    /// Where the entry was read (file and line), for messages.
    public var origin: String

    public init(terms: [String: [Term]], isCaseSensitive: Bool = false, origin: String) {
        self.terms = terms
        self.isCaseSensitive = isCaseSensitive
        self.origin = origin
    }

    /// The allowed terms in `language`.
    public func allowed(in language: String) -> [String] { (terms[language] ?? []).filter { !$0.isForbidden }.map(\.text) }

    /// The forbidden terms in `language`.
    public func forbidden(in language: String) -> [String] { (terms[language] ?? []).filter(\.isForbidden).map(\.text) }
}
