import Dispatch
@testable import Formats
import TextCore
import Testing

/// cmark-gfm keeps the characters its inline extensions react to (`~`, `:`, `w`, `@`) in
/// process-wide tables, which it fills when a parser starts its inline pass and empties when
/// it ends. Two documents parsed on two threads at once must still read alike: a document
/// whose strikethrough or autolinks were read while another parser had just emptied the
/// tables would lose them, and its findings with them (a flaky batch test found this).
@Suite struct MarkdownConcurrencyTests {
    static let document = """
        # Release notes

        The ~~old~~ option is gone; see www.example.org/notes and https://example.com/a_b_c for
        details, or write to team@example.org. ~~Deprecated~~ flags still parse.

        | option | meaning |
        | --- | --- |
        | `--fast` | ~~skips~~ the checks, see www.example.net |

        - [x] done ~~twice~~
        - [ ] open at https://example.org/x~y

        """ + String(repeating: "A paragraph with ~~struck~~ words and www.example.com links, again and again.\n\n", count: 40)

    static func rendered(_ text: String) throws -> [String] {
        let units = Array(text.utf16)
        guard let view = try DocumentReader.prose(of: units, format: .markdown, fileName: nil) else { return [] }
        return view.blocks.map { "\($0.kind.rawValue) \($0.range.start)-\($0.range.end)" } + view.opaque.map { "opaque \($0.start)-\($0.end)" }
    }

    @Test func documentsParsedAtOnceOnSeveralThreadsReadAlike() throws {
        let reference = try Self.rendered(Self.document)
        let other = "Plain text with no inline extension at all.\n\n" + String(repeating: "Short line.\n\n", count: 200)
        let differing = Locked(0)
        DispatchQueue.concurrentPerform(iterations: 8) { worker in
            for round in 0..<60 {
                // Half the threads parse a document that ends its inline pass quickly.
                if (worker + round) % 2 == 0 {
                    _ = try? Self.rendered(other)
                } else if (try? Self.rendered(Self.document)) != reference {
                    differing.withLock { $0 += 1 }
                }
            }
        }
        #expect(differing.withLock { $0 } == 0)
    }
}
