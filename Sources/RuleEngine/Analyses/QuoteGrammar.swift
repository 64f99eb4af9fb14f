import TextCore

/// One quotation mark in a document, with the role the analysis settled on.
struct QuoteToken {
    let offset: Int
    let length: Int
    let mark: UInt32
    let paragraph: Int
    /// The role from the mark's context alone (nil when its context is ambiguous).
    let contextRole: QuoteRole?
    /// The final role after the quote grammar ran.
    var role: QuoteRole
    /// How many quotations were open when this mark opened one (0 = outer level).
    var depth = 0
    /// Character before and after the mark (nil at the start or end of the paragraph).
    let before: UInt32?
    let after: UInt32?

    var range: TextRange { TextRange(start: offset, length: length) }
}

/// The quote grammar of a document, shared by all quote rules.
///
/// Marks get roles from their context (a mark after a space and before a word opens), then
/// from the language (CLDR's pairs and the rule files' accepted pairs), then from Unicode.
/// A stack per paragraph matches closing marks to opening ones and records what does not
/// fit: marks never closed or never opened, a quotation reopened inside itself, a closing mark
/// put after the first clause of a quoted sentence. A quotation left open at the end of a
/// paragraph is fine when the next paragraph opens again with the same mark (the English
/// convention for quotations over several paragraphs). Straight double marks, the same at
/// both ends of a quotation, are not paired left to right but by the cheapest reading of
/// their whole paragraph (`StraightQuotePlan`).
final class QuoteGrammar: DocumentAnalysis {
    private(set) var tokens: [QuoteToken] = []
    /// Tokens never closed or never opened in their paragraph.
    private(set) var unbalanced: [Int] = []
    /// Opening marks that reopen the quotation they are in with the same mark.
    private(set) var misnested: [Int] = []
    /// Opening marks used to close the quotation they are in (`“we will not resign“ and`):
    /// one finding for the wrong mark, instead of two unclosed quotations and a misnesting.
    private(set) var openingsUsedAsClosings: [Int] = []
    /// Closing marks of another pair than the open quotation's (`«Nous partons” dit-il`).
    private(set) var mismatchedClosings: [Int] = []
    /// A straight mark and a typographic one that are the two ends of one quotation
    /// (`сказала: "Великобритания … Афганистана».`, `は、「選挙に … だ. "`): the paragraph's
    /// only loose ends, the typographic one facing the right way. One finding, at the straight
    /// mark, the one that breaks the text's convention, instead of two unbalanced marks.
    private(set) var mixedPairs: [(straight: Int, partner: Int)] = []
    /// Closing marks put too early: after the sentence's punctuation, followed by the rest of
    /// the quoted sentence and a second closing mark.
    private(set) var misplacedClosings: [Int] = []
    /// Every quotation closed in its paragraph: its opening token, and the stretch from its
    /// opening mark to its closing one (in the order they close).
    private(set) var quotations: [(opener: Int, range: TextRange)] = []
    /// Per pair used, the first opening token and the level it was first used at.
    private(set) var pairUses: [PairUse] = []

    struct PairUse {
        let open: UInt32
        let close: UInt32
        let firstToken: Int
        let depth: Int
    }

    init(_ document: AnalyzedDocument) {
        let profile = document.profile
        let localeRoles = document.resources.quoteRoles
        let zones = document.protectedZones
        let segmentation = document.segmentation
        let quotes = document.sites(.quote)
        document.withText { text in
            collectTokens(text, paragraphs: segmentation.paragraphs, quotes: quotes, zones: zones, localeRoles: localeRoles)
            runGrammar(text, paragraphs: segmentation.paragraphs, hasDistinctInnerPair: Self.hasDistinctInnerPair(profile, document.resources))
        }
    }

    /// Whether the language marks inner quotations differently from outer ones (CLDR's
    /// alternate pair, or the inner pairs its rule files accept).
    private static func hasDistinctInnerPair(_ profile: LanguageProfile, _ resources: LanguageResources) -> Bool {
        guard let primary = profile.primaryQuotes else { return false }
        return ([profile.secondaryQuotes].compactMap { $0 } + resources.innerQuotes).contains { $0 != primary }
    }

