import Foundation
import Formats
import TextCore
import Hummingbird
import NIOCore
import Pipeline
import Reporting
import RuleEngine

/// translint's own API: the CLI's document report for one text (`POST /v1/check`) or for a
/// JSONL stream (`POST /v1/batch`, one line out per line in, in order, streamed), and the
/// rules (`GET /v1/rules`). Described in `openapi.yaml`.
struct NativeAPI {
    let service: CheckService

    static let checkKeys: Set<String> = ["id", "text", "source", "lang", "source_lang", "format", "rules"]

    // Long: the request's JSON checked key by key (types and limits), then one record for the
    // CLI's reader, checked on a worker.
    func check(_ request: Request) async throws -> Response {
        let body = try await service.body(of: request)
        guard let object = try? JSONSerialization.jsonObject(with: Data(buffer: body)) as? [String: Any] else {
            throw APIError(.badRequest, "the body must be a JSON object: {\"text\": \"…\", \"lang\": \"fr\", …}")
        }
        for key in object.keys where !Self.checkKeys.contains(key) {
            throw APIError(.badRequest, "unknown key '\(key)' (\(Self.checkKeys.sorted().joined(separator: ", ")))")
        }
        var fields: [String: String] = [:]
        for (key, value) in object {
            guard let string = value as? String else { throw APIError(.badRequest, "'\(key)' must be a string") }
            fields[key] = string
        }
        guard let text = fields["text"], !text.isEmpty else { throw APIError(.badRequest, "'text' is required and must not be empty") }
        let length = text.utf16.count + (fields["source"]?.utf16.count ?? 0)
        guard length <= service.settings.maximumTextLength else {
            throw APIError.tooLarge("the text (and source) has \(length) UTF-16 units; this server checks at most \(service.settings.maximumTextLength)")
        }
        if let format = fields["format"], InputFormat(name: format) == nil {
            throw APIError(.badRequest, "format '\(format)' is not one translint reads (text, markdown, html, xliff, po)")
        }
        for key in ["lang", "source_lang"] {
            if let tag = fields[key], LanguageTag(tag) == nil { throw APIError(.badRequest, "'\(key)' \(tag) is not a BCP 47 language tag") }
        }
        let ruleSet = try ruleSetName(fields["rules"])
        var record = JSONWriter()
        record.beginObject()
        for key in ["id", "text", "lang", "source", "source_lang", "format"] {
            if let value = fields[key] { record.field(key, value) }
        }
        record.endObject()
        let bytes = Array(record.output.utf8)
        let report = try await service.onWorker { processors in
            processors.process(DocumentSource(index: 0, path: nil, recordLine: 1, payload: .record(bytes)), ruleSet: ruleSet)
        }
        service.metrics.recordCheck(findings: report.findings.count, characters: text.utf16.count)
        return CheckService.json(report.jsonLine)
    }

    /// A rule set a request names, which must be one the server loaded.
    func ruleSetName(_ name: String?) throws -> String? {
        guard let name else { return nil }
        let loaded = service.catalog.snapshot.books.keys.sorted()
        guard loaded.contains(name) else {
            throw APIError(.badRequest, "rule set '\(name)' is not one this server offers (\(loaded.joined(separator: ", ")))")
        }
        return name
    }

    /// `POST /v1/batch?rules=NAME`: reads the JSONL body line by line as it arrives and writes
    /// each record's report as soon as it is checked, in order; a record the reader refuses is
    /// a report with its `error`, as in the CLI.
    func batch(_ request: Request) throws -> Response {
        let ruleSet = try ruleSetName(request.uri.queryParameters["rules"].map(String.init))
        let limit = service.settings.maximumRequestBytes
        let service = self.service
        let body = request.body
        let responseBody = ResponseBody { writer in
            var line: [UInt8] = []
            var number = 0
            var overLimit = false
            func emit(_ bytes: [UInt8], number: Int, tooLong: Bool) async throws {
                let report: DocumentReport
                if tooLong {
                    report = DocumentReport.failed(id: nil, path: nil, recordLine: number, language: "und", languageSource: "default",
                                                   error: "the record is over this server's limit of \(limit) bytes")
                } else {
                    report = try await service.onWorker { processors in
                        processors.process(DocumentSource(index: number, path: nil, recordLine: number, payload: .record(bytes)), ruleSet: ruleSet)
                    }
                }
                service.metrics.recordCheck(findings: report.findings.count, characters: report.characters)
                try await writer.write(ByteBuffer(string: report.jsonLine + "\n"))
            }
            for try await buffer in body {
                for byte in buffer.readableBytesView {
                    if byte == 0x0A {
                        number += 1
                        if !line.isEmpty || overLimit { try await emit(line, number: number, tooLong: overLimit) }
                        line.removeAll(keepingCapacity: true)
                        overLimit = false
                    } else if !overLimit {
                        line.append(byte)
                        if line.count > limit {
                            overLimit = true
                            line = []
                        }
                    }
                }
            }
            if !line.isEmpty || overLimit { try await emit(line, number: number + 1, tooLong: overLimit) }
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: [.contentType: "application/x-ndjson"], body: responseBody)
    }

    func rules(_ request: Request) throws -> Response {
        let name = try ruleSetName(request.uri.queryParameters["rules"].map(String.init)) ?? service.catalog.snapshot.defaultName
        guard let book = service.catalog.snapshot.books[name] else { throw APIError(.internalServerError, "rule set \(name) is not loaded") }
        var json = JSONText()
        json.object { json in
            json.field("rule_set", name)
            json.key("rule_sets")
            json.array { json in for loaded in service.catalog.snapshot.books.keys.sorted() { json.string(loaded) } }
            json.key("rules")
            json.array { json in
                for rule in book.rules {
                    let description = rule.description
                    json.object { json in
                        json.field("id", rule.id.description)
                        json.field("family", description.family.rawValue)
                        json.field("category", description.category.path)
                        json.field("severity", description.severity.rawValue)
                        json.field("summary", description.summary)
                        json.key("languages")
                        json.array { json in for language in description.languages { json.string(language) } }
                        json.field("enabled", rule.isEnabled)
                        json.field("fix", description.fixIsSafe ? "safe" : "review")
                    }
                }
            }
        }
        return CheckService.json(json.text)
    }
}
