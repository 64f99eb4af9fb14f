import Foundation
import Formats
import Pipeline
import RuleEngine
import TextCore

/// Measures a rule book against annotated articles.
///
/// A finding matches an annotation of the same family when their spans overlap or lie within
/// `tolerance` UTF-16 units of each other (annotators and detectors may disagree on whether a
/// span includes the space or the punctuation next to a defect). Precision counts findings that
/// match some annotation; recall counts annotations some finding matches. On clean text every
/// finding is a false alarm.
public struct Evaluator {
    public static let defaultTolerance = 3

    public let book: RuleBook
    public let tolerance: Int

    public init(book: RuleBook, tolerance: Int = Evaluator.defaultTolerance) {
        self.book = book
        self.tolerance = tolerance
    }

    /// A finding or annotation that did not match, for `--examples`.
    public struct Miss: Sendable {
        public let path: String
        public let family: RuleFamily
        public let rule: String?
        public let range: TextRange
        public let context: String
        public let message: String?
    }

    public struct Result: Sendable {
        public var byFamily: [RuleFamily: Counts] = [:]
        public var byLanguage: [String: Counts] = [:]
        public var byLanguageAndFamily: [String: [RuleFamily: Counts]] = [:]
        /// Totals per part of the corpus: the folder a text sits in (`articles`, `clean`,
        /// `formats`, `real` in `Corpora/`), so parts added later are reported apart from the
        /// ones the rules were developed on.
        public var byPart: [String: Counts] = [:]
        public var documents = 0
        public var cleanDocuments = 0
        public var documentsByPart: [String: Int] = [:]
        public var cleanDocumentsByPart: [String: Int] = [:]
        public var missedAnnotations: [Miss] = []
        public var falseFindings: [Miss] = []
        public var errors: [String] = []

        /// Totals over every family. Summed per language, where clean text is counted once
        /// (per family it is counted once for every family).
        public var total: Counts { byLanguage.values.reduce(Counts(), +) }
    }

    /// Evaluates every annotated article found under `paths`.
    public func evaluate(paths: [String]) -> Result {
        var result = Result()
        let checker: Checker
        // Glossaries of the corpus (glossary.csv, glossary.tbx) join the book's.
        var book = self.book
        for path in Self.glossaries(in: paths) {
            do {
                book.glossary += try GlossaryReader.read(path: path)
            } catch {
                result.errors.append(error.description)
            }
        }
        do {
            checker = try Checker(book: book)
        } catch {
            result.errors.append("cannot create the checker: \(error)")
            return result
        }
        let resolver = LanguageResolver()
        for path in AnnotatedArticle.find(in: paths) {
            let article: AnnotatedArticle
            do {
                article = try AnnotatedArticle(textPath: path)
            } catch {
                result.errors.append(error.description)
                continue
            }
            guard let data = FileManager.default.contents(atPath: path), let units = try? TextDecoding.decode(Array(data)) else {
                result.errors.append("\(path): cannot read the text")
                continue
            }
            let format = InputFormat(fileName: path) ?? .text
            let prose: ProseView?
            do {
                prose = try DocumentReader.prose(of: units, format: format, fileName: path)
            } catch {
                result.errors.append("\(path): \(error)")
                continue
            }
            let language = resolver.resolve(path: path, recordLanguage: nil, declared: prose?.declaredLanguage).language
            var document = prose.map { Document(name: path, original: units, prose: $0, language: language) }
                ?? Document(name: path, original: units, language: language)
            if let sourcePath = AnnotatedArticle.sourcePath(for: path) {
                guard let source = Self.source(at: sourcePath, format: format, resolver: resolver) else {
                    result.errors.append("\(sourcePath): cannot read the source")
                    continue
                }
                document.source = source
            }
            let checked = checker.check(document)
            if let error = checked.error {
                result.errors.append("\(path): \(error)")
                continue
            }
            let findings = checked.findings
            add(article, document: document, findings: findings, to: &result)
        }
        return result
    }

