import MarkdownBridge
import TextCore

/// Reads Markdown (CommonMark with GitHub's tables, strikethrough, autolinks and task lists,
/// footnotes; front matter; site-generator syntax; MDX) into a prose view.
///
/// cmark-gfm parses; its block positions are exact, its inline positions are not, so each
/// inline text is aligned with the file from a cursor moving through its block. Blocks:
/// paragraphs, headings, list items, table cells and block quotes are prose; fenced and
/// indented code is a code block (encoding rules only); HTML blocks, link destinations and
/// titles, link reference definitions and front-matter keys are left out; inline code and
/// template syntax are kept as opaque stretches.
enum MarkdownReader {
    static func read(_ source: SourceText, isMDX: Bool) -> ProseView {
        let frontMatter = FrontMatter.read(source)
        // cmark reads the file with the front matter's lines emptied, so that its lines
        // (and positions) are the file's.
        var bytes = source.utf8
        if let frontMatter {
            let end = frontMatter.range.end >= source.units.count ? bytes.count : byteOffset(source, ofLineStartAt: frontMatter.range.end)
            for index in 0..<end where bytes[index] != 0x0A && bytes[index] != 0x0D { bytes[index] = 0x20 }
        }
        if isMDX { blankTagLines(&bytes) }
        guard let parsed = bytes.withUnsafeBufferPointer({ buffer in
            buffer.withMemoryRebound(to: CChar.self) { tl_md_parse($0.baseAddress, Int32($0.count)) }
        }) else {
            return ProseView(map: ProseMap())
        }
        defer { tl_md_free(parsed) }
        var walker = MarkdownWalker(source: source, parsed: parsed, isMDX: isMDX)
        if let frontMatter { walker.addFrontMatter(frontMatter) }
        walker.walkBlocks()
        return walker.finish()
    }

    /// MDX reads a line holding only a JSX or HTML tag (`<TabItem label="Docker">`,
    /// `</Tabs>`) as a component boundary, where CommonMark would start an HTML block that
    /// swallows the lines after it, a code fence too. Such lines are blanked for cmark (same
    /// lines and positions; a tag is not prose).
    private static func blankTagLines(_ bytes: inout [UInt8]) {
        for line in ProseAttributes.tagLines(in: bytes) {
            for index in line { bytes[index] = 0x20 }
        }
    }

    /// The UTF-8 offset of a UTF-16 offset that starts a line.
    private static func byteOffset(_ source: SourceText, ofLineStartAt offset: Int) -> Int {
        var bytes = 0
        for unit in source.units[0..<offset] {
            if unit < 0x80 { bytes += 1 } else if unit < 0x800 { bytes += 2 } else if unit & 0xFC00 == 0xD800 { bytes += 4 } else if unit & 0xFC00 == 0xDC00 { continue } else { bytes += 3 }
        }
        return bytes
    }
}

/// One walk over cmark's records, building the prose view.
private struct MarkdownWalker {
    let source: SourceText
    let nodes: UnsafeBufferPointer<tl_md_node>
    let pool: UnsafePointer<CChar>?
    let templates: [TextRange]
    var builder = ProseBuilder()
    var suppressions: [SuppressionComment] = []
    let aligner: SourceAligner
    /// Code spans take their text as written: no escapes, no entities.
    let codeAligner: SourceAligner
    let isMDX: Bool

    init(source: SourceText, parsed: OpaquePointer, isMDX: Bool) {
        self.source = source
        self.isMDX = isMDX
        nodes = UnsafeBufferPointer(start: tl_md_nodes(parsed), count: Int(tl_md_node_count(parsed)))
        pool = tl_md_pool(parsed)
        templates = TemplateSyntax.spans(in: source.units, range: TextRange(start: 0, end: source.units.count), isMDX: isMDX)
        aligner = SourceAligner(source: source.units, decodesEscapes: true, decodesEntities: true, foldsWhiteSpace: false)
        codeAligner = SourceAligner(source: source.units, decodesEscapes: false, decodesEntities: false, foldsWhiteSpace: false)
    }

