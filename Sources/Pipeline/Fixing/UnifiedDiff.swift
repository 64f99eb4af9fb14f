/// A unified diff (`diff -u` style, three lines of context) between a file and its fixed
/// version. A fix never adds or removes a line break, so line N of one is line N of the
/// other and the diff compares them line by line.
public enum UnifiedDiff {
    public static func render(path: String, before: String, after: String, context: Int = 3) -> String {
        let old = lines(before)
        let new = lines(after)
        guard old.count == new.count else {
            return "--- \(path)\n+++ \(path)\n@@ -1,\(old.count) +1,\(new.count) @@\n" + old.map { "-\($0)\n" }.joined() + new.map { "+\($0)\n" }.joined()
        }
        let changed = old.indices.filter { old[$0] != new[$0] }
        guard !changed.isEmpty else { return "" }
        // Changed lines closer than twice the context share a hunk.
        var hunks: [ClosedRange<Int>] = []
        for line in changed {
            let low = max(0, line - context)
            let high = min(old.count - 1, line + context)
            if let last = hunks.last, low <= last.upperBound + 1 {
                hunks[hunks.count - 1] = last.lowerBound...high
            } else {
                hunks.append(low...high)
            }
        }
        let (a, b) = path.hasPrefix("/") ? (path, path) : ("a/" + path, "b/" + path)
        var output = "--- \(a)\n+++ \(b)\n"
        for hunk in hunks {
            output += "@@ -\(hunk.lowerBound + 1),\(hunk.count) +\(hunk.lowerBound + 1),\(hunk.count) @@\n"
            for line in hunk {
                if old[line] == new[line] {
                    output += " \(old[line])\n"
                } else {
                    output += "-\(old[line])\n+\(new[line])\n"
                }
            }
        }
        return output
    }

    /// The lines of `text`, without the empty one after a final line break.
    private static func lines(_ text: String) -> [Substring] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}
