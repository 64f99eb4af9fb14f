/// One example to verify: a rule's (or a word list's) example, possibly mutated.
public struct ExampleCase: Sendable, CustomStringConvertible {
    /// The rule that must (or must not) report the marked spans.
    public let rule: RuleID
    /// What declared the example: the rule itself, or a word list feeding it.
    public let declaredBy: String
    public let example: RuleExample
    public let isTriggering: Bool
    /// nil for the example as written.
    public let mutation: ExampleMutation?

    public init(rule: RuleID, declaredBy: String, example: RuleExample, isTriggering: Bool, mutation: ExampleMutation?) {
        self.rule = rule
        self.declaredBy = declaredBy
        self.example = example
        self.isTriggering = isTriggering
        self.mutation = mutation
    }

    public var description: String {
        let kind = isTriggering ? "triggering" : "non-triggering"
        let mutated = mutation.map { " [\($0.rawValue)]" } ?? ""
        return "\(declaredBy) \(kind) (\(example.language))\(mutated): \(example.marked)"
    }

    /// Every example of every rule and word list in `book`, as written and mutated.
    public static func all(in book: RuleBook, includeBuiltins: Bool = true) -> [ExampleCase] {
        var cases: [ExampleCase] = []
        for rule in book.rules where includeBuiltins || rule.origin != .builtin {
            let description = rule.description
            cases += variants(of: description, checkedBy: rule.id, declaredBy: rule.id.description, unsupported: description.unsupportedMutations)
        }
        for list in book.wordLists {
            // A word list's examples run through the detector the list feeds.
            let feeds = list.list.feeds
            cases += variants(of: list, checkedBy: feeds, declaredBy: list.label, unsupported: book.rule(feeds)?.description.unsupportedMutations ?? [])
        }
        return cases
    }

    /// The examples of one declaration, as written and with every mutation its detector
    /// supports. A structured example (XLIFF, HTML, PO) is not given a paragraph in front:
    /// the result would not be that format any more.
    private static func variants(of examples: some DeclaresExamples, checkedBy rule: RuleID, declaredBy label: String,
                                 unsupported: Set<ExampleMutation>) -> [ExampleCase] {
        var cases: [ExampleCase] = []
        for mutation in [nil] + ExampleMutation.allCases.filter({ !unsupported.contains($0) }) {
            for (list, isTriggering) in [(examples.triggering, true), (examples.nonTriggering, false)] {
                for example in list where mutation == nil || mutation == .decomposed || example.format == nil {
                    cases.append(ExampleCase(rule: rule, declaredBy: label, example: example, isTriggering: isTriggering, mutation: mutation))
                }
            }
        }
        return cases
    }
}

/// Something that declares examples that must and must not trigger its detector.
protocol DeclaresExamples {
    var triggering: [RuleExample] { get }
    var nonTriggering: [RuleExample] { get }
}

extension RuleDescription: DeclaresExamples {}
extension WordListDeclaration: DeclaresExamples {}
