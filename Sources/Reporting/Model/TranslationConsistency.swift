import RuleEngine

/// Across the documents of a run, the same source sentence translated in different ways
/// (`accuracy.inconsistent` within one document is the rule's; across documents, reports
/// already written cannot be changed, so the run summary lists the groups).
///
/// Keeps the case-folded keys of every long enough 1:1 link, up to `capacity` distinct
/// source sentences (then it stops collecting and says so).
public struct TranslationConsistency: Sendable {
    public struct Occurrence: Sendable {
        public let document: String
        public let offset: Int
        public let length: Int
    }

    public struct Variant: Sendable {
        public let text: ShortText
        public internal(set) var occurrences: [Occurrence]
    }

    public struct Group: Sendable {
        public let source: ShortText
        public internal(set) var variants: [UInt64: Variant]
        /// Variants in the order first seen.
        public internal(set) var order: [UInt64]
    }

    private var groups: [UInt64: Group] = [:]
    public static let capacity = 200_000
    /// Whether the index stopped collecting at `capacity` source sentences.
    public private(set) var isTruncated = false

    public init() {}

    mutating func add(_ report: DocumentReport) {
        for pair in report.keyedPairs {
            guard let target = pair.target else { continue }
            let occurrence = Occurrence(document: report.displayName, offset: target.start, length: target.length)
            if var group = groups[pair.sourceKey] {
                if group.variants[pair.targetKey] == nil {
                    group.variants[pair.targetKey] = Variant(text: pair.targetText ?? ShortText(""), occurrences: [])
                    group.order.append(pair.targetKey)
                }
                if group.variants[pair.targetKey]!.occurrences.count < 20 { group.variants[pair.targetKey]!.occurrences.append(occurrence) }
                groups[pair.sourceKey] = group
            } else if groups.count < Self.capacity {
                groups[pair.sourceKey] = Group(source: pair.sourceText ?? ShortText(""), variants: [pair.targetKey: Variant(text: pair.targetText ?? ShortText(""), occurrences: [occurrence])],
                                               order: [pair.targetKey])
            } else {
                isTruncated = true
            }
        }
    }

    /// Source sentences translated in more than one way, in more than one document: the
    /// most variants first.
    public var inconsistent: [Group] {
        groups.values.filter { group in
            group.variants.count > 1 && Set(group.variants.values.flatMap { $0.occurrences.map(\.document) }).count > 1
        }.sorted { ($0.variants.count, $1.source) > ($1.variants.count, $0.source) }
    }
}
