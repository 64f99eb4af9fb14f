import TextKernels

/// The other per-character passes a document needs, done by the C kernels (see
/// TextKernels.h for why): line ends, the counts of a paragraph's lines, the tokens that may
/// be addresses or technical terms, and the words mixing alphabets. They return positions
/// and counts; what those mean is decided by the callers.
public enum CharacterScans {
    /// Offsets of the LF and CR units of `text`, in order.
    public static func lineEnds(_ text: UnsafeBufferPointer<UInt16>) -> [Int32] {
        guard let base = text.baseAddress, !text.isEmpty else { return [] }
        var offsets: [Int32] = []
        let chunk = min(text.count, 1 << 14)
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: chunk) { buffer in
            var start = 0
            while start < text.count {
                let end = min(text.count, start + chunk)
                let count = Int(tk_scan_line_ends(base, Int32(start), Int32(end), buffer.baseAddress!))
                offsets.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[0..<count]))
                start = end
            }
        }
        return offsets
    }

    /// The counts of one non-empty line of a paragraph.
    public struct LineFacts: Sendable, Equatable {
        /// The line, without its line break.
        public var range: TextRange
        /// Runs of characters other than U+0020 and tab.
        public var tokens: Int
        /// Characters hinting at technical tokens (digits, `/ _ = - : . $ { } [ ] < > |` and
        /// backslash).
        public var hints: Int
        /// Whether three spaces follow each other after the indentation (a column gap).
        public var hasColumnGap: Bool
        /// Characters other than white space.
        public var visible: Int
        /// Of those, `TechnicalCharacters.codeSymbols`.
        public var symbols: Int
    }

    /// Calls `body` with the facts of every non-empty line of `text[range]` in order, and with
    /// whether that line is the range's only one — without collecting them (a paragraph's
    /// lines are judged one by one; an array per paragraph cost more than the judging).
    public static func forEachLine(_ text: UnsafeBufferPointer<UInt16>, _ range: TextRange, _ body: (LineFacts, _ isOnlyLine: Bool) -> Void) {
        guard let base = text.baseAddress, !range.isEmpty else { return }
        let capacity = 64
        withUnsafeTemporaryAllocation(of: tk_line_facts.self, capacity: capacity) { facts in
            var position = Int32(range.start)
            var first = true
            while position < Int32(range.end) {
                let count = Int(tk_scan_lines(base, &position, Int32(range.end), CharacterTables.scan, facts.baseAddress!, Int32(capacity)))
                if count == 0 { break }
                // More lines may follow a full buffer: then none of them is the only one.
                let isOnlyLine = first && count == 1 && position >= Int32(range.end)
                first = false
                for fact in facts.prefix(count) {
                    body(LineFacts(range: TextRange(start: Int(fact.start), end: Int(fact.end)), tokens: Int(fact.tokens), hints: Int(fact.hints),
                                   hasColumnGap: fact.columnGap != 0, visible: Int(fact.visible), symbols: Int(fact.symbols)), isOnlyLine)
                }
            }
        }
    }

    /// What the sites of a paragraph show of its shape, without visiting its other
    /// characters: line breaks, code symbols, and runs of three spaces.
    public static func sitesShape(_ text: UnsafeBufferPointer<UInt16>, _ sites: ArraySlice<Int32>) -> (lineBreaks: Int, symbols: Int, columnGaps: Int) {
        guard let base = text.baseAddress, !sites.isEmpty else { return (0, 0, 0) }
        var symbols: Int32 = 0
        var gaps: Int32 = 0
        let breaks = sites.withUnsafeBufferPointer { tk_sites_shape(base, $0.baseAddress!, Int32($0.count), CharacterTables.scan, &symbols, &gaps) }
        return (Int(breaks), Int(symbols), Int(gaps))
    }

    /// A stretch found by `tokenSpans`.
    public enum TokenSpan: Sendable, Equatable {
        /// Certainly not prose: an HTML comment or a `code` span.
        case zone(TextRange)
        /// A token (up to the next space or CJK punctuation) holding a technical character:
        /// an address or a technical term if the caller's closer look agrees.
        case candidate(TextRange)
    }

    /// Calls `body` with each token span of `text`, in text order. Only the character sites
    /// are visited.
    public static func tokenSpans(_ text: UnsafeBufferPointer<UInt16>, sites: [Int32], _ body: (TokenSpan) -> Void) {
        guard let base = text.baseAddress, !text.isEmpty, !sites.isEmpty else { return }
        let capacity: Int32 = 256
        withUnsafeTemporaryAllocation(of: tk_token_span.self, capacity: Int(capacity)) { spans in
            sites.withUnsafeBufferPointer { offsets in
                var state = tk_token_scan(site: 0, position: 0)
                while state.site < Int32(offsets.count) {
                    let count = Int(tk_scan_token_spans(base, Int32(text.count), offsets.baseAddress!, Int32(offsets.count), CharacterTables.scan, &state,
                                                        spans.baseAddress!, capacity))
                    for span in spans.prefix(count) {
                        let range = TextRange(start: Int(span.start), end: Int(span.end))
                        body(span.kind == Int32(TK_SPAN_ZONE) ? .zone(range) : .candidate(range))
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
                        let written = Int(tk_mixed_script_stretches(base, starts.baseAddress! + first, ends.baseAddress! + first, Int32(count),
                                                                    CharacterTables.scan, found.baseAddress!))
                        for index in 0..<written { result.append(first + Int(found[index])) }
                        first += count
                    }
                }
            }
        }
        return result
    }

    /// `mixedScriptWords` of a detector's view of the text.
    public static func mixedScriptWords(_ text: TextView, _ words: WordTable) -> [Int] { mixedScriptWords(text.buffer, words) }
}
