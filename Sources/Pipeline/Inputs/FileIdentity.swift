#if canImport(Glibc)
import Glibc
#endif

/// A file as the file system knows it (device and inode), so two spellings of one path, or a
/// hard link, are recognised as the same file — the report file among the inputs, say.
public struct FileIdentity: Hashable, Sendable {
    let device: UInt64
    let inode: UInt64

    /// The file `path` names (following symbolic links), or nil when there is none.
    public init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        self.init(status)
    }

    init(_ status: stat) {
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
    }
}
