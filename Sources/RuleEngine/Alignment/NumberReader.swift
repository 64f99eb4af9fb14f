import Foundation
import TextCore

/// Finds the numbers of a stretch of text and reads them in a language's conventions:
/// digits (ASCII, full-width, Arabic-Indic, Devanagari) with the separators of the locale
/// or of English, scale words after them ("million", "Millionen", "млн", 万, 億), number
/// words ICU spells out, and Chinese numerals.
struct NumberReader: Sendable {
    let conventions: NumberConventions
    /// The number words, by case-folded hash, with their values.
    let wordValues: WordHashSet
    /// The scale words, by case-folded hash, with their powers of ten.
    let scaleExponents: WordHashSet
    /// Imperial and US units, by case-folded hash, with the index of their conversion.
    let unitConversions: WordHashSet
    let readsHanNumerals: Bool

    private static let cache = Locked(RecentlyUsedCache<LanguageTag, NumberReader>(capacity: 64))

    /// The reader of a language, made once per process (for the 64 most recently used).
    static func of(_ language: LanguageTag) -> NumberReader {
        if let known = cache.withLock({ $0.value(for: language) }) { return known }
        let made = NumberReader(language: language)
        cache.withLock { $0.insert(made, for: language) }
        return made
    }

    private init(language: LanguageTag) {
        conventions = NumberConventions.of(locale: language.icuLocale)
        // ICU's number words, and the decades people are in ("in his fifties").
        let decades = language.language == "en" ? Self.englishDecades : [:]
        let words = conventions.words.merging(decades) { first, _ in first }
        wordValues = WordHashSet(words.map { (hash: LanguageResources.hash($0.key), value: Int32($0.value)) }, count: words.count)
        scaleExponents = WordHashSet(Self.scaleWords.map { (hash: LanguageResources.hash($0.0), value: Int32(log10($0.1).rounded())) }, count: Self.scaleWords.count)
        readsHanNumerals = ["zh", "ja", "ko", "yue"].contains(language.language)
        unitConversions = WordHashSet(Self.units.enumerated().flatMap { index, unit in unit.words.map { (hash: LanguageResources.hash($0), value: Int32(index)) } },
                                      count: Self.units.reduce(0) { $0 + $1.words.count })
    }

    /// Units a translation converts, with the factors to the metric units it converts to
    /// (square miles and acres to both hectares and square kilometres).
    static let units: [(words: [String], factors: [Double])] = [
        (["feet", "foot", "ft"], [0.3048]), (["miles", "mile", "mi", "mph"], [1.609344]), (["acres", "acre"], [0.404686, 0.00404686]),
        (["pounds", "pound", "lb", "lbs"], [0.453592]), (["inches", "inch", "in"], [2.54]), (["yards", "yard", "yd"], [0.9144]),
        (["gallons", "gallon"], [3.78541]), (["ounces", "ounce", "oz"], [28.3495]), (["square"], [2.58999, 0.092903]),
        (["fahrenheit", "°f"], [-1]),
    ]

    /// Approximate values of `value` in the metric unit its following word converts to.
    private func converted(_ value: Double, unitWord: UInt64) -> [Double] {
        guard let index = unitConversions.value(for: unitWord) else { return [] }
        return Self.units[Int(index)].factors.map { $0 < 0 ? (value - 32) * 5 / 9 : value * $0 }
    }

    static let englishDecades: [String: Int] = [
        "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70, "eighties": 80, "nineties": 90,
    ]

