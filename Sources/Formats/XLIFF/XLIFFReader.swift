import TextCore
import XMLBridge

/// Reads XLIFF 1.2 and 2.x (parsed strictly by libxml2) into a prose view: each unit's target
/// (each segment's, in 2.x) is a block in the target language, its source is kept with the
/// unit, and a unit without a translation or one marked unfinished (`new`,
/// `needs-translation`, `initial`) is recorded as such.
///
/// Inline codes that stand for something (`<x/>`, `<ph>`, `<bx/>`, `<ex/>`, `<it>`, and in
/// 2.x `<ph/>`, `<sc/>`, `<ec/>`, `<sm/>`, `<em/>`, `<cp/>`) are opaque stretches; codes that
/// wrap text (`<g>`, `<pc>`, `<mrk>`, `<sub>`) are transparent. Placeholders written in the
/// text (`%s`, `{name}`, `{count, plural, …}`) are opaque too.
enum XLIFFReader {
    static func read(_ source: SourceText) throws(FormatError) -> ProseView {
        guard let parsed = source.utf8.withUnsafeBufferPointer({ buffer in
            buffer.withMemoryRebound(to: CChar.self) { tl_xml_parse($0.baseAddress, Int32($0.count)) }
        }) else {
            throw FormatError(format: .xliff, line: 0, column: 0, message: "out of memory")
        }
        defer { tl_xml_free(parsed) }
        var line: Int32 = 0
        var column: Int32 = 0
        var message: UnsafePointer<CChar>?
        if tl_xml_error(parsed, &line, &column, &message) != 0 {
            throw FormatError(format: .xliff, line: Int(line), column: Int(column), message: message.map { String(cString: $0) } ?? "not well-formed")
        }
        let events = XMLEvents(source: source, parsed: parsed)
        var reader = XLIFFUnits(source: source, events: events)
        try reader.read()
        return reader.finish()
    }
}

/// libxml2's events with their place in the file: tags, comments and CDATA know where they
/// end; where they start is found from there, and text lies between them.
struct XMLEvents {
    struct Event {
        var kind: Int32
        var name: String
        var text: String
        var range: TextRange
        var attributes: [String: String]
    }

    private(set) var events: [Event] = []

    init(source: SourceText, parsed: OpaquePointer) {
        let records = UnsafeBufferPointer(start: tl_xml_events(parsed), count: Int(tl_xml_event_count(parsed)))
        let attributeCount = records.reduce(0) { max($0, Int($1.firstAttribute + $1.attributeCount)) }
        let attributes = UnsafeBufferPointer(start: tl_xml_attributes(parsed), count: attributeCount)
        let pool = tl_xml_pool(parsed)
        func string(_ offset: Int32, _ length: Int32) -> String {
            guard offset >= 0, let pool else { return "" }
            let bytes = UnsafeRawPointer(pool + Int(offset)).assumingMemoryBound(to: UInt8.self)
            return String(decoding: UnsafeBufferPointer(start: bytes, count: Int(length)), as: UTF8.self)
        }
        let bytes = source.utf8
        // Byte ranges first: structure events from their ends, text between them.
        var previousEnd = 0
        var pendingText: String?
        var pendingStart = 0
        for record in records {
            let kind = record.kind
            if kind == Int32(TL_XML_TEXT) {
                if pendingText == nil { pendingStart = previousEnd }
                pendingText = (pendingText ?? "") + string(record.text, record.textLength)
                continue
            }
            // libxml2 reports a start tag before its ">" (or "/>"), a CDATA section just after
            // its "<![CDATA[", and other events just after them.
            // Offsets from libxml2 stay inside the text, whatever it reports.
            var end = min(max(0, Int(record.end)), bytes.count)
            let start: Int
            switch kind {
            case Int32(TL_XML_START):
                start = Self.lastIndex(of: "<", in: bytes, before: end + 1) ?? previousEnd
                while end < bytes.count, bytes[end] != UInt8(ascii: ">") { end += 1 }
                end = min(bytes.count, end + 1)
            case Int32(TL_XML_COMMENT): start = Self.lastIndex(of: "<!--", in: bytes, before: end) ?? previousEnd
            case Int32(TL_XML_CDATA):
                start = Self.lastIndex(of: "<![CDATA[", in: bytes, before: end) ?? previousEnd
                end = Self.firstIndex(of: "]]>", in: bytes, from: end).map { $0 + 3 } ?? end
            case Int32(TL_XML_END) where end == previousEnd && events.last?.kind == Int32(TL_XML_START):
                start = end  // the end of an empty-element tag
            default: start = Self.lastIndex(of: "<", in: bytes, before: end) ?? previousEnd
            }
            if let text = pendingText {
                events.append(Event(kind: Int32(TL_XML_TEXT), name: "", text: text,
                                    range: TextRange(start: source.offset(ofByte: pendingStart), end: source.offset(ofByte: max(pendingStart, start))), attributes: [:]))
                pendingText = nil
            }
            var values: [String: String] = [:]
            for index in Int(record.firstAttribute)..<Int(record.firstAttribute + record.attributeCount) {
                values[string(attributes[index].name, attributes[index].nameLength)] = string(attributes[index].value, attributes[index].valueLength)
            }
            events.append(Event(kind: kind, name: string(record.name, record.nameLength), text: string(record.text, record.textLength),
                                range: TextRange(start: source.offset(ofByte: start), end: source.offset(ofByte: end)), attributes: values))
            previousEnd = end
        }
    }

