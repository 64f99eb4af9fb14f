import TextCore

/// The longest run of plain characters that every match of a regular expression contains,
/// with what must come right before and after it: "n " between `[Ii]` and `[12] [90] \d \d`
/// for `\b[Ii]n ((?:19|20)\d\d)\b`.
///
/// Running an ICU regular expression costs a call per sentence even when nothing can match;
/// looking for the literal first lets a pattern rule skip every sentence without it, the
/// way grep tools put a literal search in front of their regex engines. A short literal
/// ("n " above) occurs in almost every sentence, so each occurrence is also checked against
/// the positions around it, and only a sentence with an occurrence that fits is handed to
/// ICU. Everything comes from `PatternShape`, which is conservative: a pattern it does not
/// understand (or a case-insensitive one, with its full-folding equivalences such as ß = ss)
/// gives no literal, and then runs everywhere.
struct RequiredLiteral: Equatable {
    /// The literal: the longest run of plain characters.
    let units: [UInt16]
    /// What is searched: the literal widened on both sides by the positions that are one
    /// BMP character from a listed set (`[Ii]n ` and `[12][90]` around "n "), one text unit
    /// per position.
    let search: [UnitSet]
    /// The positions just before the search, nearest first, up to the first gap.
    let before: [CodePointSet]
    /// The positions just after the search, up to the first gap.
    let after: [CodePointSet]
    /// Horspool shifts for `occurrences`, by the low byte of a text unit.
    private let skips: [UInt8]

    /// Positions checked on each side, at most: enough to make an occurrence rare.
    static let contextLimit = 12

    /// The literal of `pattern`, if it has one; nil when matching is case-insensitive.
    init?(pattern: String, caseInsensitive: Bool) {
        guard !caseInsensitive, let shape = PatternShape(pattern) else { return nil }
        let steps = shape.steps
        // The longest run of single characters (zero-width steps inside do not break it).
        var best: (first: Int, last: Int, scalars: [Unicode.Scalar]) = (0, -1, [])
        var run: (first: Int, last: Int, scalars: [Unicode.Scalar])?
        for (position, step) in steps.enumerated() {
            if case .character(let set) = step, let single = set.single, let scalar = Unicode.Scalar(single) {
                if run == nil { run = (position, position, []) }
                run!.last = position
                run!.scalars.append(scalar)
            } else if step != .zeroWidth {
                run = nil
            }
            if let current = run, current.scalars.count > best.scalars.count { best = current }
        }
        guard !best.scalars.isEmpty else { return nil }
        units = Array(String(String.UnicodeScalarView(best.scalars)).utf16)
        // Widen the search over neighbouring one-unit sets.
        func unitSet(_ position: Int) -> UnitSet? {
            if case .character(let set) = steps[position] { return UnitSet(set) }
            return nil
        }
        var first = best.first
        var last = best.last
        while first > 0, steps[first - 1] == .zeroWidth || unitSet(first - 1) != nil { first -= 1 }
        while last + 1 < steps.count, steps[last + 1] == .zeroWidth || unitSet(last + 1) != nil { last += 1 }
        search = (first...last).compactMap { position in
            switch steps[position] {
            case .character(let set):
                // A literal character outside the BMP is two units: one set per unit.
                if let single = set.single, single >= 0x10000, let scalar = Unicode.Scalar(single) {
                    return Array(String(scalar).utf16).map { UnitSet(unit: $0) }
                }
                return unitSet(position).map { [$0] }
            default:
                return nil
            }
        }.flatMap { $0 }
        func context(_ positions: some Sequence<Int>) -> [CodePointSet] {
            var sets: [CodePointSet] = []
            for position in positions {
                switch steps[position] {
                case .character(let set): sets.append(set)
                case .zeroWidth: continue
                case .gap: return sets
                }
                if sets.count == Self.contextLimit { break }
            }
            return sets
        }
        before = context(stride(from: first - 1, through: 0, by: -1))
        after = context((last + 1)..<steps.count)
        skips = Self.skipTable(search)
    }

    /// Length of what `occurrences` finds, in text units.
    var searchLength: Int { search.count }

    /// Whether the occurrence of the search at `offset` has the context a match needs,
    /// inside `bounds` (the stretch the regular expression runs on).
    func fitsContext(_ text: TextView, at offset: Int, within bounds: TextRange) -> Bool {
        // In the coordinates of the stretch, which is all the regular expression sees.
        let slice = UnsafeBufferPointer(rebasing: text.buffer[bounds.start..<bounds.end])
        var position = offset - bounds.start + search.count
        for set in after {
            guard position < slice.count else { return false }
            let scalar = UTF16Scalar.decode(slice, at: position)
            guard set.contains(scalar.codePoint) else { return false }
            position += scalar.length
        }
        position = offset - bounds.start
        for set in before {
            guard position > 0 else { return false }
            let scalar = UTF16Scalar.decode(slice, before: position)
            guard set.contains(scalar.codePoint) else { return false }
            position -= scalar.length
        }
        return true
    }

    /// Offsets in `text` where the literal starts, in order.
    ///
    /// A Horspool search: the unit under the literal's last position says how far the
    /// literal can move on, so a literal of n units looks at about one unit in n of a text
    /// that does not contain it (a rule's literal is absent from most sentences).
    func occurrences(in text: TextView) -> [Int32] {
        let length = search.count
        guard length > 0, text.count >= length else { return [] }
        var found: [Int32] = []
        let lastSet = search[length - 1]
        let last = text.count - length
        var offset = 0
        skips.withUnsafeBufferPointer { skips in
            search.withUnsafeBufferPointer { sets in
                while offset <= last {
                    let unit = text[offset + length - 1]
                    if lastSet.contains(unit) {
                        var position = 0
                        while position < length - 1, sets[position].contains(text[offset + position]) { position += 1 }
                        if position == length - 1 { found.append(Int32(offset)) }
                    }
                    offset += Int(skips[Int(unit & 0xFF)])
                }
            }
        }
        return found
    }

    /// How far the search may move when the text unit under its last position has a given
    /// low byte: the distance from the end of the last earlier position that holds a unit
    /// with that low byte (units sharing a low byte share the smallest distance), else the
    /// whole length.
    private static func skipTable(_ search: [UnitSet]) -> [UInt8] {
        let length = min(search.count, 255)
        var table = [UInt8](repeating: UInt8(length), count: 256)
        for (position, set) in search.prefix(search.count - 1).enumerated() where search.count - 1 - position <= 255 {
            let distance = UInt8(search.count - 1 - position)
            set.forEachLowByte { table[$0] = min(table[$0], distance) }
        }
        return table
    }
}
