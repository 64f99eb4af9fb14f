import TextCore

/// Finds words that mix Latin letters with Cyrillic or Greek look-alikes: "Pаris" with a
/// Cyrillic "а", "мaшина" with a Latin "a". Such words look right and are wrong for every
/// machine: search, spell checking, text-to-speech. Only letters that look like a letter of
/// the word's main script count, so "μg" or "β-blocker" are not flagged.
public struct MixedScriptRule: Detector {
    public static let id = RuleID(.encoding, "mixed-script")

    public static let description = RuleDescription(
        id: id,
        summary: "A word mixes look-alike letters of two scripts (Latin with Cyrillic or Greek).",
        rationale: "Homoglyphs slip in through OCR, keyboard layouts and MT pipelines; readers cannot see them, but search, spell checkers and screen readers trip over them.",
        category: .characterEncoding,
        severity: .major,
        triggering: [
            RuleExample("The summit in ⟦P\u{430}ris⟧ ended."),
            RuleExample("Новая ⟦м\u{61}шина⟧ готова.", language: "ru"),
        ],
        nonTriggering: [
            RuleExample("Создайте учётную запись на GitHub'е и откройте PR'а.", language: "ru", note: "a Latin name with a Cyrillic case ending"),
            RuleExample("The dose was 5 μg and β-blockers helped."),
            RuleExample("Москва и Paris, Ελλάδα."),
        ]
    )

    public init() {}

    /// Cyrillic and Greek letters that look like Latin ones, and back.
    static let toLatin: [UInt32: Character] = [
        0x430: "a", 0x435: "e", 0x43E: "o", 0x440: "p", 0x441: "c", 0x443: "y", 0x445: "x", 0x456: "i", 0x458: "j", 0x455: "s", 0x4BB: "h",
        0x501: "d", 0x410: "A", 0x412: "B", 0x415: "E", 0x41A: "K", 0x41C: "M", 0x41D: "H", 0x41E: "O", 0x420: "P", 0x421: "C",
        0x422: "T", 0x425: "X", 0x406: "I", 0x408: "J", 0x405: "S", 0x3BF: "o", 0x3B1: "a", 0x3BD: "v", 0x3C1: "p", 0x3B9: "i",
        0x3BA: "k", 0x3C5: "u", 0x391: "A", 0x392: "B", 0x395: "E", 0x396: "Z", 0x397: "H", 0x399: "I", 0x39A: "K", 0x39C: "M",
        0x39D: "N", 0x39F: "O", 0x3A1: "P", 0x3A4: "T", 0x3A5: "Y", 0x3A7: "X",
    ]
    static let toCyrillic: [UInt32: Character] = [
        0x61: "а", 0x65: "е", 0x6F: "о", 0x70: "р", 0x63: "с", 0x79: "у", 0x78: "х", 0x69: "і", 0x41: "А", 0x42: "В", 0x45: "Е",
        0x4B: "К", 0x4D: "М", 0x48: "Н", 0x4F: "О", 0x50: "Р", 0x43: "С", 0x54: "Т", 0x58: "Х",
    ]
    static let toGreek: [UInt32: Character] = [
        0x6F: "ο", 0x41: "Α", 0x42: "Β", 0x45: "Ε", 0x5A: "Ζ", 0x48: "Η", 0x49: "Ι", 0x4B: "Κ", 0x4D: "Μ", 0x4E: "Ν", 0x4F: "Ο",
        0x50: "Ρ", 0x54: "Τ", 0x59: "Υ", 0x58: "Χ",
    ]

    /// Latin letters, an apostrophe, then only Cyrillic letters.
    static func isInflectedName(_ scalars: [UInt32]) -> Bool {
        guard let apostrophe = scalars.firstIndex(where: { $0 == 0x27 || $0 == Unit.rightSingleQuotationMark }), apostrophe > 0, apostrophe < scalars.count - 1 else { return false }
        return scalars[..<apostrophe].allSatisfy { Script.of($0) == .latin || CharacterClass.of($0).contains(.digit) }
            && scalars[(apostrophe + 1)...].allSatisfy { Script.of($0) == .cyrillic }
    }

    public func check(_ document: AnalyzedDocument, into sink: inout FindingSink) {
        let words = document.words
        guard document.alphabets.contains(.latin), !document.alphabets.isDisjoint(with: [.cyrillic, .greek]) else { return }
        document.withText { text in
            // Quick test (in C, over every word): a word must hold both a Latin letter and a
            // Cyrillic or Greek one.
            for index in CharacterScans.mixedScriptWords(text, words) where words.kinds[index] == .letter {
                let range = words.range(index)
                var latin = 0, cyrillic = 0, greek = 0
                var offset = range.start
                var scalars: [UInt32] = []
                while offset < range.end {
                    let scalar = text.scalar(at: offset)
                    scalars.append(scalar.codePoint)
                    switch Script.of(scalar.codePoint) {
                    case .latin: latin += 1
                    case .cyrillic: cyrillic += 1
                    case .greek: greek += 1
                    default: break
                    }
                    offset += scalar.length
                }
                guard latin > 0, cyrillic + greek > 0 else { continue }
                // A Latin name with a Russian or Ukrainian case ending after an apostrophe
                // ("GitHub'е", "PR'а") is how those languages inflect foreign names.
                if Self.isInflectedName(scalars) { continue }
                // The main script is the one with more letters; the others must all be look-alikes.
                let mainIsLatin = latin >= cyrillic + greek
                var repaired = ""
                var allLookAlike = true
                for scalar in scalars {
                    let script = Script.of(scalar)
                    let isMinority = mainIsLatin ? (script == .cyrillic || script == .greek) : script == .latin
                    guard isMinority else {
                        repaired.unicodeScalars.append(Unicode.Scalar(scalar)!)
                        continue
                    }
                    let table = mainIsLatin ? Self.toLatin : (cyrillic >= greek ? Self.toCyrillic : Self.toGreek)
                    guard let replacement = table[scalar] else {
                        allLookAlike = false
                        break
                    }
                    repaired.append(replacement)
                }
                guard allLookAlike else { continue }
                let main = mainIsLatin ? "Latin" : (cyrillic >= greek ? "Cyrillic" : "Greek")
                sink.report(range, "“\(document.string(range))” mixes scripts: it is a \(main) word with look-alike letters from another alphabet.", suggestions: [repaired])
            }
        }
    }
}
