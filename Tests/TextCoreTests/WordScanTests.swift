import Foundation
import TestSupport
import TextCore
import Testing

/// Word iterators tokenise simple text without ICU's state machine (ICUBridge/wordscan.c).
/// Every word a check sees must be the word ICU would have found: same start, end and kind.
@Suite struct WordScanTests {
    static let locales = ["en", "de", "fr", "es", "it", "pt", "pl", "ru", "ja", "zh", "ko", "nl", "cs", "uk", "tr", "el", ""]

    private func words(_ units: [UInt16], _ iterator: BreakIterator) -> [String] {
        var table = WordTable()
        iterator.appendWords(in: units, to: &table)
        return (0..<table.count).map { "\(table.starts[$0])-\(table.ends[$0])-\(table.kinds[$0])" }
    }

    @Test(arguments: locales)
    func randomTextsGiveICUsWords(locale: String) throws {
        let scanning = try BreakIterator(kind: .word, locale: locale)
        let icu = try BreakIterator(kind: .word, locale: locale, icuWordsOnly: true)
        #expect(scanning.usesWordScan)
        #expect(!icu.usesWordScan)
        // Every class the rules tell apart, and characters the fast path leaves to ICU next to them.
        let alphabet: [UInt16] = Array("aZ1. ,;:'_@-\"/\n\r\t".utf16) + [
            0x2019, 0x2018, 0xE9, 0x430, 0x660, 0xFF11, 0xB7, 0x2024, 0x202F, 0xA0, 0x3000, 0x2026, 0x201C, 0x387, 0xFE50, 0x5F3, 0x301,
            0x200D, 0xD83D, 0xDE00, 0x4E00, 0x3042, 0x30A2, 0xAC00, 0xE01, 0x5D0, 0xAD, 0x2060, 0xFEFF, 0x0B, 0x85, 0x2028, 0xDF, 0x2013,
            0xAB, 0xBB, 0xA9, 0xFF21, 0xFF0E, 0x30FC, 0x3002, 0xFF20, 0xFF07, 0xFE55, 0xFF1A,
        ]
        var random = SplitMix(seed: 0x5EED_0000 &+ UInt64(locale.utf8.reduce(0) { $0 &* 31 &+ Int($1) }))
        for _ in 0..<20_000 {
            let length = 1 + Int(random.next() % 40)
            let units = (0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }
            #expect(words(units, scanning) == words(units, icu), "\(units.map { String($0, radix: 16) })")
        }
    }

    /// Every single BMP character between letters, digits and itself: the classes built from
    /// ICU's properties agree with ICU's rules character by character.
    @Test func everyCharacterInContextGivesICUsWords() throws {
        let scanning = try BreakIterator(kind: .word, locale: "en")
        let icu = try BreakIterator(kind: .word, locale: "en", icuWordsOnly: true)
        let contexts = ["aXa", "1X1", "XX", "X1", "1X", "aX", "Xa", "_X_", " X ", "X.X", "X'X"].map { Array($0.utf16) }
        var mismatches: [String] = []
        for scalar in UInt16(0)...UInt16(0xFFFF) where !(0xD800...0xDFFF).contains(scalar) {
            for context in contexts {
                let units = context.map { $0 == 0x58 ? scalar : $0 }
                if words(units, scanning) != words(units, icu) { mismatches.append("U+\(String(scalar, radix: 16)) in \(String(decoding: context, as: UTF16.self))") }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")
    }

    /// Every text of the corpus, in its own language.
    @Test func corpusTextsGiveICUsWords() throws {
        let root = Repository.corporaDirectory
        let files = (FileManager.default.enumerator(atPath: root)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }
        #expect(files.count > 100)
        var iterators: [String: (BreakIterator, BreakIterator)] = [:]
        for file in files {
            guard let data = FileManager.default.contents(atPath: root + "/" + file) else { continue }
            let units = Array(String(decoding: data, as: UTF8.self).utf16)
            let language = file.split(separator: "/").first.map(String.init) ?? "en"
            let locale = LanguageTag(language).map { LanguageProfile.forTag($0).wordLocale } ?? "en"
            if iterators[locale] == nil { iterators[locale] = (try BreakIterator(kind: .word, locale: locale), try BreakIterator(kind: .word, locale: locale, icuWordsOnly: true)) }
            let (scanning, icu) = iterators[locale]!
            #expect(words(units, scanning) == words(units, icu), "\(file)")
        }
    }

    /// Locales whose rules differ (Swedish and Finnish join letters across a colon; POSIX
    /// differs more) keep every word from ICU: the probe at opening notices.
    @Test func localesWithOtherRulesUseICUAlone() throws {
        #expect(try !BreakIterator(kind: .word, locale: "sv").usesWordScan)
        #expect(try !BreakIterator(kind: .word, locale: "en_US_POSIX").usesWordScan)
        let units = Array("a:b 12:30 x".utf16)
        let swedish = try BreakIterator(kind: .word, locale: "sv")
        let icu = try BreakIterator(kind: .word, locale: "sv", icuWordsOnly: true)
        #expect(words(units, swedish) == words(units, icu))
    }
}
