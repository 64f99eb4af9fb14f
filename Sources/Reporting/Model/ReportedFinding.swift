import RuleEngine
import TextCore

/// A finding as reports show it: positions in the text as read (UTF-16 offset and length,
/// 1-based line and column), an excerpt of its line, and a fingerprint that survives edits
/// elsewhere in the document (for baselines and SARIF).
public struct ReportedFinding: Sendable {
    public let rule: RuleID
    public let category: MQMCategory
    public private(set) var severity: Severity
    public private(set) var weight: Double
    public private(set) var message: String
    public private(set) var offset: Int
    public let length: Int
    public private(set) var start: SourceLocation
    /// Location just after the span (exclusive end column, as SARIF's endColumn).
    public private(set) var end: SourceLocation
    public let excerpt: Excerpt
    public private(set) var suggestions: [String]
    public private(set) var related: [RelatedReport]
    /// Rule id plus the normalised text around the span, hashed.
    public let fingerprint: String
    /// The XLIFF or PO unit the finding is in.
    public let unit: String?
    /// The span of the source a source-aware finding concerns: UTF-16 offset and length in
    /// the source as read (in the file itself for XLIFF and PO), and its text, shortened.
    public let source: SourceSpan?

    public struct SourceSpan: Sendable {
        public let offset: Int
        public let length: Int
        public let text: String
        /// The source file, when the source is a file of its own.
        public let path: String?
    }

    public var family: RuleFamily { rule.family }

    /// The message with the source span it concerns, for formats with only a message to
    /// carry it (Checkstyle, JUnit, GitHub, GitLab): "… [source 120+35: “…”]".
    public var messageWithSource: String {
        guard let source else { return message }
        return message + " [source \(source.offset)+\(source.length): “\(source.text)”]"
    }
    public var penalty: Double { severity.multiplier * weight }

    public struct RelatedReport: Sendable {
        public internal(set) var offset: Int
        public let length: Int
        public internal(set) var start: SourceLocation
        public let message: String
    }

    /// A finding read back from a saved report.
    init(rule: RuleID, category: MQMCategory, severity: Severity, weight: Double, message: String, offset: Int, length: Int,
         start: SourceLocation, end: SourceLocation, excerpt: Excerpt, suggestions: [String], related: [RelatedReport],
         fingerprint: String, unit: String?, source: SourceSpan?) {
        self.rule = rule
        self.category = category
        self.severity = severity
        self.weight = weight
        self.message = message
        self.offset = offset
        self.length = length
        self.start = start
        self.end = end
        self.excerpt = excerpt
        self.suggestions = suggestions
        self.related = related
        self.fingerprint = fingerprint
        self.unit = unit
        self.source = source
    }

    init(_ finding: Finding, in document: Document) {
        var columns = FindingColumns(unit: .utf16)
        self.init(finding, in: document, columns: &columns)
    }

    /// The finding as reported, its columns counted in `columns`' unit.
    init(_ finding: Finding, in document: Document, columns: inout FindingColumns) {
        rule = finding.rule
        category = finding.category
        severity = finding.severity
        weight = finding.weight
        message = finding.message
        offset = finding.range.start
        length = finding.range.length
        start = columns.starts.location(of: finding.range.start, in: document.original, lines: document.lines)
        end = columns.ends.location(of: finding.range.end, in: document.original, lines: document.lines)
        excerpt = Excerpt(finding.range, in: document)
        suggestions = finding.suggestions
        related = finding.related.map {
            RelatedReport(offset: $0.range.start, length: $0.range.length,
                          start: columns.related.location(of: $0.range.start, in: document.original, lines: document.lines), message: $0.message)
        }
        fingerprint = Self.fingerprint(rule: finding.rule, range: finding.range, in: document)
        unit = finding.unit
        source = finding.sourceRange.map { range in
            let original = document.source?.document.original ?? document.original
            let clipped = TextRange(start: min(range.start, original.count), end: min(range.end, original.count))
            var text = String(utf16Units: original[clipped.start..<clipped.end])
            if text.count > 200 { text = String(text.prefix(199)) + "…" }
            return SourceSpan(offset: range.start, length: range.length, text: text, path: document.source?.path)
        }
    }

    /// This finding, made in a window of a document, placed in the document.
    /// The finding with its offsets (and its related places') moved by `distance` UTF-16
    /// units: a chunk's finding in the whole text, for consumers that read offsets only (the
    /// LanguageTool API); lines and columns stay the chunk's.
    public func shifted(by distance: Int) -> ReportedFinding {
        var moved = self
        moved.offset += distance
        for index in moved.related.indices { moved.related[index].offset += distance }
        return moved
    }

    func placed(at origin: WindowOrigin) -> ReportedFinding {
        var placed = self
        placed.offset += origin.offset
        placed.start = origin.place(start)
        placed.end = origin.place(end)
        for index in placed.related.indices {
            placed.related[index].offset += origin.offset
            placed.related[index].start = origin.place(placed.related[index].start)
        }
        return placed
    }

    /// This finding standing for `summary`'s findings past a limit (as the checker makes them
    /// for a whole document): its place, `summary`'s message, severity and weight.
    func summarizing(_ summary: Finding) -> ReportedFinding {
        var placed = self
        placed.message = summary.message
        placed.severity = summary.severity
        placed.weight = summary.weight
        placed.suggestions = []
        placed.related = []
        return placed
    }

