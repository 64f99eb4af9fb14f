import HTMLBridge
import TextCore

/// Reads HTML (any HTML5, malformed too, parsed as browsers do by Gumbo) into a prose view.
///
/// Block elements (paragraphs, headings, list items, cells, captions, the title) make
/// blocks; inline elements are transparent; white space collapses as a browser renders it;
/// entities are decoded. `script`, `style`, `template` and `noscript` are left out, and so is
/// every element marked `translate="no"` or `class="notranslate"`; `pre` is a code block and
/// `code`, `kbd`, `samp`, `var` are opaque. `alt` text and the `description` meta are prose.
/// An element whose `lang` differs from the page's makes blocks in that language.
enum HTMLReader {
    static func read(_ source: SourceText) -> ProseView {
        guard let parsed = source.utf8.withUnsafeBufferPointer({ buffer in
            buffer.withMemoryRebound(to: CChar.self) { tl_html_parse($0.baseAddress, Int32($0.count)) }
        }) else {
            return ProseView(map: ProseMap())
        }
        defer { tl_html_free(parsed) }
        var walker = HTMLWalker(source: source, parsed: parsed)
        walker.walk()
        return walker.finish()
    }
}

private struct HTMLWalker {
    let source: SourceText
    let nodes: UnsafeBufferPointer<tl_html_node>
    let attributes: UnsafeBufferPointer<tl_html_attribute>
    let pool: UnsafePointer<CChar>?
    var builder = ProseBuilder()
    var suppressions: [SuppressionComment] = []
    /// Alt texts and descriptions met inside a block, added as blocks of their own after it.
    var pendingAttributes: [(kind: BlockKind, text: [UInt16], alignment: Alignment, language: LanguageTag?)] = []
    var pageLanguage: LanguageTag?

    static let skipped: Set<String> = ["script", "style", "template", "noscript", "svg", "math", "iframe", "object", "canvas", "textarea", "select", "head"]
    static let opaque: Set<String> = ["code", "kbd", "samp", "var", "tt"]
    static let blocks: [String: BlockKind] = [
        "p": .paragraph, "div": .paragraph, "blockquote": .paragraph, "section": .paragraph, "article": .paragraph, "main": .paragraph,
        "aside": .paragraph, "header": .paragraph, "footer": .paragraph, "nav": .paragraph, "address": .paragraph, "body": .paragraph,
        "form": .paragraph, "fieldset": .paragraph, "details": .paragraph, "dialog": .paragraph, "center": .paragraph, "figure": .paragraph,
        "ul": .paragraph, "ol": .paragraph, "dl": .paragraph, "menu": .paragraph, "table": .paragraph, "tbody": .paragraph,
        "thead": .paragraph, "tfoot": .paragraph, "tr": .paragraph, "hr": .paragraph, "html": .paragraph, "hgroup": .paragraph,
        "h1": .heading, "h2": .heading, "h3": .heading, "h4": .heading, "h5": .heading, "h6": .heading, "title": .heading,
        "li": .listItem, "dt": .listItem, "dd": .listItem, "td": .tableCell, "th": .tableCell,
        "figcaption": .caption, "caption": .caption, "legend": .caption, "summary": .caption, "option": .caption,
    ]

    init(source: SourceText, parsed: OpaquePointer) {
        self.source = source
        nodes = UnsafeBufferPointer(start: tl_html_nodes(parsed), count: Int(tl_html_node_count(parsed)))
        let nodes = self.nodes
        let attributeCount = nodes.reduce(0) { max($0, Int($1.firstAttribute + $1.attributeCount)) }
        attributes = UnsafeBufferPointer(start: tl_html_attributes(parsed), count: attributeCount)
        pool = tl_html_pool(parsed)
    }

    mutating func finish() -> ProseView {
        flushAttributes()
        return builder.finish(suppressions: suppressions, declaredLanguage: pageLanguage)
    }

    // MARK: Records

