import Testing
@testable import TextCore

@Suite struct NormalizationTests {
    @Test func textAlreadyInNFCKeepsAnIdentityMap() {
        let document = Document(name: "t", string: "Déjà vu 😀 שלום", language: .undetermined)
        #expect(document.offsetMap.isIdentity)
        #expect(document.text == document.original)
    }

    @Test func decomposedTextIsComposedAndMappedBack() {
        // "Cafe\u{301} au lait" : é is typed as e + combining acute.
        let original = "Cafe\u{301} au lait"
        let document = Document(name: "t", string: original, language: .undetermined)
        #expect(String(utf16Units: document.text) == "Café au lait")
        #expect(document.offsetMap.rewrittenStretches == 1)
        // "au" is at 5..<7 in NFC and 6..<8 in the original.
        #expect(document.originalRange(TextRange(start: 5, end: 7)) == TextRange(start: 6, end: 8))
        // The composed é (3..<4) maps to e + U+0301 (3..<5).
        #expect(document.originalRange(TextRange(start: 3, end: 4)) == TextRange(start: 3, end: 5))
        // A range starting in "Caf" and ending after é covers the whole decomposed letter.
        #expect(document.originalRange(TextRange(start: 0, end: 4)) == TextRange(start: 0, end: 5))
        #expect(document.offsetMap.normalized(6) == 5)
    }

    @Test func severalCombiningMarksEmojiAndRightToLeftText() {
        // ệ as e + U+0323 + U+0302, an astral emoji, Hebrew with a point, then Latin.
        let original = "Vie\u{323}\u{302}t 😀 שָׁלוֹם o\u{308}k"
        let document = Document(name: "t", string: original, language: .undetermined)
        let nfc = String(utf16Units: document.text)
        #expect(nfc == Normalization.nfc(original))
        #expect(nfc.contains("Việt"))
        #expect(nfc.hasSuffix("ök"))
        // Every NFC word maps back to a range whose NFC form is the word.
        let nfcUnits = document.text
        for word in ["Việt", "😀", "ök"] {
            let wordUnits = Array(word.utf16)
            let start = (0...(nfcUnits.count - wordUnits.count)).first { Array(nfcUnits[$0..<($0 + wordUnits.count)]) == wordUnits }!
            let mapped = document.originalRange(TextRange(start: start, length: wordUnits.count))
            #expect(Normalization.nfc(document.originalString(mapped)) == word)
        }
    }

    @Test func nfdRoundTrip() {
        let text = "Ça déjà été réglé, Øresund, Ελλάδα"
        let decomposed = Normalization.nfd(text)
        #expect(decomposed.utf16.count > text.utf16.count)
        #expect(Normalization.nfc(decomposed) == text)
        let document = Document(name: "t", string: decomposed, language: .undetermined)
        #expect(String(utf16Units: document.text) == text)
        // The whole NFC text maps to the whole original.
        #expect(document.originalRange(TextRange(start: 0, end: document.text.count)) == TextRange(start: 0, end: document.original.count))
    }
}
