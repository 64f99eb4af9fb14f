import POBridge
import TextCore

/// Reads a gettext PO or POT file into a prose view: each translation (`msgstr`, each plural
/// form `msgstr[n]`) is a block in the catalogue's language (`Language:` in the header), its
/// `msgid` is the unit's source. Untranslated and fuzzy entries are recorded as such; the
/// header and obsolete entries (`#~`) are not prose. Format directives and placeholders are
/// opaque.
///
/// GNU gettext's own reader (libgettextpo) checks the file and decodes every message; it
/// does not say where a message lies, so `POStrings` finds the quoted strings in the file and
/// each message is matched with its strings (their decoded text must agree).
enum POReader {
    static func read(_ source: SourceText) throws(FormatError) -> ProseView {
        guard let catalog = source.utf8.withUnsafeBufferPointer({ buffer in
            buffer.withMemoryRebound(to: CChar.self) { tl_po_parse($0.baseAddress, Int32($0.count)) }
        }) else {
            throw FormatError(format: .po, line: 0, column: 0, message: "no temporary file for the reader")
        }
        defer { tl_po_free(catalog) }
        var line: Int32 = 0
        var column: Int32 = 0
        var message: UnsafePointer<CChar>?
        if tl_po_error(catalog, &line, &column, &message) != 0 {
            throw FormatError(format: .po, line: Int(line), column: Int(column), message: message.map { String(cString: $0) } ?? "malformed")
        }
        let messages = POMessages(catalog)
        let entries = POStrings.entries(in: source.units)
        var builder = ProseBuilder()
        var units: [ProseUnit] = []
        var entryIndex = 0
        for message in messages.messages where !message.isObsolete {
            // The located entry with the same msgid (the header is the entry with msgid "").
            while entryIndex < entries.count, entries[entryIndex].decoded("msgid") != message.msgid { entryIndex += 1 }
            guard entryIndex < entries.count else {
                throw FormatError(format: .po, line: 0, column: 0, message: "the entry for msgid \"\(message.msgid.prefix(40))\" was not found in the file")
            }
            let entry = entries[entryIndex]
            entryIndex += 1
            guard !message.msgid.isEmpty else { continue }  // the header
            units.append(contentsOf: read(message, entry, source: source, builder: &builder, unitIndex: units.count))
        }
        let suppressions = CommentDirectives.find(in: source.units, range: TextRange(start: 0, end: source.units.count)).map { comment in
            // A translator comment stands above its entry: "next line" means that entry.
            guard comment.command == .disableNextLine, let entry = entries.first(where: { $0.range.start >= comment.range.end }) else { return comment }
            var scoped = comment
            scoped.scope = TextRange(start: comment.range.end, end: entry.range.end)
            return scoped
        }
        return builder.finish(units: units, suppressions: suppressions, declaredLanguage: messages.language.flatMap(LanguageTag.init),
                              sourceLanguage: LanguageTag("en"))
    }

    /// The blocks and unit record of one message.
    private static func read(_ message: POMessages.Message, _ entry: POStrings.Entry, source: SourceText, builder: inout ProseBuilder,
                             unitIndex: Int) -> [ProseUnit] {
        let id = message.context.map { "\($0)|\(message.msgid)" } ?? message.msgid
        let sourceRange = entry.range(of: "msgid") ?? entry.range
        let translations = entry.translations()
        let isUntranslated = message.translations.allSatisfy(\.isEmpty)
        for (form, translation) in message.translations.enumerated() where !translation.isEmpty && form < translations.count {
            let strings = translations[form]
            builder.startBlock(.segment, unit: unitIndex)
            let start = builder.text.count
            for string in strings {
                builder.append(string.decoded, aligned: string.alignment)
            }
            let text = Array(builder.text[start...])
            for placeholder in Placeholders.ranges(in: text, printf: true, python: message.isPythonFormat, braces: true) {
                builder.markOpaque(placeholder.shifted(by: start))
            }
            builder.endBlock(at: strings.last?.alignment.originalEnd)
        }
        let targetRange = translations.first.flatMap { strings in
            strings.first.flatMap { first in strings.last.map { TextRange(start: first.quotes.start, end: $0.quotes.end) } }
        } ?? entry.range
        let status: ProseUnit.Status = isUntranslated ? .missing : message.isFuzzy ? .unfinished : .translated
        var unit = ProseUnit(id: id, status: status, state: message.isFuzzy ? "fuzzy" : nil, source: message.msgid, sourceRange: sourceRange,
                             targetRange: isUntranslated ? (entry.range(of: "msgstr") ?? entry.range) : targetRange)
        if let plural = entry.decoded("msgid_plural"), !plural.isEmpty {
            unit.pluralSource = plural
            unit.pluralSourceRange = entry.range(of: "msgid_plural")
        }
        return [unit]
    }
}

/// The messages libgettextpo read.
struct POMessages {
    struct Message {
        var context: String?
        var msgid: String
        var translations: [String]
        var isFuzzy: Bool
        var isObsolete: Bool
        var isPythonFormat: Bool
    }

    let messages: [Message]
    let language: String?

    init(_ catalog: OpaquePointer) {
        let pool = tl_po_pool(catalog)
        func string(_ value: tl_po_string) -> String? {
            guard value.offset >= 0, let pool else { return nil }
            let bytes = UnsafeRawPointer(pool + Int(value.offset)).assumingMemoryBound(to: UInt8.self)
            return String(decoding: UnsafeBufferPointer(start: bytes, count: Int(value.length)), as: UTF8.self)
        }
        let records = UnsafeBufferPointer(start: tl_po_messages(catalog), count: Int(tl_po_message_count(catalog)))
        let translationCount = records.reduce(0) { max($0, Int($1.firstTranslation + $1.translationCount)) }
        let translations = UnsafeBufferPointer(start: tl_po_translations(catalog), count: translationCount)
        messages = records.map { record in
            Message(context: string(record.context), msgid: string(record.msgid) ?? "",
                    translations: (Int(record.firstTranslation)..<Int(record.firstTranslation + record.translationCount)).map { string(translations[$0]) ?? "" },
                    isFuzzy: record.fuzzy != 0, isObsolete: record.obsolete != 0,
                    isPythonFormat: record.formats & Int32(TL_PO_PYTHON_FORMAT) != 0)
        }
        let language = string(tl_po_language(catalog))
        self.language = language?.isEmpty == false ? language : nil
    }
}
