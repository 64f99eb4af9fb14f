import TextCore

/// Flags a sentence far longer than the article's median: often two or three sentences whose
/// boundaries machine translation lost. Off by default (long sentences can be deliberate);
/// rule sets switch it on, e.g. the `news` profile.
public struct RunOnSentenceRule: Detector {
    public static let id = RuleID(.sentences, "run-on")

    let factor: Double
    let minimumWords: Int

    public static let parameters = [
        ParameterSpec("factor", default: .number(3), "How many times the median sentence length a sentence must reach."),
        ParameterSpec("min-words", default: .number(60), "The fewest words a run-on sentence has, whatever the median."),
    ]

    public var parameterValues: [String: String] {
        ["factor": factor == factor.rounded() ? String(Int(factor)) : String(factor), "min-words": String(minimumWords)]
    }

    public static let description = RuleDescription(
        id: id,
        summary: "A sentence is far longer than the article's others (at least {factor}× the median and {min-words} words).",
        rationale: "Very long sentences in translated copy usually hide lost sentence boundaries. Off by default: enable it where house style wants short sentences.",
        category: .grammar,
        severity: .minor,
        enabledByDefault: false,
        triggering: [
            RuleExample("One two three. Four five six. Seven eight nine. ⟦Word " + Array(repeating: "word", count: 69).joined(separator: " ") + ".⟧"),
        ],
        nonTriggering: [
            RuleExample("One two three four. Five six seven eight. Nine ten eleven twelve."),
        ])

    public init(parameters: RuleParameters = .none) throws(RuleConfigurationError) {
        factor = try parameters.number("factor", default: 3)
        minimumWords = try parameters.integer("min-words", default: 60, in: 5...10_000)
    }

    public func check(_ document: AnalyzedDocument, into sink: inout FindingSink) {
        let segmentation = document.segmentation
        guard segmentation.sentences.count >= 3 else { return }
        let lengths = (0..<segmentation.sentences.count).map { segmentation.wordIndices(inSentence: $0).count }
        let median = lengths.sorted()[lengths.count / 2]
        let limit = max(Double(minimumWords), factor * Double(median))
        for (index, length) in lengths.enumerated() where Double(length) >= limit && document.kind(ofSentence: index) == .prose {
            sink.report(segmentation.sentences[index], "This sentence has \(length) words, \(String(format1(Double(length) / Double(max(1, median)))))× the article's median of \(median): check for lost sentence boundaries.")
        }
    }

    private func format1(_ value: Double) -> String { String((value * 10).rounded() / 10) }
}
