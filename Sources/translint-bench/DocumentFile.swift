import Foundation

/// Documents stored for the child processes: each one a 4-byte little-endian length and
/// its UTF-8 bytes. Children load them before the clock starts.
enum DocumentFile {
    static func write(_ documents: [[UInt8]], to path: String) throws {
        var data = Data()
        for document in documents {
            var length = UInt32(document.count).littleEndian
            withUnsafeBytes(of: &length) { data.append(contentsOf: $0) }
            data.append(contentsOf: document)
        }
        try data.write(to: URL(fileURLWithPath: path))
    }

    /// The `text` and `lang` of each record of a JSONL file (records without a text are skipped).
    static func records(_ path: String) -> [(text: [UInt8], language: String?)] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        return data.split(separator: UInt8(ascii: "\n")).compactMap { line in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any], let text = object["text"] as? String else { return nil }
            return (Array(text.utf8), object["lang"] as? String)
        }
    }

    /// The documents of `path`: a JSONL file of records (their texts), a `.docs` file, or a folder of `.txt` and `.md` files (one
    /// document each, in sorted order), or a single text file.
    static func read(_ path: String) -> [[UInt8]] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return [] }
        if isDirectory.boolValue {
            let files = (FileManager.default.enumerator(atPath: path)?.allObjects as? [String] ?? [])
                .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }.sorted()
            return files.compactMap { FileManager.default.contents(atPath: (path as NSString).appendingPathComponent($0)).map { [UInt8]($0) } }
        }
        if path.hasSuffix(".jsonl") { return records(path).map(\.text) }
        guard path.hasSuffix(".docs") else { return FileManager.default.contents(atPath: path).map { [[UInt8]($0)] } ?? [] }
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        var documents: [[UInt8]] = []
        var offset = 0
        let bytes = [UInt8](data)
        while offset + 4 <= bytes.count {
            let length = Int(bytes[offset]) | Int(bytes[offset + 1]) << 8 | Int(bytes[offset + 2]) << 16 | Int(bytes[offset + 3]) << 24
            offset += 4
            documents.append(Array(bytes[offset..<min(bytes.count, offset + length)]))
            offset += length
        }
        return documents
    }
}
