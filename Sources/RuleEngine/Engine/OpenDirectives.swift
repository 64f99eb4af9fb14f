/// The `translint-disable` directives a window of a document leaves open at its end, for the
/// next window: a document checked window by window keeps its suppressions as one document
/// would.
public struct OpenDirectives: Sendable, Equatable {
    /// The selector lists of disables no enable has closed yet.
    public var disables: [[String]] = []
    /// The selector lists of `disable-next-line` directives on a window's last line, whose
    /// next line is the next window's first.
    public var nextLine: [[String]] = []

    public init() {}

    public var isEmpty: Bool { disables.isEmpty && nextLine.isEmpty }
}
