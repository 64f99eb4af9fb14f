import TextCore

/// Finds two or three spaces between words inside a line. Indentation, trailing spaces and
/// wider gaps (column alignment) are left alone.
public struct DoubleSpaceRule: Detector {
    public static let id = RuleID(.spacing, "double-space")

    public static let description = RuleDescription(
        id: id,
        summary: "Two spaces where one belongs.",
        rationale: "Doubled spaces are invisible in an editor but show in print and break search for phrases.",
        category: .whitespace,
        severity: .minor,
        triggering: [
            RuleExample("首相は⟦  ⟧増税を否定した。", language: "ja", note: "between CJK characters the fix removes both"),
            RuleExample("The committee approved the⟦  ⟧budget.", correction: "The committee approved the budget."),
            RuleExample("Dr.⟦  ⟧Smith spoke first."),
        ],
        nonTriggering: [
            RuleExample("The committee approved the budget."),
            RuleExample("  Indented line.\nName      Value"),
            RuleExample("# file system  mount point  type\n/dev/sda1  /  ext4", note: "a column layout"),
        ],
        fixIsSafe: true
    )

    public init() {}

    public func check(_ document: AnalyzedDocument, into sink: inout FindingSink) {
        let zones = document.protectedZones
        let spacesWords = document.profile.usesSpacesBetweenWords
        document.withText { text in
            let count = text.count
            // Every space after a space is a site; the run starts just before its first.
            for second in document.sites(.spaceRun) where second >= 2 {
                guard text[second - 2] != Unit.space else { continue }
                let index = second - 1
                var end = second + 1
                while end < count, text[end] == Unit.space { end += 1 }
                let run = end - index
                guard run == 2 || run == 3, end < count, !zones.contains(index) else { continue }
                guard !CharacterClass.of(unit: text[index - 1]).contains(.space), !CharacterClass.of(unit: text[end]).contains(.space) else { continue }
                // Between two Chinese or Japanese characters no space at all is right.
                let betweenCJK = !spacesWords && CharacterClass.of(text.scalar(before: index).codePoint).contains(.ideographic)
                    && CharacterClass.of(text.scalar(at: end).codePoint).contains(.ideographic)
                sink.report(TextRange(start: index, end: end), betweenCJK ? "\(run) spaces between Chinese or Japanese characters; remove them." : "\(run) spaces in a row; one is enough.",
                            suggestions: [betweenCJK ? "" : " "])
            }
        }
    }
}
