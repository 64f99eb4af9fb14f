import TextCore
#if canImport(Glibc)
import Glibc
#endif

/// Reads a whole file, at most `limit` bytes: a regular file is measured first (through any
/// symbolic link) and refused when larger; a pipe or device is read until the limit, so a
/// link to `/dev/zero` or a source pattern naming one cannot exhaust memory.
enum BoundedFileReader {
    static func read(_ path: String, limit: Int = TextDecoding.maximumBytes) -> Result<[UInt8], ReadError> {
        let descriptor: Int32
        switch open(path, limit: limit) {
        case .success(let opened): descriptor = opened.descriptor
        case .failure(let error): return .failure(error)
        }
        let reader = LineReader(descriptor: descriptor, ownsDescriptor: true)
        guard let bytes = reader.readAll(limit: limit) else {
            return .failure(ReadError(reason: "over the limit of \(limit) bytes for one document"))
        }
        return .success(bytes)
    }

    /// Opens a file for reading, refusing a folder and a regular file over `limit` bytes; the
    /// caller closes the descriptor. `size` is a regular file's size (nil for a pipe or device).
    static func open(_ path: String, limit: Int = TextDecoding.maximumBytes) -> Result<(descriptor: Int32, size: Int?), ReadError> {
        let descriptor = Glibc.open(path, O_RDONLY)
        guard descriptor >= 0 else { return .failure(ReadError(reason: String(cString: strerror(errno)))) }
        var status = stat()
        let measured = fstat(descriptor, &status) == 0
        if measured, status.st_mode & S_IFMT == S_IFREG, Int(status.st_size) > limit {
            close(descriptor)
            return .failure(ReadError(reason: "the file is \(status.st_size) bytes, over the limit of \(limit) bytes for one document"))
        }
        if measured, status.st_mode & S_IFMT == S_IFDIR {
            close(descriptor)
            return .failure(ReadError(reason: "it is a folder"))
        }
        return .success((descriptor, measured && status.st_mode & S_IFMT == S_IFREG ? Int(status.st_size) : nil))
    }

    /// The size of the file a path leads to (symbolic links followed), if it is a regular file.
    static func regularFileSize(_ path: String) -> Int? {
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        return Int(status.st_size)
    }
}
