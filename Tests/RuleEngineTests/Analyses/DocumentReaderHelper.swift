import Formats
import TextCore

/// Structured documents for tests.
enum DocumentReaderHelper {
    static func document(_ text: String, _ language: String, format: InputFormat = .xliff) throws -> Document {
        try DocumentReader.document(name: "t", original: Array(text.utf16), format: format, language: LanguageTag(language)!)
    }
}
