import ArgumentParser

/// Options that choose the rules, shared by every command that loads them.
struct RuleOptions: ParsableArguments {
    @Option(name: .customLong("rules"), help: ArgumentHelp("A rule set to use, by name (default, news, core, fr...) or path; repeat for several.", valueName: "name"))
    var ruleSets: [String] = []

    @Option(name: .customLong("rules-path"), help: ArgumentHelp("A folder to look for rule sets in, before the standard places; repeat for several.", valueName: "dir"))
    var rulesPaths: [String] = []

    @Option(help: ArgumentHelp("The configuration file (default: .translint.yml in the working directory or a parent).", valueName: "file"))
    var config: String?

    @Flag(name: .customLong("no-config"), help: "Ignore .translint.yml files.")
    var noConfig = false

    @Option(name: .customLong("glossary"), help: ArgumentHelp("A glossary (CSV or TBX) for terminology.glossary; repeat for several, added to the configuration's.", valueName: "file"))
    var glossaries: [String] = []
}