    private func add(_ article: AnnotatedArticle, document: Document, findings: [Finding], to result: inout Result) {
        let language = document.language.language
        let part = Self.part(of: article.textPath)
        result.documents += 1
        result.documentsByPart[part, default: 0] += 1
        if article.isClean { result.cleanDocumentsByPart[part, default: 0] += 1 }
        var perFamily: [RuleFamily: Counts] = [:]
        if article.isClean {
            result.cleanDocuments += 1
            for family in RuleFamily.allCases { perFamily[family, default: Counts()].cleanCharacters = document.original.count }
            for finding in findings {
                perFamily[finding.rule.family, default: Counts()].cleanFindings += 1
                result.falseFindings.append(miss(article.textPath, finding, document))
            }
        } else {
            for annotation in article.annotations {
                perFamily[annotation.family, default: Counts()].annotations += 1
                if findings.contains(where: { $0.rule.family == annotation.family && matches($0.range, annotation.range) }) {
                    perFamily[annotation.family, default: Counts()].foundAnnotations += 1
                } else {
                    result.missedAnnotations.append(Miss(path: article.textPath, family: annotation.family, rule: nil, range: annotation.range,
                                                         context: Self.context(annotation.range, document), message: annotation.note))
                }
            }
            for finding in findings {
                perFamily[finding.rule.family, default: Counts()].findings += 1
                if article.annotations.contains(where: { $0.family == finding.rule.family && matches(finding.range, $0.range) }) {
                    perFamily[finding.rule.family, default: Counts()].matchedFindings += 1
                } else {
                    result.falseFindings.append(miss(article.textPath, finding, document))
                }
            }
        }
        for (family, counts) in perFamily {
            result.byFamily[family, default: Counts()] = result.byFamily[family, default: Counts()] + counts
            result.byLanguageAndFamily[language, default: [:]][family, default: Counts()] =
                result.byLanguageAndFamily[language, default: [:]][family, default: Counts()] + counts
        }
        var languageCounts = perFamily.values.reduce(Counts(), +)
        if article.isClean { languageCounts.cleanCharacters = document.original.count }
        result.byLanguage[language, default: Counts()] = result.byLanguage[language, default: Counts()] + languageCounts
        result.byPart[part, default: Counts()] = result.byPart[part, default: Counts()] + languageCounts
    }

    /// The name of the folder holding `path` (`.` for a file given without one).
    /// The source beside an article (`NAME.source.LANG.EXT`), read in the article's format.
    static func source(at path: String, format: InputFormat, resolver: LanguageResolver) -> PairedSource? {
        guard let data = FileManager.default.contents(atPath: path), let units = try? TextDecoding.decode(Array(data)),
              let document = try? DocumentReader.document(name: path, original: units, format: format,
                                                          language: resolver.resolve(path: path, recordLanguage: nil).language) else { return nil }
        return PairedSource(document: document, path: path)
    }

    /// Files named glossary.csv or glossary.tbx under `paths`.
    static func glossaries(in paths: [String]) -> [String] {
        var found: [String] = []
        for path in paths {
            guard let enumerator = FileManager.default.enumerator(atPath: path) else { continue }
            while let relative = enumerator.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                if name == "glossary.csv" || name == "glossary.tbx" { found.append((path as NSString).appendingPathComponent(relative)) }
            }
        }
        return found.sorted()
    }

    static func part(of path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : (folder as NSString).lastPathComponent
    }

    private func matches(_ a: TextRange, _ b: TextRange) -> Bool {
        a.overlaps(b) || a.distance(to: b) <= tolerance
    }

    private func miss(_ path: String, _ finding: Finding, _ document: Document) -> Miss {
        Miss(path: path, family: finding.rule.family, rule: finding.rule.description, range: finding.range,
             context: Self.context(finding.range, document), message: finding.message)
    }

    /// The span in its surroundings, with the span in ⟦ ⟧ and line breaks shown as ⏎.
    static func context(_ range: TextRange, _ document: Document) -> String {
        let text = document.original
        let start = max(0, range.start - 40)
        let end = min(text.count, range.end + 40)
        let show: (Int, Int) -> String = { String(utf16Units: text[$0..<$1]).replacingOccurrences(of: "\n", with: "⏎") }
        return show(start, range.start) + "⟦" + show(range.start, range.end) + "⟧" + show(range.end, end)
    }
}