    /// Scale words of the supported languages, case-folded, and their values.
    static let scaleWords: [(String, Double)] = [
        ("thousand", 1e3), ("million", 1e6), ("millions", 1e6), ("billion", 1e9), ("billions", 1e9), ("trillion", 1e12), ("mln", 1e6), ("bn", 1e9),
        ("tausend", 1e3), ("millionen", 1e6), ("mio", 1e6), ("milliarde", 1e9), ("milliarden", 1e9), ("mrd", 1e9), ("billionen", 1e12),
        ("mille", 1e3), ("milliard", 1e9), ("milliards", 1e9), ("mil", 1e3), ("millón", 1e6), ("millones", 1e6), ("millardo", 1e9),
        ("milione", 1e6), ("milioni", 1e6), ("miliardo", 1e9), ("miliardi", 1e9), ("milhão", 1e6), ("milhões", 1e6), ("bilhão", 1e9), ("bilhões", 1e9),
        ("tys", 1e3), ("tysięcy", 1e3), ("milion", 1e6), ("miliony", 1e6), ("milionów", 1e6), ("mld", 1e9), ("miliard", 1e9), ("miliardy", 1e9), ("miliardów", 1e9),
        ("lakh", 1e5), ("lakhs", 1e5), ("crore", 1e7), ("crores", 1e7),
        ("тыс", 1e3), ("тысяча", 1e3), ("тысячи", 1e3), ("тысяч", 1e3), ("млн", 1e6), ("миллион", 1e6), ("миллиона", 1e6), ("миллионов", 1e6),
        ("млрд", 1e9), ("миллиард", 1e9), ("миллиарда", 1e9), ("миллиардов", 1e9), ("трлн", 1e12),
    ]

    /// The numbers of sentence `range` (its words `words`) of `document`. Digits are read
    /// where the word breaker found a number; number words and Chinese numerals are looked
    /// up word by word.
    func mentions(in document: AnalyzedDocument, range: TextRange, words: Range<Int>) -> [NumberMention] {
        let text = document.text
        let table = document.words
        let kinds = table.kinds
        let hashes = document.foldedWordHashes
        var found: [NumberMention] = []
        var consumed = range.start
        func nextWord(after end: Int, from word: Int) -> Int? {
            var next = word + 1
            while next < words.upperBound, Int(table.starts[next]) < end { next += 1 }
            return next < words.upperBound && kinds[next] == .letter ? next : nil
        }
        func scale(after end: Int, from word: Int) -> Double? {
            guard let next = nextWord(after: end, from: word), let exponent = scaleExponents.value(for: hashes[next]) else { return nil }
            return pow(10, Double(exponent))
        }
        for word in words {
            let wordRange = table.range(word)
            switch kinds[word] {
            case .number, .letter where Self.digit(text[wordRange.start]) != nil:
                // Digits, and ordinals the word breaker takes for words ("16th", "3rd").
                guard wordRange.start >= consumed, let first = (wordRange.start..<wordRange.end).first(where: { Self.digit(text[$0]) != nil }) else { continue }
                if Self.isPartOfName(text, first) {
                    consumed = appendName(text, from: first, end: wordRange.end, to: &found)
                    continue
                }
                let before = found.count
                consumed = readDigits(text, from: first, limit: range.end, into: &found)
                if found.count == before + 1, let factor = scale(after: consumed, from: word) {
                    found[before].readings += found[before].readings.map { $0 * factor }
                }
                if found.count == before + 1, let value = found[before].readings.first, let unit = nextWord(after: consumed, from: word) {
                    found[before].approximate = converted(value, unitWord: hashes[unit])
                }
            case .letter:
                guard wordRange.start >= consumed else { continue }
                if let roman = Self.romanValue(text[wordRange.start..<wordRange.end]) {
                    // "XVII век": it accounts for "17th century" on the other side.
                    found.append(NumberMention(range: wordRange, readings: [roman], isWord: true))
                    continue
                }
                guard let value = wordValues.value(for: hashes[word]) else { continue }
                var readings = [Double(value)]
                // "thirty-one": a tens word, a hyphen, a units word.
                if value >= 20, value < 100, value % 10 == 0, word + 2 < words.upperBound || word + 1 < words.upperBound,
                   wordRange.end < range.end, text[wordRange.end] == 0x2D, let next = nextWord(after: wordRange.end, from: word),
                   Int(table.starts[next]) == wordRange.end + 1, let units = wordValues.value(for: hashes[next]), units > 0, units < 10 {
                    readings = [Double(value + units)]
                    consumed = Int(table.ends[next])
                }
                if let factor = scale(after: wordRange.end, from: word) { readings.append(Double(value) * factor) }
                found.append(NumberMention(range: wordRange, readings: readings, isWord: true))
            case .ideographic, .kana:
                if readsHanNumerals { Self.appendHanNumerals(text, wordRange, to: &found) }
            default:
                continue
            }
        }
        return found
    }

