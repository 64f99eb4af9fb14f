import ICUBridge

/// ISO 3166 two-letter country codes, as ICU lists them: also the countries' top-level
/// domains, so a word after a full stop that is one (`example.it`, `Makefile.in`) may be a
/// host name or a file name rather than a glued sentence.
public enum CountryCode {
    /// Whether `code`, two ASCII letters in either case, is a country code.
    public static func contains(_ code: String) -> Bool {
        guard code.utf8.count == 2, code.utf8.allSatisfy({ ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }) else { return false }
        return tl_is_country_code(code) != 0
    }
}
