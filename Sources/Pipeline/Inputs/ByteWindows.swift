#if canImport(Glibc)
import Glibc
#endif

/// A plain-text document's bytes in windows of about `size` bytes, each ending at a clean cut
/// (`WindowCut`: a blank line, a line break, a space). A document larger than one window is
/// checked window by window, so its analyses (one to two dozen bytes per byte of text) never
/// hold more than a window at once: a 100 MB article is checked in about the memory of a 4 MB
/// one.
///
/// Reads a file with `read(2)` as the windows are taken (only the current window and the
/// bytes after its cut are in memory), or cuts bytes already read (standard input).
struct ByteWindows {
    let size: Int
    private var pending: [UInt8]
    private var consumed = 0
    private let descriptor: Int32?
    private var atEnd: Bool
    /// Bytes read from the file so far, checked against the document size limit.
    private var readTotal = 0
    private let limit: Int

    /// Where the next window starts in the document: byte offset, line feeds before it, and
    /// bytes of its line before it (after a byte-order mark), counted as a decoding error
    /// names its place: by line feeds alone.
    private(set) var nextByte = 0
    private(set) var nextLineBreaks = 0
    private(set) var nextColumn = 0

    /// Windows over a file, opened for reading; the caller has measured it and closes nothing.
    init(descriptor: Int32, size: Int = DocumentProcessor.defaultWindowBytes, limit: Int) {
        self.size = max(64, size)
        self.descriptor = descriptor
        self.limit = limit
        pending = []
        atEnd = false
    }

    /// Windows over bytes already in memory.
    init(bytes: [UInt8], size: Int = DocumentProcessor.defaultWindowBytes) {
        self.size = max(64, size)
        descriptor = nil
        limit = Int.max
        pending = bytes
        atEnd = true
    }

    /// Whether `bytes` start with a UTF-16 byte-order mark: such a file is read whole (windows
    /// cut UTF-8).
    static func startsWithUTF16Mark(_ bytes: some Collection<UInt8>) -> Bool {
        let head = Array(bytes.prefix(2))
        return head == [0xFF, 0xFE] || head == [0xFE, 0xFF]
    }

    /// The next window, or nil after the last; a read error or a file grown past the limit
    /// while it was read ends the windows with a failure.
    mutating func next() -> Result<[UInt8], ReadError>? {
        if let failure = fill() { return .failure(failure) }
        let available = pending.count - consumed
        guard available > 0 else { return nil }
        let length = available <= size && atEnd ? available : pending.withUnsafeBufferPointer {
            Self.cut(UnsafeBufferPointer(rebasing: $0[consumed..<min(pending.count, consumed + size)]))
        }
        let window = Array(pending[consumed..<consumed + length])
        consumed += length
        advance(over: window)
        return .success(window)
    }

    /// Reads until a whole window (and one byte past it, to see whether a cut ends a CR LF) is
    /// pending, or the file ends.
    private mutating func fill() -> ReadError? {
        guard let descriptor, !atEnd, pending.count - consumed <= size else { return nil }
        if consumed > 0 {
            pending.removeFirst(consumed)
            consumed = 0
        }
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while !atEnd, pending.count <= size {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return ReadError(reason: String(cString: strerror(errno)))
            }
            if count == 0 {
                atEnd = true
                break
            }
            readTotal += count
            if readTotal > limit { return ReadError(reason: "over the limit of \(limit) bytes for one document") }
            pending.append(contentsOf: chunk[0..<count])
        }
        return nil
    }

    /// Where to end a full window of `bytes` (see `WindowCut`).
    static func cut(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        WindowCut.cut(bytes)
    }

    /// Moves the next window's position past `window`.
    private mutating func advance(over window: [UInt8]) {
        let startsFile = nextByte == 0
        nextByte += window.count
        var lastFeed: Int?
        for (index, byte) in window.enumerated() where byte == 0x0A {
            nextLineBreaks += 1
            lastFeed = index
        }
        if let lastFeed {
            nextColumn = window.count - lastFeed - 1
        } else {
            // A byte-order mark is not part of the first line's columns.
            let mark = startsFile && window.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            nextColumn += window.count - mark
        }
    }
}
