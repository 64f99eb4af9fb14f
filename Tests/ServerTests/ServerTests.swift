import Foundation
import Hummingbird
import HummingbirdTesting
import RuleEngine
import TestSupport
import Testing
@testable import TranslintServer

/// The server in process: LanguageTool's API, the native API, limits, tokens and malformed
/// requests. (`Tests/Consumers/languagetool_client.py` drives a real server with the real
/// LanguageTool client and schemathesis.)
@Suite struct ServerTests {
    static func server(_ configure: (inout ServerSettings) -> Void = { _ in }) throws -> TranslintServer {
        var settings = ServerSettings()
        settings.workers = 2
        configure(&settings)
        let catalog = try RuleSetCatalog { (["default": Repository.shippedBook, "core": Repository.shippedBook], "default") }
        return try TranslintServer(settings: settings, catalog: catalog)
    }

    static func form(_ fields: [(String, String)]) -> ByteBuffer {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let body = fields.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed)!)" }.joined(separator: "&")
        return ByteBuffer(string: body)
    }

    static let formHeaders: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]

    static func json(_ response: TestResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
    }

    @Test func languageToolCheckGivesUTF16Offsets() async throws {
        let text = "😀 日本 The the committee met. “We agree.”It said."
        let app = Application(router: try Self.server().router())
        try await app.test(.router) { client in
            try await client.execute(uri: "/v2/check", method: .post, headers: Self.formHeaders, body: Self.form([("language", "en-US"), ("text", text)])) { response in
                #expect(response.status == .ok)
                let body = try Self.json(response)
                #expect((body["software"] as? [String: Any])?["name"] as? String == "translint")
                #expect((body["warnings"] as? [String: Any])?["incompleteResults"] as? Bool == false)
                let matches = try #require(body["matches"] as? [[String: Any]])
                let units = Array(text.utf16)
                let spans = matches.map { match -> String in
                    let offset = match["offset"] as! Int
                    let length = match["length"] as! Int
                    return String(decoding: units[offset..<(offset + length)], as: UTF16.self)
                }
                #expect(spans.contains("The the"), "\(spans)")
                let rule = try #require(matches.first { ($0["rule"] as? [String: Any])?["id"] as? String == "duplication.word" }?["rule"] as? [String: Any])
                #expect((rule["category"] as? [String: Any])?["id"] as? String == "REDUNDANCY")
                #expect(rule["issueType"] as? String == "duplication")
                #expect(((matches.first?["replacements"]) as? [[String: Any]]) != nil)
            }
        }
    }

    @Test func annotatedDataIsCheckedWithoutItsMarkup() async throws {
        let data = #"{"annotation":[{"text":"The "},{"markup":"<b>"},{"text":"the committee"},{"markup":"</b>"},{"text":" met."}]}"#
        let whole = "The <b>the committee</b> met."
        let app = Application(router: try Self.server().router())
        try await app.test(.router) { client in
            try await client.execute(uri: "/v2/check", method: .post, headers: Self.formHeaders, body: Self.form([("language", "en"), ("data", data)])) { response in
                #expect(response.status == .ok)
                let matches = try #require(try Self.json(response)["matches"] as? [[String: Any]])
                let repeat_ = try #require(matches.first { ($0["rule"] as? [String: Any])?["id"] as? String == "duplication.word" })
                let units = Array(whole.utf16)
                let offset = repeat_["offset"] as! Int
                let length = repeat_["length"] as! Int
                #expect(String(decoding: units[offset..<(offset + length)], as: UTF16.self) == "The <b>the")
            }
        }
    }

    @Test func languagesAndRuleSelections() async throws {
        let app = Application(router: try Self.server().router())
        try await app.test(.router) { client in
            try await client.execute(uri: "/v2/languages", method: .get) { response in
                let list = try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [[String: String]])
                #expect(list.contains { $0["longCode"] == "en-US" && $0["code"] == "en" })
                #expect(list.contains { $0["code"] == "ja" })
            }
            let text = "The the committee met. “We agree.”It said."
            try await client.execute(uri: "/v2/check", method: .post, headers: Self.formHeaders,
                                     body: Self.form([("language", "en"), ("text", text), ("disabledRules", "duplication.word")])) { response in
                let ids = (try Self.json(response)["matches"] as! [[String: Any]]).map { ($0["rule"] as! [String: Any])["id"] as! String }
                #expect(!ids.contains("duplication.word") && ids.contains("quotes.glued-closing"), "\(ids)")
            }
            try await client.execute(uri: "/v2/check", method: .post, headers: Self.formHeaders,
                                     body: Self.form([("language", "auto"), ("text", text), ("enabledOnly", "true"), ("enabledCategories", "REDUNDANCY")])) { response in
                let body = try Self.json(response)
                let ids = (body["matches"] as! [[String: Any]]).map { ($0["rule"] as! [String: Any])["id"] as! String }
                #expect(ids == ["duplication.word"], "\(ids)")
                #expect(((body["language"] as? [String: Any])?["detectedLanguage"] as? [String: Any])?["code"] as? String == "en")
            }
        }
    }

    @Test func malformedRequestsAreJSONErrors() async throws {
        let app = Application(router: try Self.server { $0.maximumTextLength = 100; $0.maximumRequestBytes = 4_096 }.router())
        let cases: [(String, HTTPRequest.Method, HTTPFields, ByteBuffer, HTTPResponse.Status)] = [
            ("/v2/check", .post, Self.formHeaders, ByteBuffer(string: "language=en&text=%ZZ"), .badRequest),
            ("/v2/check", .post, Self.formHeaders, ByteBuffer(bytes: Array("language=en&text=".utf8) + [0xFF, 0xFE]), .badRequest),
            ("/v2/check", .post, Self.formHeaders, ByteBuffer(string: "language=en&text=%FF"), .badRequest),
            ("/v2/check", .post, Self.formHeaders, ByteBuffer(string: "text=Hello"), .badRequest),
            ("/v2/check", .post, Self.formHeaders, ByteBuffer(string: "language=xx-QQ&text=Hello"), .badRequest),
            ("/v2/check", .post, Self.formHeaders, ByteBuffer(string: "language=en"), .badRequest),
            ("/v2/check", .post, Self.formHeaders, ByteBuffer(string: "language=en&data=%7B"), .badRequest),
            ("/v2/check", .post, Self.formHeaders, ByteBuffer(string: "language=en&text=" + String(repeating: "a", count: 200)), .contentTooLarge),
            ("/v2/check", .post, Self.formHeaders, ByteBuffer(string: "language=en&text=" + String(repeating: "a", count: 5_000)), .contentTooLarge),
            ("/v2/check", .post, [.contentType: "application/json"], ByteBuffer(string: "{}"), .unsupportedMediaType),
            ("/v1/check", .post, [:], ByteBuffer(string: "[1]"), .badRequest),
            ("/v1/check", .post, [:], ByteBuffer(string: #"{"text": 5}"#), .badRequest),
            ("/v1/check", .post, [:], ByteBuffer(string: #"{"text": "Hi", "colour": "red"}"#), .badRequest),
            ("/v1/check", .post, [:], ByteBuffer(string: #"{"text": "Hi", "rules": "/etc/passwd"}"#), .badRequest),
            ("/v1/check", .post, [:], ByteBuffer(string: #"{"text": "Hi", "lang": "not a tag!"}"#), .badRequest),
            ("/v1/check", .post, [:], ByteBuffer(string: #"{"text": ""}"#), .badRequest),
            ("/v1/nope", .get, [:], ByteBuffer(), .notFound),
        ]
        try await app.test(.router) { client in
            for (uri, method, headers, body, status) in cases {
                try await client.execute(uri: uri, method: method, headers: headers, body: body) { response in
                    #expect(response.status == status, "\(uri) \(String(buffer: body).prefix(40)): \(response.status)")
                    let error = try? Self.json(response)["error"] as? [String: Any]
                    #expect(error?["status"] as? Int == Int(status.code), "\(uri): \(String(buffer: response.body).prefix(200))")
                }
            }
            // The server keeps serving.
            try await client.execute(uri: "/healthz", method: .get) { #expect($0.status == .ok) }
        }
    }

    @Test func nativeCheckGivesTheCLIReport() async throws {
        let app = Application(router: try Self.server().router())
        try await app.test(.router) { client in
            let request = #"{"id": "a-1", "text": "Le comité a a voté. « Oui »dit-il.", "lang": "fr", "source": "The committee voted.", "rules": "core"}"#
            try await client.execute(uri: "/v1/check", method: .post, body: ByteBuffer(string: request)) { response in
                #expect(response.status == .ok)
                let report = try Self.json(response)
                #expect(report["id"] as? String == "a-1" && report["language"] as? String == "fr")
                let rules = (report["findings"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String }
                #expect(rules.contains("duplication.word"), "\(rules)")
                for key in ["characters", "words", "score", "passed", "gate_reasons", "findings"] { #expect(report[key] != nil, "\(key)") }
            }
            try await client.execute(uri: "/v1/rules?rules=core", method: .get) { response in
                let body = try Self.json(response)
                #expect(body["rule_set"] as? String == "core")
                #expect(((body["rules"] as? [[String: Any]])?.count ?? 0) > 40)
            }
        }
    }

    @Test func batchAnswersEveryLineInOrder() async throws {
        let app = Application(router: try Self.server().router())
        let lines = [#"{"id": "1", "text": "The the end."}"#, "not json", #"{"id": "3", "text": "Fine text here.", "lang": "en"}"#]
        try await app.test(.router) { client in
            try await client.execute(uri: "/v1/batch", method: .post, body: ByteBuffer(string: lines.joined(separator: "\n") + "\n")) { response in
                #expect(response.status == .ok)
                let out = String(buffer: response.body).split(separator: "\n").map { try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
                #expect(out.count == 3)
                #expect(out.map { $0["record_line"] as? Int } == [1, 2, 3])
                #expect(out[0]["id"] as? String == "1" && out[2]["id"] as? String == "3")
                #expect(out[1]["error"] is String)
            }
        }
    }

    @Test func aTokenIsRequiredWhereOneIsSet() async throws {
        let token = "0123456789abcdef-token"
        let app = Application(router: try Self.server { $0.token = token }.router())
        try await app.test(.router) { client in
            try await client.execute(uri: "/healthz", method: .get) { #expect($0.status == .ok) }
            try await client.execute(uri: "/v1/rules", method: .get) { #expect($0.status == .unauthorized) }
            try await client.execute(uri: "/v1/rules", method: .get, headers: [.authorization: "Bearer wrong-token-here-123"]) { #expect($0.status == .unauthorized) }
            try await client.execute(uri: "/v1/rules", method: .get, headers: [.authorization: "Bearer \(token)"]) { #expect($0.status == .ok) }
            try await client.execute(uri: "/v2/check", method: .post, headers: Self.formHeaders,
                                     body: Self.form([("language", "en"), ("text", "Hi."), ("apiKey", token)])) { #expect($0.status == .ok) }
            try await client.execute(uri: "/metrics", method: .get, headers: [.authorization: "Bearer \(token)"]) { response in
                #expect(String(buffer: response.body).contains("translint_texts_checked_total"))
            }
        }
        var open = ServerSettings()
        open.host = "0.0.0.0"
        #expect(throws: TranslintServer.ServerSetupError.self) {
            try TranslintServer(settings: open, catalog: try RuleSetCatalog { (["default": Repository.shippedBook], "default") })
        }
    }

    @Test func aFullQueueIsRefusedAtOnce() async throws {
        let catalog = try RuleSetCatalog { (["default": RuleBook.builtins()], "default") }
        let workers = CheckWorkers(catalog: catalog, workers: 1, queueLength: 0)
        let release = DispatchSemaphore(value: 0)
        // The one worker is held by a job that waits (on the worker's thread, not on the
        // test's: blocking a cooperative thread could starve the other tests running).
        let first = Task { try await workers.run { _ in
            release.wait()
            return 1
        } }
        let deadline = ContinuousClock.now + .seconds(60)
        while workers.load.running == 0, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(5)) }
        #expect(workers.load.running == 1)
        await #expect(throws: CheckWorkers.Busy.self) { try await workers.run { _ in 2 } }
        release.signal()
        #expect(try await first.value == 1)
        #expect(try await workers.run { _ in 3 } == 3)
    }

    @Test func theCommittedOpenAPIDocumentIsTheServedOne() throws {
        let path = Repository.path("Sources/TranslintServer/openapi.yaml")
        if ProcessInfo.processInfo.environment["TRANSLINT_RECORD_GOLDEN"] == "1" {
            try OpenAPIDocument.yaml.write(toFile: path, atomically: true, encoding: .utf8)
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == OpenAPIDocument.yaml, "re-record with TRANSLINT_RECORD_GOLDEN=1")
    }

    @Test func longTextsAreChunkedAtParagraphs() {
        let text = Array(String(repeating: "Word word word.\n\n", count: 100).utf16)
        let chunks = TextCheck.chunks(text, length: 200)
        #expect(chunks.first?.lowerBound == 0 && chunks.last?.upperBound == text.count)
        for (left, right) in zip(chunks, chunks.dropFirst()) { #expect(left.upperBound == right.lowerBound) }
        for chunk in chunks.dropLast() { #expect(text[chunk.upperBound - 1] == 0x0A && text[chunk.upperBound - 2] == 0x0A) }
    }
}
