import ICUBridge

/// NFC normalization that remembers where every normalized position came from.
///
/// ICU's C API normalizes strings but does not report edits, so translint normalizes only the
/// stretches that fail ICU's quick check, cut at normalization boundaries, and records each
/// rewritten stretch in an `OffsetMap`. Text that is already NFC (nearly all of it) is
/// returned as is, with an identity map.
///
/// A stretch between boundaries is at most `window` characters on either side of the first
/// one that fails the check. Only a pathological run of combining marks is longer (Unicode's
/// stream-safe format allows 30), and ICU reorders marks by insertion, so an unbounded
/// stretch of a million marks would take minutes; such a run is normalized window by window.
public enum Normalization {
    /// The most characters a rewritten stretch reaches before or after the first character
    /// that fails the quick check.
    static let window = 64
    /// The longest span handed to one quick-check call (ICU counts in 32 bits).
    private static let quickCheckLimit = 1 << 30

    /// The NFC form of `text` and the map from its offsets back to `text`.
    public static func nfc(_ text: [UInt16]) -> (text: [UInt16], map: OffsetMap) {
        let count = text.count
        let prefix = text.withUnsafeBufferPointer { Int(tl_nfc_span($0.baseAddress, Int32(min(count, quickCheckLimit)))) }
        if prefix == count { return (text, OffsetMap()) }

        var output: [UInt16] = []
        output.reserveCapacity(count + count / 16 + 16)
        var map = OffsetMap()
        text.withUnsafeBufferPointer { source in
            var position = 0
            while position < count {
                let span = min(count - position, quickCheckLimit)
                let quickEnd = position + Int(tl_nfc_span(source.baseAddress! + position, Int32(span)))
                if quickEnd == position + span, span == quickCheckLimit {
                    output.append(contentsOf: source[position..<quickEnd])
                    position = quickEnd
                    continue
                }
                if quickEnd >= count {
                    output.append(contentsOf: source[position..<count])
                    break
                }
                // The stretch to rewrite starts at the last boundary at or before quickEnd...
                var chunkStart = quickEnd
                var steps = 0
                while chunkStart > position, steps < window {
                    steps += 1
                    let scalar = UTF16Scalar.decode(source, at: chunkStart)
                    if tl_nfc_boundary_before(Int32(bitPattern: scalar.codePoint)) != 0 { break }
                    chunkStart -= UTF16Scalar.decode(source, before: chunkStart).length
                }
                // ...and ends at the next boundary after it.
                var chunkEnd = quickEnd + UTF16Scalar.decode(source, at: quickEnd).length
                steps = 0
                while chunkEnd < count, steps < window {
                    steps += 1
                    let scalar = UTF16Scalar.decode(source, at: chunkEnd)
                    if tl_nfc_boundary_before(Int32(bitPattern: scalar.codePoint)) != 0 { break }
                    chunkEnd += scalar.length
                }
                output.append(contentsOf: source[position..<chunkStart])
                let normalized = normalize(UnsafeBufferPointer(rebasing: source[chunkStart..<chunkEnd]), with: tl_nfc_normalize)
                if !normalized.elementsEqual(source[chunkStart..<chunkEnd]) {
                    map.record(normalized: TextRange(start: output.count, length: normalized.count),
                               original: TextRange(start: chunkStart, end: chunkEnd))
                }
                output.append(contentsOf: normalized)
                position = chunkEnd
            }
        }
        return (output, map)
    }

    /// The NFD form of a string (tests use it to mutate examples).
    public static func nfd(_ string: String) -> String {
        let units = string.utf16Units
        return String(utf16Units: units.withUnsafeBufferPointer { normalize($0, with: tl_nfd_normalize) })
    }

    /// The NFC form of a string.
    public static func nfc(_ string: String) -> String {
        String(utf16Units: nfc(string.utf16Units).text)
    }

    /// Whether `text` is in NFC.
    public static func isNFC(_ text: UnsafeBufferPointer<UInt16>) -> Bool {
        guard !text.isEmpty else { return true }
        if Int(tl_nfc_span(text.baseAddress, Int32(text.count))) == text.count { return true }
        return normalize(text, with: tl_nfc_normalize).elementsEqual(text)
    }

    private static func normalize(
        _ source: UnsafeBufferPointer<UInt16>,
        with function: (UnsafePointer<UInt16>?, Int32, UnsafeMutablePointer<UInt16>?, Int32) -> Int32
    ) -> [UInt16] {
        guard !source.isEmpty else { return [] }
        var capacity = source.count * 3 + 8
        while true {
            var result = [UInt16](repeating: 0, count: capacity)
            let written = result.withUnsafeMutableBufferPointer {
                Int(function(source.baseAddress, Int32(source.count), $0.baseAddress, Int32(capacity)))
            }
            if written < 0 { return Array(source) }  // ICU failed: keep the text as it was.
            if written <= capacity {
                result.removeLast(capacity - written)
                return result
            }
            capacity = written
        }
    }
}
