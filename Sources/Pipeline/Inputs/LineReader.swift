#if canImport(Glibc)
import Glibc
#endif

/// Reads a file descriptor line by line with a fixed buffer, so a JSONL stream of any size
/// is read with memory bounded by its longest line.
final class LineReader {
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private var buffer: [UInt8]
    private var start = 0
    private var end = 0
    private var atEnd = false
    /// 1-based number of the line last returned.
    private(set) var lineNumber = 0

    init(descriptor: Int32, ownsDescriptor: Bool, chunkSize: Int = 1 << 20) {
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
    func nextLine() -> [UInt8]? {
        while true {
            if let newline = buffer[start..<end].firstIndex(of: 0x0A) {
                var lineEnd = newline
                if lineEnd > start, buffer[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                let line = Array(buffer[start..<lineEnd])
                start = newline + 1
                lineNumber += 1
                return line
            }
            if atEnd {
                guard start < end else { return nil }
                var lineEnd = end
                if buffer[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                let line = Array(buffer[start..<lineEnd])
                start = end
                lineNumber += 1
                return line
            }
            fill()
        }
    }

    private func fill() {
        // Move the partial line to the front; grow the buffer when one line fills it.
        if start > 0 {
            buffer.withUnsafeMutableBytes { raw in
                _ = memmove(raw.baseAddress!, raw.baseAddress! + start, end - start)
            }
            end -= start
            start = 0
        }
        if end == buffer.count { buffer.append(contentsOf: repeatElement(0, count: buffer.count)) }
        let count = buffer.count - end
        let read = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + end, count) }
        if read > 0 {
            end += read
        } else if read == 0 || errno != EINTR {
            atEnd = true
        }
    }

    /// Reads everything that is left (a whole file or standard input).
    func readAll() -> [UInt8] {
        var data = Array(buffer[start..<end])
        start = end
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while !atEnd {
            let read = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress!, $0.count) }
            if read > 0 {
                data.append(contentsOf: chunk[0..<read])
            } else if read == 0 || errno != EINTR {
                atEnd = true
            }
        }
        return data
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
    var description: String { reason }
}
