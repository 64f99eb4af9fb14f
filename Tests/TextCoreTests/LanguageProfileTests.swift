import Testing
@testable import TextCore

@Suite struct LanguageProfileTests {
    @Test(arguments: [
        ("en", "“”", "‘’"), ("de", "„“", "‚‘"), ("fr", "«»", nil), ("ru", "«»", "„“"),
        ("pl", "„”", "«»"), ("ja", "「」", "『』"), ("zh", "“”", "‘’"), ("zh-Hant", "「」", "『』"),
    ] as [(String, String, String?)])
    func quotationMarksComeFromCLDR(tag: String, primary: String, secondary: String?) {
        let profile = LanguageProfile.forTag(LanguageTag(tag)!)
        #expect(profile.primaryQuotes?.description == primary)
        if let secondary { #expect(profile.secondaryQuotes?.description == secondary) }
    }

    @Test func caseAndSpacing() {
        #expect(LanguageProfile.forTag(LanguageTag("en")!).hasCase)
        #expect(LanguageProfile.forTag(LanguageTag("ru")!).hasCase)
        #expect(!LanguageProfile.forTag(LanguageTag("ja")!).hasCase)
        #expect(!LanguageProfile.forTag(LanguageTag("zh")!).usesSpacesBetweenWords)
        #expect(LanguageProfile.forTag(LanguageTag("pl")!).usesSpacesBetweenWords)
    }

    @Test func tagsAreCanonicalised() {
        #expect(LanguageTag("PT_br")?.identifier == "pt-BR")
        #expect(LanguageTag("zh-hant")?.identifier == "zh-Hant")
        #expect(LanguageTag("zh-Hant-TW")?.fallbacks == ["zh-Hant-TW", "zh-Hant", "zh"])
        #expect(LanguageTag("1x") == nil)
        #expect(LanguageTag("pt-BR")!.isCovered(by: "pt"))
    }
}