    private static func firstIndex(of literal: String, in bytes: [UInt8], from start: Int) -> Int? {
        let needle = Array(literal.utf8)
        var position = start
        while position + needle.count <= bytes.count {
            if bytes[position] == needle[0], Array(bytes[position..<(position + needle.count)]) == needle { return position }
            position += 1
        }
        return nil
    }

    private static func lastIndex(of literal: String, in bytes: [UInt8], before end: Int) -> Int? {
        let needle = Array(literal.utf8)
        var start = min(end, bytes.count) - needle.count
        while start >= 0 {
            if bytes[start] == needle[0], Array(bytes[start..<(start + needle.count)]) == needle { return start }
            start -= 1
        }
        return nil
    }
}

/// The walk over XLIFF's elements.
private struct XLIFFUnits {
    let source: SourceText
    let events: [XMLEvents.Event]
    var builder = ProseBuilder()
    var units: [ProseUnit] = []
    var suppressions: [SuppressionComment] = []
    var targetLanguage: LanguageTag?
    var sourceLanguage: LanguageTag?

    static let standaloneCodes: Set<String> = ["x", "bx", "ex", "ph", "it", "sc", "ec", "sm", "em", "cp"]
    static let unfinishedStates: Set<String> = ["new", "needs-translation", "initial", "needs-l10n", "needs-adaptation"]

    init(source: SourceText, events: XMLEvents) {
        self.source = source
        self.events = events.events
    }

    mutating func finish() -> ProseView {
        builder.finish(units: units, suppressions: suppressions, declaredLanguage: targetLanguage, sourceLanguage: sourceLanguage)
    }

    // Long: one loop over libxml2's events with a case per XLIFF element of 1.2 and 2.x;
    // the cases share the walk's position and the unit being read.
    mutating func read() throws(FormatError) {
        guard let root = events.first(where: { $0.kind == Int32(TL_XML_START) }), root.name == "xliff" else {
            throw error(at: 0, "the root element is not <xliff>")
        }
        let isVersion1 = (root.attributes["version"] ?? "1.2").hasPrefix("1")
        if let language = root.attributes["trgLang"] { targetLanguage = LanguageTag(language) }
        if let language = root.attributes["srcLang"] { sourceLanguage = LanguageTag(language) }
        // A source and its target meet in a scope: the trans-unit (1.2) or the segment (2.x).
        let scopeName = isVersion1 ? "trans-unit" : "segment"
        var unit: (id: String, translate: Bool)?
        var scopeState: String?
        var sourceText: (text: String, range: TextRange)?
        var sawTarget = false
        var depth = 0
        // Elements whose contents are not the unit's own text (alternatives, notes, metadata).
        var ignoredDepth: Int?
        var index = 0
        while index < events.count {
            let event = events[index]
            switch event.kind {
            case Int32(TL_XML_START):
                depth += 1
                guard ignoredDepth == nil else { break }
                switch event.name {
                case "file":
                    if targetLanguage == nil, let language = event.attributes["target-language"] { targetLanguage = LanguageTag(language) }
                    if sourceLanguage == nil, let language = event.attributes["source-language"] { sourceLanguage = LanguageTag(language) }
                case "trans-unit" where isVersion1, "unit" where !isVersion1:
                    unit = (event.attributes["id"] ?? "", event.attributes["translate"] != "no")
                case "source" where unit != nil:
                    let end = self.end(of: index)
                    sourceText = (plainText(index, end), TextRange(start: event.range.start, end: events[end].range.end))
                    index = end
                    depth -= 1
                case "target" where unit != nil:
                    let end = self.end(of: index)
                    sawTarget = true
                    if let current = unit, current.translate {
                        readTarget(from: index, to: end, unitID: current.id, state: event.attributes["state"] ?? scopeState, source: sourceText)
                    }
                    index = end
                    depth -= 1
                case "alt-trans", "note", "notes", "originalData", "matches", "header", "ignorable", "metadata":
                    ignoredDepth = depth
                default:
                    break
                }
                if event.name == scopeName {
                    scopeState = event.attributes["state"]
                    sourceText = nil
                    sawTarget = false
                }
            case Int32(TL_XML_END):
                if let ignored = ignoredDepth, depth == ignored { ignoredDepth = nil }
                depth -= 1
                if ignoredDepth == nil, event.name == scopeName, let current = unit, current.translate, !sawTarget,
                   let sourceText, !sourceText.text.allSatisfy(\.isWhitespace) {
                    // No target at all: the unit is reported at its source.
                    units.append(ProseUnit(id: current.id, status: .missing, state: scopeState, source: sourceText.text,
                                           sourceRange: sourceText.range, targetRange: sourceText.range))
                }
                if event.name == (isVersion1 ? "trans-unit" : "unit") { unit = nil }
            case Int32(TL_XML_COMMENT):
                if let directive = CommentDirectives.directive(inComment: event.text, at: event.range) { suppressions.append(directive) }
            default:
                break
            }
            index += 1
        }
    }

