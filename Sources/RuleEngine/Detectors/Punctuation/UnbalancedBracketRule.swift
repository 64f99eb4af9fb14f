import TextCore

/// Finds a bracket opened and never closed in its paragraph, or closed and never opened:
/// ( ) [ ] { } and their full-width forms （ ） 【 】 〔 〕. List markers ("1)", "a)") and
/// emoticons (":)") are not brackets.
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
            RuleExample("The central bank (the Fed) has held rates since July."),
            RuleExample("Three steps:\n1) plan,\n2) build,\n3) ship."),
            RuleExample("Well done :) see you."),
            RuleExample("议会（立法机构）将在下周投票。", language: "zh"),
            RuleExample("步骤：\na）打开文件，\nb）保存。", language: "zh", note: "full-width list labels"),
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
                var stack: [Int] = []
                while position < brackets.count, Int(brackets[position]) < paragraph.start { position += 1 }
                while position < brackets.count, Int(brackets[position]) < paragraph.end {
                    let offset = Int(brackets[position])
                    position += 1
                    let unit = text[offset]
                    let opens = Punctuation.openingBrackets.contains(unit)
                    guard !zones.contains(offset) else { continue }
                    if opens {
                        stack.append(offset)
                        continue
                    }
                    if let top = stack.last, Self.closer(of: text[top]) == unit {
                        stack.removeLast()
                        continue
                    }
                    if isListMarkerOrEmoticon(text, closingAt: offset, paragraph: paragraph) { continue }
                    if let top = stack.last {
                        // A mismatched pair: blame the opening bracket, which has no partner.
                        sink.report(TextRange(start: top, length: 1), "This bracket is closed by a different kind of bracket.")
                        stack.removeLast()
                        continue
                    }
                    sink.report(TextRange(start: offset, length: 1), "This closing bracket has no opening bracket in its paragraph.")
                }
                for open in stack {
                    sink.report(TextRange(start: open, length: 1), "This bracket is never closed in its paragraph.")
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
        return start == paragraph.start || UTF16Scalar.isLineBreak(text[start - 1])
    }
}
