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

    /// Current resident memory, in bytes, from /proc/self/statm.
    public static var residentBytes: Int {
        guard let file = fopen("/proc/self/statm", "r") else { return 0 }
        defer { fclose(file) }
        var size = 0
        var resident = 0
        guard fscanf_pair(file, &size, &resident) else { return 0 }
        return resident * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    private static func fscanf_pair(_ file: UnsafeMutablePointer<FILE>, _ a: inout Int, _ b: inout Int) -> Bool {
        var buffer = [CChar](repeating: 0, count: 128)
        guard fgets(&buffer, 128, file) != nil else { return false }
        let line = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let fields = line.split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        guard fields.count >= 2 else { return false }
        a = fields[0]
        b = fields[1]
        return true
    }
}
