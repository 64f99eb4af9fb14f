import ArgumentParser
import Evaluation
import Foundation

/// `translint annotate`: turns hand-marked articles (`⟦family|text⟧`) into the text and
/// sidecar pair that `translint eval` reads.
struct AnnotateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annotate",
        abstract: "Turn articles marked with ⟦family|text⟧ into NAME.txt + NAME.expected.json for `translint eval`.",
        discussion: "Write the article as plain text and mark each defect as ⟦family|defective text⟧ (families: quotes, sentences, duplication, punctuation, spacing, encoding, ...). Write invisible characters as \\u{200B}. An optional first line `# source: …` is kept as the provenance. The input NAME.marked.txt becomes NAME.txt and NAME.expected.json.")

    @Argument(help: ArgumentHelp("Marked articles (NAME.marked.txt).", valueName: "file"))
    var files: [String]

    @Option(name: .customLong("output-dir"), help: ArgumentHelp("Where to write the pairs (default: next to each input).", valueName: "dir"))
    var outputDirectory: String?

    @Option(help: ArgumentHelp("Licence to record in the sidecar (default: the SPDX id found in the source line, if any).", valueName: "spdx"))
    var licence: String?

    func run() throws {
        for file in files {
            guard let data = FileManager.default.contents(atPath: file), let marked = String(data: data, encoding: .utf8) else {
                throw UsageError("\(file): cannot read it as UTF-8 text")
            }
            let article = try MarkedArticle(marked: marked, path: file)
            var name = (file as NSString).lastPathComponent
            // NAME.marked.EXT becomes NAME.EXT, whatever format EXT is.
            let fileExtension = (name as NSString).pathExtension.isEmpty ? "txt" : (name as NSString).pathExtension
            name = (name as NSString).deletingPathExtension
            if name.hasSuffix(".marked") { name.removeLast(".marked".count) }
            let folder = outputDirectory ?? (file as NSString).deletingLastPathComponent
            try FileManager.default.createDirectory(atPath: folder.isEmpty ? "." : folder, withIntermediateDirectories: true)
            let base = ((folder.isEmpty ? "." : folder) as NSString).appendingPathComponent(name)
            let spdx = licence ?? article.source.flatMap { source in
                ["CC0-1.0", "CC-BY-4.0", "CC-BY-SA-4.0", "MIT", "Apache-2.0"].first { source.contains($0) }
            }
            let textPath = base + "." + fileExtension
            try Data(article.text.utf8).write(to: URL(fileURLWithPath: textPath))
            try Data(article.sidecarJSON(licence: spdx).utf8).write(to: URL(fileURLWithPath: base + AnnotatedArticle.sidecarSuffix))
            // Read the pair back: the sidecar must validate against the text just written.
            _ = try AnnotatedArticle(textPath: textPath)
            print("\(textPath): \(article.annotations.count) annotations")
        }
    }
}