    mutating func addFrontMatter(_ frontMatter: FrontMatter) {
        for value in frontMatter.values {
            // A description is a summary, often the first paragraph again: a caption, not a
            // paragraph the duplication rules compare.
            builder.startBlock(value.key == "title" ? .heading : .caption)
            builder.append(value.text, aligned: value.alignment)
            builder.endBlock(at: value.alignment.originalEnd)
        }
    }

    mutating func finish() -> ProseView {
        builder.finish(suppressions: suppressions)
    }

    // MARK: Blocks

    mutating func walkBlocks() {
        // MDX tag lines are blank to cmark: their attributes come in file order between blocks
        // (not those of code blocks, which show tags as code).
        var tagLines: ArraySlice<TextRange> = []
        if isMDX {
            // Both in file order: one pass, whatever the number of code blocks.
            let code = nodes.filter { Int($0.type) == Int(TL_MD_CODE_BLOCK) }.map(blockRange).sorted()
            var block = 0
            tagLines = ProseAttributes.tagLines(in: source.units).map { TextRange(start: $0.lowerBound, end: $0.upperBound) }.filter { line in
                while block < code.count, code[block].end <= line.start { block += 1 }
                return !(block < code.count && code[block].start <= line.start)
            }[...]
        }
        var index = 0
        while index < nodes.count {
            let node = nodes[index]
            if !tagLines.isEmpty, Int(node.type) != Int(TL_MD_DOCUMENT) {
                let nodeStart = source.offset(line: Int(node.startLine), byteColumn: Int(node.startColumn))
                while let line = tagLines.first, line.start < nodeStart {
                    addAttributeText(in: line)
                    tagLines.removeFirst()
                }
            }
            switch Int(node.type) {
            case Int(TL_MD_PARAGRAPH), Int(TL_MD_HEADING), Int(TL_MD_TABLE_CELL):
                readLeafBlock(index)
                index = Int(node.end)
            case Int(TL_MD_CODE_BLOCK):
                let range = blockRange(node)
                builder.startBlock(.code)
                builder.appendCopy(of: range, from: source.units)
                builder.endBlock(at: range.end)
                index = Int(node.end)
            case Int(TL_MD_HTML_BLOCK):
                // cmark's end position of an HTML block is unreliable (a one-line comment ends
                // "before" it starts); its literal is its lines as written.
                let start = source.offset(line: Int(node.startLine), byteColumn: Int(node.startColumn))
                let literal = self.literal(node)
                let end = codeAligner.find(literal, from: start, limit: min(source.units.count, start + 2 * literal.count + 1))?.originalEnd
                let block = TextRange(start: start, end: max(start, end ?? source.lineEnd(after: start)))
                findDirectives(in: block)
                addAttributeText(in: block)
                index = Int(node.end)
            default:
                index += 1
            }
        }
        for line in tagLines { addAttributeText(in: line) }
    }

    /// The text of the tags' prose attributes in `range` (`alt`, `title`, `caption`…), a
    /// caption block each, as written in the file.
    mutating func addAttributeText(in range: TextRange) {
        for value in ProseAttributes.values(in: source.units, range) {
            builder.startBlock(.caption)
            builder.appendCopy(of: value, from: source.units)
            builder.endBlock(at: value.end)
        }
    }

    /// What a leaf block of prose is, from its own type and its containers.
    private func kind(of index: Int) -> BlockKind {
        switch Int(nodes[index].type) {
        case Int(TL_MD_HEADING): return .heading
        case Int(TL_MD_TABLE_CELL): return .tableCell
        default:
            var parent = Int(nodes[index].parent)
            while parent >= 0 {
                if Int(nodes[parent].type) == Int(TL_MD_ITEM) { return .listItem }
                parent = Int(nodes[parent].parent)
            }
            return .paragraph
        }
    }

    /// The file range of a block, from cmark's exact block positions.
    private func blockRange(_ node: tl_md_node) -> TextRange {
        let start = source.offset(line: Int(node.startLine), byteColumn: Int(node.startColumn))
        var end = source.offset(line: Int(node.endLine), byteColumn: Int(node.endColumn) + 1)
        if Int(node.endColumn) == 0 { end = source.offset(line: Int(node.endLine), byteColumn: 1) }
        return TextRange(start: start, end: max(start, min(end, source.units.count)))
    }

