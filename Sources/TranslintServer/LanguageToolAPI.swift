import Foundation
import Hummingbird
import NIOCore
import Reporting
import RuleEngine
import TextCore

/// The LanguageTool HTTP API (`POST /v2/check`, `GET /v2/languages`), so that editor
/// extensions, browser add-ons, CMS plug-ins and `language_tool_python` pointed at this
/// server show translint's findings unchanged: the same parameters, the same JSON, offsets
/// and lengths in UTF-16 units.
struct LanguageToolAPI {
    let service: CheckService

    /// Languages with rule files, as LanguageTool lists them; regional variants point at
    /// their language's rules. Computed once per loaded generation of rule sets (naming a
    /// language goes through ICU's display names, too slow to repeat per request).
    func languages() -> [LanguageList.Entry] { service.languages.list(for: service.catalog.snapshot) }

    func languagesResponse() -> Response {
        var json = JSONText()
        json.array { json in
            for language in languages() {
                json.object { json in
                    json.field("name", language.name)
                    json.field("code", language.code)
                    json.field("longCode", language.longCode)
                }
            }
        }
        return CheckService.json(json.text)
    }

    // Long: LanguageTool's parameters one by one (text or data, language, rule and category
    // selections), then the check and the response.
    func check(_ fields: FormFields) async throws -> Response {
        guard let languageField = fields["language"], !languageField.isEmpty else { throw APIError(.badRequest, "missing the 'language' parameter (a code such as en-US, or auto)") }
        let annotated: AnnotatedText?
        let text: [UInt16]
        if let plain = fields["text"] {
            annotated = nil
            text = Array(plain.utf16)
        } else if let data = fields["data"] {
            do {
                annotated = try AnnotatedText(json: data)
            } catch {
                throw APIError(.badRequest, error.message)
            }
            text = annotated!.plain
        } else {
            throw APIError(.badRequest, "missing the 'text' or 'data' parameter")
        }
        guard text.count <= service.settings.maximumTextLength else {
            throw APIError.tooLarge("the text has \(text.count) UTF-16 units; this server checks at most \(service.settings.maximumTextLength)")
        }
        // One generation of rule sets for the whole request, even if SIGHUP reloads meanwhile.
        let snapshot = service.catalog.snapshot
        let book = snapshot.books[snapshot.defaultName]
        var language: String?
        var detected = (code: languageField, confidence: 1.0)
        if languageField == "auto" {
            detected = service.languages.guesser(for: snapshot).guess(String(decoding: text.prefix(20_000), as: UTF16.self))
            language = detected.code == "und" ? nil : detected.code
        } else {
            guard let tag = LanguageTag(languageField), service.languages.isKnown(tag.language, orCode: languageField, in: snapshot) else {
                throw APIError(.badRequest, "unknown language '\(languageField)' (see GET /v2/languages)")
            }
            language = languageField
        }
        if let motherTongue = fields["motherTongue"], LanguageTag(motherTongue) == nil {
            throw APIError(.badRequest, "motherTongue '\(motherTongue)' is not a language code")
        }
        let list = { (name: String) in (fields[name] ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
        let enabledOnly = fields["enabledOnly"] == "true"
        let enabledRules = Set(list("enabledRules"))
        let disabledRules = Set(list("disabledRules"))
        let enabledCategories = Set(list("enabledCategories").map { $0.uppercased() })
        let disabledCategories = Set(list("disabledCategories").map { $0.uppercased() })
        if enabledOnly, enabledRules.isEmpty, enabledCategories.isEmpty {
            throw APIError(.badRequest, "enabledOnly=true needs enabledRules or enabledCategories")
        }
        let outcome = try await service.check(TextCheck(text: text, language: language, ruleSet: nil,
                                                        deadline: .now + .milliseconds(Int(service.settings.timeLimitSeconds * 1000)),
                                                        chunkLength: service.settings.chunkLength))
        if let error = outcome.error { throw APIError(.badRequest, error) }
        let findings = outcome.findings.filter { finding in
            let id = finding.rule.description
            let category = LanguageToolMapping.category(finding.family).id
            let categoryNames: Set<String> = [category, finding.family.rawValue.uppercased()]
            if disabledRules.contains(id) || !disabledCategories.isDisjoint(with: categoryNames) { return false }
            if enabledOnly { return enabledRules.contains(id) || !enabledCategories.isDisjoint(with: categoryNames) }
            return true
        }
        service.metrics.recordCheck(findings: findings.count, characters: text.count)
        let name = LanguageList.displayName(language ?? "und")
        var json = JSONText()
        json.object { json in
            json.key("software")
            json.object { json in
                json.field("name", "translint")
                json.field("version", ToolInfo.version)
                json.field("apiVersion", 1)
                json.field("premium", false)
                json.field("status", "")
            }
            json.key("warnings")
            json.object { json in json.field("incompleteResults", outcome.incomplete) }
            json.key("language")
            json.object { json in
                json.field("name", name)
                json.field("code", language ?? outcome.language)
                json.key("detectedLanguage")
                json.object { json in
                    json.field("name", LanguageList.displayName(detected.code))
                    json.field("code", detected.code == "auto" ? outcome.language : detected.code)
                    json.field("confidence", detected.confidence)
                }
            }
            json.key("matches")
            json.array { json in
                for finding in findings { Self.match(finding, book: book, annotated: annotated, into: &json) }
            }
        }
        return CheckService.json(json.text)
    }

    /// One finding as a LanguageTool match.
    private static func match(_ finding: ReportedFinding, book: RuleBook?, annotated: AnnotatedText?, into json: inout JSONText) {
        let range = annotated.map { $0.original(finding.offset..<(finding.offset + finding.length)) } ?? finding.offset..<(finding.offset + finding.length)
        let category = LanguageToolMapping.category(finding.family)
        let summary = book?.rule(finding.rule)?.description.summary ?? finding.rule.description
        json.object { json in
            json.field("message", finding.messageWithSource)
            json.field("shortMessage", "")
            json.key("replacements")
            json.array { json in
                for suggestion in finding.suggestions.prefix(5) { json.object { $0.field("value", suggestion) } }
            }
            json.field("offset", range.lowerBound)
            json.field("length", range.count)
            json.key("context")
            json.object { json in
                json.field("text", finding.excerpt.text)
                json.field("offset", finding.excerpt.spanOffset)
                json.field("length", finding.excerpt.spanLength)
            }
            json.field("sentence", finding.excerpt.text)
            json.key("type")
            json.object { $0.field("typeName", "Other") }
            json.key("rule")
            json.object { json in
                json.field("id", finding.rule.description)
                json.field("description", summary)
                json.field("issueType", LanguageToolMapping.issueType(finding.category, family: finding.family))
                json.key("category")
                json.object { json in
                    json.field("id", category.id)
                    json.field("name", category.name)
                }
            }
            json.field("ignoreForIncompleteSentence", false)
            json.field("contextForSureMatch", 0)
        }
    }
}
