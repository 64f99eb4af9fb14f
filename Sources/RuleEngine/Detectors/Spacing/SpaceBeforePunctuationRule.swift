import TextCore

/// Finds a space before `, . ; : ! ?` in languages that do not put one there (in French,
/// only before `,` and `.`; `; : ! ?` take a no-break space there), and before full-width
/// CJK punctuation. An ellipsis (" ..."), a decimal (" .5"), a file extension (" .txt") and an
/// emoticon (" :)") are not punctuation after a word.
public struct SpaceBeforePunctuationRule: Detector {
    public static let id = RuleID(.spacing, "before-punctuation")

    public static let description = RuleDescription(
        id: id,
        summary: "A space before a comma, full stop or other punctuation that does not take one.",
        rationale: "Machine translation from French, and careless joins, leave spaces before punctuation; in most languages that is a plain typo, and the line may break before the mark.",
        category: .whitespace,
        severity: .minor,
        triggering: [
            RuleExample("The budget⟦ ,⟧ approved on Monday, takes effect in May.", correction: "The budget, approved on Monday, takes effect in May."),
            RuleExample("Is that final⟦ ?⟧"),
            RuleExample("Spending rises 3.8%⟦ ,⟧ the smallest increase in years."),
            RuleExample("Le budget⟦ ,⟧ adopté lundi, entre en vigueur en mai.", language: "fr"),
            RuleExample("Der Haushalt steht⟦ :⟧ Er gilt ab Mai.", language: "de"),
            RuleExample("预算已获批准⟦ 。⟧", language: "zh"),
        ],
        nonTriggering: [
            RuleExample("The budget, approved on Monday, takes effect in May."),
            RuleExample("Est-ce définitif\u{A0}? Oui\u{A0}: il entre en vigueur en mai.", language: "fr"),
            RuleExample("Est-ce définitif ? Oui : il entre en vigueur.", language: "fr", note: "a breaking space there is a typographic matter, not this rule's"),
            RuleExample("And then ... nothing. It measured .5 mm, see file .txt :)"),
        ]
    )

    public init() {}

    /// The marks that take no space before them in most languages.
    private static let marks = UnitSet(",.;:!?")

    public func check(_ document: AnalyzedDocument, into sink: inout FindingSink) {
        let french = document.resources.conventions.spaceBeforeHighPunctuation
        let zones = document.protectedZones
        document.withText { text in
            let count = text.count
            for index in document.sites([.sentenceMark, .clauseMark]) where index >= 1 {
                let unit = text[index]
                let isFullWidth = Punctuation.fullWidth.contains(unit)
                guard isFullWidth || Self.marks.contains(unit) else { continue }
                guard text[index - 1] == 0x20 || text[index - 1] == 0xA0 || text[index - 1] == Unit.narrowNoBreakSpace else { continue }
                if french, unit == 0x3B || unit == 0x3A || unit == 0x21 || unit == Unit.questionMark { continue }
                // The mark must end a word group: followed by a space, the end, a quote or bracket.
                let after: UInt16 = index + 1 < count ? text[index + 1] : 0x20
                let afterClass = CharacterClass.of(unit: after)
                if !isFullWidth {
                    guard afterClass.contains(.space) || afterClass.contains(.quotation) || afterClass.contains(.closePunctuation) || index + 1 == count else { continue }
                    if unit == Unit.fullStop, after == Unit.fullStop { continue }
                    if unit == Unit.colon, after == 0x29 || after == 0x28 || after == Unit.hyphenMinus { continue }
                }
                // There must be a word before the spaces, on the same line.
                var start = index - 1
                while start > 0, text[start - 1] == 0x20 || text[start - 1] == 0xA0 || text[start - 1] == Unit.narrowNoBreakSpace { start -= 1 }
                guard start > 0, !UTF16Scalar.isLineBreak(text[start - 1]), !zones.contains(index), !zones.contains(start) else { continue }
                // After a word, a number, a percent sign or a closing bracket or quote; not after
                // other punctuation (" - ." or ", ,").
                let previousUnit = text[start - 1]
                let previous = CharacterClass.of(unit: previousUnit)
                guard !previous.contains(.punctuation) || previous.contains(.closePunctuation) || previous.contains(.finalPunctuation)
                        || previous.contains(.quotation) || previousUnit == 0x25 || previousUnit == 0x2030 else { continue }
                let mark = String(utf16Units: [unit])
                sink.report(TextRange(start: start, end: index + 1), "No space before “\(mark)”.", suggestions: [mark])
            }
        }
    }
}
