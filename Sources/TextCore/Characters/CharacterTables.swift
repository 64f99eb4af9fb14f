import ICUBridge
import TextKernels

/// The two tables the C kernels (TextKernels) classify UTF-16 units with, built once per
/// process from ICU's character properties and the named sets in `Punctuation` and
/// `TechnicalCharacters`:
/// - `scan`: the TK_SCAN_* bits of every BMP unit (is it a space, a line break, a site, a
///   code symbol, a technical character, a letter of which alphabet);
/// - `sites`: the `SiteClass` of every unit that is a site.
///
/// The kernels receive the tables; they know nothing of Unicode themselves.
public enum CharacterTables {
    /// Written once, before any reader sees them (Swift's lazy static initialisation), and
    /// never again: safe to read from any thread.
    private struct Tables: @unchecked Sendable {
        let scan: UnsafePointer<UInt16>
        let sites: UnsafePointer<UInt16>
    }

    private static let built: Tables = build()

    /// TK_SCAN_* bits per BMP unit.
    @inline(__always)
    public static var scan: UnsafePointer<UInt16> { built.scan }

    /// `SiteClass` raw values per BMP unit (0 for units that are not sites).
    @inline(__always)
    public static var sites: UnsafePointer<UInt16> { built.sites }

    /// The site classes of a unit, as the scan records them (a U+0020 is a site only after
    /// another, and is then `.spaceRun`).
    public static func siteClass(of unit: UInt16) -> SiteClass { SiteClass(rawValue: sites[Int(unit)]) }

    /// Builds the tables now rather than on first use (for timing and start-up).
    public static func warmUp() { _ = built }

    /// Properties first, for every unit; then the named sets, member by member (looking every
    /// unit up in every set would take longer than a short check).
    private static func build() -> Tables {
        let scan = UnsafeMutablePointer<UInt16>.allocate(capacity: 0x10000)
        let sites = UnsafeMutablePointer<UInt16>.allocate(capacity: 0x10000)
        for unit in 0..<0x10000 {
            (scan[unit], sites[unit]) = propertyBits(UInt16(unit))
        }
        func mark(_ set: UnitSet, scan bit: Int32) {
            for unit in set.members { scan[Int(unit)] |= UInt16(bit) }
        }
        func mark(_ set: UnitSet, site: SiteClass) {
            for unit in set.members { sites[Int(unit)] |= site.rawValue }
        }
        mark(TechnicalCharacters.hints, scan: Int32(TK_SCAN_HINT))
        mark(TechnicalCharacters.codeSymbols, scan: Int32(TK_SCAN_CODE_SYMBOL))
        mark(TechnicalCharacters.insideToken, scan: Int32(TK_SCAN_TECH_INSIDE))
        mark(TechnicalCharacters.tokenLead, scan: Int32(TK_SCAN_TECH_LEAD))
        mark(TechnicalCharacters.tokenScanStops, scan: Int32(TK_SCAN_INTERESTING))
        mark(Punctuation.lineBreaks, scan: Int32(TK_SCAN_LINE_BREAK))
        mark(Punctuation.fullWidth, scan: Int32(TK_SCAN_CJK_PUNCT))
        mark(UnitSet(" \t"), scan: Int32(TK_SCAN_SEPARATOR))
        // The characters that stand for UTF-8 continuation bytes are sites, letters or not.
        mark(EncodingCharacters.windows1252High, scan: Int32(TK_SCAN_NOTABLE))
        mark(EncodingCharacters.windows1252High, site: .encodingTail)
        for unit in Punctuation.lineBreaks.members { sites[Int(unit)] = SiteClass.lineBreak.rawValue }
        mark(Punctuation.sentenceMarks, site: .sentenceMark)
        mark(Punctuation.clauseMarks, site: .clauseMark)
        mark(Punctuation.brackets, site: .bracket)
        mark(Punctuation.replacement, site: .replacement)
        mark(Punctuation.dashes, site: .dash)
        mark(TechnicalCharacters.codeSymbols, site: .codeSymbol)
        mark(Punctuation.fullWidth, site: .fullWidth)
        // Only sites have classes; a site in no class is `.other`.
        for unit in 0..<0x10000 {
            if scan[unit] & UInt16(TK_SCAN_NOTABLE) == 0 {
                sites[unit] = 0
            } else if sites[unit] == 0 {
                sites[unit] = SiteClass.other.rawValue
            }
        }
        return Tables(scan: UnsafePointer(scan), sites: UnsafePointer(sites))
    }

    /// What ICU's properties say of a unit: its scan bits and site classes before the named
    /// sets are added. Sites are everything but letters, digits and U+0020 (a site only after
    /// another space, which the scan decides), plus Latin-1's upper half, whose characters
    /// stand for UTF-8 continuation bytes. Surrogates have no properties and are sites.
    private static func propertyBits(_ unit: UInt16) -> (scan: UInt16, sites: UInt16) {
        let properties = CharacterClass.of(unit: unit)
        var scan: Int32 = 0
        var sites: SiteClass = []
        if properties.contains(.space) {
            scan |= Int32(TK_SCAN_SPACE)
            if unit != 0x20 { sites.insert(.otherSpace) }
        }
        if properties.contains(.latin) { scan |= Int32(TK_SCAN_LATIN) }
        if properties.contains(.cyrillic) { scan |= Int32(TK_SCAN_CYRILLIC) }
        if properties.contains(.greek) { scan |= Int32(TK_SCAN_GREEK) }
        if unit >= 0x80, properties.contains(.digit) { scan |= Int32(TK_SCAN_HINT) }
        let isSite: Bool
        if unit < 0x80 {
            let isWordCharacter = (0x30...0x39).contains(unit) || (0x41...0x5A).contains(unit) || (0x61...0x7A).contains(unit)
            isSite = !isWordCharacter && unit != 0x20
        } else {
            isSite = unit <= 0xBF || properties.isDisjoint(with: [.alphabetic, .digit])
        }
        if isSite { scan |= Int32(TK_SCAN_NOTABLE) }
        if properties.contains(.quotation) { sites.insert(.quote) }
        if !properties.isDisjoint(with: [.invisible, .bidiControl]) { sites.insert(.invisible) }
        if (0x80...0xBF).contains(unit) { sites.insert(.encodingTail) }
        if (0xD800...0xDBFF).contains(unit) { sites.insert(.astral) }
        return (UInt16(scan), sites.rawValue)
    }
}