    // MARK: Inline content

    private mutating func readLeafBlock(_ index: Int) {
        let block = blockRange(nodes[index])
        builder.startBlock(kind(of: index))
        var cursor = block.start
        var child = index + 1
        let end = Int(nodes[index].end)
        // Containers left (links, images) whose destination follows their last child.
        var openLinks: [Int] = []
        // Inside inline HTML `<code>`, `<kbd>`, `<samp>`, `<var>`: everything is opaque.
        var codeElements = 0
        while child < end {
            while let link = openLinks.last, Int(nodes[link].end) <= child {
                openLinks.removeLast()
                cursor = skipDestination(from: cursor, limit: block.end)
            }
            let node = nodes[child]
            switch Int(node.type) {
            case Int(TL_MD_TEXT), Int(TL_MD_CODE):
                cursor = appendInline(node, from: cursor, limit: block.end, isCode: Int(node.type) == Int(TL_MD_CODE) || codeElements > 0)
            case Int(TL_MD_SOFTBREAK), Int(TL_MD_LINEBREAK):
                cursor = appendLineBreak(from: cursor, limit: block.end)
            case Int(TL_MD_HTML_INLINE):
                // Inline HTML and JSX stay in the prose as opaque stretches: removed, they
                // would leave seams ("est <Version /> ." read as "est ."), kept, no rule reads them.
                let literal = self.literal(node)
                if let alignment = codeAligner.find(literal, from: cursor, limit: block.end), let start = alignment.originalStart, let stop = alignment.originalEnd {
                    findDirectives(in: TextRange(start: start, end: stop))
                    builder.markOpaque(builder.append(literal, aligned: alignment))
                    cursor = stop
                }
                codeElements = max(0, codeElements + Self.codeElementChange(literal))
            case Int(TL_MD_LINK), Int(TL_MD_IMAGE):
                openLinks.append(child)
            case Int(TL_MD_FOOTNOTE_REFERENCE):
                cursor = skip(past: 0x5D, from: cursor, limit: block.end)
            default:
                break
            }
            child += 1
        }
        builder.endBlock(at: block.end)
    }

    private func literal(_ node: tl_md_node) -> [UInt16] {
        guard node.literal >= 0, let pool else { return [] }
        let bytes = UnsafeRawPointer(pool + Int(node.literal)).assumingMemoryBound(to: UInt8.self)
        return Array(String(decoding: UnsafeBufferPointer(start: bytes, count: Int(node.literalLength)), as: UTF8.self).utf16)
    }

    /// Appends a text or code node where it lies after `cursor`; returns the new cursor.
    private mutating func appendInline(_ node: tl_md_node, from cursor: Int, limit: Int, isCode: Bool) -> Int {
        var text = literal(node)
        guard !text.isEmpty else { return cursor }
        var alignment = (isCode ? codeAligner : aligner).find(text, from: cursor, limit: limit)
        if alignment == nil, isCode {
            // A code span over several lines: its line breaks became spaces.
            alignment = SourceAligner(source: source.units, decodesEscapes: false, decodesEntities: false, foldsWhiteSpace: true)
                .find(text, from: cursor, limit: limit)
        }
        guard let alignment, let start = alignment.originalStart, let end = alignment.originalEnd else {
            // Not found (cmark rewrote the text in a way the aligner does not know): the text
            // stands for the rest of the block's line, so that positions stay in the block.
            let lineEnd = min(limit, source.lineEnd(after: cursor))
            if isCode { text = [0xFFFC] }
            let range = builder.append(text, aligned: Alignment(pieces: [AlignedPiece(decoded: 0..<text.count, original: TextRange(start: cursor, end: lineEnd), isCopy: false)]))
            if isCode { builder.markOpaque(range) }
            return lineEnd
        }
        if isCode {
            builder.markOpaque(builder.append(text, aligned: alignment))
            return end
        }
        // White space as the page shows it: a run is one space.
        let collapsed = WhiteSpace.collapse(text, alignment, afterSpace: builder.endsWithSpace)
        let range = builder.append(collapsed.text, aligned: collapsed.alignment)
        markTemplates(in: TextRange(start: start, end: end), alignment: collapsed.alignment, prose: range)
        return end
    }

