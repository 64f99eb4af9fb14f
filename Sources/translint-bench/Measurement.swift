import Foundation

/// One phase's result, as a child reports it to the parent.
struct Measurement: Codable {
    var phase: String
    var language: String
    var seconds: Double
    /// UTF-8 bytes of input processed.
    var bytes: Int
    var documents: Int
    var findings: Int
    var peakResidentBytes: Int

    var megabytesPerSecond: Double { seconds > 0 ? Double(bytes) / 1_000_000 / seconds : 0 }
    var documentsPerSecond: Double { seconds > 0 ? Double(documents) / seconds : 0 }

    var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: (try? encoder.encode(self)) ?? Data(), as: UTF8.self)
    }
}
