import Foundation

/// Where translint looks for its rule sets, first match first:
/// 1. every `--rules-path DIR`;
/// 2. the folders in `TRANSLINT_RULES` (colon-separated);
/// 3. `rules-path:` in the configuration file (relative to that file);
/// 4. `share/translint/Rules` next to the installed executable (`<prefix>/bin/translint`);
/// 5. a `Rules/` folder in the executable's folder or one of its parents (a `swift run` or
///    `swift build` in a checkout finds the repository's `Rules/`);
/// 6. `Rules/` in the working directory.
struct RulesLocator {
    var flagPaths: [String] = []
    var configPaths: [String] = []
    var environment: [String: String] = ProcessFacts.environment
    var executablePath: String? = ProcessFacts.executablePath
    var workingDirectory: String = ProcessFacts.currentDirectory

    /// Candidate folders in search order, existing ones only.
    func roots() -> [String] {
        var candidates = flagPaths
        if let variable = environment["TRANSLINT_RULES"], !variable.isEmpty {
            candidates += variable.split(separator: ":").map(String.init)
        }
        candidates += configPaths
        if let executable = executablePath {
            var folder = URL(fileURLWithPath: executable).deletingLastPathComponent()
            candidates.append(folder.deletingLastPathComponent().appendingPathComponent("share/translint/Rules").path)
            for _ in 0..<6 {
                candidates.append(folder.appendingPathComponent("Rules").path)
                folder.deleteLastPathComponent()
            }
        }
        candidates.append(URL(fileURLWithPath: workingDirectory).appendingPathComponent("Rules").path)
        var seen = Set<String>()
        return candidates.filter { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue && seen.insert(path).inserted
        }
    }
}
