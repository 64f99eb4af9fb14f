import TextCore

/// Finds a quotation reopened with the same mark inside itself, where the language uses its
/// secondary marks: `“He said “no” twice”` instead of `“He said ‘no’ twice”`; and the
/// language's secondary marks used for an outer quotation.
public struct MisnestedQuoteRule: Detector {
    public static let id = RuleID(.quotes, "mis-nested")

    public static let description = RuleDescription(
        id: id,
        summary: "A quotation inside a quotation uses the outer marks (or the inner marks stand outside).",
        rationale: "Readers tell nested quotations apart by their marks; when the inner quotation reuses the outer marks, the first inner closing mark seems to end the whole quotation.",
        category: .punctuation,
        severity: .minor,
        triggering: [
            RuleExample("“He said ⟦“⟧no” twice,” she added."),
            RuleExample("„Er sagte ⟦„⟧nein“ zweimal“, fügte sie hinzu.", language: "de"),
            RuleExample("Сказал он: «Я прочёл ⟦«⟧Войну и мир» дважды».", language: "ru"),
            RuleExample("Die Ministerin sagte ⟦‚⟧wir bleiben‘ und ging.", language: "de", note: "inner marks at the outer level"),
        ],
        nonTriggering: [
            RuleExample("“He said ‘no’ twice,” she added."),
            RuleExample("„Er sagte ‚nein‘ zweimal“, fügte sie hinzu.", language: "de"),
            RuleExample("Сказал он: «Я прочёл „Войну и мир“ дважды».", language: "ru"),
            RuleExample("‘We will not resign,’ the minister said.", language: "en-GB", note: "British English opens with single marks"),
            RuleExample("「彼は『いいえ』と言った」と述べた。", language: "ja"),
        ]
    )

    public init() {}

    public func check(_ document: AnalyzedDocument, into sink: inout FindingSink) {
        let analysis = document.analysis(QuoteGrammar.self)
        for index in analysis.misnested {
            let token = analysis.tokens[index]
            let primary = document.profile.primaryQuotes
            let innerPair = (document.resources.innerQuotes + [document.profile.secondaryQuotes].compactMap { $0 }).first { $0 != primary }
            let inner = innerPair.map { " (use \(QuoteMessages.pair($0.open, $0.close)) inside)" } ?? ""
            sink.report(token.range, "A quotation opens with \(QuoteMessages.character(token.mark)) inside a quotation that uses the same mark\(inner).")
        }
        // The language's own inner pair used for an outer quotation, once per document (for
        // languages whose rule files spell out their quotation levels).
        guard !document.resources.outerQuotes.isEmpty || !document.resources.innerQuotes.isEmpty,
              let secondary = document.profile.secondaryQuotes, let primary = document.profile.primaryQuotes, secondary != primary else { return }
        let acceptedOuter = Set(([primary] + document.resources.outerQuotes).map { QuotePairKey($0) })
        guard !acceptedOuter.contains(QuotePairKey(secondary)) else { return }
        if let use = analysis.pairUses.first(where: { $0.depth == 0 && $0.open == secondary.open && $0.close == secondary.close }) {
            let token = analysis.tokens[use.firstToken]
            sink.report(token.range, "\(QuoteMessages.pair(secondary.open, secondary.close)) are inner quotation marks in this language; an outer quotation takes \(QuoteMessages.pair(primary.open, primary.close)).",
                        suggestions: [QuoteMessages.character(primary.open)])
        }
    }
}

/// A hashable stand-in for a quote pair.
struct QuotePairKey: Hashable {
    let open: UInt32
    let close: UInt32
    init(_ pair: QuotePair) {
        open = pair.open
        close = pair.close
    }
    init(open: UInt32, close: UInt32) {
        self.open = open
        self.close = close
    }
}
