import Foundation

/// A folder under the system's temporary directory, removed when the value goes away.
public final class TemporaryFolder {
    public let root: String

    public init() throws {
        root = (NSTemporaryDirectory() as NSString).appendingPathComponent("translint-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    public func path(_ relative: String) -> String { (root as NSString).appendingPathComponent(relative) }

    @discardableResult
    public func write(_ relative: String, _ text: String) throws -> String {
        try write(relative, bytes: Array(text.utf8))
    }

    @discardableResult
    public func write(_ relative: String, bytes: [UInt8]) throws -> String {
        let full = path(relative)
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: full))
        return full
    }
}