    /// The digits of a name ("COVID-19"), marked as a name's.
    private func appendName(_ text: [UInt16], from start: Int, end: Int, to found: inout [NumberMention]) -> Int {
        var name: [NumberMention] = []
        let consumed = readDigits(text, from: start, limit: end, into: &name)
        found += name.map { mention in
            var mention = mention
            mention.isName = true
            return mention
        }
        return consumed
    }

    /// Chinese numerals in a word ("三十五", "两千万"): they account for numbers of the
    /// other side, never reported themselves.
    static func appendHanNumerals(_ text: [UInt16], _ range: TextRange, to found: inout [NumberMention]) {
        var index = range.start
        while index < range.end {
            guard hanDigit(text[index]) != nil || hanUnit(text[index]) != nil else {
                index += 1
                continue
            }
            var end = index
            while end < range.end, hanDigit(text[end]) != nil || hanUnit(text[end]) != nil { end += 1 }
            if let value = hanValue(text[index..<end]) {
                found.append(NumberMention(range: TextRange(start: index, end: end), readings: [value], isWord: true))
            }
            index = end
        }
    }

    /// Reads the number starting at `start`; returns where it ends.
    /// `compounds`: whether digits after a CJK scale may continue the number (only one level:
    /// "1万1万1万…" must not recurse).
    private func readDigits(_ text: [UInt16], from start: Int, limit: Int, into found: inout [NumberMention], compounds: Bool = true) -> Int {
        var groups: [[Int]] = [[]]
        var separators: [UInt16] = []
        var index = start
        while index < limit {
            if let value = Self.digit(text[index]) {
                groups[groups.count - 1].append(value)
                index += 1
                continue
            }
            let unit = text[index]
            let isSeparator = unit == 0x2E || unit == 0x2C || unit == 0x27 || unit == 0x2019 || unit == 0xA0 || unit == 0x202F || unit == 0x2009 || unit == 0x20
            guard isSeparator, index + 1 < limit, Self.digit(text[index + 1]) != nil else { break }
            if unit == 0x20 || unit == 0xA0 || unit == 0x202F || unit == 0x2009 {
                // A space groups only three digits after at most three: "1 234 567", not "in 2023 12 people".
                var count = 0
                while index + 1 + count < limit, Self.digit(text[index + 1 + count]) != nil { count += 1 }
                guard count == 3, groups[groups.count - 1].count <= 3 else { break }
            }
            separators.append(unit)
            groups.append([])
            index += 1
        }
        let range = TextRange(start: start, end: index)
        var readings = Self.readings(groups: groups, separators: separators, decimal: conventions.decimal)
        if readings.isEmpty {
            // Not one number ("12.03.2023", "1.2.3"): each group is its own.
            var offset = start
            for group in groups {
                let value = group.reduce(0.0) { $0 * 10 + Double($1) }
                found.append(NumberMention(range: TextRange(start: offset, end: offset + group.count), readings: Self.withClock(value), isWord: false))
                offset += group.count + 1
            }
            return index
        }
        if let first = readings.first { readings = Self.withClock(first) + readings.dropFirst() }
        // Two digits may be a year written short ("'85", "1900–85", "12/01/21", "90er", "80s").
        if index - start == 2, let value = readings.first, value == value.rounded() {
            readings += [1900 + value, 2000 + value]
        }
        if compounds, let compound = compoundWithScale(text, start: start, end: index, limit: limit, readings: &readings) {
            found.append(compound.mention)
            return compound.end
        }
        found.append(NumberMention(range: range, readings: readings, isWord: false))
        return index
    }

