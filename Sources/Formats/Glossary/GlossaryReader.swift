import Foundation
import TextCore
import XMLBridge

/// Reads glossaries: CSV (the columns `source`, `target`, `source_lang`, `target_lang`,
/// optional `case_sensitive` and `forbidden`; alternatives separated by `|`) and TBX-Basic
/// (TBX 2 `termEntry`/`langSet`/`tig` and TBX 3 `conceptEntry`/`langSec`/`termSec`, a term's
/// `administrativeStatus` of `deprecatedTerm-admn-sts` or `supersededTerm-admn-sts`
/// marking it forbidden), chosen by the file's extension.
public enum GlossaryReader {
    public static func read(path: String) throws(GlossaryError) -> [GlossaryEntry] {
        guard let data = FileManager.default.contents(atPath: path) else { throw GlossaryError(path: path, line: nil, message: "cannot read the glossary") }
        let units: [UInt16]
        do {
            units = try TextDecoding.decode(Array(data))
        } catch {
            throw GlossaryError(path: path, line: nil, message: error.description)
        }
        let lower = path.lowercased()
        if lower.hasSuffix(".tbx") || lower.hasSuffix(".xml") { return try tbx(units, path: path) }
        return try csv(String(decoding: units, as: UTF16.self), path: path)
    }

    // MARK: CSV

