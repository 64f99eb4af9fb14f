import Foundation
import Reporting
import RuleEngine
import TextCore

/// Turns one document source into its report: reads and decodes it, decides its language,
/// checks it and scores it. One processor belongs to one worker thread (its checker owns
/// ICU handles). Every failure becomes a report with an `error`; nothing is thrown.
public final class DocumentProcessor {
    private let checker: Checker
    private let resolver: LanguageResolver
    private let thresholds: GateThresholds
    private let baseline: Baseline?

    public init(book: RuleBook, thresholds: GateThresholds, resolver: LanguageResolver, baseline: Baseline? = nil) throws {
        checker = try Checker(book: book)
        self.resolver = resolver
        self.thresholds = thresholds
        self.baseline = baseline
    }

    public func process(_ source: DocumentSource) -> DocumentReport {
        switch source.payload {
        case .failure(let message):
            return failed(source, id: nil, language: resolver.resolve(path: source.path, recordLanguage: nil), message)
        case .file(let path):
            guard let data = FileManager.default.contents(atPath: path) else {
                return failed(source, id: nil, language: resolver.resolve(path: path, recordLanguage: nil), "cannot read the file")
            }
            return checkBytes(Array(data), source)
        case .bytes(let bytes):
            return checkBytes(bytes, source)
        case .record(let line):
            return checkRecord(line, source)
        }
    }

    private func checkBytes(_ bytes: [UInt8], _ source: DocumentSource) -> DocumentReport {
        let language = resolver.resolve(path: source.path, recordLanguage: nil)
        let units: [UInt16]
        do {
            units = try TextDecoding.decode(bytes)
        } catch {
            return failed(source, id: nil, language: language, error.description)
        }
        let document = Document(name: source.path ?? "-", original: units, language: language.language)
        return report(document, source: source, id: nil, languageSource: language.source)
    }

    private func checkRecord(_ line: [UInt8], _ source: DocumentSource) -> DocumentReport {
        let unknown = resolver.resolve(path: nil, recordLanguage: nil)
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
            return failed(source, id: nil, language: unknown, "empty line where a JSON document record was expected")
        }
        let record: DocumentRecord
        do {
            record = try JSONRecordParser.parse(line)
        } catch {
            return failed(source, id: error.id, language: unknown, "not a document record: \(error)")
        }
        let language = resolver.resolve(path: source.path, recordLanguage: record.language)
        if record.text.isEmpty {
            return failed(source, id: record.id, language: language, "the record's \"text\" is empty")
        }
        let name = record.id ?? "\(source.path ?? "-"):\(source.recordLine ?? 0)"
        let document = Document(name: name, original: record.text, language: language.language)
        return report(document, source: source, id: record.id, languageSource: language.source)
    }

    private func report(_ document: Document, source: DocumentSource, id: String?, languageSource: LanguageResolver.Source) -> DocumentReport {
        var result = checker.check(document)
        var removed = 0
        if let baseline {
            (result, removed) = baseline.filter(result, document: document, key: Baseline.key(id: id, path: source.path))
        }
        var report = DocumentReport.checked(document, result: result, id: id, path: source.path, recordLine: source.recordLine,
                                            languageSource: languageSource.rawValue, thresholds: thresholds)
        report.suppressedByBaseline = removed
        return report
    }

    private func failed(_ source: DocumentSource, id: String?, language: (language: LanguageTag, source: LanguageResolver.Source), _ message: String) -> DocumentReport {
        DocumentReport.failed(id: id, path: source.path, recordLine: source.recordLine, language: language.language.identifier,
                              languageSource: language.source.rawValue, error: message)
    }
}
