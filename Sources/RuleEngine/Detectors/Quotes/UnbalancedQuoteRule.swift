import TextCore

/// Finds a quotation opened and never closed in its paragraph, or closed and never opened.
///
/// A quotation that runs over several paragraphs is fine when each new paragraph opens with
/// the same mark (the English convention). Unmatched single marks are left alone: they are
/// usually apostrophes ("the players’ union") or primes. Straight double marks, which look
/// the same at both ends, are paired by `StraightQuotePlan`'s reading of the whole paragraph.
public struct UnbalancedQuoteRule: Detector {
    public static let id = RuleID(.quotes, "unbalanced")

    public static let description = RuleDescription(
        id: id,
        summary: "A quotation mark has no partner in its paragraph.",
        rationale: "An unclosed quotation makes the reader attribute the rest of the paragraph to the speaker; a stray closing mark suggests words were lost in translation.",
        category: .punctuation,
        severity: .major,
        triggering: [
            RuleExample("⟦“⟧We will not resign, the minister said on Monday."),
            RuleExample("We will not resign⟦”⟧ the minister said on Monday."),
            RuleExample("Il a déclaré ⟦«⟧\u{A0}nous ne démissionnerons pas. La séance a repris.", language: "fr"),
            RuleExample("Er sagte: „Wir bleiben.“ Dann ging er⟦“⟧.", language: "de"),
            RuleExample("首相は⟦「⟧増税はしないと述べた。", language: "ja"),
            RuleExample("The minister said “we will not resign⟦“⟧ and left.", note: "one finding for the wrong closing mark"),
            RuleExample("Il a dit «\u{A0}nous partons\u{A0}⟦”⟧ et il est sorti.", language: "fr", note: "one finding for a pair that does not match"),
            RuleExample("Она сказала: ⟦\"⟧Мы остаёмся здесь». Потом она ушла.", language: "ru", note: "one finding for a straight mark paired with a typographic one, at the straight mark"),
            RuleExample("首相は「増税はしない⟦\"⟧と述べた。", language: "ja", note: "closed with a straight mark"),
            RuleExample("ペロシの目標は\"問題を掘り起こす\"と述べている。⟦\"⟧", language: "ja",
                        note: "the mark before the quotative と closes; the one after the full stop is the stray"),
            RuleExample("\"Growth slowed,\" he said, adding that demand fell⟦\"⟧ and \"exports rose\" in May.",
                        note: "straight marks paired by the whole paragraph: the stray, not the pairs after it"),
        ],
        nonTriggering: [
            RuleExample("“We will not resign,” the minister said."),
            RuleExample("“The first paragraph of a long quotation.\n\n“The second paragraph ends it,” she said."),
            RuleExample("The players’ union met in the ’90s."),
            RuleExample("He is 5'10\" tall."),
            RuleExample("wpasupplicant\n\n\"\n\nnetwork-manager", language: "de", note: "a ditto mark alone in a table cell"),
            RuleExample("Set OPTS=\"-us -uc\" and run it with \"$@\" at the end.", note: "shell syntax"),
            RuleExample("Il a déclaré\u{A0}: «\u{A0}Nous ne démissionnerons pas.\u{A0}»", language: "fr"),
            RuleExample("Er sagte: „Wir bleiben.“ Dann ging er.", language: "de"),
            RuleExample("See \"the report\" at https://example.org/it's\"annex for details.", note: "quotes inside a URL are not counted"),
            RuleExample("\"It is always urgent, \"here and now,\" without delay,\" she said.", note: "a straight quotation inside a straight quotation"),
            RuleExample("\"I have seen much.\n\t\"Now about the city: you can save it.\"", note: "a quotation reopened on each of its lines"),
        ]
    )

    public init() {}

    public func check(_ document: AnalyzedDocument, into sink: inout FindingSink) {
        let analysis = document.analysis(QuoteGrammar.self)
        for index in analysis.unbalanced {
            let token = analysis.tokens[index]
            let mark = QuoteMessages.character(token.mark)
            let message = token.role == .close
                ? "The closing quotation mark \(mark) closes nothing: its opening mark is missing or misplaced."
                : "The quotation opened by \(mark) is never closed in this paragraph."
            sink.report(token.range, message)
        }
        for (straight, partner) in analysis.mixedPairs {
            let (opener, closer) = straight < partner ? (straight, partner) : (partner, straight)
            let opening = QuoteMessages.character(analysis.tokens[opener].mark)
            let closing = QuoteMessages.character(analysis.tokens[closer].mark)
            sink.report(analysis.tokens[straight].range, "The quotation opened by \(opening) is closed by \(closing): the two marks are of different pairs.")
        }
        for index in analysis.openingsUsedAsClosings {
            let token = analysis.tokens[index]
            let mark = QuoteMessages.character(token.mark)
            let pair = [document.profile.primaryQuotes, document.profile.secondaryQuotes].compactMap { $0 }.first { $0.open == token.mark }
            let closing = pair.map { " \(QuoteMessages.character($0.close))" } ?? ""
            sink.report(token.range, "The opening mark \(mark) is used to close this quotation: use its closing partner\(closing).")
        }
        for index in analysis.mismatchedClosings {
            let token = analysis.tokens[index]
            sink.report(token.range, "The closing mark \(QuoteMessages.character(token.mark)) does not belong to the quotation it closes: its opening mark is of another pair.")
        }
    }
}

/// Wording shared by the quote rules.
enum QuoteMessages {
    /// The character `scalar` as a string; `fallback` for a value that is no scalar.
    static func character(_ scalar: UInt32, fallback: String = "?") -> String {
        Unicode.Scalar(scalar).map { String(Character($0)) } ?? fallback
    }

    static func pair(_ open: UInt32, _ close: UInt32) -> String { character(open) + " " + character(close) }
}
