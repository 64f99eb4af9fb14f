import TextCore

/// Finds a closing quotation mark stuck to the next word: `resign.”The minister left`.
///
/// Machine translation often drops the space after a quotation, and the reader then cannot
/// tell where the quotation ends. Apostrophes (`Russia’s`, `’90s`) are not closing marks; in
/// Chinese and Japanese, which do not put spaces between words, nothing is glued.
public struct GluedClosingQuoteRule: Detector {
    public static let id = RuleID(.quotes, "glued-closing")

    public static let description = RuleDescription(
        id: id,
        summary: "A closing quotation mark is glued to the next word.",
        rationale: "Without a space after the closing mark the reader cannot see where the quotation ends and the narrative resumes. Marks between letters are apostrophes and are left alone.",
        category: .punctuation,
        severity: .minor,
        triggering: [
            RuleExample("“We will not resign.⟦”T⟧he minister left the room.", correction: "“We will not resign.” The minister left the room."),
            RuleExample("The “Green Deal⟦”w⟧as approved."),
            RuleExample("Il a dit «\u{A0}non\u{A0}⟦»L⟧e débat continue.", language: "fr"),
            RuleExample("„Wir bleiben.⟦“D⟧er Minister ging.", language: "de"),
            RuleExample("He said \"no.⟦\"T⟧hen he left.", note: "straight quotes: the second mark closes"),
            RuleExample("The club calls its best players the \"core 4⟦\"o⟧f the squad.", note: "after a number, a mark glued to a lowercase word closes: no inch mark is"),
        ],
        nonTriggering: [
            RuleExample("“We will not resign.” The minister left the room."),
            RuleExample("Russia’s economy grew in the ’90s, and rock ’n’ roll never died."),
            RuleExample("“Prices will rise,” she said."),
            RuleExample("L’État a annoncé «\u{A0}une réforme\u{A0}» hier.", language: "fr"),
            RuleExample("「増税はしない」と首相は述べた。", language: "ja"),
            RuleExample("他说：“我们不会辞职。”然后离开了。", language: "zh"),
            RuleExample("The 5'10\" striker scored twice."),
            RuleExample("Cut a 12\"x18\" sheet of card.", note: "inch marks in a dimension"),
            RuleExample("6.3절 “컴포넌트 사용하기”에서 찾을 수 있습니다.", language: "ko", note: "Korean particles attach to the quotation"),
        ],
        fixIsSafe: true
    )

    public init() {}

    public func check(_ document: AnalyzedDocument, into sink: inout FindingSink) {
        guard document.profile.usesSpacesBetweenWords else { return }
        let analysis = document.analysis(QuoteGrammar.self)
        for token in analysis.tokens where token.role == .close {
            guard let after = token.after, QuoteGlue.isSpacedLetter(after), !QuoteGlue.isHangul(after) else { continue }
            let next = QuoteMessages.character(after, fallback: "")
            let mark = QuoteMessages.character(token.mark, fallback: "")
            let range = TextRange(start: token.offset, end: token.offset + token.length + (after > 0xFFFF ? 2 : 1))
            sink.report(range, "The closing quotation mark \(mark) is glued to the next word; add a space after it.", suggestions: ["\(mark) \(next)"])
        }
    }
}

/// Shared test of the two "glued" rules.
enum QuoteGlue {
    /// A letter of a script written with spaces between words (not a CJK character).
    static func isSpacedLetter(_ scalar: UInt32) -> Bool {
        let properties = CharacterClass.of(scalar)
        return properties.contains(.alphabetic) && !properties.contains(.ideographic)
    }

    /// Hangul: Korean attaches particles to the word before them, quoted words included
    /// (“컴포넌트 사용하기”에서), so a closing mark followed by Hangul is not glued.
    static func isHangul(_ scalar: UInt32) -> Bool {
        (0xAC00...0xD7A3).contains(scalar) || (0x1100...0x11FF).contains(scalar) || (0x3130...0x318F).contains(scalar)
    }
}
