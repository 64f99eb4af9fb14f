import Foundation

/// Runs the built `translint` executable, as a user or a CI job would.
public enum TranslintProcess {
    public struct Result {
        public let status: Int32
        public let standardOutput: String
        public let standardError: String
    }

    /// The executable next to the running test bundle (both live in the build's products folder).
    public static var executable: String {
        let testBinary = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var folder = URL(fileURLWithPath: testBinary).deletingLastPathComponent()
        // The test runner may be inside a .xctest bundle folder.
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("translint").path), folder.path != "/" {
            folder.deleteLastPathComponent()
        }
        return folder.appendingPathComponent("translint").path
    }

    @discardableResult
    public static func run(_ arguments: [String], input: String? = nil, environment: [String: String]? = nil,
                           workingDirectory: String = Repository.root) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: workingDirectory)
        if let environment { process.environment = environment }
        let output = Pipe()
        let error = Pipe()
        let standardInput = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = standardInput
        try process.run()
        // Read both pipes while the process runs, so a large report cannot fill a pipe and stall it.
        // A semaphore (not polling the thread) orders the reader's write before the read below,
        // in a way ThreadSanitizer understands.
        nonisolated(unsafe) var errorData = Data()
        let errorRead = DispatchSemaphore(value: 0)
        let errorReader = Thread {
            errorData = error.fileHandleForReading.readDataToEndOfFile()
            errorRead.signal()
        }
        errorReader.start()
        if let input { standardInput.fileHandleForWriting.write(Data(input.utf8)) }
        try standardInput.fileHandleForWriting.close()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        errorRead.wait()
        return Result(status: process.terminationStatus, standardOutput: String(decoding: outputData, as: UTF8.self),
                      standardError: String(decoding: errorData, as: UTF8.self))
    }
}

extension TemporaryFolder {
    /// Writes `configuration` as the folder's `.translint.yml` and runs `translint check` on
    /// `arguments` from the folder, as a repository's CI job would.
    public func check(configuration: String, _ arguments: [String]) throws -> TranslintProcess.Result {
        try write(".translint.yml", configuration)
        return try TranslintProcess.run(["check"] + arguments, workingDirectory: root)
    }
}