    // MARK: Tokens

    private func collectTokens(_ text: TextView, paragraphs: [TextRange], quotes: SiteList, zones: ProtectedZones, localeRoles: QuoteRoles) {
        var next = 0
        let quoteOffsets = quotes.offsets
        for (paragraphIndex, paragraph) in paragraphs.enumerated() {
            while next < quoteOffsets.count, Int(quoteOffsets[next]) < paragraph.start { next += 1 }
            guard next < quoteOffsets.count, Int(quoteOffsets[next]) < paragraph.end else { continue }
            // A cell holding only a mark is a ditto mark (German tables), not a quotation.
            var letters = 0
            for index in paragraph.start..<paragraph.end where text.characterClass(at: index).contains(.alphabetic) {
                letters += 1
                if letters >= 2 { break }
            }
            if letters < 2 { continue }
            var skipNextStraight = false
            while next < quoteOffsets.count, Int(quoteOffsets[next]) < paragraph.end {
                let offset = Int(quoteOffsets[next])
                next += 1
                let unit = text[offset]
                let inZone = zones.contains(offset)
                if inZone {
                    // A straight quote opened inside code ('OPTS="-us') closes outside it.
                    if unit == Unit.quotationMark { skipNextStraight.toggle() }
                    continue
                }
                let mark = UInt32(unit)
                let before = offset > paragraph.start ? text.scalar(before: offset).codePoint : nil
                let after = offset + 1 < paragraph.end ? text.scalar(at: offset + 1).codePoint : nil
                // Shell syntax: VAR="…", "$@". The mark and its partner are code, not quotes.
                if unit == 0x22, skipNextStraight || before == 0x3D || after == 0x24 {
                    skipNextStraight.toggle()
                    continue
                }
                let contextRole = Self.contextRole(before: before, after: after)
                let role = Self.role(of: mark, before: before, after: after, context: contextRole, localeRoles: localeRoles)
                tokens.append(QuoteToken(offset: offset, length: 1, mark: mark, paragraph: paragraphIndex, contextRole: contextRole,
                                         role: role, before: before, after: after))
            }
        }
    }

    /// Opening context: start of paragraph, a space, an opening bracket or quote, or a dash
    /// before, and something other than a space after. Closing context: the reverse.
    static func contextRole(before: UInt32?, after: UInt32?) -> QuoteRole? {
        let openingBefore = before.map(isOpeningNeighbour) ?? true
        let closingAfter = after.map(isClosingNeighbour) ?? true
        if openingBefore && !closingAfter { return .open }
        if closingAfter && !openingBefore { return .close }
        return nil
    }

    private static func isOpeningNeighbour(_ scalar: UInt32) -> Bool {
        let properties = CharacterClass.of(scalar)
        if properties.contains(.space) || properties.contains(.openPunctuation) || properties.contains(.initialPunctuation) { return true }
        if scalar == 0x2014 || scalar == 0x2013 || scalar == 0x2D || scalar == Unit.solidus { return true }
        return properties.contains(.quotation) && QuoteCharacters.defaultRole(scalar) == .open
    }

    private static func isClosingNeighbour(_ scalar: UInt32) -> Bool {
        let properties = CharacterClass.of(scalar)
        if properties.contains(.space) || properties.contains(.closePunctuation) || properties.contains(.finalPunctuation) { return true }
        if scalar <= 0xFFFF, closingNeighbours.contains(UInt16(scalar)) { return true }
        return properties.contains(.quotation) && QuoteCharacters.defaultRole(scalar) == .close
    }

    /// Punctuation a closing mark stands before: half- and full-width sentence and clause
    /// marks, the ellipsis and dashes.
    private static let closingNeighbours = UnitSet(",.;:!?…—–-、。，．：；！？")

