import ICUBridge

/// The versions that decide how text is segmented and which locale data is used. Reports
/// carry them because sentence and word boundaries change between ICU releases.
public struct ICUVersions: Sendable, Codable, Equatable {
    public let icu: String
    public let unicode: String
    public let cldr: String

    public init(icu: String, unicode: String, cldr: String) {
        self.icu = icu
        self.unicode = unicode
        self.cldr = cldr
    }

    /// The versions of the libicu this process is linked against.
    public static let current: ICUVersions = {
        func read(_ fill: (UnsafeMutablePointer<CChar>, Int32) -> Void) -> String {
            var buffer = [CChar](repeating: 0, count: 32)
            buffer.withUnsafeMutableBufferPointer { fill($0.baseAddress!, Int32($0.count)) }
            return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
        return ICUVersions(icu: read(tl_icu_version), unicode: read(tl_unicode_version), cldr: read(tl_cldr_version))
    }()
}
