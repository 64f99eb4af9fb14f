import TestSupport
import TextCore
import Testing

@Suite struct CaseFoldingTests {
    /// Hashing a document's words reads short ASCII words eight units at a time; a word must
    /// hash the same that way as on its own, whatever its case, length, script or place.
    @Test func documentHashesEqualSingleWordHashes() throws {
        let string = "The the THE Kelvin \u{212A}elvin kelvin Überall überall STRASSE strasse abcdefgh ABCDEFGH abcdefghi Москва москва ÄRGERNISSEÜBERALL ärgernisseüberall x\u{1D400}y end"
        let units = string.utf16Units
        let words = try WordTable.words(of: units)
        let hashes = units.withUnsafeBufferPointer { CaseFolding.hashes($0, words) }
        #expect(hashes.count == words.count)
        var byText: [String: UInt64] = [:]
        units.withUnsafeBufferPointer { text in
            for index in 0..<words.count {
                let range = words.range(index)
                #expect(hashes[index] == CaseFolding.hash(text, range), "\(String(utf16Units: units[range.start..<range.end]))")
                let folded = CaseFolding.fold(String(utf16Units: units[range.start..<range.end]))
                if let earlier = byText[folded] { #expect(earlier == hashes[index], "\(folded)") }
                byText[folded] = hashes[index]
            }
        }
        // Equal after folding means equal hashes (the Kelvin sign folds to k); different
        // words differ.
        #expect(Set(byText.values).count == byText.count)
        let kelvin = words.range(4)
        let plain = words.range(5)
        #expect(units.withUnsafeBufferPointer { CaseFolding.hash($0, kelvin) == CaseFolding.hash($0, plain) })
    }
}
