import ICUBridge

/// An error status returned by ICU, with the name ICU gives it.
public struct ICUError: Error, Sendable, CustomStringConvertible, Equatable {
    /// ICU's UErrorCode value (positive for errors).
    public let code: Int32
    /// What translint was doing when ICU failed.
    public let operation: String

    public init(code: Int32, operation: String) {
        self.code = code
        self.operation = operation
    }

    /// ICU's name for the status, such as `U_REGEX_TIME_OUT`.
    public var name: String { String(cString: tl_error_name(code)) }

    public var description: String { "\(operation) failed: \(name)" }

    /// U_REGEX_TIME_OUT: a regular expression ran past its time limit.
    public var isTimeout: Bool { name == "U_REGEX_TIME_OUT" }
}