    /// A letter or digit of a script with apostrophes (CJK text has none).
    private static func isWordCharacter(_ scalar: UInt32?) -> Bool {
        guard let scalar else { return false }
        let properties = CharacterClass.of(scalar)
        return (properties.contains(.alphabetic) || properties.contains(.digit)) && !properties.contains(.ideographic)
    }

    static func role(of mark: UInt32, before: UInt32?, after: UInt32?, context: QuoteRole?, localeRoles: QuoteRoles) -> QuoteRole {
        let localeRole = localeRoles[mark]
        let isApostropheLike = mark == QuoteCharacters.rightSingle || mark == QuoteCharacters.straightSingle || mark == 0xFF07
        if isApostropheLike {
            // Between two word characters: "Russia’s", "l’État", "don't".
            if isWordCharacter(before) && isWordCharacter(after) { return .apostrophe }
            // Opening an elided word: "’90s", "rock ’n’ roll", "’s avonds" — unless the
            // language opens quotations with this mark.
            if context == .open, localeRole != .open, localeRole != .either, mark == QuoteCharacters.rightSingle { return .apostrophe }
        }
        // A left single mark before a digit is a misused apostrophe ("‘90s").
        if mark == QuoteCharacters.leftSingle, let after, CharacterClass.of(after).contains(.digit) { return .apostrophe }
        // Primes: 5'10" after a digit.
        if (mark == QuoteCharacters.straightDouble || mark == QuoteCharacters.straightSingle), let before,
           CharacterClass.of(before).contains(.digit), context != .open {
            return .either  // decided by the grammar: a prime unless a quotation is open
        }
        // When the language and Unicode agree on a mark (French », German „), that settles
        // it: `« non »Le` closes even though a letter follows. When they disagree (German “
        // closes „…“ but opens English “…”), the context decides.
        let defaultRole = QuoteCharacters.defaultRole(mark)
        if let localeRole, localeRole == defaultRole { return localeRole }
        return context ?? localeRole ?? defaultRole
    }

    // MARK: Grammar

    static let maximumDepth = 16

    private struct OpenQuote {
        let token: Int
    }

    private func runGrammar(_ text: TextView, paragraphs: [TextRange], hasDistinctInnerPair: Bool) {
        var stack: [OpenQuote] = []
        var lastClosed: (open: Int, close: Int)?
        var seenPairs: Set<UInt64> = []
        var index = 0
        while index < tokens.count {
            let paragraph = tokens[index].paragraph
            stack.removeAll()
            lastClosed = nil
            var end = index
            while end < tokens.count, tokens[end].paragraph == paragraph { end += 1 }
            planStraightQuotes(index..<end, text, paragraphs: paragraphs)
            let looseEnds = unbalanced.count
            defer { pairMixedEnds(from: looseEnds) }
            while index < end {
                process(index, &stack, &lastClosed, text, hasDistinctInnerPair: hasDistinctInnerPair, seenPairs: &seenPairs)
                index += 1
            }
            // Quotations left open at the end of the paragraph.
            if !stack.isEmpty {
                let continues = index < tokens.count && continuesQuotation(stack[0].token, nextParagraphToken: index, paragraphs: paragraphs)
                if !continues {
                    for open in stack where !isIgnorableWhenUnclosed(open.token) {
                        unbalanced.append(open.token)
                    }
                }
            }
        }
        unbalanced.sort()
    }

    /// Turns the paragraph's loose ends recorded from `start` into a mixed pair when they are
    /// one straight and one typographic mark, the typographic one an opening before the
    /// straight one or a closing after it.
    private func pairMixedEnds(from start: Int) {
        guard unbalanced.count - start == 2 else { return }
        let first = min(unbalanced[start], unbalanced[start + 1])
        let second = max(unbalanced[start], unbalanced[start + 1])
        let firstIsStraight = Self.isStraightDouble(tokens[first].mark)
        guard firstIsStraight != Self.isStraightDouble(tokens[second].mark) else { return }
        let straight = firstIsStraight ? first : second
        let partner = firstIsStraight ? second : first
        guard !QuoteCharacters.isSingle(tokens[partner].mark) else { return }
        if firstIsStraight {
            guard tokens[first].role == .open, tokens[second].role == .close else { return }
        } else {
            guard tokens[first].role == .open, tokens[second].contextRole != .open else { return }
        }
        unbalanced.removeSubrange(start...)
        mixedPairs.append((straight, partner))
    }

