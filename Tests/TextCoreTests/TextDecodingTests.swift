import TestSupport
import Testing
@testable import TextCore

@Suite struct TextDecodingTests {
    @Test func decodesUTF8AndDropsTheByteOrderMark() throws {
        let units = try TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("Größe €".utf8))
        #expect(String(utf16Units: units) == "Größe €")
    }

    @Test func decodesAstralCharactersToSurrogatePairs() throws {
        let units = try TextDecoding.decode(Array("a😀b".utf8))
        #expect(units == [0x61, 0xD83D, 0xDE00, 0x62])
    }

    @Test func reportsTheLineOfInvalidUTF8() {
        let bytes = Array("first line\nsecond ".utf8) + [0xC3, 0x28] + Array(" rest".utf8)
        #expect(throws: TextDecodingError.invalidUTF8(byteOffset: 18, line: 2, column: 8)) {
            try TextDecoding.decode(bytes)
        }
    }

    @Test func rejectsOverlongAndSurrogateEncodings() {
        #expect(throws: TextDecodingError.self) { try TextDecoding.decode([0xC0, 0xAF]) }
        #expect(throws: TextDecodingError.self) { try TextDecoding.decode([0xED, 0xA0, 0x80]) }
        #expect(throws: TextDecodingError.self) { try TextDecoding.decode([0x61, 0xE2, 0x82]) }
    }

    /// The decoder's fast paths (ASCII runs, two- and three-byte sequences) must accept and
    /// reject exactly what the standard library's validating decoder does, and agree on the text.
    @Test func agreesWithTheStandardLibraryOnRandomBytes() {
        let pieces: [[UInt8]] = [
            [0x61], [0x20], Array("abcdefghij".utf8), [0xC3, 0xA9], [0xD0, 0xB6], [0xC2, 0x80], [0xDF, 0xBF], [0xE2, 0x82, 0xAC],
            [0xE0, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xEF, 0xBF, 0xBF], [0xF0, 0x9F, 0x98, 0x80], [0xF4, 0x8F, 0xBF, 0xBF],
            [0xC0, 0xAF], [0xC1], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF5], [0xFF], [0x80], [0xBF], [0xC3], [0xE2, 0x82],
            [0xF0, 0x80, 0x80, 0x80], [0xF4, 0x90, 0x80, 0x80],
        ]
        var generator = SplitMix(seed: 11)
        var valid = 0
        for _ in 0..<20_000 {
            var bytes: [UInt8] = [0x78]
            for _ in 0..<Int(generator.next() % 8) { bytes += pieces[Int(generator.next() % UInt64(pieces.count))] }
            let expected = String(validating: bytes, as: UTF8.self)
            let decoded = try? TextDecoding.decode(bytes)
            #expect((decoded == nil) == (expected == nil), "\(bytes)")
            if let expected, let decoded {
                valid += 1
                #expect(decoded == Array(expected.utf16), "\(bytes)")
            }
        }
        #expect(valid > 1_000)
    }

    @Test func rejectsEmptyAndBinaryInput() {
        #expect(throws: TextDecodingError.empty) { try TextDecoding.decode([]) }
        #expect(throws: TextDecodingError.empty) { try TextDecoding.decode([0xEF, 0xBB, 0xBF]) }
        #expect(throws: TextDecodingError.binary(byteOffset: 3)) { try TextDecoding.decode([0x50, 0x4B, 0x03, 0x00, 0x14]) }
    }

    @Test func decodesUTF16WithAByteOrderMark() throws {
        let little: [UInt8] = [0xFF, 0xFE, 0x61, 0x00, 0xE9, 0x00]
        let big: [UInt8] = [0xFE, 0xFF, 0x00, 0x61, 0x00, 0xE9]
        #expect(String(utf16Units: try TextDecoding.decode(little)) == "aé")
        #expect(String(utf16Units: try TextDecoding.decode(big)) == "aé")
    }
}
