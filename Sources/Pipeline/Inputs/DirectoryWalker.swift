import Foundation
import RuleEngine
#if canImport(Glibc)
import Glibc
#endif

/// Walks a folder tree lazily, depth first, in sorted order (so reports are stable), yielding
/// the files the include patterns select and the exclude patterns do not. Hidden files and
/// folders (".git", ".build") are skipped; symbolic links to folders are not followed.
///
/// Nothing is skipped silently: a folder that cannot be read, a file name that is not UTF-8,
/// a symbolic link that loops or leads nowhere, and (unless links are followed) a link to a
/// file outside the checked folder are yielded as problems, which the run reports as input
/// errors. Files named in `skipped` (the report being written) are passed over.
struct DirectoryWalker: IteratorProtocol {
    enum Entry: Equatable {
        case file(String)
        case problem(path: String, message: String)
    }

    /// A directory entry's name; `isValid` is false when its bytes are not UTF-8 (then the
    /// name shows them as `\xNN`).
    private struct Name {
        let string: String
        let isValid: Bool
    }

    let root: String
    let include: [Glob]
    let exclude: [Glob]
    let followsLinks: Bool
    let skipped: Set<FileIdentity>
    /// The checked folder, for telling where a symbolic link leads.
    private let rootScope: FileScope
    /// Folders still to visit, each with its entries not yet handled (sorted, reversed).
    private var stack: [(path: String, relative: String, entries: [Name])] = []
    private var pending: Entry?

    init(root: String, include: [Glob], exclude: [Glob], followsLinks: Bool = false, skipped: Set<FileIdentity> = []) {
        self.root = root
        self.include = include
        self.exclude = exclude
        self.followsLinks = followsLinks
        self.skipped = skipped
        rootScope = FileScope(folders: [root])
        switch Self.entries(root) {
        case .success(let names): stack = [(root, "", names)]
        case .failure(let reason): pending = .problem(path: root, message: "cannot read this folder: \(reason.message)")
        }
    }

    // Long: one case per kind of entry (excluded, undecodable, link, folder, file), each
    // deciding in a line or two whether the entry is a document, a problem or nothing.
    mutating func next() -> Entry? {
        if let entry = pending {
            pending = nil
            return entry
        }
        while !stack.isEmpty {
            guard let name = stack[stack.count - 1].entries.popLast() else {
                stack.removeLast()
                continue
            }
            let top = stack[stack.count - 1]
            let path = (top.path as NSString).appendingPathComponent(name.string)
            let relative = top.relative.isEmpty ? name.string : top.relative + "/" + name.string
            if exclude.contains(where: { $0.matches(path: path, walkedPath: relative) }) { continue }
            let included = include.contains(where: { $0.matches(path: path, walkedPath: relative) })
            guard name.isValid else {
                if included { return .problem(path: path, message: "the file name is not valid UTF-8; rename it to check it") }
                continue
            }
            var status = stat()
            guard lstat(path, &status) == 0 else {
                if included { return .problem(path: path, message: String(cString: strerror(errno))) }
                continue
            }
            if status.st_mode & S_IFMT == S_IFLNK {
                let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
                guard stat(path, &status) == 0 else {
                    guard included else { continue }
                    let reason = errno == ELOOP ? "a symbolic link loop" : (errno == ENOENT ? "a symbolic link to nothing (\(target))" : String(cString: strerror(errno)))
                    return .problem(path: path, message: reason)
                }
                if status.st_mode & S_IFMT == S_IFDIR || !included || skipped.contains(FileIdentity(status)) { continue }
                if !followsLinks, !rootScope.permits(path) {
                    return .problem(path: path, message: "a symbolic link to \(target), outside the checked folder: not followed (--follow-symlinks checks it)")
                }
                return .file(path)
            }
            if status.st_mode & S_IFMT == S_IFDIR {
                switch Self.entries(path) {
                case .success(let names): stack.append((path, relative, names))
                case .failure(let reason): return .problem(path: path, message: "cannot read this folder: \(reason.message)")
                }
                continue
            }
            if included, !skipped.contains(FileIdentity(status)) { return .file(path) }
        }
        return nil
    }

    private struct ReadError: Error {
        let message: String
    }

    /// The folder's visible entries, sorted and reversed (popped from the end in order).
    private static func entries(_ path: String) -> Result<[Name], ReadError> {
        guard let directory = opendir(path) else { return .failure(ReadError(message: String(cString: strerror(errno)))) }
        defer { closedir(directory) }
        var names: [Name] = []
        while let entry = readdir(directory) {
            let bytes = withUnsafeBytes(of: &entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            guard let first = bytes.first, first != UInt8(ascii: ".") else { continue }
            if let string = String(validating: bytes, as: UTF8.self) {
                names.append(Name(string: string, isValid: true))
            } else {
                let shown = bytes.map { $0 < 0x80 ? String(UnicodeScalar($0)) : "\\x" + String($0, radix: 16, uppercase: true) }.joined()
                names.append(Name(string: shown, isValid: false))
            }
        }
        return .success(names.sorted { $0.string < $1.string }.reversed())
    }
}