    /// A scale written after the digits ("300万", "1.5億", "135 万", "3만") multiplies the
    /// readings; when digits go on after it ("20万6,737", "1億6,940万") the two make one
    /// number, returned whole with where it ends. A glued abbreviation ("£3m", "$1.2bn",
    /// "5k") multiplies too.
    private func compoundWithScale(_ text: [UInt16], start: Int, end index: Int, limit: Int, readings: inout [Double]) -> (mention: NumberMention, end: Int)? {
        var scaleAt = index
        // A space or "more than" (余, 多) may stand between the digits and the scale: "30 余万".
        if scaleAt + 1 < limit, text[scaleAt] == 0x20 || text[scaleAt] == 0x4F59 || text[scaleAt] == 0x591A, Self.scaleCharacter(text[scaleAt + 1]) != nil { scaleAt += 1 }
        guard scaleAt < limit, let scale = Self.scaleCharacter(text[scaleAt]) else {
            if index < limit, let factor = Self.gluedScale(text, from: index, limit: limit) { readings += readings.map { $0 * factor } }
            return nil
        }
        var total = scale
        var end = scaleAt + 1
        if end < limit, let next = Self.scaleCharacter(text[end]), next > scale {
            total *= next
            end += 1
        }
        if total >= 1e4, end < limit, Self.digit(text[end]) != nil, let head = readings.first {
            var rest: [NumberMention] = []
            var restEnd = readDigits(text, from: end, limit: limit, into: &rest, compounds: false)
            var tail = rest.count == 1 ? rest[0].readings.first ?? 0 : 0
            if restEnd < limit, let restScale = Self.scaleCharacter(text[restEnd]), restScale < total {
                tail *= restScale
                restEnd += 1
            }
            if rest.count == 1, tail < total {
                return (NumberMention(range: TextRange(start: start, end: restEnd), readings: [head * total + tail], isWord: false), restEnd)
            }
        }
        readings += readings.map { $0 * total }
        return nil
    }

    /// The value of an upper-case Roman numeral of two letters or more ("XVII", "XIX"), or nil.
    static func romanValue(_ units: ArraySlice<UInt16>) -> Double? {
        guard units.count >= 2, units.count <= 12 else { return nil }
        func value(_ unit: UInt16) -> Int? {
            switch unit {
            case 0x49: return 1
            case 0x56: return 5
            case 0x58: return 10
            case 0x4C: return 50
            case 0x43: return 100
            case 0x44: return 500
            case 0x4D: return 1000
            default: return nil
            }
        }
        // Most words fail on their first letter; nothing is allocated.
        var total = 0
        var previous = 0
        for unit in units {
            guard let current = value(unit) else { return nil }
            // A numeral smaller than the next one is subtracted (IV, XC).
            total += previous < current ? -previous : previous
            previous = current
        }
        total += previous
        return total > 0 && total < 4000 ? Double(total) : nil
    }

    /// A scale abbreviation or word glued to digits and ending the word: "m", "bn", "k", "tn",
    /// "£3million" (English tabloids write it so).
    static func gluedScale(_ text: [UInt16], from start: Int, limit: Int) -> Double? {
        var end = start
        while end < limit, end - start < 8, (0x61...0x7A).contains(text[end]) { end += 1 }
        guard end > start, end >= limit || !CharacterClass.of(unit: text[end]).contains(.alphabetic) else { return nil }
        switch String(decoding: text[start..<end], as: UTF16.self) {
        case "k": return 1e3
        case "m", "mn", "mln", "million", "millions": return 1e6
        case "bn", "b", "billion", "billions": return 1e9
        case "tn", "trillion": return 1e12
        default: return nil
        }
    }

    /// Whether the digits at `offset` belong to a name: glued to a letter ("A320", "G7") or
    /// to a word by a hyphen ("COVID-19", "Boeing-737"). A translation may drop or rename
    /// the name; its digits are not a figure of the text.
    static func isPartOfName(_ text: [UInt16], _ offset: Int) -> Bool {
        guard offset > 0 else { return false }
        let before = text[offset - 1]
        if CharacterClass.of(unit: before).contains(.alphabetic), !CharacterClass.of(unit: before).contains(.ideographic), !(0x3040...0x30FF).contains(before) { return true }
        if before == 0x2D || before == 0x2010 || before == 0x2011, offset >= 2 { return CharacterClass.of(unit: text[offset - 2]).contains(.alphabetic) }
        return false
    }

