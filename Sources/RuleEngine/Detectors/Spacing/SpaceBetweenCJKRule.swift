import TextCore

/// In Chinese and Japanese, which do not separate words with spaces, finds a space between
/// two CJK characters: `政府 宣布`. Spaces next to Latin words and numbers are a style choice
/// and pass.
public struct SpaceBetweenCJKRule: Detector {
    public static let id = RuleID(.spacing, "between-cjk")

    public static let description = RuleDescription(
        id: id,
        summary: "A space between two Chinese or Japanese characters.",
        rationale: "Machine translation and segmenters leave word-separating spaces in CJK text; in print they look like holes in the line.",
        category: .whitespace,
        severity: .minor,
        triggering: [
            RuleExample("政府⟦ ⟧宣布了新的预算。", language: "zh", correction: "政府宣布了新的预算。"),
            RuleExample("首相は⟦ ⟧増税を否定した。", language: "ja"),
            RuleExample("日本経済⟦ ⟧新聞が報じた。", language: "ja"),
        ],
        nonTriggering: [
            RuleExample("违反了 [不变性](/zh/immutable/) 的原则。", language: "zh", format: "markdown", note: "spaces around a link are house style"),
            RuleExample("政府宣布了 2024 年的新预算，由 Apple 公司提供。", language: "zh"),
            RuleExample("首相は増税を否定した。", language: "ja"),
            RuleExample("詳しくは「よくある質問」 を見てください。", language: "ja", note: "next to a bracket"),
            RuleExample("日本語訳は、鴨志田 睦 (1997 年)、岡 充 (1998 年) が担当した。", language: "ja", note: "names: family name, space, given name"),
            RuleExample("第5章 ネットワークの設定", language: "ja", note: "a heading"),
        ]
    )

    public init() {}

    /// A text with this many spaces or more, and more than one per `houseStyleDensity` CJK
    /// characters, spaces CJK text on purpose (DocBook translations put a space around every
    /// link and emphasis): it gets one finding, not one per space.
    static let houseStyleCount = 6
    static let houseStyleDensity = 400

    public func check(_ document: AnalyzedDocument, into sink: inout FindingSink) {
        guard !document.profile.usesSpacesBetweenWords else { return }
        let zones = document.protectedZones
        let paragraphs = document.segmentation.paragraphs
        let kinds = document.paragraphKinds
        var candidates: [TextRange] = []
        var cjkCharacters = 0
        document.withText { text in
            for (paragraph, kind) in zip(paragraphs, kinds) where kind == .prose {
                var index = paragraph.start
                while index < paragraph.end {
                    let unit = text[index]
                    if CharacterClass.of(unit: unit).contains(.ideographic) { cjkCharacters += 1 }
                    guard unit == 0x20 || unit == Unit.noBreakSpace, index > paragraph.start else {
                        index += 1
                        continue
                    }
                    var end = index
                    while end < paragraph.end, text[end] == 0x20 || text[end] == Unit.noBreakSpace { end += 1 }
                    defer { index = end }
                    // A space beside a link or emphasis in Markdown or HTML separates markup, a
                    // house style (as around DocBook links), not two words.
                    guard end < paragraph.end, !zones.contains(index), !document.hasSeam(before: index), !document.hasSeam(before: end),
                          isCJK(text.scalar(before: index).codePoint), isCJK(text.scalar(at: end).codePoint),
                          !isNameInList(text, space: TextRange(start: index, end: end), paragraph: paragraph) else { continue }
                    candidates.append(TextRange(start: index, end: end))
                }
            }
        }
        if candidates.count >= Self.houseStyleCount, candidates.count * Self.houseStyleDensity > cjkCharacters {
            sink.report(candidates[0], "\(candidates.count) spaces separate Chinese or Japanese characters in this text, starting here; remove them unless they are house style.",
                        suggestions: [""])
            return
        }
        for range in candidates {
            sink.report(range, "A space between Chinese or Japanese characters; remove it.", suggestions: [""])
        }
    }

    /// "鴨志田 睦、岡 充": a family and a given name of one to three characters each, in a
    /// list or on their own.
    private func isNameInList(_ text: TextView, space: TextRange, paragraph: TextRange) -> Bool {
        var before = space.start
        while before > paragraph.start, CharacterClass.of(unit: text[before - 1]).contains(.ideographic) { before -= 1 }
        var after = space.end
        while after < paragraph.end, CharacterClass.of(unit: text[after]).contains(.ideographic) { after += 1 }
        let isBoundary: (Int) -> Bool = { offset in
            offset < paragraph.start || offset >= paragraph.end || Self.listSeparators.contains(text[offset])
        }
        return (1...3).contains(space.start - before) && (1...3).contains(after - space.end) && isBoundary(before - 1) && isBoundary(after)
    }

    /// What separates the names of a list: commas, brackets, spaces, the middle dot.
    static let listSeparators = UnitSet("、，,(（)） ・")

    /// Ideographs and kana: the space sits inside running text. Spaces next to brackets and
    /// punctuation are left to spacing.before-punctuation and to house style.
    private func isCJK(_ scalar: UInt32) -> Bool {
        CharacterClass.of(scalar).contains(.ideographic)
    }
}
