import TextCore

/// Finds punctuation doubled by mistake: `,,` `;;` `::` `..` `!!` `??` `。。` `，，`. Three or
/// more periods are an ellipsis and pass; so do `?!`, `::` inside identifiers (`std::map`)
/// and `..` in paths and URLs.
public struct RepeatedPunctuationRule: Detector {
    public static let id = RuleID(.punctuation, "repeated")

    public static let description = RuleDescription(
        id: id,
        summary: "A punctuation mark is doubled: “,,” “..” “!!”.",
        rationale: "Doubled commas and full stops are leftovers of edits and segment joins; doubled exclamation marks do not belong in news copy.",
        category: .punctuation,
        severity: .minor,
        triggering: [
            RuleExample("The budget⟦,,⟧ approved on Monday, takes effect in May.", correction: "The budget, approved on Monday, takes effect in May."),
            RuleExample("The session ended⟦..⟧"),
            RuleExample("Quelle surprise⟦\u{A0}!!⟧", language: "fr"),
            RuleExample("预算已获批准⟦。。⟧议会将在下周投票。", language: "zh"),
            RuleExample("Really⟦??⟧ Yes."),
        ],
        nonTriggering: [
            RuleExample("Run the interpreter with the script as follows::\n\n    python3 script.py", note: "reStructuredText's literal-block marker"),
            RuleExample("And then... nothing happened."),
            RuleExample("Really?! Yes."),
            RuleExample("Use std::map and see ../docs or https://example.org/a..b for details."),
            RuleExample("Quelle surprise\u{A0}! Vraiment\u{A0}?", language: "fr"),
        ]
    )

    public init() {}

    /// Marks that are an error when doubled, including full-width CJK ones (an ellipsis "…"
    /// is not: "……" is the Chinese ellipsis).
    private static let doubledMarks = UnitSet(",;:.!?。，、；：！？．")

    public func check(_ document: AnalyzedDocument, into sink: inout FindingSink) {
        let zones = document.protectedZones
        let marks = document.sites([.sentenceMark, .clauseMark])
        document.withText { text in
            let count = text.count
            for index in marks {
                let unit = text[index]
                // The start of a run of the same mark.
                guard Self.doubledMarks.contains(unit), index + 1 < count, text[index + 1] == unit, index == 0 || text[index - 1] != unit else { continue }
                var end = index + 1
                while end < count, text[end] == unit { end += 1 }
                let run = end - index
                guard !zones.contains(index) else { continue }
                if unit == Unit.fullStop, run >= 3 { continue }  // an ellipsis
                // Identifiers and paths: "std::map", "../docs".
                if unit == 0x3A || unit == Unit.fullStop {
                    let before = index > 0 ? text[index - 1] : 0x20
                    let after = end < count ? text[end] : 0x20
                    if after == 0x2F || before == Unit.solidus { continue }
                    if unit == Unit.colon, CharacterClass.of(unit: before).contains(.alphabetic), CharacterClass.of(unit: after).contains(.alphabetic) { continue }
                    // reStructuredText's literal-block marker ends its line ("as follows::"),
                    // in Sphinx documentation and its PO catalogues.
                    if unit == Unit.colon, run == 2, Self.endsLine(text, at: end) { continue }
                }
                // French puts a no-break space before "!!" too: include it in the span.
                var start = index
                if start > 0, text[start - 1] == 0xA0 || text[start - 1] == Unit.narrowNoBreakSpace, unit == 0x21 || unit == Unit.questionMark { start -= 1 }
                let mark = String(utf16Units: [unit])
                sink.report(TextRange(start: start, end: end), "“\(mark)” is repeated.", suggestions: [text.string(start..<index) + mark])
            }
        }
    }

    /// Whether only spaces stand between `offset` and the end of its line or of the text.
    private static func endsLine(_ text: TextView, at offset: Int) -> Bool {
        var index = offset
        while index < text.count, text[index] == 0x20 || text[index] == 0x09 { index += 1 }
        return index == text.count || text[index] == Unit.lineFeed || text[index] == Unit.carriageReturn
    }
}
