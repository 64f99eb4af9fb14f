import TextCore

/// Where a window of a document read window by window starts in the document: findings are
/// made in the window's offsets, lines and columns, and moved by this much.
public struct WindowOrigin: Sendable, Equatable {
    /// UTF-16 units of the document before the window.
    public var offset = 0
    /// Line breaks before the window.
    public var lines = 0
    /// Columns (in the report's unit) of the window's first line that lie before the window
    /// (0 when the window starts a line).
    public var column = 0

    public init() {}

    /// A location in the window, in the document.
    func place(_ location: SourceLocation) -> SourceLocation {
        SourceLocation(line: location.line + lines, column: location.line == 1 ? location.column + column : location.column)
    }

    /// The origin of the window after `document`, a window starting here.
    func advanced(over document: Document, columns: ColumnUnit = .utf16) -> WindowOrigin {
        var next = WindowOrigin()
        let lineStarts = document.lines.lineStarts
        next.offset = offset + document.original.count
        next.lines = lines + lineStarts.count - 1
        next.column = (lineStarts.count == 1 ? column : 0) + columns.count(document.original[lineStarts[lineStarts.count - 1]...])
        return next
    }
}