    private func error(at offset: Int, _ message: String) -> FormatError {
        let location = source.location(of: offset)
        return FormatError(format: .xliff, line: location.line, column: location.column, message: message)
    }

    /// The index of the END event closing the START at `start`.
    private func end(of start: Int) -> Int {
        var depth = 0
        var index = start
        while index < events.count {
            if events[index].kind == Int32(TL_XML_START) { depth += 1 }
            if events[index].kind == Int32(TL_XML_END) {
                depth -= 1
                if depth == 0 { return index }
            }
            index += 1
        }
        return events.count - 1
    }

    /// The text of an element, inline codes left out.
    private func plainText(_ start: Int, _ end: Int) -> String {
        var text = ""
        for event in events[(start + 1)..<end] where event.kind == Int32(TL_XML_TEXT) || event.kind == Int32(TL_XML_CDATA) { text += event.text }
        return text
    }

    /// A target: a block of its text, codes opaque or transparent; the unit's record.
    private mutating func readTarget(from start: Int, to end: Int, unitID: String, state: String?, source sourceText: (text: String, range: TextRange)?) {
        let unitIndex = units.count
        let targetRange = TextRange(start: events[start].range.start, end: events[end].range.end)
        builder.startBlock(.segment, unit: unitIndex)
        let blockStart = builder.text.count
        var index = start + 1
        while index < end {
            let event = events[index]
            switch event.kind {
            case Int32(TL_XML_TEXT):
                let text = Array(event.text.utf16)
                let aligner = SourceAligner(source: source.units, decodesEscapes: false, decodesEntities: true, foldsWhiteSpace: true)
                let alignment = aligner.align(text, at: event.range.start, limit: event.range.end)
                    ?? Alignment(pieces: [AlignedPiece(decoded: 0..<text.count, original: event.range, isCopy: false)])
                builder.append(text, aligned: alignment)
            case Int32(TL_XML_CDATA):
                let text = Array(event.text.utf16)
                let content = TextRange(start: min(event.range.end, event.range.start + 9), end: max(event.range.start + 9, event.range.end - 3))
                let aligner = SourceAligner(source: source.units, decodesEscapes: false, decodesEntities: false, foldsWhiteSpace: true)
                let alignment = aligner.align(text, at: content.start, limit: content.end)
                    ?? Alignment(pieces: [AlignedPiece(decoded: 0..<text.count, original: content, isCopy: false)])
                builder.append(text, aligned: alignment)
            case Int32(TL_XML_START) where Self.standaloneCodes.contains(event.name):
                let close = self.end(of: index)
                let range = TextRange(start: event.range.start, end: events[close].range.end)
                let proseStart = builder.text.count
                builder.appendCopy(of: range, from: source.units)
                builder.markOpaque(TextRange(start: proseStart, end: builder.text.count))
                index = close
            case Int32(TL_XML_COMMENT):
                if let directive = CommentDirectives.directive(inComment: event.text, at: event.range) { suppressions.append(directive) }
            default:
                break  // the tags of paired codes: transparent
            }
            index += 1
        }
        let blockText = builder.text[blockStart...]
        for placeholder in Placeholders.ranges(in: Array(blockText), printf: true, python: true, braces: true) {
            builder.markOpaque(placeholder.shifted(by: blockStart))
        }
        let isEmpty = blockText.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D }
        builder.endBlock(at: targetRange.end)
        // Symfony writes plural forms as variants separated by "|", the source like the target;
        // each variant is a text of its own, its interval ("{0}", "]1,Inf[") opaque.
        if let source = sourceText?.text, source.contains("|"), blockText.contains(0x7C) {
            let text = Array(blockText)
            let separators = text.indices.filter { text[$0] == 0x7C }
            for variantStart in [0] + separators.map({ $0 + 1 }) {
                if let end = Placeholders.intervalEnd(text, from: variantStart) {
                    builder.markOpaque(TextRange(start: blockStart + variantStart, end: blockStart + end))
                }
            }
            builder.splitLastBlock(at: separators.map { $0 + blockStart })
        }
        let sourceIsEmpty = sourceText?.text.allSatisfy(\.isWhitespace) ?? true
        let status: ProseUnit.Status = isEmpty && !sourceIsEmpty ? .missing
            : state.map { Self.unfinishedStates.contains($0) } == true ? .unfinished : .translated
        units.append(ProseUnit(id: unitID, status: status, state: state, source: sourceText?.text ?? "",
                               sourceRange: sourceText?.range ?? targetRange, targetRange: targetRange))
    }
}