    private func process(_ index: Int, _ stack: inout [OpenQuote], _ lastClosed: inout (open: Int, close: Int)?,
                         _ text: TextView, hasDistinctInnerPair: Bool, seenPairs: inout Set<UInt64>) {
        let token = tokens[index]
        var role = token.role
        if role == .apostrophe { return }
        if index < straightActions.count, let action = straightActions[index] {
            guard let planned = applyPlan(action, index, &stack) else { return }
            role = planned
        } else if role == .either {
            let hasOpenSame = stack.contains { tokens[$0.token].mark == token.mark }
            if hasOpenSame {
                role = .close
            } else if let before = token.before, CharacterClass.of(before).contains(.digit), token.contextRole != .open {
                tokens[index].role = .apostrophe  // a prime or an inch mark
                return
            } else if QuoteCharacters.isSingle(token.mark), token.contextRole != .open {
                tokens[index].role = .apostrophe
                return
            } else {
                role = .open
            }
            tokens[index].role = role
        }
        // An opening mark where only a closing one fits (a letter or punctuation before, a
        // space or punctuation after) ends the quotation its twin opened.
        if role == .open, token.contextRole == .close, let top = stack.last, tokens[top.token].mark == token.mark,
           !QuoteCharacters.isStraight(token.mark) {
            openingsUsedAsClosings.append(index)
            tokens[index].role = .close
            stack.removeLast()
            lastClosed = (top.token, index)
            return
        }
        if role == .open {
            if hasDistinctInnerPair, let top = stack.last, tokens[top.token].mark == token.mark, !QuoteCharacters.isStraight(token.mark) {
                misnested.append(index)
            }
            tokens[index].depth = stack.count
            stack.append(OpenQuote(token: index))
            // Real quotations nest two or three deep; a paragraph of thousands of stray marks
            // must not make matching quadratic. The oldest open mark past the limit is unclosed.
            if stack.count > Self.maximumDepth {
                let dropped = stack.removeFirst()
                if !isIgnorableWhenUnclosed(dropped.token) { unbalanced.append(dropped.token) }
            }
            return
        }
        close(index, &stack, &lastClosed, text, seenPairs: &seenPairs)
    }

    /// Carries out what `StraightQuotePlan` decided for straight mark `index`: the role it
    /// takes in the grammar, or nil when nothing more is to be done with it.
    private func applyPlan(_ action: StraightQuotePlan.Action, _ index: Int, _ stack: inout [OpenQuote]) -> QuoteRole? {
        let token = tokens[index]
        var role: QuoteRole
        switch action {
        case .prime:
            tokens[index].role = .apostrophe
            return nil
        case .open, .nestedOpen:
            role = .open
        case .reopen, .continuation:
            // The quotation open before this mark was never closed, or (at the start of a
            // line) goes on in this one.
            if let position = stack.lastIndex(where: { tokens[$0.token].mark == token.mark }) {
                let previous = stack.remove(at: position).token
                if action == .reopen { unbalanced.append(previous) }
            }
            role = .open
        case .close, .nestedClose:
            role = .close
        case .stray:
            // A stray placed like a closing mark goes through the closing checks (a quotation
            // of another pair closed with it, a closing mark put too early).
            role = token.contextRole == .close ? .close : .open
            if role == .open {
                tokens[index].role = .open
                unbalanced.append(index)
                return nil
            }
        }
        tokens[index].role = role
        return role
    }

