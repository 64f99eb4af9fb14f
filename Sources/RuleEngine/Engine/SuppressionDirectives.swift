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

    /// What a selector (a rule id, a family, `family.*`, or "" for every rule) suppresses:
    /// merged, sorted ranges, searched by bisection, and the offsets of empty regions, so a
    /// file with thousands of directives and findings costs a few lookups per finding.
    private struct Coverage {
        var ranges: [TextRange] = []
        var points: Set<Int> = []

        func contains(_ offset: Int) -> Bool {
            if points.contains(offset) { return true }
            var low = 0
            var high = ranges.count
            while low < high {
                let middle = (low + high) / 2
                if ranges[middle].end <= offset { low = middle + 1 } else { high = middle }
            }
            return low < ranges.count && ranges[low].start <= offset
        }
    }

    private var coverage: [String: Coverage] = [:]

    var isEmpty: Bool { coverage.isEmpty }

    /// A selector a directive names that is no rule id or family the book knows.
    struct UnknownSelector: Error {
        let selector: String
        let comment: TextRange
        let suggestion: String?
    }

    /// The disables no enable closed, and a `disable-next-line` whose next line starts after
    /// the file's end: where a document is read window by window, they go on into the next.
    private(set) var stillOpen = OpenDirectives()

    /// The regions the `comments` make in a file whose lines are `lines`. Every selector must
    /// be one of `known` (rule ids and families). `carried` are the directives the windows
    /// before this one left open: disables from the first offset, a next-line its first line.
    init(_ comments: [SuppressionComment], lines: LineIndex, fileLength: Int, known: Set<String>, carried: OpenDirectives = OpenDirectives()) throws(UnknownSelector) {
        var regions: [Region] = []
        // Open disables, grouped by the selectors they name (in the order first seen), so an
        // enable looks at each distinct list once, not at every open directive.
        var openDisables: [(selectors: [String], set: Set<String>, starts: [Int])] = []
        var openIndex: [[String]: Int] = [:]
        for selectors in carried.disables where openIndex[selectors] == nil {
            openIndex[selectors] = openDisables.count
            openDisables.append((selectors, Set(selectors), [0]))
        }
        for selectors in carried.nextLine {
            regions.append(Region(selectors: selectors, range: TextRange(start: 0, end: lines.lineCount > 1 ? lines.lineStarts[1] : fileLength)))
        }
        for comment in comments {
            for selector in comment.selectors where !known.contains(selector) {
                let family = selector.hasSuffix(".*") ? String(selector.dropLast(2)) : selector
                if !known.contains(family) {
                    throw UnknownSelector(selector: selector, comment: comment.range, suggestion: Self.closest(to: selector, in: known))
                }
            }
            switch comment.command {
            case .disable:
                if let index = openIndex[comment.selectors] {
                    openDisables[index].starts.append(comment.range.end)
                } else {
                    openIndex[comment.selectors] = openDisables.count
                    openDisables.append((comment.selectors, Set(comment.selectors), [comment.range.end]))
                }
            case .enable:
                let selectors = Set(comment.selectors)
                for index in openDisables.indices where !openDisables[index].starts.isEmpty {
                    let group = openDisables[index]
                    guard selectors.isEmpty || group.selectors == comment.selectors || (!group.set.isEmpty && group.set.isSubset(of: selectors)) else { continue }
                    for start in group.starts {
                        regions.append(Region(selectors: group.selectors, range: TextRange(start: start, end: max(start, comment.range.start))))
                    }
                    openDisables[index].starts = []
                }
                // Closed groups leave the list, so later enables look only at open ones (a file
                // of thousands of distinct disable/enable pairs stays linear).
                if openDisables.contains(where: { $0.starts.isEmpty }) {
                    openDisables.removeAll { $0.starts.isEmpty }
                    openIndex = Dictionary(uniqueKeysWithValues: openDisables.enumerated().map { ($1.selectors, $0) })
                }
            case .disableNextLine:
                if let range = comment.scope ?? Self.nextLine(after: comment, lines: lines, fileLength: fileLength) {
                    regions.append(Region(selectors: comment.selectors, range: range))
                } else if lines.lineStarts.last == fileLength, lines.lineIndex(of: max(0, comment.range.end - 1)) + 2 == lines.lineCount {
                    // The comment ends the file's last line: its next line is the next window's first.
                    stillOpen.nextLine.append(comment.selectors)
                }
            }
        }
        for group in openDisables where !group.starts.isEmpty {
            for start in group.starts { regions.append(Region(selectors: group.selectors, range: TextRange(start: start, end: fileLength))) }
            stillOpen.disables.append(group.selectors)
        }
        coverage = Self.coverage(of: regions)
    }

    /// The line after the one `comment` ends on, when the file has one with text.
    private static func nextLine(after comment: SuppressionComment, lines: LineIndex, fileLength: Int) -> TextRange? {
        let next = lines.lineIndex(of: max(0, comment.range.end - 1)) + 1
        guard next < lines.lineCount, lines.lineStarts[next] < fileLength else { return nil }
        return TextRange(start: lines.lineStarts[next], end: next + 1 < lines.lineCount ? lines.lineStarts[next + 1] : fileLength)
    }

    /// The regions, by selector, merged.
    private static func coverage(of regions: [Region]) -> [String: Coverage] {
        var collected: [String: (ranges: [TextRange], points: Set<Int>)] = [:]
        for region in regions {
            for selector in region.selectors.isEmpty ? [""] : region.selectors {
                if region.range.isEmpty {
                    collected[selector, default: ([], [])].points.insert(region.range.start)
                } else {
                    collected[selector, default: ([], [])].ranges.append(region.range)
                }
            }
        }
        var coverage: [String: Coverage] = [:]
        for (selector, entry) in collected {
            var merged: [TextRange] = []
            for range in entry.ranges.sorted(by: { $0.start < $1.start }) {
                if let last = merged.last, range.start <= last.end {
                    merged[merged.count - 1] = TextRange(start: last.start, end: max(last.end, range.end))
                } else {
                    merged.append(range)
                }
            }
            coverage[selector] = Coverage(ranges: merged, points: entry.points)
        }
        return coverage
    }

    init() {}

    /// Whether a finding of `rule` starting at file offset `offset` is suppressed.
    func suppresses(_ rule: RuleID, at offset: Int) -> Bool {
        let family = rule.family.rawValue
        for selector in ["", rule.description, family, family + ".*"] {
            if let covered = coverage[selector], covered.contains(offset) { return true }
        }
        return false
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
