import TextCore

/// The code points one position of a regular expression can match, or a superset of them:
/// the context `RequiredLiteral` checks around each occurrence of its literal. A superset
/// is always safe there (it only lets the regular expression run where it finds nothing).
struct CodePointSet: Equatable {
    /// Listed code points and ranges.
    private(set) var ranges: [ClosedRange<UInt32>] = []
    /// Classes matched by property, each widened to what the character table can answer.
    private(set) var properties: Properties = []

    struct Properties: OptionSet, Equatable {
        let rawValue: UInt8
        /// `\d`: decimal digits (Nd), exactly.
        static let digit = Properties(rawValue: 1)
        /// `\s`: white space (ICU's \s is a subset of White_Space).
        static let space = Properties(rawValue: 2)
        /// `\w`: letters, marks, digits, punctuation and the zero-width joiners (ICU's \w is a
        /// subset: it takes connector punctuation only).
        static let word = Properties(rawValue: 4)
        /// Any code point: `.`, negated classes, `\p{…}`, whatever is not worth modelling.
        static let any = Properties(rawValue: 8)
    }

    static let anything = CodePointSet(properties: .any)

    init(ranges: [ClosedRange<UInt32>] = [], properties: Properties = []) {
        self.ranges = ranges
        self.properties = properties
    }

    init(_ codePoint: UInt32) {
        ranges = [codePoint...codePoint]
    }

    /// The one code point of the set, if that is all it holds: a literal character.
    var single: UInt32? {
        guard properties.isEmpty, ranges.count == 1, ranges[0].lowerBound == ranges[0].upperBound else { return nil }
        return ranges[0].lowerBound
    }

    func union(_ other: CodePointSet) -> CodePointSet {
        CodePointSet(ranges: ranges + other.ranges, properties: properties.union(other.properties))
    }

    func contains(_ codePoint: UInt32) -> Bool {
        if properties.contains(.any) { return true }
        for range in ranges where range.contains(codePoint) { return true }
        guard !properties.isEmpty else { return false }
        let character = CharacterClass.of(codePoint)
        if properties.contains(.digit), character.contains(.digit) { return true }
        if properties.contains(.space), character.contains(.space) { return true }
        if properties.contains(.word) {
            if !character.isDisjoint(with: [.alphabetic, .mark, .digit, .punctuation]) || codePoint == 0x200C || codePoint == 0x200D { return true }
        }
        return false
    }
}

extension UnitSet {
    /// The units of `set`, if it holds only BMP characters listed or ranged (no property
    /// classes, which could match a character outside the BMP, two units long).
    init?(_ set: CodePointSet) {
        guard set.properties.isEmpty else { return nil }
        self.init(ranges: set.ranges)
    }
}
