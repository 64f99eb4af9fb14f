import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Resource use of the running process, for summaries and the benchmark.
public enum ResourceUsage {
    /// Peak resident memory of this program so far, in bytes.
    ///
    /// Read from `VmHWM` in /proc/self/status, the high-water mark of the current address
    /// space. `ru_maxrss` is not used when that is available: Linux carries it across
    /// `exec`, so a process started by a large parent reports the parent's size as its own
    /// peak (the benchmark's child processes did).
    public static var peakResidentBytes: Int {
        // The kernel updates the mark lazily: the current size can be above it.
        if let highWater = statusField("VmHWM:") { return max(highWater, residentBytes) }
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Int(usage.ru_maxrss) * 1024  // kilobytes on Linux
    }

    /// Current resident memory, in bytes (`VmRSS` in /proc/self/status).
    public static var residentBytes: Int { statusField("VmRSS:") ?? 0 }

    /// A "Name:   123 kB" field of /proc/self/status, in bytes.
    static func statusField(_ name: String) -> Int? {
        guard let file = fopen("/proc/self/status", "r") else { return nil }
        defer { fclose(file) }
        var buffer = [CChar](repeating: 0, count: 256)
        while fgets(&buffer, 256, file) != nil {
            let line = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            guard line.hasPrefix(name) else { continue }
            // "VmHWM:\t   30312 kB": a tab, then spaces, before the number.
            let fields = line.dropFirst(name.count).split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
            guard let kilobytes = fields.first.flatMap({ Int($0) }) else { return nil }
            return kilobytes * 1024
        }
        return nil
    }
}
