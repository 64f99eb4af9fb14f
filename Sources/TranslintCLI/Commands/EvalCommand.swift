import ArgumentParser
import Evaluation
import Foundation

/// `translint eval`: precision and recall per rule family and language on annotated articles.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure the rules on annotated articles: precision, recall and F1 per family and language, false alarms on clean text.",
        discussion: "Reads every annotated text (NAME.txt, .md, .mdx, .html, .xlf, .po and the other input formats) that has a NAME.expected.json sidecar under the given paths, and reports each part (the folder a text sits in: articles, clean, formats, real) apart. A finding matches an annotation of the same family when their spans overlap or lie within --tolerance UTF-16 units. Files marked clean count false alarms per 10,000 characters.")

    @Argument(help: ArgumentHelp("Annotated articles or folders of them.", valueName: "path"))
    var paths: [String] = ["Corpora"]

    @OptionGroup var rules: RuleOptions

    @Option(help: ArgumentHelp("Output: text or json.", valueName: "format"))
    var format: String = "text"

    @Option(help: ArgumentHelp("Print up to N missed annotations and N false findings per family, with context.", valueName: "n"))
    var examples: Int = 0

    @Option(help: ArgumentHelp("Largest gap, in UTF-16 units, between a finding and the annotation it matches.", valueName: "n"))
    var tolerance: Int = Evaluator.defaultTolerance

    @Option(help: ArgumentHelp("A quality floor file: exit 1 when a family falls below it.", valueName: "file"))
    var floor: String?

    @Option(name: .customLong("write-floor"), help: ArgumentHelp("Record the current figures as the quality floor in this file.", valueName: "file"))
    var writeFloor: String?

    @Flag(help: "Print the family table as Markdown (for the README).")
    var markdown = false

    func validate() throws {
        guard ["text", "json"].contains(format) else { throw ValidationError("--format must be text or json") }
        guard tolerance >= 0 else { throw ValidationError("--tolerance cannot be negative") }
    }

    func run() throws {
        let book = try RuleBookSetup(rules).book
        let result = Evaluator(book: book, tolerance: tolerance).evaluate(paths: paths)
        if result.documents == 0 && result.errors.isEmpty {
            throw UsageError("no annotated articles (NAME.txt with NAME.expected.json) under \(paths.joined(separator: ", "))")
        }
        if markdown {
            print(EvaluationReport.markdown(result))
        } else if format == "json" {
            print(EvaluationReport.json(result, tolerance: tolerance), terminator: "")
        } else {
            print(EvaluationReport.table(result, tolerance: tolerance))
        }
        if examples > 0 { print("\n" + EvaluationReport.examples(result, limit: examples)) }
        for error in result.errors { StandardError.write("translint: error: \(error)\n") }
        if !result.errors.isEmpty { throw ExitCode(ExitStatus.error.rawValue) }
        if let writeFloor {
            try Data(QualityFloor.recording(result).json.utf8).write(to: URL(fileURLWithPath: writeFloor))
            StandardError.write("wrote the quality floor to \(writeFloor)\n")
        }
        if let floor {
            let violations = try QualityFloor(path: floor).violations(of: result)
            for violation in violations { StandardError.write("below the floor: \(violation)\n") }
            if !violations.isEmpty { throw ExitCode(ExitStatus.gateFailed.rawValue) }
        }
    }
}
