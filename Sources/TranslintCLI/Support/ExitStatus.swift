import ArgumentParser

/// translint's exit statuses, as values. 0: every document passed its gate; 1: at least one
/// failed; 2: a usage, configuration or rule-set error, or an input that could not be checked.
public enum ExitStatus: Int32, Sendable {
    case passed = 0
    case gateFailed = 1
    case error = 2

    var exitCode: ExitCode { ExitCode(rawValue) }

    /// The worse of two statuses.
    func combined(with other: ExitStatus) -> ExitStatus { rawValue >= other.rawValue ? self : other }
}

/// A problem the user must fix before translint can run (a bad flag value, a missing rule
/// set): printed once, exit status 2.
public struct UsageError: Error, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
