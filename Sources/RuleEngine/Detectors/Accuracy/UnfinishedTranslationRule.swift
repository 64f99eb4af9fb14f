import TextCore

/// In XLIFF and PO files: a translation marked as not finished — XLIFF 1.2 `state="new"` or
/// `needs-translation`, XLIFF 2 `state="initial"`, a PO entry marked `fuzzy`. Such a
/// translation is a draft or a guess from an earlier version of the source.
public struct UnfinishedTranslationRule: Detector {
    public static let id = RuleID(.accuracy, "unfinished-translation")

    public static let description = RuleDescription(
        id: id,
        summary: "A translation is marked as not finished (new, needs translation, initial, fuzzy).",
        rationale: "Translation tools mark a target they filled in automatically or that no translator has confirmed; gettext does not even use fuzzy entries. Published as final, such a text may translate an older source.",
        category: .untranslated,
        severity: .minor,
        triggering: [
            RuleExample(#"<?xml version="1.0"?><xliff version="1.2"><file source-language="en" target-language="fr"><body><trans-unit id="t"><source>The budget passed.</source>⟦<target state="needs-translation">Le budget est adopté.</target>⟧</trans-unit></body></file></xliff>"#,
                        language: "fr", format: "xliff"),
            RuleExample(#"<?xml version="1.0"?><xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="de"><file id="f"><unit id="u"><segment state="initial"><source>Budget</source>⟦<target>Haushalt</target>⟧</segment></unit></file></xliff>"#,
                        language: "de", format: "xliff"),
            RuleExample("msgid \"\"\nmsgstr \"Language: fr\\n\"\n\n#, fuzzy\nmsgid \"The budget passed.\"\nmsgstr ⟦\"Le budget est adopté.\"⟧\n", language: "fr", format: "po"),
        ],
        nonTriggering: [
            RuleExample(#"<?xml version="1.0"?><xliff version="1.2"><file source-language="en" target-language="fr"><body><trans-unit id="t"><source>The budget passed.</source><target state="translated">Le budget est adopté.</target></trans-unit></body></file></xliff>"#,
                        language: "fr", format: "xliff"),
            RuleExample("msgid \"\"\nmsgstr \"Language: fr\\n\"\n\nmsgid \"The budget passed.\"\nmsgstr \"Le budget est adopté.\"\n", language: "fr", format: "po"),
        ]
    )

    public init() {}

    public func check(_ document: AnalyzedDocument, into sink: inout FindingSink) {
        for unit in document.units where unit.status == .unfinished {
            sink.report(inFile: unit.targetRange, unit: unit.id, "The translation of unit “\(unit.id)” is marked \(unit.state ?? "unfinished"): it is not final.")
        }
    }
}
