import TextCore

/// Reads a decoded file in its format: plain text as it is, the structured formats into a
/// prose view (`ProseView`) whose positions lead back into the file.
public enum DocumentReader {
    /// The prose view of `original` (nil for plain text, which is its own prose). `fileName`
    /// tells MDX from Markdown.
    public static func prose(of original: [UInt16], format: InputFormat, fileName: String? = nil) throws(FormatError) -> ProseView? {
        switch format {
        case .text:
            return nil
        case .markdown:
            return MarkdownReader.read(SourceText(original), isMDX: fileName?.lowercased().hasSuffix(".mdx") ?? false)
        case .html:
            return HTMLReader.read(SourceText(original))
        case .xliff:
            return try XLIFFReader.read(SourceText(original))
        case .po:
            return try POReader.read(SourceText(original))
        }
    }

    /// A document of `original` in `format`, in `language` unless the file declares its own
    /// and `language` was not forced.
    public static func document(name: String, original: [UInt16], format: InputFormat, language: LanguageTag) throws(FormatError) -> Document {
        guard let prose = try prose(of: original, format: format, fileName: name) else {
            return Document(name: name, original: original, language: language)
        }
        return Document(name: name, original: original, prose: prose, language: language)
    }
}