    /// +1 for an inline `<code>`, `<kbd>`, `<samp>` or `<var>` start tag, -1 for its end tag.
    private static func codeElementChange(_ literal: [UInt16]) -> Int {
        let tag = String(decoding: literal, as: UTF16.self).lowercased()
        for name in ["code", "kbd", "samp", "var"] {
            if tag.hasPrefix("<\(name)>") || tag.hasPrefix("<\(name) ") { return 1 }
            if tag.hasPrefix("</\(name)>") { return -1 }
        }
        return 0
    }

    /// Marks the template stretches that overlap a text node opaque.
    private mutating func markTemplates(in original: TextRange, alignment: Alignment, prose: TextRange) {
        var index = templates.partitionPoint { $0.end > original.start }
        while index < templates.count, templates[index].start < original.end {
            let overlap = TextRange(start: max(original.start, templates[index].start), end: min(original.end, templates[index].end))
            if let start = alignment.decodedOffset(ofOriginal: overlap.start), let end = alignment.decodedOffset(ofOriginal: overlap.end) {
                builder.markOpaque(TextRange(start: prose.start + start, end: prose.start + max(start, end)))
            }
            index += 1
        }
    }

    /// A soft or hard line break: the next line break of the file stands for it.
    private mutating func appendLineBreak(from cursor: Int, limit: Int) -> Int {
        var position = cursor
        while position < limit, source.units[position] != 0x0A, source.units[position] != 0x0D { position += 1 }
        guard position < limit else { return cursor }
        var end = position + 1
        if source.units[position] == 0x0D, end < limit, source.units[end] == 0x0A { end += 1 }
        builder.append([0x0A], standingFor: TextRange(start: position, end: end))
        return end
    }

    /// After a link's or image's text: past `](destination "title")`, `][label]` or `]`. An
    /// autolink (`https://…` or `<https://…>`) has no bracket after its text — only emphasis
    /// closers may stand between the text and a link's `]` — so nothing is skipped: looking
    /// for a `]` further on would swallow the rest of the block.
    private func skipDestination(from cursor: Int, limit: Int) -> Int {
        let units = source.units
        var bracket = cursor
        while bracket < limit, [0x2A, 0x5F, 0x7E, 0x60].contains(units[bracket]) { bracket += 1 }
        guard bracket < limit, units[bracket] == 0x5D else { return cursor }
        var position = skip(past: 0x5D, from: cursor, limit: limit)
        guard position < limit else { return position }
        if units[position] == 0x28 {
            // Balanced parentheses; an angle-bracketed destination and a quoted title may hold any.
            var depth = 0
            var quote: UInt16?
            var angle = false
            while position < limit {
                let unit = units[position]
                position += 1
                if unit == 0x5C, position < limit { position += 1; continue }
                if let open = quote {
                    if unit == open { quote = nil }
                    continue
                }
                if angle {
                    if unit == 0x3E { angle = false }
                    continue
                }
                switch unit {
                case 0x3C where depth == 1: angle = true
                case 0x22 where depth == 1, 0x27 where depth == 1: quote = unit
                case 0x28: depth += 1
                case 0x29:
                    depth -= 1
                    if depth == 0 { return position }
                default: break
                }
            }
            return position
        }
        if units[position] == 0x5B { return skip(past: 0x5D, from: position, limit: limit) }
        return position
    }

    /// The position after the next `unit` at or after `cursor` (or `limit`).
    private func skip(past unit: UInt16, from cursor: Int, limit: Int) -> Int {
        var position = cursor
        while position < limit, source.units[position] != unit { position += 1 }
        return min(limit, position + 1)
    }

    // MARK: Directives

    /// Suppression directives in the HTML comments of `range`.
    private mutating func findDirectives(in range: TextRange) {
        suppressions += CommentDirectives.find(in: source.units, range: range)
    }
}
