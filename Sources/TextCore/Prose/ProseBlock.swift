/// What a block of a structured document is, as its format says. Decides which rules read it
/// (see RuleEngine's `ParagraphKinds`).
public enum BlockKind: String, Sendable, Equatable {
    /// A paragraph of running text.
    case paragraph
    /// A heading or a title.
    case heading
    /// A list item.
    case listItem = "list-item"
    /// A table cell.
    case tableCell = "table-cell"
    /// Alternative text, a caption, a description in metadata.
    case caption
    /// The translation of one XLIFF or PO unit (or one of its segments or plural forms).
    case segment
    /// Code: a fenced or indented block, a `<pre>`. Only encoding rules read it.
    case code
}

/// One block of a prose view: where it lies in the prose text, what it is, and, when the
/// format says so, its language and the translation unit it belongs to.
public struct ProseBlock: Sendable, Equatable {
    public var range: TextRange
    public var kind: BlockKind
    /// The block's own language when it differs from the document's (an HTML `lang`).
    public var language: LanguageTag?
    /// Index in `ProseView.units` (XLIFF and PO).
    public var unit: Int?

    public init(range: TextRange, kind: BlockKind, language: LanguageTag? = nil, unit: Int? = nil) {
        self.range = range
        self.kind = kind
        self.language = language
        self.unit = unit
    }
}

/// A translation unit of an XLIFF or PO file: its id, its source, and what state its target
/// is in. The target's text is in the view's blocks.
public struct ProseUnit: Sendable, Equatable {
    public enum Status: String, Sendable, Equatable {
        /// Translated (or in a state a file does not qualify).
        case translated
        /// No target, or an empty one, where the source has text.
        case missing
        /// A target marked as not finished: XLIFF `new`, `needs-translation`, `initial`,
        /// PO `fuzzy`.
        case unfinished
    }

    /// The unit's id (XLIFF `id`; PO `msgctxt|msgid`).
    public var id: String
    public var status: Status
    /// The state as the file writes it (`needs-translation`, `fuzzy`), for messages.
    public var state: String?
    /// The source text, decoded.
    public var source: String
    /// Where the source lies in the file.
    public var sourceRange: TextRange
    /// A PO entry's plural source (`msgid_plural`), when it has one: the plural translations
    /// translate it.
    public var pluralSource: String?
    /// Where the plural source lies in the file.
    public var pluralSourceRange: TextRange?
    /// Where the target lies in the file (the element or the msgstr lines), or, without a
    /// target, the place a finding about the unit points at.
    public var targetRange: TextRange

    public init(id: String, status: Status, state: String? = nil, source: String, sourceRange: TextRange, targetRange: TextRange) {
        self.id = id
        self.status = status
        self.state = state
        self.source = source
        self.sourceRange = sourceRange
        self.targetRange = targetRange
    }
}

/// A `translint-disable`, `translint-enable` or `translint-disable-next-line` comment found
/// by a format reader (or in plain text), with its place in the file.
public struct SuppressionComment: Sendable, Equatable {
    public enum Command: String, Sendable {
        case disable = "translint-disable"
        case enable = "translint-enable"
        case disableNextLine = "translint-disable-next-line"
    }

    public var command: Command
    /// Rule ids, families or `family.*`; empty means every rule.
    public var selectors: [String]
    /// The comment, in file offsets.
    public var range: TextRange
    /// What a `disable-next-line` covers when the format knows better than "the next line":
    /// in PO, the whole entry the comment stands above (its `msgstr` is lines further down).
    public var scope: TextRange?

    public init(command: Command, selectors: [String], range: TextRange, scope: TextRange? = nil) {
        self.command = command
        self.selectors = selectors
        self.range = range
        self.scope = scope
    }

    /// Reads the words of a comment's body: nil unless it is a directive.
    public static func parse(body: String, range: TextRange) -> SuppressionComment? {
        let words = body.split(whereSeparator: { $0 == " " || $0 == "," || $0.isNewline || $0 == "\t" }).map(String.init)
        guard let first = words.first, let command = Command(rawValue: first) else { return nil }
        return SuppressionComment(command: command, selectors: Array(words.dropFirst()), range: range)
    }
}