    /// Rule id, the span's text and up to 24 characters either side on the same line,
    /// case-folded with whitespace collapsed, hashed to 128 bits: stable when text elsewhere
    /// changes. Computed on the UTF-16 text directly (a report has one per finding, so it
    /// must be cheap).
    public static func fingerprint(rule: RuleID, range: TextRange, in document: Document) -> String {
        let context = 24
        return document.original.withUnsafeBufferPointer { text in
            let line = document.lines.lineRange(containing: range.start, in: text)
            let before = max(line.start, range.start - context)
            let after = min(max(line.end, range.end), range.end + context)
            var hasher = FingerprintHasher()
            // The units of `rule.description` ("family.name"), without making the string.
            for unit in rule.family.rawValue.utf16 { hasher.add(unit) }
            hasher.add(0x2E)
            for unit in rule.name.utf16 { hasher.add(unit) }
            for part in [before..<range.start, range.start..<range.end, range.end..<after] {
                hasher.separate()
                var pendingSpace = false
                for index in part {
                    let unit = text[index]
                    if CharacterClass.of(unit: unit).contains(.space) {
                        pendingSpace = true
                        continue
                    }
                    if pendingSpace {
                        hasher.add(0x20)
                        pendingSpace = false
                    }
                    if unit < 0x80 {
                        hasher.add(unit >= 0x41 && unit <= 0x5A ? unit + 32 : unit)
                    } else if unit & 0xF800 == 0xD800 {
                        hasher.add(unit)
                    } else {
                        hasher.add(UInt16(truncatingIfNeeded: CaseFolding.lowercase(UInt32(unit))))
                    }
                }
            }
            return hasher.hex
        }
    }
}

/// 128 bits standing for a string in a set of seen ones (a chance collision among a billion
/// strings is about 10⁻²¹).
struct Hash128: Hashable {
    let high: UInt64
    let low: UInt64
}

/// Column counters for one document's findings: starts and ends each go mostly forward.
struct FindingColumns {
    var starts: ColumnCounter
    var ends: ColumnCounter
    var related: ColumnCounter

    init(unit: ColumnUnit) {
        starts = ColumnCounter(unit: unit)
        ends = ColumnCounter(unit: unit)
        related = ColumnCounter(unit: unit)
    }
}

/// Two independent 64-bit FNV-1a style hashes of a stream of UTF-16 units.
struct FingerprintHasher {
    private var first: UInt64 = 0xcbf29ce484222325
    private var second: UInt64 = 0x84222325cbf29ce4

    @inline(__always)
    mutating func add(_ unit: UInt16) {
        first = (first ^ UInt64(unit)) &* 0x100000001b3
        second = (second ^ UInt64(unit) ^ (second >> 31)) &* 0x9E3779B97F4A7C15
    }

    mutating func separate() { add(0x1F) }

    /// Both hashes, for sets that must tell millions of strings apart without keeping them.
    var value: Hash128 { Hash128(high: first, low: second) }

    /// The hash of a string's UTF-16 units.
    static func hash(_ text: String) -> Hash128 { hasher(text).value }

    /// A hasher that has read `text`'s UTF-16 units.
    static func hasher(_ text: String) -> FingerprintHasher {
        var hasher = FingerprintHasher()
        for unit in text.utf16 { hasher.add(unit) }
        return hasher
    }

    var hex: String {
        let digits = Array("0123456789abcdef".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32)
        for value in [first, second] {
            for shift in stride(from: 60, through: 0, by: -4) { bytes.append(digits[Int((value >> UInt64(shift)) & 0xF)]) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// The line around a finding, shortened to a window, with the span's place inside it.
public struct Excerpt: Sendable, Equatable {
    /// The excerpt, with "…" where the line was cut.
    public let text: String
    /// UTF-16 offset and length of the span inside `text`.
    public let spanOffset: Int
    public let spanLength: Int

    static let context = 40

    init(text: String, spanOffset: Int, spanLength: Int) {
        self.text = text
        self.spanOffset = spanOffset
        self.spanLength = spanLength
    }

    init(_ range: TextRange, in document: Document) {
        let original = document.original
        let line = original.withUnsafeBufferPointer { document.lines.lineRange(containing: range.start, in: $0) }
        let spanEnd = min(range.end, line.end)
        var start = max(line.start, range.start - Self.context)
        var end = min(line.end, max(spanEnd, range.start) + Self.context)
        // Do not cut a surrogate pair in two.
        if start > line.start, original[start] & 0xFC00 == 0xDC00 { start -= 1 }
        if end < line.end, end > 0, original[end - 1] & 0xFC00 == 0xD800 { end += 1 }
        let cutBefore = start > line.start
        let cutAfter = end < line.end
        // Tabs become spaces, so that the marker under the span lines up; "…" where the line
        // was cut. Built as UTF-8 in one pass (a report has one excerpt per finding).
        precondition(start >= 0 && start <= end && end <= original.count, "an excerpt outside its document")
        text = original.withUnsafeBufferPointer { units in
            String(utf16Buffer: UnsafeBufferPointer(rebasing: units[start..<end]), prefix: cutBefore ? "…" : "", suffix: cutAfter ? "…" : "",
                   replacingTabs: true)
        }
        spanOffset = (cutBefore ? 1 : 0) + (range.start - start)
        spanLength = max(0, min(spanEnd, end) - range.start)
    }
}
