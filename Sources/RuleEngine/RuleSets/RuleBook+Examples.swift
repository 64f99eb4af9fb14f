extension RuleBook {
    /// The first rule or word list declared in a rule file without examples both ways, as a
    /// load error at its declaration. A rule nobody can see trigger and not trigger cannot be
    /// trusted with a newsroom's gate, so `check` refuses to load it; `rules test` reports
    /// the same as a test failure instead.
    public func missingExamples() -> RuleSetError? {
        for rule in rules {
            guard case .file(let path, let line) = rule.origin else { continue }
            let missing = [rule.description.triggering.isEmpty ? "triggering" : nil, rule.description.nonTriggering.isEmpty ? "non-triggering" : nil].compactMap { $0 }
            if !missing.isEmpty {
                return RuleSetError(path: path, line: line, column: 1, ruleID: rule.id.description, key: "examples",
                                    message: "the rule has no \(missing.joined(separator: " and ")) example; every declared rule must carry both (`translint rules test \(path)`)")
            }
        }
        for list in wordLists {
            guard case .file(let path, let line) = list.origin, list.triggering.isEmpty || list.nonTriggering.isEmpty else { continue }
            return RuleSetError(path: path, line: line, column: 1, key: "examples",
                                message: "the word list \(list.list.rawValue) (\(list.language)) needs triggering and non-triggering examples")
        }
        return nil
    }
}
