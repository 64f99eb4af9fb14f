import Formats
import TextCore

/// Checks a translation against a glossary (`glossary:` in `.translint.yml`, `--glossary`):
/// a term the glossary forbids is reported wherever it appears; with a source, a source term
/// whose required translation is absent from the aligned target sentence is reported there.
public struct GlossaryRule: Detector {
    public static let id = RuleID(.terminology, "glossary")

    public static let description = RuleDescription(
        id: id,
        summary: "A glossary term is translated otherwise than the glossary says, or a forbidden term is used.",
        rationale: "A newsroom or a client fixes how names, titles and key terms are translated; machine translation does not know the glossary and picks whatever is frequent. Checked against the source, a term translated otherwise is found where it occurs.",
        category: .terminology,
        severity: .major,
        triggering: [
            RuleExample("⟦Die Bibliothek öffnet am Montag.⟧", language: "de", source: "The library opens on Monday.", sourceLanguage: "en",
                        note: "the example glossary asks for “Stadtbücherei” for “library”"),
            RuleExample("Die ⟦Bücherei⟧ öffnet am Montag.", language: "de", source: "The library opens on Monday.", sourceLanguage: "en",
                        note: "“Bücherei” is forbidden in the example glossary"),
        ],
        nonTriggering: [
            RuleExample("Die Stadtbücherei öffnet am Montag.", language: "de", source: "The library opens on Monday.", sourceLanguage: "en"),
        ]
    )

    /// The glossary the rule's examples are checked with (a rule book without a glossary
    /// of its own uses it for them only).
    public static let exampleGlossary = [
        GlossaryEntry(terms: ["en": [.init("library")], "de": [.init("Stadtbücherei"), .init("Bücherei", isForbidden: true)]], origin: "example"),
    ]

    public init() {}

    public func check(_ document: AnalyzedDocument, into sink: inout FindingSink) {
        let entries = document.resources.glossary
        guard !entries.isEmpty else { return }
        let language = document.language.language
        let matcher = TermMatcher(document.text)
        let kinds = document.paragraphKinds
        let segmentation = document.segmentation
        // Forbidden terms, wherever they are in the prose.
        for entry in entries {
            for term in entry.forbidden(in: language) {
                for paragraph in segmentation.paragraphs.indices where kinds[paragraph] != .code {
                    for range in matcher.ranges(of: term, in: segmentation.paragraphs[paragraph], caseSensitive: entry.isCaseSensitive) {
                        let allowed = entry.allowed(in: language)
                        sink.report(range, "“\(document.string(range))” is a term the glossary forbids\(allowed.isEmpty ? "" : "; use “\(allowed[0])”").", suggestions: Array(allowed.prefix(1)))
                    }
                }
            }
        }
        checkRequired(entries, document, matcher, into: &sink)
    }

    /// Source terms whose required translation is not in the aligned target sentences.
    private func checkRequired(_ entries: [GlossaryEntry], _ document: AnalyzedDocument, _ matcher: TermMatcher, into sink: inout FindingSink) {
        let alignment = document.alignment
        guard let source = alignment.source else { return }
        let language = document.language.language
        let sourceLanguage = source.language.language
        let sourceMatcher = TermMatcher(source.text)
        let relevant = entries.filter { !$0.allowed(in: sourceLanguage).isEmpty && !$0.allowed(in: language).isEmpty }
        guard !relevant.isEmpty else { return }
        for bead in alignment.beads where bead.sourceCount > 0 && bead.targetCount > 0 {
            guard let sourceRange = alignment.sourceRange(bead) else { continue }
            let targetRange = alignment.targetRange(document, bead)
            for entry in relevant {
                guard let sourceTerm = entry.allowed(in: sourceLanguage).lazy.compactMap({ term in
                    sourceMatcher.ranges(of: term, in: sourceRange, caseSensitive: entry.isCaseSensitive).first
                }).first else { continue }
                let required = entry.allowed(in: language)
                guard !required.contains(where: { matcher.contains($0, in: targetRange, caseSensitive: entry.isCaseSensitive) }) else { continue }
                // A forbidden term in the sentence is reported on its own.
                guard !entry.forbidden(in: language).contains(where: { matcher.contains($0, in: targetRange, caseSensitive: entry.isCaseSensitive) }) else { continue }
                sink.report(targetRange, "The source’s “\(source.string(sourceTerm))” should be translated as “\(required.joined(separator: "” or “"))” (glossary).",
                            source: sourceTerm)
            }
        }
    }
}
