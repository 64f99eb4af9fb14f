import ArgumentParser
import Foundation
import RuleEngine

/// `translint rules`: list, document and test rules.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List, explain and test rules.",
        subcommands: [RulesListCommand.self, RulesShowCommand.self, RulesTestCommand.self],
        defaultSubcommand: RulesListCommand.self)
}

struct RulesListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List every rule, on or off: id, family, severity, languages, state, source.")

    @OptionGroup var rules: RuleOptions

    /// Rules that are off are listed by default (STATE off): a user looking for a rule must
    /// find it even when the rule set or the configuration switched it off.
    @Flag(help: "List only the rules that are on.")
    var on = false

    /// What `--all` asked for is now the default; the flag is still accepted so that scripts
    /// written for the earlier `rules list --all` keep working.
    @Flag(help: .hidden)
    var all = false

    @Flag(help: "Print a Markdown table (the README's rule table is `rules list --markdown`).")
    var markdown = false

    func run() throws {
        let book = try RuleBookSetup(rules).book
        if markdown {
            print(RuleDocumentation.table(book.rules.filter { !on || $0.isEnabled }))
            return
        }
        let rows = book.rules.filter { !on || $0.isEnabled }.map { rule -> [String] in
            let description = rule.description
            return [rule.id.description, description.family.rawValue, description.severity.rawValue,
                    description.languages.isEmpty ? "all" : description.languages.joined(separator: ","),
                    rule.isEnabled ? "on" : "off", rule.origin.description]
        }
        let header = ["RULE", "FAMILY", "SEVERITY", "LANGUAGES", "STATE", "SOURCE"]
        let widths = (0..<header.count).map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        for row in [header] + rows {
            print(zip(row, widths).map { $0.padding(toLength: $1 + 2, withPad: " ", startingAt: 0) }.joined().trimmingCharacters(in: .whitespaces))
        }
        let enabled = book.rules.filter(\.isEnabled).count
        print("\(rows.count) rules (\(enabled) on, \(book.rules.count - enabled) off\(on ? ", not listed" : "")); \(book.wordLists.count) word lists from \(book.sources.count) rule files")
    }
}

struct RulesShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Explain a rule, with its examples, as Markdown.")

    @Argument(help: "The rule id, e.g. quotes.glued-closing.")
    var id: String

    @OptionGroup var rules: RuleOptions

    func run() throws {
        let book = try RuleBookSetup(rules).book
        let ruleID: RuleID
        do {
            ruleID = try RuleID(parsing: id)
        } catch {
            throw UsageError(error.description)
        }
        guard let rule = book.rule(ruleID) else {
            let suggestion = Suggestion.closest(to: id, among: book.rules.map(\.id.description)).map { "; did you mean \($0)?" } ?? ""
            throw UsageError("no rule has the id \(id) (see `translint rules list`)\(suggestion)")
        }
        print(RuleDocumentation.markdown(rule, parameters: BuiltinRules.named(ruleID)?.parameters ?? [],
                                         wordLists: book.wordLists.filter { $0.list.feeds == ruleID }))
    }
}

struct RulesTestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run rule examples: every example must trigger exactly at its marked spans, or not at all.",
        discussion: "Without files, tests every rule of the selected rule sets, built-in detectors included. With files, tests the rules and word lists those files declare. Fails (status 1) on a wrong example or a declaration without examples both ways; status 2 when a file does not load.")

    @Argument(help: ArgumentHelp("Rule files to test.", valueName: "file"))
    var files: [String] = []

    @OptionGroup var rules: RuleOptions

    func run() throws {
        let book: RuleBook
        if files.isEmpty {
            book = try RuleBookSetup(rules, requiresExamples: false).book
        } else {
            let roots = RulesLocator(flagPaths: rules.rulesPaths).roots()
            book = try RuleSetLoader(roots: roots).load(files: files)
        }
        let testedFiles = Set(files.map { ($0 as NSString).standardizingPath })
        func selected(_ origin: RuleOrigin) -> Bool {
            guard !files.isEmpty else { return true }
            guard case .file(let path, _) = origin else { return false }
            return testedFiles.contains((path as NSString).standardizingPath)
        }
        var failures: [String] = []
        var count = 0
        for rule in book.rules where selected(rule.origin) {
            if rule.description.triggering.isEmpty { failures.append("\(rule.id) (\(rule.origin)): no triggering example") }
            if rule.description.nonTriggering.isEmpty { failures.append("\(rule.id) (\(rule.origin)): no non-triggering example") }
        }
        for list in book.wordLists where selected(list.origin) {
            if list.triggering.isEmpty || list.nonTriggering.isEmpty { failures.append("\(list.label): needs triggering and non-triggering examples") }
        }
        let verifier = ExampleVerifier(book: book)
        for exampleCase in ExampleCase.all(in: book) {
            let origin = book.rule(exampleCase.rule).map(\.origin)
            let declaredByList = book.wordLists.first { $0.label == exampleCase.declaredBy }
            guard selected(declaredByList?.origin ?? origin ?? .builtin) else { continue }
            count += 1
            if let failure = verifier.failure(of: exampleCase) {
                failures.append("\(exampleCase): \(failure)")
            }
        }
        for failure in failures { print("FAIL \(failure)") }
        print("\(count) examples, \(failures.count) failure\(failures.count == 1 ? "" : "s")")
        if !failures.isEmpty { throw ExitCode(1) }
    }
}
