import TextCore

/// Decides a document's language, in this order: the `--lang` flag; the language the document
/// declares itself (`<html lang>`, XLIFF's target language, a PO catalogue's `Language:`);
/// the record's `lang` field; a path pattern from the configuration; a `.LANG.txt`-style
/// suffix in the file name; the nearest parent folder named after a language; otherwise
/// `und`, which runs only the language-independent rules. The report says which one decided.
public struct LanguageResolver: Sendable {
    public var forced: LanguageTag?
    public var pathRules: [(glob: Glob, language: LanguageTag)]

    public init(forced: LanguageTag? = nil, pathRules: [(glob: Glob, language: LanguageTag)] = []) {
        self.forced = forced
        self.pathRules = pathRules
    }

    public enum Source: String, Sendable {
        case flag, document, record, config
        case fileName = "file-name"
        case folder
        case unknown = "default"
    }

    public func resolve(path: String?, recordLanguage: String?, declared: LanguageTag? = nil) -> (language: LanguageTag, source: Source) {
        if let forced { return (forced, .flag) }
        if let declared, !declared.isUndetermined { return (declared, .document) }
        if let recordLanguage, let tag = LanguageTag(recordLanguage) { return (tag, .record) }
        guard let path else { return (.undetermined, .unknown) }
        for rule in pathRules where rule.glob.matches(path: path, walkedPath: path) { return (rule.language, .config) }
        let components = path.split(separator: "/").map(String.init)
        if let name = components.last {
            let parts = name.split(separator: ".").map(String.init)
            if parts.count >= 3, let tag = LanguageTag(parts[parts.count - 2]), tag.isKnownLanguage { return (tag, .fileName) }
        }
        for folder in components.dropLast().reversed() {
            if let tag = LanguageTag(folder), tag.isKnownLanguage, folder.count <= 3 || folder.contains("-") || folder.contains("_") {
                return (tag, .folder)
            }
        }
        return (.undetermined, .unknown)
    }
}
