import TextCore

/// A structured document cut by language: the blocks in the document's language, and for
/// every other language a format marks (an HTML element's `lang`) the blocks in it. Each part
/// is checked with its own language's rules.
///
/// A part is the whole prose with the other parts' blocks blanked (their units become
/// spaces, line breaks kept), so that every offset, and the map back to the file, stays the
/// same.
enum LanguageParts {
    struct Part {
        let document: Document
        /// The part's blocks (nil for plain text).
        let blocks: [ProseBlock]?
    }

    static func split(_ document: Document) -> [Part] {
        guard let structure = document.structure else { return [Part(document: document, blocks: nil)] }
        let languages = Set(structure.blocks.compactMap(\.language)).filter { $0 != document.language }
        guard !languages.isEmpty else { return [Part(document: document, blocks: structure.blocks)] }
        let own: (ProseBlock) -> Bool = { $0.language == nil || $0.language == document.language }
        var parts = [part(of: document, structure, blocks: structure.blocks.filter(own), language: document.language)]
        for language in languages.sorted(by: { $0.identifier < $1.identifier }) {
            parts.append(part(of: document, structure, blocks: structure.blocks.filter { $0.language == language }, language: language))
        }
        return parts
    }

    private static func part(of document: Document, _ structure: ProseView, blocks: [ProseBlock], language: LanguageTag) -> Part {
        var view = structure
        var keep = [Bool](repeating: false, count: view.text.count)
        for block in blocks { for index in block.range.start..<block.range.end { keep[index] = true } }
        for index in view.text.indices where !keep[index] && view.text[index] != 0x0A { view.text[index] = 0x20 }
        view.blocks = blocks
        view.opaque = structure.opaque.filter { opaque in blocks.contains { $0.range.contains(opaque) } }
        return Part(document: Document(name: document.name, original: document.original, prose: view, language: language), blocks: blocks)
    }
}
