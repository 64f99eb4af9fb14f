import Foundation
import ArgumentParser
import Evaluation
import Reporting
import RuleEngine
import TextCore

/// The `translint` command.
public struct Translint: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "translint",
        abstract: "A translation-quality checker for machine-translated articles.",
        discussion: "Finds the defects machine translation leaves (misplaced or glued quotes, merged and split sentences, duplicated words and passages, wrong-locale punctuation, broken encoding), scores each article (MQM penalties per word) and gates publication.",
        version: "translint \(ToolInfo.version)\nICU \(ICUVersions.current.icu), Unicode \(ICUVersions.current.unicode), CLDR \(ICUVersions.current.cldr)",
        subcommands: [CheckCommand.self, FixCommand.self, ServeCommand.self, ReportCommand.self, RulesCommand.self, ReportersCommand.self, EvalCommand.self, AnnotateCommand.self, InstallCommand.self])

    public init() {}
}

/// The entry point: parses, runs, and maps every outcome to exit status 0, 1 or 2.
/// argument-parser reports usage errors with status 64 (EX_USAGE); translint's contract says 2.
public enum TranslintMain {
    public static func main() -> Never {
        // The character table (65,536 ICU property look-ups) is built on a second core while
        // this one parses arguments and rule files: a few milliseconds off every start-up.
        Thread.detachNewThread { CharacterClass.warmUp() }
        do {
            var command = try Translint.parseAsRoot()
            try command.run()
            exit(0)
        } catch let error as RuleSetError {
            StandardError.write("translint: \(error)\n")
            exit(ExitStatus.error.rawValue)
        } catch let error as AnnotationError {
            StandardError.write("translint: error: \(error)\n")
            exit(ExitStatus.error.rawValue)
        } catch let error as UsageError {
            StandardError.write("translint: error: \(error.message)\n")
            exit(ExitStatus.error.rawValue)
        } catch {
            let code = Translint.exitCode(for: error)
            if code == .success || error is ExitCode {
                Translint.exit(withError: error)
            }
            StandardError.write(Translint.fullMessage(for: error) + "\n")
            exit(ExitStatus.error.rawValue)
        }
    }
}

#if canImport(Glibc)
import Glibc
#endif
