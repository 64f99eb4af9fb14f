import ICUBridge

/// The per-character passes every document needs before its rules run, done in C (see
/// `scan.c` for why): notable offsets, the shape of a paragraph's lines, and the tokens that
/// may be addresses or technical terms. What the counts mean is decided by the callers.
public enum CharacterScans {
    /// Offsets of everything but letters, digits and single spaces (punctuation, quotation
    /// marks, brackets, line breaks, runs of spaces, invisible and special characters), plus
    /// the letters that stand for UTF-8 continuation bytes in mojibake (ª µ º, Windows-1252's
    /// œ Š ž…); and, seen in the same pass, which of the
    /// Latin, Cyrillic and Greek scripts the text uses.
    public static func notableOffsets(_ text: UnsafeBufferPointer<UInt16>) -> (offsets: [Int32], alphabets: CharacterClass) {
        guard let base = text.baseAddress, !text.isEmpty else { return ([], []) }
        var offsets: [Int32] = []
        offsets.reserveCapacity(text.count / 12)
        var alphabets: UInt32 = 0
        // In chunks through a fixed buffer: the scan needs room for every offset, and a
        // 100 MB document must not need 400 MB for it.
        let chunk = 1 << 16
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: chunk) { buffer in
            var start = 0
            while start < text.count {
                let end = min(text.count, start + chunk)
                let count = Int(tl_scan_notable(base, Int32(start), Int32(end), buffer.baseAddress!, &alphabets))
                offsets.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[0..<count]))
                start = end
            }
        }
        return (offsets, CharacterClass(rawValue: alphabets))
    }

    /// Offsets of the LF and CR units of `text`, in order.
    public static func lineEnds(_ text: UnsafeBufferPointer<UInt16>) -> [Int32] {
        guard let base = text.baseAddress, !text.isEmpty else { return [] }
        var offsets: [Int32] = []
        let chunk = 1 << 14
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: chunk) { buffer in
            var start = 0
            while start < text.count {
                let end = min(text.count, start + chunk)
                let count = Int(tl_scan_line_ends(base, Int32(start), Int32(end), buffer.baseAddress!))
                offsets.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[0..<count]))
                start = end
            }
        }
        return offsets
    }

    /// How the lines of a paragraph look.
    public struct LineShape: Sendable, Equatable {
        /// Non-empty lines.
        public var lines: Int
        /// Lines that look like a listing: indented by a tab or four spaces, a prompt or
        /// comment, a lone brace, a numbered listing line, or mostly technical tokens.
        public var codeLines: Int
        /// Lines with a run of three spaces after their indentation (a column gap).
        public var alignedLines: Int
        /// Characters other than white space.
        public var visible: Int
        /// ASCII characters rare in prose: `{ } [ ] < > = | \ / $ # _ ; ~ ^ * @` and the backtick.
        public var symbols: Int
    }

    public static func lineShape(_ text: UnsafeBufferPointer<UInt16>, _ range: TextRange) -> LineShape {
        var shape = tl_line_shape()
        if let base = text.baseAddress, !range.isEmpty {
            tl_scan_lines(base, Int32(range.start), Int32(range.end), &shape)
        }
        return LineShape(lines: Int(shape.lines), codeLines: Int(shape.codeLines), alignedLines: Int(shape.alignedLines),
                         visible: Int(shape.visible), symbols: Int(shape.symbols))
    }

    /// What the notable offsets of a paragraph show of its shape (see `lineShape` for the
    /// full measure): line breaks, code symbols, and runs of three spaces.
    public static func notableShape(_ text: UnsafeBufferPointer<UInt16>, _ notable: UnsafeBufferPointer<Int32>) -> (lineBreaks: Int, symbols: Int, columnGaps: Int) {
        guard let base = text.baseAddress, let offsets = notable.baseAddress, !notable.isEmpty else { return (0, 0, 0) }
        var symbols: Int32 = 0
        var gaps: Int32 = 0
        let breaks = tl_scan_notable_shape(base, offsets, Int32(notable.count), &symbols, &gaps)
        return (Int(breaks), Int(symbols), Int(gaps))
    }

    /// A stretch found by `technicalTokens`.
    public enum TokenSpan: Sendable, Equatable {
        /// Certainly not prose: an HTML comment or a `code` span.
        case zone(TextRange)
        /// A token (up to the next space or CJK punctuation) holding a technical character:
        /// an address or a technical term if the caller's closer look agrees.
        case candidate(TextRange)
    }

    /// Calls `body` with each protected-zone span of `text`, in text order. `notable` are
    /// the text's `notableOffsets`: the scan visits only those.
    public static func technicalTokens(_ text: UnsafeBufferPointer<UInt16>, notable: [Int32], _ body: (TokenSpan) -> Void) {
        guard let base = text.baseAddress, !text.isEmpty, !notable.isEmpty else { return }
        let capacity: Int32 = 256
        withUnsafeTemporaryAllocation(of: tl_token_span.self, capacity: Int(capacity)) { spans in
            notable.withUnsafeBufferPointer { offsets in
                var state = tl_token_scan(notable: 0, position: 0)
                while state.notable < Int32(offsets.count) {
                    let count = Int(tl_scan_technical_tokens(base, Int32(text.count), offsets.baseAddress!, Int32(offsets.count), &state,
                                                             spans.baseAddress!, capacity))
                    for span in spans.prefix(count) {
                        let range = TextRange(start: Int(span.start), end: Int(span.end))
                        body(span.kind == Int32(TL_SPAN_ZONE) ? .zone(range) : .candidate(range))
                    }
                }
            }
        }
    }

    /// Indices of the words of `words` that hold both a Latin letter and a Cyrillic or Greek
    /// one (the candidates for a word spelt with look-alikes from another alphabet).
    public static func mixedScriptWords(_ text: UnsafeBufferPointer<UInt16>, _ words: WordTable) -> [Int] {
        guard let base = text.baseAddress, words.count > 0 else { return [] }
        var result: [Int] = []
        let chunk = 4096
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: chunk) { found in
            words.starts.withUnsafeBufferPointer { starts in
                words.ends.withUnsafeBufferPointer { ends in
                    var first = 0
                    while first < words.count {
                        let count = min(chunk, words.count - first)
                        let written = Int(tl_scan_mixed_script_words(base, starts.baseAddress! + first, ends.baseAddress! + first, Int32(count), found.baseAddress!))
                        for index in 0..<written { result.append(first + Int(found[index])) }
                        first += count
                    }
                }
            }
        }
        return result
    }
}
