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
