@testable import RuleEngine
import TestSupport
import TextCore
import Testing

/// Reading a file's suppression comments stays linear: thousands of disable/enable pairs,
/// each naming its own list of rules, used to make every enable look at every list ever
/// opened.
@Suite struct SuppressionScalingTests {
    static func directives(_ count: Int) -> (comments: [SuppressionComment], known: Set<String>, lines: LineIndex) {
        var comments: [SuppressionComment] = []
        var known = Set<String>()
        for index in 0..<count {
            let selectors = ["style.a\(index)", "style.b\(index)"]
            known.formUnion(selectors)
            comments.append(SuppressionComment(command: .disable, selectors: selectors, range: TextRange(start: index * 20, end: index * 20 + 5)))
            comments.append(SuppressionComment(command: .enable, selectors: selectors, range: TextRange(start: index * 20 + 10, end: index * 20 + 15)))
        }
        let text = [UInt16](repeating: 0x61, count: count * 20 + 1)
        return (comments, known, LineIndex(text))
    }

    @Test func distinctDisableEnablePairsScaleLinearly() throws {
        let small = Self.directives(2_000)
        let large = Self.directives(8_000)
        func read(_ input: (comments: [SuppressionComment], known: Set<String>, lines: LineIndex)) throws {
            let directives = try SuppressionDirectives(input.comments, lines: input.lines, fileLength: input.comments.count * 10 + 1, known: input.known)
            #expect(directives.suppresses(RuleID(.style, "a1"), at: 25))
            #expect(!directives.suppresses(RuleID(.style, "a1"), at: 35))
        }
        let measured = try Scaling.ratio({ try read(small) }, { try read(large) })
        #expect(measured.ratio < 6, "\(measured)")
    }
}
