import Foundation
import RuleEngine
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a report goes: standard output or a file, written through a buffer. Reporters that
/// stream (JSONL) flush after every line so a consumer sees each report as soon as it exists.
///
/// A report file is written to a hidden temporary file beside it and renamed into place by
/// `close()`, so a run that is killed or fails to write never leaves a truncated report that
/// looks like a result, and never destroys the previous one. A write error (a full disk,
/// `/dev/full`) is kept and thrown by `close()`; a reader that went away (a closed pipe) only
/// stops the writing.
public final class ReportOutput {
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private var buffer: [UInt8] = []
    /// With no descriptor (-1), everything written is kept here instead (for tests).
    public private(set) var captured: [UInt8] = []
    /// The report's path and the temporary file it is written to until `close()`.
    private let destination: (final: String, temporary: String)?
    /// How errors name the output.
    private let name: String
    private var failure: String?
    private var readerGone = false
    private var closed = false

    /// Standard output.
    public static func standardOutput() -> ReportOutput { ReportOutput(descriptor: 1, owns: false, name: "standard output") }

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

    /// A report file, which appears (replacing any earlier one) when `close()` succeeds. A path
    /// that names a device or a pipe (`/dev/stdout`, a FIFO) is written directly.
    public static func file(_ path: String) throws(ReportOutputError) -> ReportOutput {
        // A symbolic link is followed: the report replaces its target, not the link. Paths in
        // /dev and /proc (`/dev/stdout` redirected to a file is a regular file behind two
        // links) and anything that is not a regular file are written directly.
        let resolved = FileScope.realPath(path)
        var status = stat()
        let special = [path, resolved ?? path].contains { $0.hasPrefix("/dev/") || $0.hasPrefix("/proc/") }
        if special || (stat(path, &status) == 0 && status.st_mode & S_IFMT != S_IFREG) {
            let descriptor = open(path, O_WRONLY)
            guard descriptor >= 0 else { throw ReportOutputError(path: path, reason: String(cString: strerror(errno))) }
            return ReportOutput(descriptor: descriptor, owns: true, name: path)
        }
        let target = resolved ?? path
        let folder = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        var template = Array(((folder.isEmpty ? "" : folder + "/") + "." + name + ".translint-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw ReportOutputError(path: path, reason: String(cString: strerror(errno))) }
        let mask = umask(0)
        umask(mask)
        fchmod(descriptor, 0o644 & ~mask)
        let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        return ReportOutput(descriptor: descriptor, owns: true, name: path, destination: (target, temporary))
    }

    /// The temporary file a report is written to before it is renamed, if any (for cleaning up
    /// after a signal).
    public var temporaryPath: String? { closed ? nil : destination?.temporary }

    private init(descriptor: Int32, owns: Bool, name: String = "the report", destination: (final: String, temporary: String)? = nil) {
        self.descriptor = descriptor
        self.name = name
        self.ownsDescriptor = owns
        self.destination = destination
        buffer.reserveCapacity(1 << 16)
    }

    deinit {
        // Not closed: the run did not finish, so the earlier report (if any) stays.
        if !closed {
            if ownsDescriptor { Glibc.close(descriptor) }
            if let destination { unlink(destination.temporary) }
        }
    }

    /// Whether the output is a terminal (colour and progress only go to terminals).
    public var isTerminal: Bool { descriptor >= 0 && isatty(descriptor) == 1 }

    public func write(_ string: String) {
        buffer.append(contentsOf: string.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Marks the output as failed (a part of it could not be produced): `close()` then throws
    /// and leaves the earlier report in place.
    func fail(_ reason: String) {
        if failure == nil { failure = reason }
    }

    /// Writes bytes that are already UTF-8 (a rendered document; a stretch of a spilled
    /// report, which may cut a character that the next stretch completes).
    public func write(bytes: ArraySlice<UInt8>) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { flush() }
    }

    public func flush() {
        if descriptor < 0 {
            captured += buffer
            buffer.removeAll(keepingCapacity: true)
            return
        }
        var offset = 0
        while offset < buffer.count, failure == nil, !readerGone {
            let written = buffer[offset...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                if errno == EPIPE { readerGone = true } else { failure = String(cString: strerror(errno)) }
                break
            }
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes what is buffered and, for a report file, puts it in place. Throws when any write
    /// failed (then the earlier report, if any, is left as it was).
    public func close() throws(ReportOutputError) {
        guard !closed else { return }
        flush()
        closed = true
        if let destination {
            if failure == nil, fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
            if Glibc.close(descriptor) != 0, failure == nil { failure = String(cString: strerror(errno)) }
            if failure == nil, rename(destination.temporary, destination.final) != 0 { failure = String(cString: strerror(errno)) }
            if failure != nil { unlink(destination.temporary) }
        } else if ownsDescriptor {
            if Glibc.close(descriptor) != 0, failure == nil { failure = String(cString: strerror(errno)) }
        }
        if let failure { throw ReportOutputError(path: name, reason: failure) }
    }
}

public struct ReportOutputError: Error, CustomStringConvertible {
    public let path: String
    public let reason: String
    public var description: String { "cannot write the report to \(path): \(reason)" }
}
