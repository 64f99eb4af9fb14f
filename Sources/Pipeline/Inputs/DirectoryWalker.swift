import Foundation

/// Walks a folder tree lazily, depth first, in sorted order (so reports are stable), yielding
/// the files the include patterns select and the exclude patterns do not. Hidden files and
/// folders (".git", ".build") are skipped; symbolic links to folders are not followed.
struct DirectoryWalker: IteratorProtocol {
    let root: String
    let include: [Glob]
    let exclude: [Glob]
    /// Folders still to visit, each with its entries not yet handled (sorted, reversed).
    private var stack: [(path: String, relative: String, entries: [String])] = []

    init(root: String, include: [Glob], exclude: [Glob]) {
        self.root = root
        self.include = include
        self.exclude = exclude
        stack = [(root, "", Self.entries(root))]
    }

    private static func entries(_ path: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter { !$0.hasPrefix(".") }.sorted().reversed()
    }

    mutating func next() -> String? {
        while !stack.isEmpty {
            guard let name = stack[stack.count - 1].entries.popLast() else {
                stack.removeLast()
                continue
            }
            let top = stack[stack.count - 1]
            let path = (top.path as NSString).appendingPathComponent(name)
            let relative = top.relative.isEmpty ? name : top.relative + "/" + name
            if exclude.contains(where: { $0.matches(relative) }) { continue }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                let attributes = try? FileManager.default.attributesOfItem(atPath: path)
                let isLink = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil
                if isLink || attributes == nil { continue }
                stack.append((path, relative, Self.entries(path)))
                continue
            }
            if include.contains(where: { $0.matches(relative) }) { return path }
        }
        return nil
    }
}