    /// Matches closing mark `index` to the quotation it closes, or records what it does wrong.
    private func close(_ index: Int, _ stack: inout [OpenQuote], _ lastClosed: inout (open: Int, close: Int)?,
                       _ text: TextView, seenPairs: inout Set<UInt64>) {
        let token = tokens[index]
        // A closing mark: find the quotation it closes.
        if let position = stack.lastIndex(where: { QuoteCharacters.belongTogether(open: tokens[$0.token].mark, close: token.mark) }) {
            for open in stack[(position + 1)...] where !isIgnorableWhenUnclosed(open.token) {
                unbalanced.append(open.token)
            }
            let opener = stack[position].token
            stack.removeSubrange(position...)
            quotations.append((opener, TextRange(start: tokens[opener].offset, end: token.offset + token.length)))
            recordPairUse(open: opener, close: token.mark, seenPairs: &seenPairs)
            lastClosed = (opener, index)
            return
        }
        // Nothing open that this mark could close.
        if QuoteCharacters.isSingle(token.mark) {
            tokens[index].role = .apostrophe  // "the players’ union"
            return
        }
        // A closing mark of another pair where a quotation is open (`«Nous partons” dit-il`):
        // one quotation closed with the wrong mark, not one unclosed and one unopened.
        if let top = stack.last, !QuoteCharacters.isSingle(tokens[top.token].mark) {
            mismatchedClosings.append(index)
            stack.removeLast()
            lastClosed = (top.token, index)
            return
        }
        if let closed = lastClosed, stack.isEmpty, isMisplacedClosing(closed.close, text),
           QuoteCharacters.belongTogether(open: tokens[closed.open].mark, close: token.mark) {
            misplacedClosings.append(closed.close)
            lastClosed = nil
            return
        }
        unbalanced.append(index)
    }

    /// What `StraightQuotePlan` decided for each straight double mark (nil for other marks).
    private var straightActions: [StraightQuotePlan.Action?] = []

    /// Plans the straight double quotes of the paragraph whose tokens are `range`.
    private func planStraightQuotes(_ range: Range<Int>, _ text: TextView, paragraphs: [TextRange]) {
        let straight = range.filter { Self.isStraightDouble(tokens[$0].mark) && tokens[$0].role != .apostrophe }
        guard !straight.isEmpty else { return }
        if straightActions.isEmpty { straightActions = Array(repeating: nil, count: tokens.count) }
        let marks = straight.map { index -> StraightQuotePlan.Mark in
            let token = tokens[index]
            let before = token.before.map(CharacterClass.of) ?? []
            let after = token.after.map(CharacterClass.of) ?? []
            // Han and kana run into quotation marks on both sides: they say nothing of a
            // mark's role, where a Latin word or a number does.
            let wordBefore = Self.isWordCharacter(token.before) && !Self.isKana(token.before)
            let wordAfter = after.contains(.alphabetic) && !after.contains(.ideographic) && !Self.isKana(token.after)
            var lineStart = token.offset
            while lineStart > 0, text[lineStart - 1] == Unit.space || text[lineStart - 1] == Unit.tab { lineStart -= 1 }
            let startsLine = lineStart > 0 && UTF16Scalar.isLineBreak(text[lineStart - 1])
            let context = Self.isBeforeQuotativeParticle(token.offset, text) ? .close : token.contextRole
            return StraightQuotePlan.Mark(context: context, wordBefore: wordBefore, wordAfter: wordAfter,
                                          mayBePrime: before.contains(.digit) && token.contextRole != .open && !after.contains(.upper)
                                            && !Self.gluesToWord(token.after),
                                          startsLine: startsLine)
        }
        // A quotation that the next paragraph takes up again may stay open.
        let last = straight[straight.count - 1]
        var leftOpenIsFine = false
        if range.upperBound < tokens.count {
            let next = tokens[range.upperBound]
            leftOpenIsFine = next.paragraph == tokens[last].paragraph + 1 && next.offset == paragraphs[next.paragraph].start
                && next.mark == tokens[last].mark
        }
        let plan = StraightQuotePlan(marks, leftOpenIsFine: leftOpenIsFine)
        for (index, action) in zip(straight, plan.actions) { straightActions[index] = action }
    }

