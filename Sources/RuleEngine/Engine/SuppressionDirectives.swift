import TextCore

/// Inline suppressions, written as comments (HTML comments in plain text, Markdown and HTML;
/// XML comments in XLIFF):
///
/// ```
/// <!-- translint-disable quotes.style duplication -->   … until the matching enable
/// <!-- translint-enable -->                             ends every disable (or the listed ones)
/// <!-- translint-disable-next-line sentences.split -->  only the next line of the file
/// ```
///
/// In PO, where directives sit in translator comments, `disable-next-line` covers the entry
/// below the comment.
///
/// A directive names rule ids, families, `family.*`, or nothing (every rule). Regions are in
/// offsets of the file, and findings are compared with them after they are mapped there.
struct SuppressionDirectives {
    private struct Region {
        let selectors: [String]  // empty: every rule
        var range: TextRange
    }

    private var regions: [Region] = []

    var isEmpty: Bool { regions.isEmpty }

    /// A selector a directive names that is no rule id or family the book knows.
    struct UnknownSelector: Error {
        let selector: String
        let comment: TextRange
        let suggestion: String?
    }

    /// The regions the `comments` make in a file whose lines are `lines`. Every selector must
    /// be one of `known` (rule ids and families).
    init(_ comments: [SuppressionComment], lines: LineIndex, fileLength: Int, known: Set<String>) throws(UnknownSelector) {
        var openDisables: [Region] = []
        for comment in comments {
            for selector in comment.selectors where !known.contains(selector) {
                let family = selector.hasSuffix(".*") ? String(selector.dropLast(2)) : selector
                if !known.contains(family) {
                    throw UnknownSelector(selector: selector, comment: comment.range, suggestion: Self.closest(to: selector, in: known))
                }
            }
            switch comment.command {
            case .disable:
                openDisables.append(Region(selectors: comment.selectors, range: TextRange(start: comment.range.end, end: fileLength)))
            case .enable:
                var remaining: [Region] = []
                for var region in openDisables {
                    let selectors = comment.selectors
                    if selectors.isEmpty || region.selectors == selectors || (!region.selectors.isEmpty && Set(region.selectors).isSubset(of: Set(selectors))) {
                        region.range = TextRange(start: region.range.start, end: max(region.range.start, comment.range.start))
                        regions.append(region)
                    } else {
                        remaining.append(region)
                    }
                }
                openDisables = remaining
            case .disableNextLine:
                if let scope = comment.scope {
                    regions.append(Region(selectors: comment.selectors, range: scope))
                    continue
                }
                // The line after the one the comment ends on.
                let next = lines.lineIndex(of: max(0, comment.range.end - 1)) + 1
                guard next < lines.lineCount else { continue }
                let start = lines.lineStarts[next]
                let end = next + 1 < lines.lineCount ? lines.lineStarts[next + 1] : fileLength
                regions.append(Region(selectors: comment.selectors, range: TextRange(start: start, end: end)))
            }
        }
        regions += openDisables
    }

    init() {}

    /// Whether a finding of `rule` starting at file offset `offset` is suppressed.
    func suppresses(_ rule: RuleID, at offset: Int) -> Bool {
        regions.contains { region in
            (region.range.contains(offset) || (region.range.isEmpty && region.range.start == offset))
                && (region.selectors.isEmpty || region.selectors.contains { $0 == rule.description || $0 == rule.family.rawValue || $0 == "\(rule.family.rawValue).*" })
        }
    }

    /// The known selector nearest to a misspelt one, when one is close.
    private static func closest(to selector: String, in known: Set<String>) -> String? {
        let target = Array(selector)
        var best: (String, Int)?
        for candidate in known {
            let distance = editDistance(target, Array(candidate))
            if distance <= max(2, target.count / 4), best == nil || distance < best!.1 || (distance == best!.1 && candidate < best!.0) {
                best = (candidate, distance)
            }
        }
        return best?.0
    }

    private static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1] + [Int](repeating: 0, count: b.count)
            for (j, y) in b.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
