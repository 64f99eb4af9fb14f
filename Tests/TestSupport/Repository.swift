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

    /// The shipped default rule set, loaded once for the whole test run.
    public static let shippedBook: RuleBook = {
        do {
            return try RuleSetLoader(roots: [rulesDirectory]).load(["default"])
        } catch {
            fatalError("the shipped rule sets do not load: \(error)")
        }
    }()
}
