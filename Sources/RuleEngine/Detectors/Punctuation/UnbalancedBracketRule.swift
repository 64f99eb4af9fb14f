import TextCore

/// Finds a bracket opened and never closed in its paragraph, or closed and never opened:
/// ( ) [ ] { } and their full-width forms （ ） 【 】 〔 〕. Characters that only look like
/// brackets are not: list labels ("1)", "a)", "iv)" at a line's start, or inline between
/// spaces), emoticons (":)"), key names ("Control+]", "Ctrl-[", Emacs' "C-]"), and
/// half-open intervals ("[0, 1)", "(a, b]").
public struct UnbalancedBracketRule: Detector {
    public static let id = RuleID(.punctuation, "unbalanced-brackets")

    public static let description = RuleDescription(
        id: id,
        summary: "A bracket has no partner in its paragraph.",
        rationale: "A lost bracket usually means machine translation dropped or moved part of a parenthesis; the reader cannot tell where the aside ends.",
        category: .punctuation,
        severity: .minor,
        triggering: [
            RuleExample("The central bank ⟦(⟧the Fed has held rates since July."),
            RuleExample("The central bank held rates⟦)⟧ since July."),
            RuleExample("议会⟦（⟧立法机构将在下周投票。", language: "zh"),
            RuleExample("Les prix ⟦[⟧hors énergie) ont augmenté.", language: "fr", note: "the wrong closing bracket"),
        ],
        nonTriggering: [
            RuleExample("详见/etc/fstab（文件系统表）的说明，文件位于/usr/share/doc/(参见手册)。", language: "zh", note: "a path in unspaced Chinese does not take the bracket after it"),
            RuleExample("The central bank (the Fed) has held rates since July."),
            RuleExample("Three steps:\n1) plan,\n2) build,\n3) ship."),
            RuleExample("Well done :) see you."),
            RuleExample("议会（立法机构）将在下周投票。", language: "zh"),
            RuleExample("步骤：\na）打开文件，\nb）保存。", language: "zh", note: "full-width list labels"),
            RuleExample("Choose a) the red one or b) the blue one.", note: "inline list labels"),
            RuleExample("Press Control+] to leave the console, or Ctrl-[ to cancel.", note: "key names"),
            RuleExample("The weights lie in [0, 1) and the offsets in (-1.5, 2].", note: "half-open intervals"),
            RuleExample("The log shows Atomics.wait(&lt;address> + 0, 1, inf) started.", note: "opened inside a technical token, closed after it"),
        ]
    )

    public init() {}

    /// The closing partner of an opening bracket, or nil.
    @inline(__always)
    private static func closer(of unit: UInt16) -> UInt16? {
        for pair in Punctuation.bracketPairs where pair.open == unit { return pair.close }
        return nil
    }

    public func check(_ document: AnalyzedDocument, into sink: inout FindingSink) {
        let zones = document.protectedZones
        let paragraphs = document.segmentation.paragraphs
        let brackets = document.sites(.bracket).offsets
        document.withText { text in
            var position = 0
            for paragraph in paragraphs {
                // Open brackets; one inside a protected stretch (a path, code) can pair with a
                // bracket outside it ("Atomics.wait(&lt;address> + 0)") but is never blamed.
                var stack: [(offset: Int, isProtected: Bool)] = []
                // The closing bracket of a half-open interval found at its opening one.
                var intervalEnds: Set<Int> = []
                while position < brackets.count, Int(brackets[position]) < paragraph.start { position += 1 }
                while position < brackets.count, Int(brackets[position]) < paragraph.end {
                    let offset = Int(brackets[position])
                    position += 1
                    let unit = text[offset]
                    let opens = Punctuation.openingBrackets.contains(unit)
                    let isProtected = zones.contains(offset)
                    guard !intervalEnds.contains(offset), !Self.isKeyName(text, at: offset, paragraph: paragraph) else { continue }
                    if opens {
                        if !isProtected, let end = Self.intervalEnd(text, openingAt: offset, paragraph: paragraph) {
                            intervalEnds.insert(end)
                            continue
                        }
                        stack.append((offset, isProtected))
                        continue
                    }
                    if let top = stack.last, Self.closer(of: text[top.offset]) == unit {
                        stack.removeLast()
                        continue
                    }
                    // The nearest opener of prose closes first; an opener inside a technical token
                    // ("wait(" of "Atomics.wait(&lt;address> + 0)") only when prose has none. A
                    // closer inside a technical token ("})();") may close prose but is never blamed.
                    let prose = stack.lastIndex { !$0.isProtected }
                    if let prose, Self.closer(of: text[stack[prose].offset]) == unit {
                        stack.remove(at: prose)
                        continue
                    }
                    if prose == nil, let technical = stack.lastIndex(where: { Self.closer(of: text[$0.offset]) == unit }) {
                        stack.remove(at: technical)
                        continue
                    }
                    if isProtected { continue }
                    if isListMarkerOrEmoticon(text, closingAt: offset, paragraph: paragraph) { continue }
                    if let prose {
                        // A mismatched pair: blame the opening bracket, which has no partner.
                        sink.report(TextRange(start: stack[prose].offset, length: 1), "This bracket is closed by a different kind of bracket.")
                        stack.remove(at: prose)
                        continue
                    }
                    sink.report(TextRange(start: offset, length: 1), "This closing bracket has no opening bracket in its paragraph.")
                }
                for open in stack where !open.isProtected {
                    sink.report(TextRange(start: open.offset, length: 1), "This bracket is never closed in its paragraph.")
                }
            }
        }
    }