    /// Whether the mark at `offset` stands before Japanese quotative と taking up what was
    /// said: `"…する"と述べた`, `"…"という`, `"…"との`, `"…"と、`. Han and kana give no other clue
    /// to a mark's role, and this one is a grammatical ending: a quotation that opens with と
    /// goes on in kana (`"とにかく`, `"ところで`).
    static func isBeforeQuotativeParticle(_ offset: Int, _ text: TextView) -> Bool {
        guard offset + 2 < text.count, text[offset + 1] == 0x3068 else { return false }
        let next = text[offset + 2]
        if next == 0x3044 || next == 0x306E || next == 0x304B || next == 0x3001 || next == 0xFF0C { return true }  // い の か 、 ，
        return CharacterClass.of(unit: next).contains(.ideographic)
    }

    /// Whether a lowercase letter follows the mark at once, as it follows no inch mark: a
    /// measure is followed by a space, punctuation or a dimension's `x` (`12"x18"`), while
    /// `the"core 4"of` closes a quotation glued to the next word.
    private static func gluesToWord(_ after: UInt32?) -> Bool {
        guard let after, after != 0x78, after != 0xD7 else { return false }
        return CharacterClass.of(after).contains(.lower)
    }

    private static func isKana(_ scalar: UInt32?) -> Bool {
        guard let scalar else { return false }
        return (0x3040...0x30FF).contains(scalar) || (0x31F0...0x31FF).contains(scalar) || (0xFF66...0xFF9F).contains(scalar)
    }

    private static func isStraightDouble(_ mark: UInt32) -> Bool { mark == QuoteCharacters.straightDouble || mark == 0xFF02 }

    /// "“Prices will rise.” across the region": a closing mark right after sentence-final
    /// punctuation, followed by a lowercase word.
    private func isMisplacedClosing(_ index: Int, _ text: TextView) -> Bool {
        let token = tokens[index]
        // Sentence-final punctuation just before the mark (French puts a no-break space between).
        var before = token.offset
        while before > 0, CharacterClass.of(unit: text[before - 1]).contains(.space), !UTF16Scalar.isLineBreak(text[before - 1]) { before -= 1 }
        guard before > 0, [Unit.fullStop, Unit.exclamationMark, Unit.questionMark, Unit.horizontalEllipsis].contains(text[before - 1]) else { return false }
        var offset = token.offset + token.length
        var sawSpace = false
        while offset < text.count, CharacterClass.of(unit: text[offset]).contains(.space) {
            offset += 1
            sawSpace = true
        }
        guard sawSpace, offset < text.count else { return false }
        return CharacterClass.of(text.scalar(at: offset).codePoint).contains(.lower)
    }

    private func continuesQuotation(_ openToken: Int, nextParagraphToken: Int, paragraphs: [TextRange]) -> Bool {
        let next = tokens[nextParagraphToken]
        guard next.paragraph == tokens[openToken].paragraph + 1, next.offset == paragraphs[next.paragraph].start else { return false }
        let mark = tokens[openToken].mark
        return next.mark == mark || QuoteCharacters.belongTogether(open: mark, close: next.mark)
    }

    /// Single marks left open are usually apostrophes or primes, not quotations.
    private func isIgnorableWhenUnclosed(_ index: Int) -> Bool {
        QuoteCharacters.isSingle(tokens[index].mark) && tokens[index].mark != QuoteCharacters.leftSingle && tokens[index].mark != Unit.singleLow9QuotationMark
    }

    private func recordPairUse(open opener: Int, close: UInt32, seenPairs: inout Set<UInt64>) {
        let mark = tokens[opener].mark
        let depth = min(tokens[opener].depth, 1)
        let key = UInt64(mark) << 33 | UInt64(close) << 1 | UInt64(depth)
        if seenPairs.insert(key).inserted {
            pairUses.append(PairUse(open: mark, close: close, firstToken: opener, depth: depth))
        }
    }
}
