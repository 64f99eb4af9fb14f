import ICUBridge

/// A BCP 47 language tag such as `en`, `pt-BR` or `zh-Hant`, in canonical case.
public struct LanguageTag: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The tag, e.g. `pt-BR`; `und` when the language is not known.
    public let identifier: String
    /// The language subtag: `pt` for `pt-BR` (kept, not split from the tag at every ask:
    /// rules ask it per document and per sentence).
    public let language: String

    public static let undetermined = LanguageTag(validated: "und")

    private init(validated: String) {
        identifier = validated
        language = validated
    }

    /// Parses a tag (`_` is accepted for `-`); nil when it is not a well-formed language tag.
    public init?(_ string: String) {
        let parts = string.split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
        guard let first = parts.first, (2...8).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter }) else {
            return nil
        }
        var canonical = [first.lowercased()]
        for part in parts.dropFirst() {
            guard (1...8).contains(part.count), part.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { return nil }
            if part.count == 4, part.allSatisfy(\.isLetter) {
                canonical.append(part.prefix(1).uppercased() + part.dropFirst().lowercased())
            } else if part.count == 2, part.allSatisfy(\.isLetter) {
                canonical.append(part.uppercased())
            } else {
                canonical.append(part.lowercased())
            }
        }
        identifier = canonical.joined(separator: "-")
        language = canonical[0]
    }

    public var isUndetermined: Bool { language == "und" }

    /// Whether the language subtag is an ISO 639 language ICU knows ("fr" yes, "xq" no).
    public var isKnownLanguage: Bool {
        !isUndetermined && language.count <= 3 && tl_locale_is_known_language(language) != 0
    }

    /// ICU's locale id for the tag (`zh_Hant`); the root locale for `und`.
    public var icuLocale: String {
        if isUndetermined { return "" }
        var buffer = [CChar](repeating: 0, count: 157)
        let length = buffer.withUnsafeMutableBufferPointer { tl_locale_from_tag(identifier, $0.baseAddress, Int32($0.count)) }
        guard length > 0 else { return identifier.replacingOccurrences(of: "-", with: "_") }
        return String(decoding: buffer.prefix(Int(length)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The tag and its less specific forms, most specific first: `zh-Hant-TW`, `zh-Hant`, `zh`.
    public var fallbacks: [String] {
        var parts = identifier.split(separator: "-").map(String.init)
        var result: [String] = []
        while !parts.isEmpty {
            result.append(parts.joined(separator: "-"))
            parts.removeLast()
        }
        return result
    }

    /// Whether a rule written for `other` (e.g. `pt`) applies to this tag (e.g. `pt-BR`).
    public func isCovered(by other: String) -> Bool {
        fallbacks.contains(other) || other == "*"
    }

    public static func < (lhs: LanguageTag, rhs: LanguageTag) -> Bool { lhs.identifier < rhs.identifier }

    public var description: String { identifier }
}

private extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: Character(target), omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
