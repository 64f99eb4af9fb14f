import Foundation
import RuleEngine
import TextCore

/// Reads reports translint wrote earlier — `jsonl` lines (what a Spark or Hadoop job's
/// mappers leave) or a `json` report — back into document reports, so that `translint
/// report` renders them in any format: a distributed run ends in the same dashboard as a
/// local one. JSONL is read a line at a time, so its size does not matter.
public enum SavedReports {
    public struct ReadError: Error, CustomStringConvertible {
        public let path: String
        public let line: Int?
        public let reason: String
        public var description: String { "\(path)\(line.map { ":\($0)" } ?? ""): \(reason)" }
    }

    /// Calls `body` with each document report of the file at `path`, in order.
    public static func read(_ path: String, _ body: (DocumentReport) -> Void) throws(ReadError) {
        guard let file = fopen(path, "r") else { throw ReadError(path: path, line: nil, reason: String(cString: strerror(errno))) }
        defer { fclose(file) }
        var buffer: UnsafeMutablePointer<CChar>?
        var capacity = 0
        defer { free(buffer) }
        var number = 0
        while true {
            let count = getline(&buffer, &capacity, file)
            guard count >= 0, let buffer else { break }
            number += 1
            let line = Data(bytes: buffer, count: count)
            if number == 1, line.starts(with: Array(#"{"tool""#.utf8)) {
                // A json report: one object holding the documents.
                try readJSONReport(path, body)
                return
            }
            guard line.contains(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) else { continue }
            do {
                guard let object = try JSONSerialization.jsonObject(with: line) as? [String: Any] else {
                    throw ReadError(path: path, line: number, reason: "not a JSON object")
                }
                body(try document(object))
            } catch let error as ReadError {
                throw error
            } catch {
                throw ReadError(path: path, line: number, reason: "not a translint document report: \(error)")
            }
        }
    }

    private static func readJSONReport(_ path: String, _ body: (DocumentReport) -> Void) throws(ReadError) {
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            guard let report = try JSONSerialization.jsonObject(with: data) as? [String: Any], let documents = report["documents"] as? [[String: Any]] else {
                throw ReadError(path: path, line: nil, reason: "a JSON report without \"documents\"")
            }
            for object in documents { body(try document(object)) }
        } catch let error as ReadError {
            throw error
        } catch {
            throw ReadError(path: path, line: nil, reason: "not a translint report: \(error)")
        }
    }

    private struct Missing: Error, CustomStringConvertible {
        let field: String
        var description: String { "no \"\(field)\"" }
    }

    private static func value<T>(_ object: [String: Any], _ field: String, as type: T.Type = T.self) throws -> T {
        guard let value = object[field] as? T else { throw Missing(field: field) }
        return value
    }

    /// A document report from its JSON form (the contract's `documents[]` entry).
    static func document(_ object: [String: Any]) throws -> DocumentReport {
        var report = DocumentReport(
            id: object["id"] as? String, path: object["path"] as? String, recordLine: object["record_line"] as? Int,
            language: try value(object, "language"), languageSource: object["language_source"] as? String ?? "default",
            characters: object["characters"] as? Int ?? 0, words: object["words"] as? Int ?? 0, sentences: object["sentences"] as? Int ?? 0,
            score: (object["score"] as? NSNumber)?.doubleValue ?? 0, penalty: (object["penalty"] as? NSNumber)?.doubleValue ?? 0,
            passed: try value(object, "passed"), gateReasons: object["gate_reasons"] as? [String] ?? [], error: object["error"] as? String,
            findings: try (object["findings"] as? [[String: Any]] ?? []).map(finding), ruleFailures: object["rule_failures"] as? [String] ?? [])
        report.format = object["format"] as? String ?? "text"
        report.suppressedInline = object["suppressed_inline"] as? Int ?? 0
        report.suppressedByBaseline = object["suppressed_by_baseline"] as? Int ?? 0
        report.sourcePath = object["source_path"] as? String
        report.sourceLanguage = object["source_language"] as? String
        report.sourceError = object["source_error"] as? String
        report.text = object["text"] as? String
        report.textIsPartial = object["text_partial"] as? Bool ?? false
        report.sourceText = object["source_text"] as? String
        return report
    }

    private static func finding(_ object: [String: Any]) throws -> ReportedFinding {
        let rule = try RuleID(parsing: try value(object, "rule"))
        guard let severity = Severity(rawValue: try value(object, "severity")) else { throw Missing(field: "severity") }
        let offset: Int = try value(object, "offset"), length: Int = try value(object, "length")
        let start = SourceLocation(line: try value(object, "line"), column: try value(object, "column"))
        let end = SourceLocation(line: object["end_line"] as? Int ?? start.line, column: object["end_column"] as? Int ?? start.column + length)
        let excerpt: String = object["excerpt"] as? String ?? ""
        // The span's place in the excerpt: after the "…" and 40 characters of context when
        // the excerpt was cut, else at its column.
        let spanOffset = max(0, min(excerpt.utf16.count, excerpt.hasPrefix("…") ? 1 + Excerpt.context : start.column - 1))
        let source: ReportedFinding.SourceSpan? = (object["source_offset"] as? Int).map {
            ReportedFinding.SourceSpan(offset: $0, length: object["source_length"] as? Int ?? 0, text: object["source_text"] as? String ?? "", path: nil)
        }
        let related = (object["related"] as? [[String: Any]] ?? []).map {
            ReportedFinding.RelatedReport(offset: $0["offset"] as? Int ?? 0, length: $0["length"] as? Int ?? 0,
                                          start: SourceLocation(line: $0["line"] as? Int ?? 1, column: $0["column"] as? Int ?? 1), message: $0["message"] as? String ?? "")
        }
        return ReportedFinding(rule: rule, category: MQMCategory(object["category"] as? String ?? rule.family.rawValue), severity: severity,
                               weight: (object["weight"] as? NSNumber)?.doubleValue ?? 1, message: try value(object, "message"),
                               offset: offset, length: length, start: start, end: end,
                               excerpt: Excerpt(text: excerpt, spanOffset: spanOffset, spanLength: max(0, min(length, excerpt.utf16.count - spanOffset))),
                               suggestions: object["suggestions"] as? [String] ?? [], related: related,
                               fingerprint: object["fingerprint"] as? String ?? "", unit: object["unit"] as? String, source: source)
    }
}
