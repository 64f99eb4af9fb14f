import TextCore

/// Where a language wants a no-break space (French before `; : ! ?` and inside « »), finds an
/// ordinary space, which lets the line break between the word and its mark. Off by default:
/// many publications leave this to their layout software; the `news` profile enables it.
public struct NoBreakSpaceRule: Detector {
    public static let id = RuleID(.spacing, "no-break-space")

    public static let description = RuleDescription(
        id: id,
        summary: "An ordinary space where the language wants a no-break space.",
        rationale: "With an ordinary space, a line can begin with “:” or “»”, which French typography forbids.",
        category: .whitespace,
        severity: .minor,
        enabledByDefault: false,
        triggering: [
            RuleExample("Il a répondu⟦ ?⟧ Non.", language: "fr"),
            RuleExample("Il a dit ⟦« ⟧non\u{A0}».", language: "fr"),
        ],
        nonTriggering: [
            RuleExample("Il a répondu\u{202F}? Non. Il a dit «\u{A0}non\u{A0}».", language: "fr"),
            RuleExample("Did he answer ? No.", language: "en", note: "not a French convention; spacing.before-punctuation handles it"),
        ],
        fixIsSafe: true
    )

    public init() {}

    public func check(_ document: AnalyzedDocument, into sink: inout FindingSink) {
        let conventions = document.resources.conventions
        guard conventions.spaceBeforeHighPunctuation || conventions.spaceInsideGuillemets else { return }
        let zones = document.protectedZones
        document.withText { text in
            let count = text.count
            for index in 1..<max(1, count) where text[index] == 0x20 && !zones.contains(index) {
                if let paragraph = document.paragraphIndex(containing: index), document.paragraphForeignLanguage[paragraph] != nil { continue }
                let before = text[index - 1]
                let after: UInt16 = index + 1 < count ? text[index + 1] : 0
                if conventions.spaceBeforeHighPunctuation, [Unit.semicolon, Unit.colon, Unit.exclamationMark, Unit.questionMark].contains(after), !CharacterClass.of(unit: before).contains(.space) {
                    let mark = String(utf16Units: [after])
                    sink.report(TextRange(start: index, end: index + 2), "Use a no-break space before “\(mark)”.", suggestions: [(after == Unit.colon ? "\u{A0}" : "\u{202F}") + mark])
                } else if conventions.spaceInsideGuillemets, before == Unit.leftGuillemet {
                    sink.report(TextRange(start: index - 1, end: index + 1), "Use a no-break space after «.", suggestions: ["«\u{A0}"])
                } else if conventions.spaceInsideGuillemets, after == Unit.rightGuillemet {
                    sink.report(TextRange(start: index, end: index + 2), "Use a no-break space before ».", suggestions: ["\u{A0}»"])
                }
            }
        }
    }
}
