import ICUBridge

/// A compiled ICU regular expression, for patterns written by users in rule files.
///
/// Every match runs under a time limit: a catastrophic pattern (nested quantifiers on a long
/// line) fails with a timeout error instead of hanging a batch. The handle is owned by one
/// thread; `copy()` gives another thread its own.
public final class RegularExpression {
    public struct Options: OptionSet, Sendable {
        public let rawValue: UInt32
        public init(rawValue: UInt32) { self.rawValue = rawValue }
        public static let caseInsensitive = Options(rawValue: UInt32(TL_REGEX_CASE_INSENSITIVE))
        public static let multiline = Options(rawValue: UInt32(TL_REGEX_MULTILINE))
        public static let dotMatchesLineBreaks = Options(rawValue: UInt32(TL_REGEX_DOTALL))
    }

    /// Why a pattern did not compile, with the position inside the pattern.
    public struct CompileError: Error, Sendable, CustomStringConvertible {
        public let icuName: String
        public let line: Int
        public let column: Int
        public var description: String {
            line > 0 ? "\(icuName) at line \(line), column \(column) of the pattern" : icuName
        }
    }

    /// Default match time limit, in ICU steps (each is on the order of a millisecond).
    public static let defaultTimeLimit: Int32 = 200
    /// The longest limit a rule may ask for (about ten seconds a match); 0 or a negative limit
    /// would switch ICU's guard off, so limits are kept within 1 to this.
    public static let maximumTimeLimit = 10_000

    public let pattern: String
    public let options: Options
    public let groupCount: Int
    private let handle: OpaquePointer
    private let timeLimit: Int32

    public init(_ pattern: String, options: Options = [], timeLimit: Int32 = RegularExpression.defaultTimeLimit) throws(CompileError) {
        var status: Int32 = 0
        var line: Int32 = 0
        var column: Int32 = 0
        let units = pattern.utf16Units
        let opened = units.withUnsafeBufferPointer {
            tl_regex_open($0.baseAddress, Int32($0.count), options.rawValue, &status, &line, &column)
        }
        guard let opened else {
            throw CompileError(icuName: String(cString: tl_error_name(status)), line: Int(line), column: Int(column))
        }
        let timeLimit = min(max(timeLimit, 1), Int32(Self.maximumTimeLimit))
        tl_regex_set_time_limit(opened, timeLimit)
        self.pattern = pattern
        self.options = options
        self.handle = opened
        self.timeLimit = timeLimit
        self.groupCount = Int(tl_regex_group_count(opened))
    }

    private init(cloning other: RegularExpression) throws(ICUError) {
        var status: Int32 = 0
        guard let copy = tl_regex_clone(other.handle, &status) else {
            throw ICUError(code: status, operation: "copying a regular expression")
        }
        tl_regex_set_time_limit(copy, other.timeLimit)
        pattern = other.pattern
        options = other.options
        handle = copy
        timeLimit = other.timeLimit
        groupCount = other.groupCount
    }

    deinit { tl_regex_close(handle) }

    /// An independent copy for another thread.
    public func copy() throws(ICUError) -> RegularExpression { try RegularExpression(cloning: self) }

    /// A match: the whole range and the range of each capture group (nil when a group did
    /// not take part), relative to the searched text.
    public struct Match: Sendable {
        public let range: TextRange
        public let groups: [TextRange?]
    }

    /// Calls `body` with each match in `units[range]`, with ranges relative to `range.start`;
    /// `body` returns false to stop. Throws the ICU error (a timeout, typically) that ended
    /// the search early.
    public func forEachMatch(in units: [UInt16], range: TextRange, _ body: (Match) -> Bool) throws(ICUError) {
        try units.withUnsafeBufferPointer { (buffer) throws(ICUError) in
            try forEachMatch(in: UnsafeBufferPointer(rebasing: buffer[range.start..<range.end]), body)
        }
    }

    /// Calls `body` with each match in `text`; `body` returns false to stop. Throws the ICU
    /// error (a timeout, typically) that ended the search early.
    public func forEachMatch(in text: UnsafeBufferPointer<UInt16>, _ body: (Match) -> Bool) throws(ICUError) {
        guard let base = text.baseAddress else { return }
        let status = tl_regex_set_text(handle, base, Int32(text.count))
        if status > 0 { throw ICUError(code: status, operation: "matching /\(pattern)/") }
        var start: Int32 = 0
        var end: Int32 = 0
        while true {
            let found = tl_regex_find_next(handle, &start, &end)
            if found == 0 { return }
            if found < 0 { throw ICUError(code: -found, operation: "matching /\(pattern)/") }
            var groups: [TextRange?] = []
            if groupCount > 0 {
                groups.reserveCapacity(groupCount)
                for group in 1...groupCount {
                    var groupStart: Int32 = -1
                    var groupEnd: Int32 = -1
                    tl_regex_group(handle, Int32(group), &groupStart, &groupEnd)
                    groups.append(groupStart < 0 ? nil : TextRange(start: Int(groupStart), end: Int(groupEnd)))
                }
            }
            if !body(Match(range: TextRange(start: Int(start), end: Int(end)), groups: groups)) { return }
            if start == end, Int(end) >= text.count { return }
        }
    }
}
