@testable import RuleEngine
import Testing

/// Names written in Cyrillic and in Latin letters anchor the same sentences.
@Suite struct NameSkeletonTests {
    static func skeleton(_ word: String) -> UInt64? {
        let units = Array(word.utf16)
        return NameSkeleton.hash(units, 0, units.count)
    }

    @Test(arguments: [("Зеленский", "Zelensky"), ("Байденом", "Biden"), ("Харків", "Kharkiv"), ("Киев", "Kyiv"),
                      ("Челси", "Chelsea"), ("Путина", "Putin"), ("Гончаренко", "Honcharenko"), ("Максим", "Maxim"),
                      ("Варшава", "Warsaw"), ("Лула", "Lula")])
    func aNameAndItsLatinSpellingAgree(cyrillic: String, latin: String) {
        #expect(Self.skeleton(cyrillic) != nil)
        #expect(Self.skeleton(cyrillic) == Self.skeleton(latin))
    }

    @Test func differentNamesDiffer() {
        #expect(Self.skeleton("Зеленский") != Self.skeleton("Biden"))
        #expect(Self.skeleton("Путин") != Self.skeleton("Kharkiv"))
    }

    @Test func wordsOfOtherScriptsOrTooFewConsonantsHaveNone() {
        #expect(Self.skeleton("東京") == nil)
        #expect(Self.skeleton("Aoi") == nil)
    }
}