    public static func csv(_ text: String, path: String) throws(GlossaryError) -> [GlossaryEntry] {
        let rows = csvRows(text)
        guard let header = rows.first?.fields.map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) else { return [] }
        func column(_ name: String) -> Int? { header.firstIndex(of: name) }
        guard let source = column("source"), let target = column("target") else {
            throw GlossaryError(path: path, line: 1, message: "the header must name the columns source and target (and source_lang, target_lang)")
        }
        let sourceLanguage = column("source_lang")
        let targetLanguage = column("target_lang")
        let caseSensitive = column("case_sensitive")
        let forbidden = column("forbidden")
        var entries: [GlossaryEntry] = []
        for row in rows.dropFirst() where !row.fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
            func field(_ index: Int?) -> String { index.flatMap { $0 < row.fields.count ? row.fields[$0] : nil }?.trimmingCharacters(in: .whitespaces) ?? "" }
            func alternatives(_ index: Int?) -> [String] { field(index).split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
            guard let from = LanguageTag(field(sourceLanguage).isEmpty ? "en" : field(sourceLanguage)), let to = LanguageTag(field(targetLanguage)) else {
                throw GlossaryError(path: path, line: row.line, message: "source_lang and target_lang must be language tags (target_lang is required)")
            }
            let sourceTerms = alternatives(source)
            guard !sourceTerms.isEmpty else { throw GlossaryError(path: path, line: row.line, message: "the source term is empty") }
            let targetTerms = alternatives(target).map { GlossaryEntry.Term($0) } + alternatives(forbidden).map { GlossaryEntry.Term($0, isForbidden: true) }
            let flag = field(caseSensitive).lowercased()
            guard ["", "yes", "no", "true", "false", "1", "0"].contains(flag) else {
                throw GlossaryError(path: path, line: row.line, message: "case_sensitive must be yes or no, not '\(flag)'")
            }
            guard from.language != to.language else {
                throw GlossaryError(path: path, line: row.line, message: "source_lang and target_lang are the same language (\(from.language))")
            }
            entries.append(GlossaryEntry(terms: [from.language: sourceTerms.map { GlossaryEntry.Term($0) }, to.language: targetTerms],
                                         isCaseSensitive: ["yes", "true", "1"].contains(flag), origin: "\(path):\(row.line)"))
        }
        return entries
    }

    /// RFC 4180 rows (quoted fields with doubled quotes and line breaks), with their lines.
    static func csvRows(_ text: String) -> [(fields: [String], line: Int)] {
        var rows: [(fields: [String], line: Int)] = []
        var fields: [String] = []
        var field = ""
        var quoted = false
        var line = 1
        var rowLine = 1
        var characters = Array(text)
        if characters.first == "\u{FEFF}" { characters.removeFirst() }
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if quoted {
                if character == "\"" {
                    if index + 1 < characters.count, characters[index + 1] == "\"" {
                        field.append("\"")
                        index += 1
                    } else {
                        quoted = false
                    }
                } else {
                    if character == "\n" || character == "\r\n" { line += 1 }
                    field.append(character)
                }
            } else if character == "\"" {
                quoted = true
            } else if character == "," {
                fields.append(field)
                field = ""
            } else if character == "\n" || character == "\r\n" || character == "\r" {
                fields.append(field)
                rows.append((fields, rowLine))
                fields = []
                field = ""
                line += 1
                rowLine = line
            } else {
                field.append(character)
            }
            index += 1
        }
        if !field.isEmpty || !fields.isEmpty {
            fields.append(field)
            rows.append((fields, rowLine))
        }
        return rows
    }

    // MARK: TBX

    static func tbx(_ units: [UInt16], path: String) throws(GlossaryError) -> [GlossaryEntry] {
        let source = SourceText(units)
        guard let parsed = source.utf8.withUnsafeBufferPointer({ buffer in
            buffer.withMemoryRebound(to: CChar.self) { tl_xml_parse($0.baseAddress, Int32($0.count)) }
        }) else {
            throw GlossaryError(path: path, line: nil, message: "cannot parse the TBX file")
        }
        defer { tl_xml_free(parsed) }
        var line: Int32 = 0
        var column: Int32 = 0
        var message: UnsafePointer<CChar>?
        if tl_xml_error(parsed, &line, &column, &message) != 0 {
            throw GlossaryError(path: path, line: Int(line), message: "not well-formed XML: \(message.map { String(cString: $0) } ?? "")")
        }
        return entries(XMLEvents(source: source, parsed: parsed).events, source: source, path: path)
    }

    /// The concepts of a TBX file's events: each `termEntry`/`conceptEntry`, its terms by
    /// language, a deprecated or superseded term forbidden.
    private static func entries(_ events: [XMLEvents.Event], source: SourceText, path: String) -> [GlossaryEntry] {
        var entries: [GlossaryEntry] = []
        var current: [String: [GlossaryEntry.Term]]?
        var entryLine = 0
        var language: String?
        var term: String?
        var inTerm = false
        var inStatus = false
        var status = ""
        for event in events {
            switch event.kind {
            case Int32(TL_XML_START):
                switch event.name {
                case "termEntry", "conceptEntry":
                    current = [:]
                    entryLine = source.location(of: event.range.start).line
                case "langSet", "langSec":
                    language = (event.attributes["xml:lang"] ?? event.attributes["lang"]).flatMap { LanguageTag($0)?.language }
                case "tig", "termSec", "ntig":
                    term = nil
                    status = ""
                case "term":
                    inTerm = true
                    term = ""
                case "termNote", "descrip" where event.attributes["type"] == "administrativeStatus":
                    inStatus = true
                default: break
                }
            case Int32(TL_XML_TEXT), Int32(TL_XML_CDATA):
                if inTerm { term = (term ?? "") + event.text }
                if inStatus { status += event.text }
            case Int32(TL_XML_END):
                switch event.name {
                case "term": inTerm = false
                case "termNote", "descrip": inStatus = false
                case "tig", "termSec", "ntig":
                    if let language, let text = term?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty {
                        let forbidden = status.contains("deprecated") || status.contains("superseded")
                        current?[language, default: []].append(GlossaryEntry.Term(text, isForbidden: forbidden))
                    }
                case "termEntry", "conceptEntry":
                    if let terms = current, terms.count >= 1 { entries.append(GlossaryEntry(terms: terms, origin: "\(path):\(entryLine)")) }
                    current = nil
                default: break
                }
            default: break
            }
        }
        return entries
    }
}