    private func string(_ offset: Int32, _ length: Int32) -> String {
        guard offset >= 0, let pool else { return "" }
        let bytes = UnsafeRawPointer(pool + Int(offset)).assumingMemoryBound(to: UInt8.self)
        return String(decoding: UnsafeBufferPointer(start: bytes, count: Int(length)), as: UTF8.self)
    }

    private func name(_ node: tl_html_node) -> String { string(node.name, node.nameLength) }

    private func attribute(_ node: tl_html_node, _ wanted: String) -> (value: String, range: TextRange?)? {
        for index in Int(node.firstAttribute)..<Int(node.firstAttribute + node.attributeCount) {
            let attribute = attributes[index]
            guard string(attribute.name, attribute.nameLength) == wanted else { continue }
            let range = attribute.valueStart >= 0
                ? TextRange(start: source.offset(ofByte: Int(attribute.valueStart)), end: source.offset(ofByte: Int(attribute.valueEnd))) : nil
            return (string(attribute.value, attribute.valueLength), range)
        }
        return nil
    }

    private func isNotTranslated(_ node: tl_html_node) -> Bool {
        if attribute(node, "translate")?.value.lowercased() == "no" { return true }
        if let classes = attribute(node, "class")?.value, classes.split(separator: " ").contains("notranslate") { return true }
        return false
    }

    // MARK: Walk

    // Long: one loop over Gumbo's flattened tree with a case per kind of element (skipped,
    // block, opaque, code, inline); the cases share the stacks of open blocks and languages.
    mutating func walk() {
        var language: [(end: Int, tag: LanguageTag?)] = []
        var blockKinds: [(end: Int, kind: BlockKind)] = []
        var index = 0
        while index < nodes.count {
            while let last = language.last, last.end <= index { language.removeLast() }
            while let last = blockKinds.last, last.end <= index {
                blockKinds.removeLast()
                endBlock()
            }
            let node = nodes[index]
            switch Int(node.type) {
            case Int(TL_HTML_ELEMENT):
                let tag = name(node)
                if tag == "html", let declared = attribute(node, "lang")?.value { pageLanguage = LanguageTag(declared) }
                if tag == "head" { readHead(index) }
                if Self.skipped.contains(tag) || isNotTranslated(node) {
                    // Inside running text the element stays, opaque (removed, it would leave
                    // a seam: "for <code translate=no>x</code>, the" read as "for , the").
                    if Self.blocks[tag] == nil, tag != "head", builder.isInBlock {
                        readOpaque(node, language: language.last?.tag, blockKind: blockKinds.last?.kind ?? .paragraph)
                    } else if Self.blocks[tag] != nil {
                        endBlock()
                    }
                    index = Int(node.end)
                    continue
                }
                if let declared = attribute(node, "lang")?.value, tag != "html" {
                    let tag = LanguageTag(declared)
                    language.append((Int(node.end), tag?.language == pageLanguage?.language ? nil : tag))
                }
                let currentLanguage = language.last?.tag
                if tag == "pre" {
                    endBlock()
                    readPre(node)
                    index = Int(node.end)
                    continue
                }
                if tag == "br" {
                    if builder.isInBlock { builder.append([0x0A], standingFor: elementRange(node)) }
                } else if tag == "img" || tag == "area" || (tag == "input" && attribute(node, "type")?.value.lowercased() == "image") {
                    queueAttribute(node, "alt", kind: .caption, language: currentLanguage)
                } else if Self.opaque.contains(tag) {
                    readOpaque(node, language: currentLanguage, blockKind: blockKinds.last?.kind ?? .paragraph)
                    index = Int(node.end)
                    continue
                } else if let kind = Self.blocks[tag] {
                    endBlock()
                    blockKinds.append((Int(node.end), kind))
                }
            case Int(TL_HTML_TEXT), Int(TL_HTML_WHITESPACE):
                appendText(node, kind: blockKinds.last?.kind ?? .paragraph, language: language.last?.tag)
            case Int(TL_HTML_CDATA):
                appendText(node, kind: blockKinds.last?.kind ?? .paragraph, language: language.last?.tag)
            case Int(TL_HTML_COMMENT):
                if node.start >= 0 {
                    let range = TextRange(start: source.offset(ofByte: Int(node.start)), end: source.offset(ofByte: Int(node.startEnd)))
                    if let directive = CommentDirectives.directive(inComment: string(node.text, node.textLength), at: range) {
                        suppressions.append(directive)
                    }
                }
            default:
                break
            }
            index += 1
        }
        endBlock()
    }

