import TextCore

/// In XLIFF and PO files: a unit whose source has text and whose translation is missing or
/// empty. Delivered as it is, the reader sees the source language or nothing at all.
public struct MissingTranslationRule: Detector {
    public static let id = RuleID(.accuracy, "missing-translation")

    public static let description = RuleDescription(
        id: id,
        summary: "A translation unit has no translation: its target is missing or empty.",
        rationale: "An XLIFF unit without a target, or a PO entry whose msgstr is empty, publishes the source text (or a blank) in a translated product. Pipelines that check only the translated text never see it.",
        category: .untranslated,
        severity: .major,
        triggering: [
            RuleExample(#"<?xml version="1.0"?><xliff version="1.2"><file source-language="en" target-language="fr"><body><trans-unit id="t">⟦<source>The budget passed.</source>⟧</trans-unit></body></file></xliff>"#,
                        language: "fr", format: "xliff", note: "no target: reported at the source"),
            RuleExample(#"<?xml version="1.0"?><xliff version="1.2"><file source-language="en" target-language="fr"><body><trans-unit id="t"><source>The budget passed.</source>⟦<target></target>⟧</trans-unit></body></file></xliff>"#,
                        language: "fr", format: "xliff"),
            RuleExample("msgid \"\"\nmsgstr \"Language: fr\\n\"\n\nmsgid \"The budget passed.\"\nmsgstr ⟦\"\"⟧\n", language: "fr", format: "po"),
        ],
        nonTriggering: [
            RuleExample(#"<?xml version="1.0"?><xliff version="1.2"><file source-language="en" target-language="fr"><body><trans-unit id="t"><source>The budget passed.</source><target>Le budget est adopté.</target></trans-unit></body></file></xliff>"#,
                        language: "fr", format: "xliff"),
            RuleExample(#"<?xml version="1.0"?><xliff version="1.2"><file source-language="en" target-language="fr"><body><trans-unit id="t" translate="no"><source>ACME</source></trans-unit></body></file></xliff>"#,
                        language: "fr", format: "xliff", note: "a unit not to translate"),
            RuleExample("msgid \"\"\nmsgstr \"Language: fr\\n\"\n\nmsgid \"The budget passed.\"\nmsgstr \"Le budget est adopté.\"\n", language: "fr", format: "po"),
        ]
    )

    public init() {}

    public func check(_ document: AnalyzedDocument, into sink: inout FindingSink) {
        for unit in document.units where unit.status == .missing {
            sink.report(inFile: unit.targetRange, unit: unit.id, "Unit “\(unit.id)” has no translation.")
        }
    }
}
