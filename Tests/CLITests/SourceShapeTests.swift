import Foundation
import TestSupport
import Testing

/// The shape rules the code keeps: no function longer than 60 lines unless a comment just
/// above it starting with "Long:" says why.
@Suite struct SourceShapeTests {
    static let limit = 60

    /// Functions and initialisers of a Swift or C file with their first line and length,
    /// found by matching braces outside string and character literals.
    static func longFunctions(in text: String) -> [(line: Int, length: Int, hasReason: Bool)] {
        let lines = text.components(separatedBy: "\n")
        let start = try! NSRegularExpression(pattern: #"^\s*(?:(?:public|private|fileprivate|internal|package|static|mutating|override|nonisolated|@inline\(__always\))\s+)*(?:func |init[(<?]|deinit)|^[a-z][\w \*]*\s\**tl_\w+\(.*\)\s*\{\s*$|^[a-z][\w \*]*\s\**tk_\w+\(.*\)\s*\{\s*$"#)
        let literal = try! NSRegularExpression(pattern: #""(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])'"#)
        var found: [(Int, Int, Bool)] = []
        for (index, line) in lines.enumerated() where start.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil {
            var depth = 0
            var opened = false
            var end = index
            while end < lines.count {
                let bare = literal.stringByReplacingMatches(in: lines[end], range: NSRange(lines[end].startIndex..., in: lines[end]), withTemplate: "")
                depth += bare.filter { $0 == "{" }.count - bare.filter { $0 == "}" }.count
                if bare.contains("{") { opened = true }
                if opened && depth <= 0 { break }
                end += 1
            }
            let length = end - index + 1
            guard length > limit else { continue }
            let above = lines[max(0, index - 6)..<index].joined(separator: "\n")
            found.append((index + 1, length, above.contains("Long:")))
        }
        return found
    }

    @Test func noLongFunctionWithoutAReason() throws {
        let root = Repository.path("Sources")
        let files = (FileManager.default.enumerator(atPath: root)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".swift") || $0.hasSuffix(".c") }
        #expect(files.count > 150)
        var unexplained: [String] = []
        for file in files {
            let text = try String(contentsOfFile: (root as NSString).appendingPathComponent(file), encoding: .utf8)
            for function in Self.longFunctions(in: text) where !function.hasReason {
                unexplained.append("\(file):\(function.line): \(function.length) lines")
            }
        }
        #expect(unexplained.isEmpty, "functions over \(Self.limit) lines without a 'Long:' comment saying why:\n\(unexplained.joined(separator: "\n"))")
    }

    /// The measurement itself: a 61-line function is found, a reason excuses it.
    @Test func theMeasureFindsALongFunction() {
        let body = (0..<60).map { "    let x\($0) = \"{\"" }.joined(separator: "\n")
        let long = "func f() {\n\(body)\n}\n"
        #expect(Self.longFunctions(in: long).map(\.length) == [62])
        #expect(Self.longFunctions(in: "// Long: a table.\n" + long).first?.hasReason == true)
        #expect(Self.longFunctions(in: "func g() {\n    1\n}\n").isEmpty)
    }
}