    /// "1)", "a)", "iv)" at the start of a line, or ":)" ";-)".
    private func isListMarkerOrEmoticon(_ text: TextView, closingAt offset: Int, paragraph: TextRange) -> Bool {
        guard text[offset] == 0x29 || text[offset] == 0xFF09 else { return false }
        if offset > paragraph.start {
            let previous = text[offset - 1]
            if previous == 0x3A || previous == 0x3B || (previous == 0x2D && offset >= 2 && (text[offset - 2] == 0x3A || text[offset - 2] == Unit.semicolon)) { return true }
        }
        var start = offset
        while start > paragraph.start, CharacterClass.of(unit: text[start - 1]).contains(.alphabetic) || CharacterClass.of(unit: text[start - 1]).contains(.digit) {
            start -= 1
        }
        let length = offset - start
        guard length >= 1, length <= 3 else { return false }
        if start == paragraph.start || UTF16Scalar.isLineBreak(text[start - 1]) { return true }
        // Inline, "… a) the red one or b) …": a label between spaces, one letter or digit or a
        // roman numeral, never a word or number that lost its opening bracket ("rates)",
        // "up 10)").
        let label = (start..<offset).map { text[$0] }
        let isLabel = label.count == 1 || label.allSatisfy { Self.romanDigits.contains($0) }
        let before = text[start - 1]
        let after = offset + 1 < paragraph.end ? text[offset + 1] : 0x20
        return isLabel && (before == 0x20 || before == 0x3A || before == 0x09) && (after == 0x20 || after == 0x09 || after == 0x3000)
    }

    private static let romanDigits: Set<UInt16> = Set("ivxIVX".utf16)

    /// A bracket that names a key: after `+` ("Control+]"), or after `-` following a
    /// modifier ("Ctrl-[", Emacs' "C-]", "M-)").
    private static func isKeyName(_ text: TextView, at offset: Int, paragraph: TextRange) -> Bool {
        guard offset >= paragraph.start + 2 else { return false }
        let previous = text[offset - 1]
        let beforeThat = CharacterClass.of(unit: text[offset - 2])
        if previous == 0x2B { return beforeThat.contains(.alphabetic) || beforeThat.contains(.digit) }
        guard previous == 0x2D else { return false }
        var start = offset - 1
        while start > paragraph.start, CharacterClass.of(unit: text[start - 1]).contains(.alphabetic) { start -= 1 }
        let word = String(decoding: (start..<(offset - 1)).map { text[$0] }, as: UTF16.self).lowercased()
        return keyModifiers.contains(word)
    }

    private static let keyModifiers: Set<String> = ["c", "m", "s", "ctrl", "control", "alt", "shift", "cmd", "command", "meta", "super", "option", "strg", "win"]

    /// For "[0, 1)", "(a, b]", "[-1.5, ∞)": the offset of the closing bracket of a half-open
    /// interval opened at `offset` (a bracket of the other kind than its opener), or nil.
    private static func intervalEnd(_ text: TextView, openingAt offset: Int, paragraph: TextRange) -> Int? {
        let open = text[offset]
        guard open == 0x5B || open == 0x28 else { return nil }
        var position = offset + 1
        func bound() -> Bool {
            let start = position
            while position < paragraph.end, position - start < 24 {
                let unit = text[position]
                let isBoundUnit = (unit >= 0x30 && unit <= 0x39) || unit == 0x2E || unit == 0x2D || unit == 0x2212 || unit == 0x2B || unit == 0x221E
                    || ((unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7A && position - start < 2)
                guard isBoundUnit else { break }
                position += 1
            }
            return position > start
        }
        guard bound() else { return nil }
        while position < paragraph.end, text[position] == 0x20 { position += 1 }
        guard position < paragraph.end, text[position] == 0x2C || text[position] == 0x3B else { return nil }
        position += 1
        while position < paragraph.end, text[position] == 0x20 { position += 1 }
        guard bound(), position < paragraph.end else { return nil }
        let close = text[position]
        // Only the mixed kinds: "[0, 1]" and "(0, 1)" are ordinary pairs.
        guard (open == 0x5B && close == 0x29) || (open == 0x28 && close == 0x5D) else { return nil }
        return position
    }
}
