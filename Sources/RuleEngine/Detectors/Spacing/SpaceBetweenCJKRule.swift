import TextCore

/// In Chinese and Japanese, which do not separate words with spaces, finds a space between
/// two CJK characters: `政府 宣布`. Spaces next to Latin words and numbers are a style choice
/// and pass.
public struct SpaceBetweenCJKRule: Rule {
    public static let id = RuleID(.spacing, "between-cjk")

    public let description = RuleDescription(
        id: id,
        summary: "A space between two Chinese or Japanese characters.",
        rationale: "Machine translation and segmenters leave word-separating spaces in CJK text; in print they look like holes in the line.",
        category: .whitespace,
        severity: .minor,
        triggering: [
            RuleExample("政府⟦ ⟧宣布了新的预算。", language: "zh"),
            RuleExample("首相は⟦ ⟧増税を否定した。", language: "ja"),
            RuleExample("日本経済⟦ ⟧新聞が報じた。", language: "ja"),
        ],
        nonTriggering: [
            RuleExample("政府宣布了 2024 年的新预算，由 Apple 公司提供。", language: "zh"),
            RuleExample("首相は増税を否定した。", language: "ja"),
            RuleExample("詳しくは「よくある質問」 を見てください。", language: "ja", note: "next to a bracket"),
        ]
    )

    public init() {}

    public func check(_ document: AnalyzedDocument, into sink: inout FindingSink) {
        guard !document.profile.usesSpacesBetweenWords else { return }
        document.withText { text in
            let count = text.count
            var index = 1
            while index < count {
                guard text[index] == 0x20 || text[index] == 0xA0 else {
                    index += 1
                    continue
                }
                var end = index
                while end < count, text[end] == 0x20 || text[end] == 0xA0 { end += 1 }
                defer { index = end + 1 }
                guard end < count, isCJK(UTF16Scalar.decode(text, before: index).codePoint), isCJK(UTF16Scalar.decode(text, at: end).codePoint) else { continue }
                sink.report(TextRange(start: index, end: end), "A space between Chinese or Japanese characters; remove it.", suggestions: [""])
            }
        }
    }

    /// Ideographs and kana: the space sits inside running text. Spaces next to brackets and
    /// punctuation are left to spacing.before-punctuation and to house style.
    private func isCJK(_ scalar: UInt32) -> Bool {
        CharacterClass.of(scalar).contains(.ideographic)
    }
}
