/// A name's consonant skeleton, the same in Cyrillic and in its Latin spelling: "Зеленский"
/// and "Zelensky", "Харків" and "Kharkiv", "Байденом" and "Biden" all give their first
/// consonants once vowels, j and y, h and g (Ukrainian г is h, Russian г is g) and doubled
/// letters are set aside, and x is read ks, w v. Names are what a news sentence and its translation share
/// most often across the two scripts, and a skeleton is cheap: no transliteration table of
/// ICU, a pass over the word's letters.
enum NameSkeleton {
    /// Consonants kept: the first ones tell names apart in a sentence, and Russian and
    /// Ukrainian endings ("Байденом", "Зеленского") add consonants after them.
    static let length = 3

    /// The skeleton of the word `text[start..<end]` hashed, or nil when it has fewer than
    /// two consonants or a letter outside ASCII and Cyrillic.
    static func hash(_ text: [UInt16], _ start: Int, _ end: Int) -> UInt64? {
        var hash: UInt64 = 0x534B454C
        var kept = 0
        var last: UInt8 = 0
        // Adds one Latin letter; true when the skeleton is complete. A vowel parts two
        // equal consonants ("Lula"); doubled ones are one ("Russia", "Россия").
        func add(_ letter: UInt8) -> Bool {
            guard letter != 0 else { return false }
            if letter == UInt8(ascii: "x") { return add(UInt8(ascii: "k")) || add(UInt8(ascii: "s")) }
            guard let consonant = consonant(letter) else {
                if vowels.contains(letter) { last = 0 }
                return false
            }
            guard consonant != last else { return false }
            last = consonant
            hash = (hash ^ UInt64(consonant)) &* 0x100000001b3
            kept += 1
            return kept == length
        }
        for offset in start..<end {
            let unit = text[offset]
            if unit < 0x80 {
                let lower = unit >= 0x41 && unit <= 0x5A ? unit + 32 : unit
                guard lower >= 0x61, lower <= 0x7A else { return nil }
                if add(UInt8(lower)) { return hash }
            } else if let letters = cyrillic(unit) {
                if add(letters.0) || add(letters.1) { return hash }
            } else {
                return nil
            }
        }
        return kept >= 2 ? hash : nil
    }

    /// A Latin letter's consonant class, or nil for a vowel or a letter set aside ("kh",
    /// "ch", "sh", "zh": the h marks a sound, not a consonant of its own).
    private static func consonant(_ letter: UInt8) -> UInt8? {
        switch letter {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"), UInt8(ascii: "y"),
             UInt8(ascii: "j"), UInt8(ascii: "h"), UInt8(ascii: "g"):
            return nil
        case UInt8(ascii: "c"), UInt8(ascii: "q"): return UInt8(ascii: "k")
        case UInt8(ascii: "z"): return UInt8(ascii: "s")
        case UInt8(ascii: "f"), UInt8(ascii: "w"): return UInt8(ascii: "v")
        default: return letter
        }
    }

    private static let vowels: [UInt8] = Array("aeiouy".utf8)

    /// Cyrillic letters in a Latin spelling (one or two letters), upper and lower case.
    private static func cyrillic(_ unit: UInt16) -> (UInt8, UInt8)? {
        var index: Int
        switch unit {
        case 0x0410...0x042F: index = Int(unit - 0x0410)
        case 0x0430...0x044F: index = Int(unit - 0x0430)
        case 0x0401, 0x0451: return (UInt8(ascii: "e"), 0)
        case 0x0404, 0x0454: return (UInt8(ascii: "e"), 0)
        case 0x0406, 0x0456, 0x0407, 0x0457: return (UInt8(ascii: "i"), 0)
        case 0x0490, 0x0491: return (UInt8(ascii: "g"), 0)
        default: return nil
        }
        index = min(index, spellings.count - 1)
        return spellings[index]
    }

    /// а б в г д е ж з и й к л м н о п р с т у ф х ц ч ш щ ъ ы ь э ю я
    private static let spellings: [(UInt8, UInt8)] = [
        (97, 0), (98, 0), (118, 0), (103, 0), (100, 0), (101, 0), (122, 104), (122, 0), (105, 0), (121, 0), (107, 0), (108, 0), (109, 0), (110, 0),
        (111, 0), (112, 0), (114, 0), (115, 0), (116, 0), (117, 0), (102, 0), (107, 104), (116, 115), (99, 104), (115, 104), (115, 104),
        (0, 0), (121, 0), (0, 0), (101, 0), (121, 117), (121, 97),
    ]
}
