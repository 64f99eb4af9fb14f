import Foundation
import TestSupport
import TextCore
import Testing

/// `translint-floor`, the plain C program `translint-bench --phase real` measures against,
/// must read the records translint reads and do ICU's work on the same texts: the same
/// documents and bytes per language, and the same boundaries as ICU's iterators with the
/// locales translint's segmentation uses (its checksum: the sum of every sentence boundary
/// and of every word boundary's rule status).
@Suite struct FloorProgramTests {
    @Test func theFloorSegmentsTheRecordsAsICUDoes() throws {
        let floor = URL(fileURLWithPath: TranslintProcess.executable).deletingLastPathComponent().appendingPathComponent("translint-floor").path
        #expect(FileManager.default.isExecutableFile(atPath: floor), "swift build builds translint-floor next to translint")
        let texts: [(language: String, text: String)] = [
            ("en", "The minister said \"no\".\nA second line\twith a tab, 3.5 million and U.S. officials. e\u{301}tude"),
            ("de", "Die Regierung hat den Haushalt beschlossen. „Wir treten nicht zurück“, sagte sie – z. B. heute."),
            ("en", "Another record: café, naïve, 1,234.56 and the end…"),
            ("ja", "政府は予算を300万ドル削減した。「辞任しない」と述べた。"),
            ("de", "Kurz."),
        ]
        let folder = try TemporaryFolder()
        let lines = try texts.map { record in
            String(decoding: try JSONSerialization.data(withJSONObject: ["id": "x", "lang": record.language, "text": record.text], options: [.sortedKeys]), as: UTF8.self)
        }
        let path = try folder.write("records.jsonl", lines.joined(separator: "\n") + "\n")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: floor)
        process.arguments = [path, "2"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        var reported: [String: [String: Any]] = [:]
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            reported[object["language"] as! String] = object
        }
        #expect(Set(reported.keys) == ["en", "de", "ja", "all"])
        for language in ["en", "de", "ja"] {
            let mine = texts.filter { $0.language == language }
            #expect(reported[language]?["documents"] as? Int == mine.count)
            #expect(reported[language]?["bytes"] as? Int == mine.reduce(0) { $0 + $1.text.utf8.count })
            let profile = LanguageProfile.forTag(LanguageTag(language)!)
            let sentences = try BreakIterator(kind: .sentence, locale: profile.sentenceLocale)
            let words = try BreakIterator(kind: .word, locale: profile.wordLocale, icuWordsOnly: true)
            var sum = 0
            for record in mine {
                let text = Normalization.nfc(Array(record.text.utf16)).text
                text.withUnsafeBufferPointer { buffer in sentences.forEachBoundary(in: buffer) { sum += $0 } }
                var table = WordTable()
                words.appendWords(in: text, to: &table)
                for kind in table.kinds {
                    switch kind {
                    case .number: sum += 100
                    case .letter: sum += 200
                    case .kana: sum += 300
                    case .ideographic: sum += 400
                    default: break
                    }
                }
            }
            // Two passes over the file: the checksum counts both.
            #expect(reported[language]?["boundaries"] as? Int == 2 * sum, "\(language)")
        }
    }
}
