import ICUBridge

/// What translint knows about a language from ICU's CLDR data: its quotation marks, whether
/// its script has case, whether it separates words with spaces, and the ICU locales to use
/// for segmentation. Rules get language conventions from here (and from word lists in
/// `Rules/`), never from hard-coded per-rule tables.
public struct LanguageProfile: Sendable, Equatable {
    public let tag: LanguageTag
    /// CLDR's primary quotation marks (`“ ”` in English, `„ “` in German, `« »` in French).
    public let primaryQuotes: QuotePair?
    /// CLDR's alternate (inner) quotation marks.
    public let secondaryQuotes: QuotePair?
    /// Whether the language's script distinguishes upper and lower case.
    public let hasCase: Bool
    /// Whether running text separates words with spaces (false for Chinese, Japanese, Thai...).
    public let usesSpacesBetweenWords: Bool
    /// ICU locale for sentence breaks, with CLDR's abbreviation suppressions switched on.
    public let sentenceLocale: String
    /// ICU locale for word breaks.
    public let wordLocale: String
    /// The language's likely script (ISO 15924: "Latn", "Cyrl", "Jpan", "Hans"); empty for `und`.
    public let script: String

    private static let cache = Locked(RecentlyUsedCache<LanguageTag, LanguageProfile>(capacity: 1024))

    /// The profile of `tag`, built from CLDR on first use and cached (the 1,024 most recently
    /// used tags).
    public static func forTag(_ tag: LanguageTag) -> LanguageProfile {
        if let cached = cache.withLock({ $0.value(for: tag) }) { return cached }
        let profile = LanguageProfile(cldr: tag)
        cache.withLock { $0.insert(profile, for: tag) }
        return profile
    }

    private init(cldr tag: LanguageTag) {
        self.tag = tag
        let locale = tag.icuLocale
        if tag.isUndetermined {
            primaryQuotes = nil
            secondaryQuotes = nil
            hasCase = true
            usesSpacesBetweenWords = true
            script = ""
        } else {
            primaryQuotes = Self.quotePair(locale, TL_QUOTE_START, TL_QUOTE_END)
            secondaryQuotes = Self.quotePair(locale, TL_ALT_QUOTE_START, TL_ALT_QUOTE_END)
            hasCase = tl_locale_script_is_cased(locale) != 0
            script = Self.likelyScript(locale)
            usesSpacesBetweenWords = !Self.scriptsWithoutSpaces.contains(script)
        }
        sentenceLocale = locale + "@ss=standard"
        wordLocale = locale
    }

    /// Scripts (ISO 15924) whose running text does not put spaces between words.
    private static let scriptsWithoutSpaces: Set<String> = ["Hans", "Hant", "Hani", "Jpan", "Hira", "Kana", "Thai", "Laoo", "Khmr", "Mymr", "Tibt"]

    private static func likelyScript(_ locale: String) -> String {
        var buffer = [CChar](repeating: 0, count: 157)
        let length = buffer.withUnsafeMutableBufferPointer { tl_locale_maximize(locale, $0.baseAddress, Int32($0.count)) }
        guard length > 0 else { return "" }
        let maximized = String(decoding: buffer.prefix(Int(length)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return maximized.split(separator: "_").dropFirst().first { $0.count == 4 }.map(String.init) ?? ""
    }

    private static func quotePair(_ locale: String, _ start: Int, _ end: Int) -> QuotePair? {
        func read(_ which: Int) -> UInt32? {
            var buffer = [UInt16](repeating: 0, count: 8)
            let length = buffer.withUnsafeMutableBufferPointer { tl_locale_quote(locale, Int32(which), $0.baseAddress, 8) }
            guard length > 0 else { return nil }
            return String(utf16Units: buffer.prefix(Int(length))).unicodeScalars.first?.value
        }
        guard let open = read(start), let close = read(end) else { return nil }
        return QuotePair(open: open, close: close)
    }
}
