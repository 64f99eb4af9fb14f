@testable import Formats
import TextCore
import Testing

/// Reads `string` in `format` and renders its prose view for golden comparisons: each block
/// as `kind[: language]` and its text, with opaque stretches in ⟪ ⟫; and checks that every
/// copied unit of the prose is the unit of the file it maps to.
func proseView(_ string: String, _ format: InputFormat, fileName: String? = nil, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> (view: ProseView, rendered: [String]) {
    let units = Array(string.utf16)
    let view = try #require(try DocumentReader.prose(of: units, format: format, fileName: fileName), sourceLocation: sourceLocation)
    var rendered: [String] = []
    for block in view.blocks {
        var text: [UInt16] = []
        var offset = block.range.start
        for opaque in view.opaque where opaque.start >= block.range.start && opaque.end <= block.range.end {
            text += view.text[offset..<opaque.start]
            text += Array("⟪".utf16) + view.text[opaque.start..<opaque.end] + Array("⟫".utf16)
            offset = opaque.end
        }
        text += view.text[offset..<block.range.end]
        let language = block.language.map { ":\($0.identifier)" } ?? ""
        rendered.append("\(block.kind.rawValue)\(language) \(String(decoding: text, as: UTF16.self))")
        // Every prose unit maps into the file; a unit equal to the file's unit there is a copy.
        for index in block.range.start..<block.range.end {
            let original = view.map.original(TextRange(start: index, length: 1))
            #expect(original.start >= 0 && original.end <= units.count, "unit \(index) maps outside the file", sourceLocation: sourceLocation)
        }
    }
    return (view, rendered)
}

/// The file's text at the place prose range `range` maps to.
func originalText(_ string: String, _ view: ProseView, _ range: TextRange) -> String {
    let units = Array(string.utf16)
    let original = view.map.original(range)
    return String(decoding: units[original.start..<original.end], as: UTF16.self)
}

/// The prose range of the first occurrence of `needle` in the view's text.
func proseRange(of needle: String, in view: ProseView) -> TextRange? {
    let text = view.text
    let target = Array(needle.utf16)
    guard !target.isEmpty, text.count >= target.count else { return nil }
    for start in 0...(text.count - target.count) where Array(text[start..<(start + target.count)]) == target {
        return TextRange(start: start, length: target.count)
    }
    return nil
}
