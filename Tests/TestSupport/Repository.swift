import Foundation
import RuleEngine

/// Paths into the repository, found from this file's location so tests run from anywhere.
public enum Repository {
    public static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    public static func path(_ relative: String) -> String { (root as NSString).appendingPathComponent(relative) }

    public static var rulesDirectory: String { path("Rules") }
    public static var corporaDirectory: String { path("Corpora") }

    /// Loading the shipped default rule set, once for the whole test run.
    public static let shippedBookResult: Result<RuleBook, RuleSetError> = {
        do throws(RuleSetError) {
            return .success(try RuleSetLoader(roots: [rulesDirectory]).load(["default"]))
        } catch {
            return .failure(error)
        }
    }()

    /// Every shipped rule set together (`default` and the stricter `news`), for the example
    /// test: every rule file's examples must hold.
    public static let everyShippedRule: RuleBook = {
        (try? RuleSetLoader(roots: [rulesDirectory]).load(["default", "news"])) ?? RuleBook.builtins()
    }()

    /// The shipped default rule set (the built-in rules alone when it does not load, which
    /// `RuleExampleTests.shippedRuleSetsLoad` reports).
    public static var shippedBook: RuleBook {
        (try? shippedBookResult.get()) ?? RuleBook.builtins()
    }
}
