import ICUBridge

/// An ICU break iterator owned by one worker and re-pointed at each text.
///
/// Opening an ICU break iterator loads rules and dictionaries, so a worker opens each kind
/// once per locale and reuses it; the handle is closed when the wrapper goes away. Not safe
/// to share between threads.
public final class BreakIterator {
    public enum Kind: Int32, Sendable {
        case character = 0
        case word = 1
        case line = 2
        case sentence = 3
    }

    public let kind: Kind
    public let locale: String
    private let handle: OpaquePointer

    /// `icuWordsOnly` makes a word iterator take every word from ICU, bypassing the fast
    /// tokeniser that gives the same words on simple text (for tests that compare the two).
    public init(kind: Kind, locale: String, icuWordsOnly: Bool = false) throws(ICUError) {
        var status: Int32 = 0
        guard let handle = tl_breaker_open(kind.rawValue, locale, &status) else {
            throw ICUError(code: status, operation: "opening a \(kind) break iterator for \(locale)")
        }
        if icuWordsOnly { tl_breaker_disable_word_scan(handle) }
        self.kind = kind
        self.locale = locale
        self.handle = handle
    }

    /// Builds the fast tokeniser's character classes (once per process; opening the first word
    /// iterator waits for them otherwise): the CLI does it on its warm-up thread.
    public static func prepareWordScan() { tl_wordscan_prepare() }

    /// Whether words come partly from the fast tokeniser (word iterators whose locale it
    /// reproduces).
    public var usesWordScan: Bool { tl_breaker_uses_word_scan(handle) != 0 }

    deinit { tl_breaker_close(handle) }

    /// Calls `body` with every boundary after the start of `text` (the end of the text last).
    /// `text` is only borrowed for the duration of the call.
    public func forEachBoundary(in text: UnsafeBufferPointer<UInt16>, _ body: (Int) -> Void) {
        guard let base = text.baseAddress, !text.isEmpty else { return }
        tl_breaker_set_text(handle, base, Int32(text.count))
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: 256) { buffer in
            while true {
                let count = Int(tl_breaker_next_boundaries(handle, buffer.baseAddress!, 256))
                if count == 0 { break }
                for index in 0..<count { body(Int(buffer[index])) }
            }
        }
    }

    /// Appends every word-like segment of `text` (letters, numbers, kana, ideographs; not
    /// spaces or punctuation) to `words`, with offsets shifted by `offset`.
    /// The words of a whole text (`appendWords` from offset 0).
    public func appendWords(in units: [UInt16], to words: inout WordTable) {
        units.withUnsafeBufferPointer { appendWords(in: $0, offset: 0, to: &words) }
    }

    public func appendWords(in text: UnsafeBufferPointer<UInt16>, offset: Int, to words: inout WordTable) {
        guard kind == .word, let base = text.baseAddress, !text.isEmpty else { return }
        tl_breaker_set_text(handle, base, Int32(text.count))
        let capacity = 512
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: capacity * 3) { buffer in
            let starts = buffer.baseAddress!
            let ends = starts + capacity
            let statuses = ends + capacity
            let shift = Int32(offset)
            while true {
                let count = Int(tl_breaker_next_words(handle, starts, ends, statuses, Int32(capacity)))
                if count == 0 { break }
                for index in 0..<count {
                    words.append(start: starts[index] + shift, end: ends[index] + shift, kind: WordKind(ruleStatus: statuses[index]))
                }
            }
        }
    }
}
