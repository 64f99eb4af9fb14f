import TextCore

/// Finds a paragraph written in another language than the article: a segment the machine
/// translation skipped, or an English paragraph left in a French page. Languages are told
/// apart by their function words (`function-words` lists in `Rules/`), so it works between
/// languages that have a list; in Japanese, Chinese and Korean, which have none, a paragraph
/// dominated by another language's function words with almost no Han, kana or Hangul is
/// foreign. A caption (an image's alt text, a figure caption, a meta or front-matter
/// description) is judged like a paragraph: left in the source language, it is as
/// untranslated, if less visible.
public struct UntranslatedParagraphRule: Detector {
    public static let id = RuleID(.language, "untranslated")

    public static let description = RuleDescription(
        id: id,
        summary: "A paragraph is in another language than the article (left untranslated).",
        rationale: "Segments that machine translation skipped, or that a content system left in the source language, are among the most visible defects of a translated page.",
        category: "accuracy/untranslated",
        severity: .major,
        triggering: [
            RuleExample("Le gouvernement a présenté lundi un projet de loi sur le logement.\n\n⟦The minister said that the reform would be presented to the parliament in the spring and that it would be financed by the state.⟧", language: "fr"),
            RuleExample("Die Regierung hat am Montag den Haushalt beschlossen.\n\n⟦The government said that the budget would be presented to the parliament in the spring and that it was final.⟧", language: "de"),
            RuleExample("政府は新しい予算案を発表した。\n\n⟦The minister said that the reform would be presented to the parliament in the spring and that it would be financed by the state.⟧", language: "ja", note: "no Japanese list: judged by script"),
            RuleExample("政府宣布了新的预算。\n\n⟦The report said that the group is linked to the branch of the organisation that is based in the region.⟧", language: "zh"),
            RuleExample("정부는 새 예산안을 발표했다.\n\n⟦The minister said that the reform would be presented to the parliament in the spring and that it would be financed by the state.⟧", language: "ko"),
            RuleExample("Le chef prépare le plat du jour.\n\n<img src=\"chef.png\" alt=\"⟦The chef gives the waiter a fresh plate of the day and the waiter takes it to the table.⟧\" />\n",
                        language: "fr", format: "markdown", note: "an image's alt text left in English"),
        ],
        nonTriggering: [
            RuleExample("Debian の package は apt で the system に install されます。これは the most common way of installing software です。", language: "ja", note: "English words inside Japanese sentences"),
            RuleExample("Le gouvernement a présenté lundi un projet de loi sur le logement, qui sera examiné par le Parlement au printemps et financé par l’État.", language: "fr"),
            RuleExample("Le ministre a cité le slogan « Yes we can » et le titre « The End of History ».", language: "fr", note: "short foreign quotations"),
        ]
    )

    public init() {}

    public func check(_ document: AnalyzedDocument, into sink: inout FindingSink) {
        let names = ["en": "English", "fr": "French", "de": "German", "es": "Spanish", "it": "Italian", "pt": "Portuguese", "nl": "Dutch", "pl": "Polish", "ru": "Russian"]
        for (index, language) in document.paragraphForeignLanguage.enumerated() {
            // A caption (an image's alt text, a figure's caption) is judged like a paragraph.
            guard let language, document.paragraphKinds[index] == .prose || document.paragraphBlocks?[index].kind == .caption else { continue }
            let name = names[language] ?? language
            sink.report(document.segmentation.paragraphs[index], "This paragraph seems to be in \(name), not in the article's language: is it untranslated?")
        }
    }
}
