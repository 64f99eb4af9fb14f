import TextCore
#if canImport(Glibc)
import Glibc
#endif

/// Reads a file descriptor line by line with a fixed buffer, so a JSONL stream of any size
/// is read with memory bounded by its longest line — and no line longer than the limit is
/// kept: it is skipped to its end and reported as too long.
final class LineReader {
    /// What `nextLine` found.
    enum Line: Equatable {
        case text([UInt8])
        /// A line over the limit, skipped; its length in bytes.
        case tooLong(bytes: Int)
    }

    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private var buffer: [UInt8]
    private var start = 0
    private var end = 0
    /// Bytes from `start` up to here are known to hold no line feed: a line that arrives in
    /// many small reads (a pipe gives 64 KB at a time) is searched once, not once per read.
    private var searched = 0
    private var atEnd = false
    /// 1-based number of the line last returned.
    private(set) var lineNumber = 0

    /// The buffer's starting size, to which it returns after an over-long line.
    private let chunkSize: Int

    init(descriptor: Int32, ownsDescriptor: Bool, chunkSize: Int = 1 << 20) {
        self.chunkSize = chunkSize
        self.descriptor = descriptor
        self.ownsDescriptor = ownsDescriptor
        buffer = [UInt8](repeating: 0, count: chunkSize)
    }

    /// Opens a file; nil with the system's reason when it cannot be opened.
    static func open(path: String) -> Result<LineReader, ReadError> {
        let descriptor = Glibc.open(path, O_RDONLY)
        guard descriptor >= 0 else { return .failure(ReadError(reason: String(cString: strerror(errno)))) }
        return .success(LineReader(descriptor: descriptor, ownsDescriptor: true))
    }

    deinit { if ownsDescriptor { close(descriptor) } }

    /// The next line without its line end (LF or CRLF), or nil at the end of the input.
    func nextLine(limit: Int = TextDecoding.maximumBytes) -> Line? {
        var skipped = 0
        while true {
            if let newline = firstLineFeed(from: max(start, searched)) {
                var lineEnd = newline
                if lineEnd > start, buffer[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                let length = skipped + lineEnd - start  // without the line end
                let line = length > limit ? Line.tooLong(bytes: length) : .text(Array(buffer[start..<lineEnd]))
                start = newline + 1
                searched = start
                lineNumber += 1
                // A long line (kept or not) leaves the buffer as large as itself: give it back.
                shrink()
                return line
            }
            searched = end
            if atEnd {
                guard start < end || skipped > 0 else { return nil }
                var lineEnd = end
                if lineEnd > start, buffer[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                let length = skipped + lineEnd - start
                let line = length > limit ? Line.tooLong(bytes: length) : .text(Array(buffer[start..<lineEnd]))
                start = end
                lineNumber += 1
                return line
            }
            if end - start > limit {
                // Over the limit: drop what is buffered and read on to the line's end.
                skipped += end - start
                start = end
                searched = end
            }
            fill(limit: limit)
        }
    }

    /// After a long line, the buffer goes back to its starting size (keeping what is left in
    /// it), so one large record does not hold its memory while it is checked, nor for the rest
    /// of the stream.
    private func shrink() {
        guard buffer.count > chunkSize * 4, end - start <= chunkSize else { return }
        let rest = Array(buffer[start..<end])
        buffer = rest + [UInt8](repeating: 0, count: chunkSize)
        end = rest.count
        start = 0
        searched = 0
    }

    private func firstLineFeed(from position: Int) -> Int? {
        guard position < end else { return nil }
        return buffer.withUnsafeBytes { raw in
            memchr(raw.baseAddress! + position, 0x0A, end - position).map { UnsafeRawPointer($0) - raw.baseAddress! }
        }
    }

    private func fill(limit: Int = TextDecoding.maximumBytes) {
        // Move the partial line to the front; grow the buffer when one line fills it.
        if start > 0 {
            buffer.withUnsafeMutableBytes { raw in
                _ = memmove(raw.baseAddress!, raw.baseAddress! + start, end - start)
            }
            end -= start
            searched -= start
            start = 0
        }
        // Doubling, but never past the limit and a byte: a line that reaches it is skipped.
        if end == buffer.count { buffer += [UInt8](repeating: 0, count: max(1, min(buffer.count, limit + 1 - buffer.count))) }
        let count = buffer.count - end
        let read = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + end, count) }
        if read > 0 {
            end += read
        } else if read == 0 || errno != EINTR {
            atEnd = true
        }
    }

    /// Reads everything that is left (a whole file or standard input), or nil as soon as it
    /// passes `limit` bytes (the rest is not read).
    func readAll(limit: Int = TextDecoding.maximumBytes) -> [UInt8]? {
        var data = Array(buffer[start..<end])
        start = end
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while !atEnd {
            if data.count > limit { return nil }
            let read = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress!, $0.count) }
            if read > 0 {
                data.append(contentsOf: chunk[0..<read])
            } else if read == 0 || errno != EINTR {
                atEnd = true
            }
        }
        return data.count > limit ? nil : data
    }

    /// Looks at the first non-blank byte without consuming anything (to tell JSONL from text).
    func peekFirstNonBlank() -> UInt8? {
        while true {
            if let byte = buffer[start..<end].first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF }) {
                return byte
            }
            if atEnd { return nil }
            fill()
        }
    }
}

struct ReadError: Error, CustomStringConvertible {
    let reason: String
    /// The line of the file the problem is on, when it is on one.
    var line: Int? = nil
    var description: String { reason }
}