    /// The page's title and description, from the head (which is otherwise not prose).
    private mutating func readHead(_ head: Int) {
        var index = head + 1
        while index < Int(nodes[head].end) {
            let node = nodes[index]
            if Int(node.type) == Int(TL_HTML_ELEMENT) {
                let tag = name(node)
                if tag == "title" {
                    for child in (index + 1)..<Int(node.end) where Int(nodes[child].type) == Int(TL_HTML_TEXT) {
                        appendText(nodes[child], kind: .heading, language: nil)
                    }
                    endBlock()
                    index = Int(node.end)
                    continue
                }
                if tag == "meta", attribute(node, "name")?.value.lowercased() == "description" {
                    queueAttribute(node, "content", kind: .caption, language: nil)
                    flushAttributes()
                }
            } else if Int(node.type) == Int(TL_HTML_COMMENT), node.start >= 0 {
                let range = TextRange(start: source.offset(ofByte: Int(node.start)), end: source.offset(ofByte: Int(node.startEnd)))
                if let directive = CommentDirectives.directive(inComment: string(node.text, node.textLength), at: range) { suppressions.append(directive) }
            }
            index += 1
        }
    }

    private func elementRange(_ node: tl_html_node) -> TextRange {
        guard node.start >= 0 else { return TextRange(start: 0, end: 0) }
        let end = node.endTagEnd >= 0 ? node.endTagEnd : node.startEnd
        return TextRange(start: source.offset(ofByte: Int(node.start)), end: source.offset(ofByte: Int(end)))
    }

    private mutating func endBlock() {
        guard builder.isInBlock else { return }
        builder.endBlock(at: nil)
        flushAttributes()
    }

    private mutating func flushAttributes() {
        let pending = pendingAttributes
        pendingAttributes.removeAll()
        for item in pending {
            builder.startBlock(item.kind, language: item.language)
            builder.append(item.text, aligned: item.alignment)
            builder.endBlock(at: item.alignment.originalEnd)
        }
    }

    private mutating func queueAttribute(_ node: tl_html_node, _ name: String, kind: BlockKind, language: LanguageTag?) {
        guard let (value, range) = attribute(node, name), let range, !value.isEmpty else { return }
        let text = Array(value.utf16)
        let aligner = SourceAligner(source: source.units, decodesEscapes: false, decodesEntities: true, foldsWhiteSpace: true)
        let alignment = aligner.align(text, at: range.start, limit: range.end)
            ?? Alignment(pieces: [AlignedPiece(decoded: 0..<text.count, original: range, isCopy: false)])
        pendingAttributes.append((kind, text, alignment, language))
        if !builder.isInBlock { flushAttributes() }
    }

    /// A text node: its decoded text where it lies, white space collapsed as rendered.
    private mutating func appendText(_ node: tl_html_node, kind: BlockKind, language: LanguageTag?) {
        guard node.start >= 0, node.textLength > 0 else { return }
        let range = TextRange(start: source.offset(ofByte: Int(node.start)), end: source.offset(ofByte: Int(node.startEnd)))
        let text = Array(string(node.text, node.textLength).utf16)
        let aligner = SourceAligner(source: source.units, decodesEscapes: false, decodesEntities: true, foldsWhiteSpace: true)
        let alignment = aligner.align(text, at: range.start, limit: range.end)
            ?? Alignment(pieces: [AlignedPiece(decoded: 0..<text.count, original: range, isCopy: false)])
        let collapsed = WhiteSpace.collapse(text, alignment, afterSpace: !builder.isInBlock || builder.endsWithSpace)
        guard !collapsed.text.isEmpty else { return }
        if !builder.isInBlock {
            if collapsed.text.allSatisfy({ $0 == 0x20 }) { return }
            builder.startBlock(kind, language: language)
        }
        builder.append(collapsed.text, aligned: collapsed.alignment)
    }

