import TextCore

/// What a quotation-mark character does at one place in a text.
enum QuoteRole: Equatable {
    case open
    case close
    /// Opens or closes depending on what is open already (straight quotes, Swedish ”).
    case either
    /// Not a quotation mark here: an apostrophe ("Russia’s", "’90s") or a prime (5'10").
    case apostrophe
}

/// Knowledge about quotation-mark characters that holds in every language: which pairs
/// exist and what a mark does when its language says nothing about it.
enum QuoteCharacters {
    static let straightDouble: UInt32 = 0x22
    static let straightSingle: UInt32 = 0x27
    static let rightSingle: UInt32 = 0x2019
    static let leftSingle: UInt32 = 0x2018

    /// Opening and closing marks that belong together, in any language.
    private static let pairs: Set<UInt64> = {
        let list: [(UInt32, UInt32)] = [
            (0x201C, 0x201D), (0x2018, 0x2019), (0xAB, 0xBB), (0x2039, 0x203A), (0x201E, 0x201C), (0x201E, 0x201D),
            (0x201A, 0x2018), (0x201A, 0x2019), (0xBB, 0xAB), (0x203A, 0x2039), (0x300C, 0x300D), (0x300E, 0x300F),
            (0x22, 0x22), (0x27, 0x27), (0x201D, 0x201D), (0x2019, 0x2019), (0xBB, 0xBB), (0x301D, 0x301E),
            (0x301D, 0x301F), (0xFE41, 0xFE42), (0xFE43, 0xFE44), (0xFF02, 0xFF02), (0xFF07, 0xFF07), (0xFF62, 0xFF63),
            (0x201F, 0x201D), (0x201B, 0x2019),
        ]
        return Set(list.map { key($0.0, $0.1) })
    }()

    private static func key(_ open: UInt32, _ close: UInt32) -> UInt64 { UInt64(open) << 32 | UInt64(close) }

    static func belongTogether(open: UInt32, close: UInt32) -> Bool { pairs.contains(key(open, close)) }

    /// The role of a mark when neither its language nor its context decides.
    static func defaultRole(_ mark: UInt32) -> QuoteRole {
        switch mark {
        case 0x22, 0x27, 0xFF02, 0xFF07: return .either
        case 0x201C, 0x2018, 0xAB, 0x2039, 0x201E, 0x201A, 0x300C, 0x300E, 0x301D, 0xFE41, 0xFE43, 0xFF62, 0x201F, 0x201B:
            return .open
        default:
            return .close
        }
    }

    /// Single marks (‘ ’ ' ‚ ‹ ›) double as apostrophes and primes; an unmatched one is not
    /// an error.
    static func isSingle(_ mark: UInt32) -> Bool {
        [0x27, 0x2018, 0x2019, 0x201A, 0x201B, 0xFF07].contains(mark)
    }

    static func isStraight(_ mark: UInt32) -> Bool { mark == 0x22 || mark == 0x27 || mark == 0xFF02 || mark == 0xFF07 }

    /// Roles that a language's own pairs give its marks: CLDR's primary and alternate pairs
    /// plus the pairs its rule files accept. A mark that opens one pair and closes another
    /// ("“" in German „…“ beside English “…”) is decided by context.
    static func localeRoles(_ pairs: [QuotePair]) -> QuoteRoles {
        var roles: [UInt32: QuoteRole] = [:]
        for pair in pairs {
            if pair.open == pair.close {
                roles[pair.open] = .either
                continue
            }
            roles[pair.open] = roles[pair.open] == .close ? .either : (roles[pair.open] ?? .open)
            roles[pair.close] = roles[pair.close] == .open ? .either : (roles[pair.close] ?? .close)
        }
        return QuoteRoles(roles)
    }
}
