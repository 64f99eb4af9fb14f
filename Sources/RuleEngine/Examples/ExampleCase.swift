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
            let mutations: [ExampleMutation?] = [nil] + ExampleMutation.allCases.filter { !description.unsupportedMutations.contains($0) }
            for mutation in mutations {
                // A structured example (XLIFF, HTML) is not mutated by a paragraph put in front.
                for example in description.triggering where mutation == nil || mutation == .decomposed || example.format == nil {
                    cases.append(ExampleCase(rule: rule.id, declaredBy: rule.id.description, example: example, isTriggering: true, mutation: mutation))
                }
                for example in description.nonTriggering where mutation == nil || mutation == .decomposed || example.format == nil {
                    cases.append(ExampleCase(rule: rule.id, declaredBy: rule.id.description, example: example, isTriggering: false, mutation: mutation))
                }
            }
        }
        for list in book.wordLists {
            let feeds = list.list.feeds
            let unsupported = book.rule(feeds)?.description.unsupportedMutations ?? []
            let mutations: [ExampleMutation?] = [nil] + ExampleMutation.allCases.filter { !unsupported.contains($0) }
            for mutation in mutations {
                // As for rules, a structured example is not mutated by a paragraph put in front.
                for example in list.triggering where mutation == nil || mutation == .decomposed || example.format == nil {
                    cases.append(ExampleCase(rule: feeds, declaredBy: list.label, example: example, isTriggering: true, mutation: mutation))
                }
                for example in list.nonTriggering where mutation == nil || mutation == .decomposed || example.format == nil {
                    cases.append(ExampleCase(rule: feeds, declaredBy: list.label, example: example, isTriggering: false, mutation: mutation))
                }
            }
        }
        return cases
    }
}
