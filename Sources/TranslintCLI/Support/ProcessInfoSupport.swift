import Foundation

/// Facts about the running process that do not depend on environment variables (Spark starts
/// pipe commands with an empty environment, so PATH and HOME may be missing).
enum ProcessFacts {
    /// Absolute path of the running executable, from /proc/self/exe.
    static var executablePath: String? {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments.first.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
    }

    static var environment: [String: String] { ProcessInfo.processInfo.environment }

    static var currentDirectory: String { FileManager.default.currentDirectoryPath }

    /// Number of processors available to this process.
    static var processorCount: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }
}

/// Writes to standard error (messages, progress), never to standard output.
enum StandardError {
    static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    static var isTerminal: Bool { isatty(2) == 1 }
}
