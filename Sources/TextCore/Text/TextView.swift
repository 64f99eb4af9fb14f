/// A document's text as detectors read it: UTF-16 units by offset, and the character-level
/// questions detectors ask (what is this unit, which code point starts or ends here, what
/// does this range say).
///
/// Detectors index the text millions of times per document; this view reads it without
/// copies, reference counting or bounds checks in release builds (a debug build checks each
/// index). It exists only for the duration of `AnalyzedDocument.withText`.
public struct TextView {
    @usableFromInline let units: UnsafeBufferPointer<UInt16>

    @inlinable
    package init(_ units: UnsafeBufferPointer<UInt16>) { self.units = units }

    /// The units, for the C kernels and TextCore's own loops.
    @inlinable
    package var buffer: UnsafeBufferPointer<UInt16> { units }

    @inlinable
    public var count: Int { @inline(__always) get { units.count } }

    @inlinable
    public var isEmpty: Bool { units.isEmpty }

    @inlinable
    public subscript(offset: Int) -> UInt16 {
        @inline(__always) get { units[offset] }
    }

    /// The properties of the unit at `offset` (a surrogate has none).
    @inlinable @inline(__always)
    public func characterClass(at offset: Int) -> CharacterClass { CharacterClass.of(unit: units[offset]) }

    /// The code point starting at `offset` and its length in units (an unpaired surrogate is
    /// returned as itself).
    @inlinable @inline(__always)
    public func scalar(at offset: Int) -> (codePoint: UInt32, length: Int) { UTF16Scalar.decode(units, at: offset) }

    /// The code point ending just before `offset` and its length in units.
    @inlinable @inline(__always)
    public func scalar(before offset: Int) -> (codePoint: UInt32, length: Int) { UTF16Scalar.decode(units, before: offset) }

    /// The text of `range`.
    public func string(_ range: TextRange) -> String {
        String(utf16Buffer: UnsafeBufferPointer(rebasing: units[range.start..<range.end]))
    }

    /// The text of `range`.
    public func string(_ range: Range<Int>) -> String { string(TextRange(start: range.lowerBound, end: range.upperBound)) }

    /// The units of `range`, copied.
    public func units(_ range: Range<Int>) -> [UInt16] { Array(units[range]) }

    /// Whether the units at `offset` spell `literal` (compared unit by unit).
    public func has(_ literal: [UInt16], at offset: Int) -> Bool {
        guard offset >= 0, offset + literal.count <= units.count else { return false }
        for (index, unit) in literal.enumerated() where units[offset + index] != unit { return false }
        return true
    }

    /// A case-folded hash of `range` (`CaseFolding.hash`).
    @inlinable
    public func foldedHash(_ range: TextRange) -> UInt64 { CaseFolding.hash(units, range) }

    /// Whether two ranges are equal after case folding.
    @inlinable
    public func foldedEqual(_ a: TextRange, _ b: TextRange) -> Bool { CaseFolding.equal(units, a, b) }
}
