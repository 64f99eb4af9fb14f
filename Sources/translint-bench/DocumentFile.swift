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

    static func read(_ path: String) -> [[UInt8]] {
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