    /// The values digits and separators can be read as: with the locale's decimal
    /// separator, and with the other of `.` and `,` as decimal separator.
    static func readings(groups: [[Int]], separators: [UInt16], decimal: UInt16) -> [Double] {
        func integer(_ digits: [Int]) -> Double { digits.reduce(0.0) { $0 * 10 + Double($1) } }
        guard !separators.isEmpty else { return [integer(groups[0])] }
        var result: [Double] = []
        let candidates: [UInt16?] = [decimal, decimal == 0x2E ? 0x2C : 0x2E, nil]
        for decimalMark in candidates {
            // The decimal mark may only be the last separator, and only once.
            let decimalIndex = separators.lastIndex(where: { $0 == decimalMark })
            if let decimalIndex, decimalIndex != separators.count - 1 || separators.filter({ $0 == decimalMark }).count > 1 { continue }
            let grouped = decimalIndex.map { groups[0...$0] } ?? groups[...]
            // Grouping: every group after the first has three digits; or Indian grouping, twos
            // before the last three (2,06,737; 1,20,00,000).
            let western = grouped.dropFirst().allSatisfy({ $0.count == 3 }) && (grouped.first!.count <= 3 || grouped.count == 1)
            let indian = grouped.count >= 3 && grouped.last!.count == 3 && grouped.dropFirst().dropLast().allSatisfy({ $0.count == 2 })
                && (1...2).contains(grouped.first!.count)
            guard western || indian else { continue }
            var value = integer(grouped.flatMap { $0 })
            if let decimalIndex {
                let fraction = groups[decimalIndex + 1]
                value += integer(fraction) / pow10(fraction.count)
            }
            if !result.contains(value) { result.append(value) }
        }
        return result
    }

    private static func pow10(_ n: Int) -> Double { (0..<n).reduce(1.0) { value, _ in value * 10 } }

    /// A small whole number may be an hour on a 12-hour clock.
    static func withClock(_ value: Double) -> [Double] {
        value >= 1 && value <= 12 && value == value.rounded() ? [value, value + 12] : [value]
    }

    static func digit(_ unit: UInt16) -> Int? {
        switch unit {
        case 0x30...0x39: return Int(unit - 0x30)
        case 0xFF10...0xFF19: return Int(unit - 0xFF10)
        case 0x0660...0x0669: return Int(unit - 0x0660)
        case 0x06F0...0x06F9: return Int(unit - 0x06F0)
        case 0x0966...0x096F: return Int(unit - 0x0966)
        default: return nil
        }
    }

    /// A scale written after digits in Chinese, Japanese or Korean.
    static func scaleCharacter(_ unit: UInt16) -> Double? {
        switch unit {
        case 0xB9CC: return 1e4  // 만
        case 0xC5B5: return 1e8  // 억
        case 0xCC9C: return 1e3  // 천
        default: return hanUnit(unit)
        }
    }

    static func hanDigit(_ unit: UInt16) -> Int? {
        switch unit {
        case 0x3007, 0x96F6: return 0  // 〇 零
        case 0x4E00: return 1  // 一
        case 0x4E8C, 0x4E24, 0x5169: return 2  // 二 两 兩
        case 0x4E09: return 3
        case 0x56DB: return 4
        case 0x4E94: return 5
        case 0x516D: return 6
        case 0x4E03: return 7
        case 0x516B: return 8
        case 0x4E5D: return 9
        default: return nil
        }
    }

    static func hanUnit(_ unit: UInt16) -> Double? {
        switch unit {
        case 0x5341: return 10  // 十
        case 0x767E: return 100  // 百
        case 0x5343: return 1000  // 千
        case 0x4E07, 0x842C: return 1e4  // 万 萬
        case 0x4EBF, 0x5104: return 1e8  // 亿 億
        case 0x5146: return 1e12  // 兆
        default: return nil
        }
    }

    /// The value of Chinese numerals ("三十五" 35, "两千万" 20,000,000), or of a scale
    /// character alone after digits ("300万": 万 is read with the digits).
    static func hanValue(_ units: ArraySlice<UInt16>) -> Double? {
        var total = 0.0
        var section = 0.0
        var number = 0.0
        var sawDigit = false
        for unit in units {
            if let digit = hanDigit(unit) {
                number = Double(digit)
                sawDigit = true
            } else if let scale = hanUnit(unit) {
                if scale >= 1e4 {
                    total = (total + section + number) * scale
                    section = 0
                } else {
                    section += (number == 0 && !sawDigit ? 1 : number) * scale
                }
                number = 0
                sawDigit = false
            }
        }
        let value = total + section + number
        return value > 0 || units.contains(where: { hanDigit($0) == 0 }) ? value : nil
    }
}
