import TextCore

/// In languages whose conventions in `Rules/` ask for it (French): a space is required before
/// `; : ! ?` and inside « », ideally a (narrow) no-break space. Finds the mark glued to the
/// word: `a-t-il déclaré:`, `«La réforme`, `réforme»`.
public struct FrenchSpacingRule: Detector {
    public static let id = RuleID(.spacing, "missing-before-punctuation")

    public static let description = RuleDescription(
        id: id,
        summary: "No space before ; : ! ? or inside « » where the language requires one.",
        rationale: "French typography separates high punctuation and guillemets from the words with a no-break space; text translated from English loses it.",
        category: .whitespace,
        severity: .minor,
        languages: [],
        triggering: [
            RuleExample("Le ministre a-t-il répondu⟦?⟧ Personne ne le sait.", language: "fr"),
            RuleExample("Il a déclaré⟦:⟧ «\u{A0}non\u{A0}».", language: "fr"),
            RuleExample("Il a dit ⟦«L⟧a réforme est prête\u{A0}».", language: "fr"),
            RuleExample("Il a dit «\u{A0}la réforme est prêt⟦e»⟧.", language: "fr"),
        ],
        nonTriggering: [
            RuleExample("Le ministre a-t-il répondu\u{202F}? Personne ne le sait.", language: "fr"),
            RuleExample("Il a déclaré\u{A0}: «\u{A0}non\u{A0}». Rendez-vous à 10:30 sur https://example.org.", language: "fr"),
            RuleExample("Has the minister answered? Nobody knows.", language: "en"),
            RuleExample("Le ministre a déclaré\u{A0}: «\u{A0}We will not resign: we will stay the course and win this vote!\u{A0}» Puis il est parti.",
                        language: "fr", note: "a quotation in English follows English spacing"),
            RuleExample("Il a crié «\u{A0}non\u{A0}!\u{A0}», puis «\u{A0}vraiment\u{A0}?!\u{A0}»", language: "fr"),
            RuleExample("Les étiquettes config::NM et test::low-level, l’adresse fc00::2.", language: "fr"),
            RuleExample("Le manuel est en anglais.\n\nThe tool is an APT front-end to manage packages with the command line: apt, apt-get and apt-cache are all available.", language: "fr", note: "an English paragraph in a French article"),
        ],
        fixIsSafe: true
    )

    public init() {}

    /// The marks French separates from the word with a (no-break) space.
    private static let spacedMarks = UnitSet(";:!?«»")

    public func check(_ document: AnalyzedDocument, into sink: inout FindingSink) {
        let conventions = document.resources.conventions
        guard conventions.spaceBeforeHighPunctuation || conventions.spaceInsideGuillemets else { return }
        let zones = document.protectedZones
        let foreign = document.paragraphForeignLanguage
        document.withText { text in
            let count = text.count
            var paragraph: Int?
            // The marks are punctuation: among the notable offsets, which are far fewer.
            for index in document.sites([.sentenceMark, .clauseMark, .quote]) where index >= 1 {
                guard Self.spacedMarks.contains(text[index]), !zones.contains(index) else { continue }
                // An English paragraph quoted or left in a French article keeps English spacing.
                paragraph = document.paragraphIndex(containing: index)
                if let paragraph, foreign[paragraph] != nil { continue }
                let unit = text[index]
                let previous = text[index - 1]
                let previousClass = CharacterClass.of(unit: previous)
                let glued = previousClass.contains(.alphabetic) || previousClass.contains(.digit) || previous == 0xBB || previous == Unit.rightParenthesis
                if conventions.spaceBeforeHighPunctuation, unit == 0x3B || unit == 0x3A || unit == 0x21 || unit == Unit.questionMark, glued {
                    let next: UInt16 = index + 1 < count ? text[index + 1] : 0x20
                    // Times and ratios ("10:30", "3:1") are not punctuation.
                    if unit == Unit.colon, CharacterClass.of(unit: next).contains(.digit) { continue }
                    // In French a spaced mark is always followed by a space (or ends the text or a
                    // quotation): "config::NM", "https://", "a;b" are not punctuation.
                    let nextClass = CharacterClass.of(unit: next)
                    guard nextClass.contains(.space) || next == 0xBB || next == 0x201D || next == 0x29 || index + 1 == count else { continue }
                    let mark = String(utf16Units: [unit])
                    let space = unit == Unit.colon ? "\u{A0}" : "\u{202F}"
                    sink.report(TextRange(start: index, length: 1), "French puts a no-break space before “\(mark)”.", suggestions: [space + mark])
                }
                guard conventions.spaceInsideGuillemets else { continue }
                if unit == Unit.leftGuillemet, index + 1 < count, CharacterClass.of(unit: text[index + 1]).contains(.alphabetic) || CharacterClass.of(unit: text[index + 1]).contains(.digit) {
                    sink.report(TextRange(start: index, end: index + 2), "French puts a no-break space after «.", suggestions: ["«\u{A0}" + String(utf16Units: [text[index + 1]])])
                }
                if unit == Unit.rightGuillemet, previousClass.contains(.alphabetic) || previousClass.contains(.digit) || previous == 0x2E || previous == 0x21 || previous == Unit.questionMark {
                    sink.report(TextRange(start: index - 1, end: index + 1), "French puts a no-break space before ».", suggestions: [String(utf16Units: [previous]) + "\u{A0}»"])
                }
            }
        }
    }
}
