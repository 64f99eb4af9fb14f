import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Text a whole-batch report (SARIF, JUnit, Checkstyle, GitHub) cannot write until the run
/// ends, kept in an unlinked temporary file instead of memory: a run over a 1 GB stream holds
/// a few buffers, not every finding. Pieces are read back in the order the report needs
/// them; pieces of one group written one after another are kept as one stretch.
final class SpillFile {
    /// A stretch of the file: where it starts and how many bytes it has.
    struct Stretch {
        var offset: Int
        var length: Int
    }

    /// The stretches of one group (a file's errors, an artifact's documents), in order;
    /// consecutive pieces merge, so a JSONL stream's thousands of records are one stretch.
    struct Stretches {
        private(set) var list: [Stretch] = []
        /// Pieces added (for separators between them).
        private(set) var pieces = 0

        mutating func add(_ stretch: Stretch) {
            pieces += 1
            if let last = list.last, last.offset + last.length == stretch.offset {
                list[list.count - 1].length += stretch.length
            } else {
                list.append(stretch)
            }
        }
    }

    private var descriptor: Int32 = -1
    private var buffer: [UInt8] = []
    private var written = 0

    init() {}

    deinit { if descriptor >= 0 { close(descriptor) } }

    /// Appends `text`; returns where it lies.
    func append(_ text: String) -> Stretch {
        let start = written + buffer.count
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 20 { drain() }
        return Stretch(offset: start, length: buffer.count + written - start)
    }

    /// Writes the stretches to `output`, in order.
    func copy(_ stretches: Stretches, to output: ReportOutput) {
        for stretch in stretches.list { copy(stretch, to: output) }
    }

    func copy(_ stretch: Stretch, to output: ReportOutput) {
        var offset = stretch.offset
        let end = stretch.offset + stretch.length
        // What is still in the buffer is after everything in the file.
        if offset < written {
            var chunk = [UInt8](repeating: 0, count: min(1 << 20, max(1, min(end, written) - offset)))
            while offset < min(end, written) {
                let count = min(chunk.count, min(end, written) - offset)
                let read = chunk.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, count, off_t(offset)) }
                guard read > 0 else {
                    if read < 0, errno == EINTR { continue }
                    output.fail("the report's temporary file could not be read back")
                    return
                }
                output.write(bytes: chunk[0..<read])
                offset += read
            }
        }
        if offset < end {
            let from = offset - written
            output.write(bytes: buffer[from..<(from + end - offset)])
        }
    }

    private func drain() {
        if descriptor < 0 {
            var template = Array((NSTemporaryDirectory() + "/translint-report-XXXXXX").utf8CString)
            descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
            if descriptor >= 0 { template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) } }
        }
        guard descriptor >= 0 else { return }  // No temporary file: keep the text in memory.
        var offset = 0
        while offset < buffer.count {
            let count = buffer[offset...].withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, off_t(written + offset)) }
            if count < 0 {
                if errno == EINTR { continue }
                return  // Keep the rest in memory rather than lose it.
            }
            offset += count
        }
        written += buffer.count
        buffer.removeAll(keepingCapacity: true)
    }
}
