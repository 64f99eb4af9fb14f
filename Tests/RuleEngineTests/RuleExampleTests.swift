import RuleEngine
import TestSupport
import Testing

/// Every example of every rule — built-in detectors and the rules and word lists declared in
/// `Rules/` — checked for exact spans, as written and mutated (emoji prefix, right-to-left
/// prefix, NFD).
@Suite struct RuleExampleTests {
    static let cases = ExampleCase.all(in: Repository.everyShippedRule)

    @Test(arguments: cases)
    func example(_ exampleCase: ExampleCase) {
        let verifier = ExampleVerifier(book: Repository.everyShippedRule)
        if let failure = verifier.failure(of: exampleCase) {
            Issue.record(Comment(rawValue: failure))
        }
    }

    @Test func shippedRuleSetsLoad() throws {
        _ = try Repository.shippedBookResult.get()
        _ = try RuleSetLoader(roots: [Repository.rulesDirectory]).load(["news"])
    }

    @Test func everyRuleCarriesExamplesBothWays() {
        for rule in Repository.everyShippedRule.rules {
            #expect(!rule.description.triggering.isEmpty, "\(rule.id) has no triggering example")
            #expect(!rule.description.nonTriggering.isEmpty, "\(rule.id) has no non-triggering example")
        }
        for list in Repository.everyShippedRule.wordLists {
            #expect(!list.triggering.isEmpty && !list.nonTriggering.isEmpty, "\(list.label) needs examples both ways")
        }
    }

    @Test func everyBuiltinBuildsWithDefaultParameters() throws {
        for builtin in BuiltinRules.all {
            let rule = try builtin.instantiate()
            #expect(rule.description.id == builtin.id)
        }
    }
}

extension ExampleCase: CustomTestStringConvertible {
    public var testDescription: String { description }
}
