#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a report goes: standard output or a file, written through a buffer. Reporters that
/// stream (JSONL) flush after every line so a consumer sees each report as soon as it exists.
public final class ReportOutput {
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private var buffer: [UInt8] = []
    /// With no descriptor (-1), everything written is kept here instead (for tests).
    public private(set) var captured: [UInt8] = []

    /// Standard output.
    public static func standardOutput() -> ReportOutput { ReportOutput(descriptor: 1, owns: false) }

    /// An output that keeps what is written in memory.
    public static func memory() -> ReportOutput { ReportOutput(descriptor: -1, owns: false) }

    /// Forgets what a memory output has received (a benchmark measures writing, not keeping).
    public func discard() {
        buffer.removeAll(keepingCapacity: true)
        captured.removeAll(keepingCapacity: true)
    }

    /// What a memory output has received.
    public var capturedText: String {
        flush()
        return String(decoding: captured, as: UTF8.self)
    }

    /// A file, created or truncated.
    public static func file(_ path: String) throws -> ReportOutput {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw ReportOutputError(path: path, reason: String(cString: strerror(errno))) }
        return ReportOutput(descriptor: descriptor, owns: true)
    }

    private init(descriptor: Int32, owns: Bool) {
        self.descriptor = descriptor
        self.ownsDescriptor = owns
        buffer.reserveCapacity(1 << 16)
    }

    deinit {
        flush()
        if ownsDescriptor { close(descriptor) }
    }

    /// Whether the output is a terminal (colour and progress only go to terminals).
    public var isTerminal: Bool { descriptor >= 0 && isatty(descriptor) == 1 }

    public func write(_ string: String) {
        buffer.append(contentsOf: string.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    public func flush() {
        if descriptor < 0 {
            captured += buffer
            buffer.removeAll(keepingCapacity: true)
            return
        }
        var offset = 0
        while offset < buffer.count {
            let written = buffer[offset...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                break  // A closed pipe: nothing more can be delivered.
            }
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

public struct ReportOutputError: Error, CustomStringConvertible {
    public let path: String
    public let reason: String
    public var description: String { "cannot write the report to \(path): \(reason)" }
}
