import Formats
import Reporting
import RuleEngine

/// Chooses which suggestions of a checked document `translint fix` applies: the first
/// suggestion of each finding whose rule declares its fix safe, when the change stays inside
/// prose and needs no escaping in the file's format, and does not overlap a change already
/// chosen. Everything else is left for a person, with the reason.
public struct FixPlanner: Sendable {
    /// Rules whose first suggestion may be applied unseen.
    private let safeRules: Set<RuleID>

    public init(book: RuleBook) {
        safeRules = Set(book.rules.filter(\.description.fixIsSafe).map(\.id))
    }

    /// What a change must not contain, in the span replaced or in the replacement: a line
    /// break anywhere (a fix never joins or splits lines), and the characters the format
    /// gives meaning to — markup in Markdown, HTML and XLIFF (where `&` starts an entity), a
    /// quote or backslash inside a PO string. A span holding one of them is not prose as
    /// the file spells it, and a replacement holding one would need escaping.
    static func reserved(in format: InputFormat) -> Set<UInt16> {
        let lineBreaks: Set<UInt16> = [0x0A, 0x0D, 0x2028, 0x2029, 0x85]
        switch format {
        case .text: return lineBreaks
        case .markdown: return lineBreaks.union(Set("*_`[]<>&\\|#!~".utf16))
        case .html, .xliff: return lineBreaks.union(Set("<>&".utf16))
        case .po: return lineBreaks.union(Set("\"\\".utf16))
        }
    }

    /// Whether `span` and `replacement` hold the same characters but for spaces.
    static func differsInSpacingAlone(_ span: ArraySlice<UInt16>, _ replacement: String) -> Bool {
        let isSpace: (UInt16) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0xA0 || $0 == 0x202F || (0x2000...0x200A).contains($0) }
        return span.filter { !isSpace($0) } == replacement.utf16.filter { !isSpace($0) }
    }

    /// The edits to make in `text` (the file as read, UTF-16), sorted and not overlapping;
    /// ties go to the earlier, then shorter span, then the rule id, so the plan is the same on
    /// every run.
    public func plan(_ report: DocumentReport, text: [UInt16], format: InputFormat) -> [SafeEdit] {
        let reserved = Self.reserved(in: format)
        // Without a language, a rule cannot know the language's exceptions (English "had
        // had", French "nous nous"): only changes of spacing alone are made.
        let spacingOnly = report.language == "und"
        var candidates: [SafeEdit] = []
        for finding in report.findings where safeRules.contains(finding.rule) {
            guard let replacement = finding.suggestions.first else { continue }
            let start = finding.offset
            let end = finding.offset + finding.length
            guard start >= 0, end <= text.count, start <= end else { continue }
            let span = text[start..<end]
            guard !span.contains(where: reserved.contains), !replacement.utf16.contains(where: reserved.contains) else { continue }
            guard !span.elementsEqual(replacement.utf16) else { continue }
            if spacingOnly, !Self.differsInSpacingAlone(span, replacement) { continue }
            // Never split a surrogate pair.
            if start < text.count, text[start] & 0xFC00 == 0xDC00 { continue }
            if end < text.count, end > 0, text[end] & 0xFC00 == 0xDC00 { continue }
            candidates.append(SafeEdit(start: start, end: end, replacement: replacement, rule: finding.rule.description))
        }
        candidates.sort { ($0.start, $0.end, $0.rule) < ($1.start, $1.end, $1.rule) }
        var chosen: [SafeEdit] = []
        for edit in candidates {
            if let last = chosen.last {
                // Overlapping, or touching where either is an insertion (two insertions at one
                // place, or one beside a replacement, could double a space): the next pass
                // sees the text as changed and decides again.
                let touching = edit.start == last.end && (edit.start == edit.end || last.start == last.end)
                if edit.start < last.end || touching { continue }
            }
            chosen.append(edit)
        }
        return chosen
    }
}