    /// `code`, `kbd`, `samp`, `var`: the element's text, one opaque stretch.
    private mutating func readOpaque(_ node: tl_html_node, language: LanguageTag?, blockKind: BlockKind) {
        let range = elementRange(node)
        guard !range.isEmpty else { return }
        if !builder.isInBlock { builder.startBlock(blockKind, language: language) }
        let start = builder.text.count
        builder.appendCopy(of: range, from: source.units)
        builder.markOpaque(TextRange(start: start, end: builder.text.count))
    }

    /// `pre`: the element as written, a code block.
    private mutating func readPre(_ node: tl_html_node) {
        let range = elementRange(node)
        guard !range.isEmpty else { return }
        builder.startBlock(.code)
        builder.appendCopy(of: range, from: source.units)
        builder.endBlock(at: range.end)
    }
}

/// HTML white space as a browser renders it: every run of spaces, tabs and line breaks is
/// one space (none, for a line break between Chinese or Japanese characters).
enum WhiteSpace {
    private static func isCJK(_ unit: UInt16) -> Bool { CharacterClass.of(unit: unit).contains(.ideographic) }

    static func collapse(_ text: [UInt16], _ alignment: Alignment, afterSpace: Bool) -> (text: [UInt16], alignment: Alignment) {
        var output: [UInt16] = []
        var pieces: [AlignedPiece] = []
        var index = 0
        var previousSpace = afterSpace
        while index < text.count {
            if SourceAligner.isWhiteSpace(text[index]) {
                var end = index
                var hasLineBreak = false
                while end < text.count, SourceAligner.isWhiteSpace(text[end]) {
                    hasLineBreak = hasLineBreak || text[end] == 0x0A || text[end] == 0x0D
                    end += 1
                }
                // A line break between two Chinese or Japanese characters is no space at all
                // (CSS Text's segment-break rule): hard-wrapped CJK text reads unbroken.
                let joinsCJK = hasLineBreak && index > 0 && end < text.count && isCJK(text[index - 1]) && isCJK(text[end])
                if !previousSpace, !joinsCJK {
                    let start = alignment.originalOffset(ofDecoded: index) ?? 0
                    let stop = alignment.originalOffset(ofDecoded: end) ?? start
                    pieces.append(AlignedPiece(decoded: output.count..<(output.count + 1), original: TextRange(start: start, end: max(start, stop)),
                                               isCopy: end - index == 1 && text[index] == 0x20))
                    output.append(0x20)
                }
                previousSpace = !joinsCJK
                index = end
                continue
            }
            var end = index
            while end < text.count, !SourceAligner.isWhiteSpace(text[end]) { end += 1 }
            // The run's pieces, shifted to the output.
            for piece in alignment.pieces where piece.decoded.upperBound > index && piece.decoded.lowerBound < end {
                let lower = max(piece.decoded.lowerBound, index)
                let upper = min(piece.decoded.upperBound, end)
                let original = piece.isCopy
                    ? TextRange(start: piece.original.start + (lower - piece.decoded.lowerBound), end: piece.original.start + (upper - piece.decoded.lowerBound))
                    : piece.original
                pieces.append(AlignedPiece(decoded: (output.count + lower - index)..<(output.count + upper - index), original: original, isCopy: piece.isCopy))
            }
            output.append(contentsOf: text[index..<end])
            previousSpace = false
            index = end
        }
        return (output, Alignment(pieces: pieces))
    }
}
