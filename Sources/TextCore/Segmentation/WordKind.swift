/// What a word-break segment holds, from ICU's word-break rule status.
public enum WordKind: UInt8, Sendable, Codable {
    case number = 1
    case letter = 2
    case kana = 3
    case ideographic = 4
    /// A stretch a format reader marked as one unit that is not prose (inline code, a
    /// template expression, a placeholder): one word, which no rule reads as language.
    case opaque = 5

    public init(ruleStatus: Int32) {
        switch ruleStatus {
        case 100..<200: self = .number
        case 300..<400: self = .kana
        case 400..<500: self = .ideographic
        default: self = .letter
        }
    }

    /// Kana and ideographs: words of scripts written without spaces.
    public var isCJK: Bool { self == .kana || self == .ideographic }
}
