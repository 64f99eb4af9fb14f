import TextCore

extension DocumentReader {
    /// The sources of an XLIFF or PO file's units as a prose view of the same file: a block per
    /// unit (its `unit` set to the unit's index), mapped to where the source lies in the file,
    /// so that a source-aware finding's source span points into the file. nil when the view
    /// has no unit with a source.
    ///
    /// A source whose decoded text cannot be found unit by unit in its element (inline codes
    /// in XLIFF, a PO msgid's quoted and escaped lines) stands as a whole for its element.
    public static func unitSources(of view: ProseView, original: [UInt16]) -> ProseView? {
        guard view.units.contains(where: { !$0.source.isEmpty }) else { return nil }
        var builder = ProseBuilder()
        var blocksPerUnit: [Int: Int] = [:]
        for block in view.blocks { if let unit = block.unit { blocksPerUnit[unit, default: 0] += 1 } }
        let variantUnits = Set(blocksPerUnit.filter { $0.value > 1 }.keys)
        let aligner = SourceAligner(source: original, decodesEscapes: false, decodesEntities: true, foldsWhiteSpace: true)
        for (index, unit) in view.units.enumerated() where !unit.source.isEmpty {
            builder.startBlock(.segment, unit: index)
            let decoded = Array(unit.source.utf16)
            let range = unit.sourceRange
            // The text starts after the element's start tag, when the range holds one.
            var start = range.start
            if start < range.end, original[start] == 0x3C {
                while start < range.end, original[start] != 0x3E { start += 1 }
                start += 1
            }
            let textStart = builder.text.count
            if start <= range.end, let alignment = aligner.align(decoded, at: start, limit: range.end) {
                builder.append(decoded, aligned: alignment)
            } else {
                builder.append(decoded, standingFor: range)
            }
            builder.endBlock(at: range.end)
            // Symfony's variants ("one apple|%count% apples"), when the translation was cut
            // into its variants too.
            if variantUnits.contains(index), decoded.contains(0x7C) {
                builder.splitLastBlock(at: decoded.indices.filter { decoded[$0] == 0x7C }.map { textStart + $0 })
            }
            if let plural = unit.pluralSource, let pluralRange = unit.pluralSourceRange {
                builder.startBlock(.segment, unit: index)
                builder.append(Array(plural.utf16), standingFor: pluralRange)
                builder.endBlock(at: pluralRange.end)
            }
        }
        return builder.finish(declaredLanguage: view.sourceLanguage)
    }
}
