import TextCore

/// What each sentence of one side of a pair holds that survives translation: its numbers,
/// its markup (addresses, placeholders, code, link targets), its quotation marks and the
/// words inside them, and its capitalised names. The aligner pulls sentences sharing them
/// together; the accuracy rules compare them across the alignment.
///
/// Built from the words and character sites the document already has, never by a pass
/// over every character: the bilingual check must stay within reach of the monolingual one.
struct SentenceAnchors {
    var numbers: [[NumberMention]] = []
    var markup: [[MarkupToken]] = []
    /// Double quotation marks in the sentence (apostrophe-like single marks are not counted).
    var quoteMarks: [Int] = []
    /// Words of the longest quotation (a quotation left open runs to the sentence's end): a
    /// quotation, not a name in quotation marks ("Manchester United" in Russian news).
    var quotedWords: [Int] = []
    var items: [AlignmentItem] = []
    /// Each sentence's words case-folded and hashed together, and how many letters they
    /// have: equal for two sentences that differ only in spacing and punctuation.
    var letterKeys: [(key: UInt64, letters: Int)] = []

    /// `skeletons`: the other side writes in the other of Latin and Cyrillic, so capitalised
    /// words also anchor by their consonant skeleton (`NameSkeleton`).
    init(_ document: AnalyzedDocument, units: AlignmentUnits, skeletons: Bool = false) {
        let count = units.count
        let reader = NumberReader.of(document.language)
        let text = document.text
        let latinIsForeign = SourceTextReading.script(of: document.language) != .latin
        markup = Self.markupByUnit(document, units)
        // A translator's note cites what it likes: its markup and numbers have no counterpart
        // in the source.
        let notes = document.analysis(TranslatorNotes.self)
        if !notes.ranges.isEmpty {
            markup = markup.map { tokens in tokens.filter { !notes.contains($0.range.start) } }
        }
        var marksBySentence = [[Int]](repeating: [], count: count)
        var sentence = 0
        for offset in document.sites(.quote) where Self.isQuoteMark(text[offset]) && !Self.isInsideWord(text, offset) {
            while sentence < count, units.ranges[sentence].end <= offset { sentence += 1 }
            guard sentence < count else { break }
            if units.ranges[sentence].start <= offset { marksBySentence[sentence].append(offset) }
        }
        let cjkScale = SourceAlignment.cjkScale(document.language)
        numbers.reserveCapacity(count)
        items.reserveCapacity(count)
        quoteMarks.reserveCapacity(count)
        quotedWords.reserveCapacity(count)
        letterKeys.reserveCapacity(count)
        // Scratch lists reused from sentence to sentence: each item gets one array of each
        // kind, allocated once at its final size.
        var anchors: [UInt64] = []
        var names: [UInt64] = []
        for sentence in 0..<count {
            let range = units.ranges[sentence]
            let wordRange = units.words[sentence]
            var numbers = reader.mentions(in: document, range: range, words: wordRange)
            if !notes.ranges.isEmpty { numbers.removeAll { notes.contains($0.range.start) } }
            let marks = marksBySentence[sentence]
            anchors.removeAll(keepingCapacity: true)
            for mention in numbers where !mention.isWord { anchors.append(mention.anchor) }
            for token in markup[sentence] { anchors.append(token.anchor) }
            if !marks.isEmpty { anchors.append(0x51554F5445) }
            // A question stays a question, an exclamation an exclamation.
            if let last = Self.lastMark(text, range) { anchors.append(0x5445524D00 | UInt64(last)) }
            if anchors.count > 1 { anchors.sort() }
            names.removeAll(keepingCapacity: true)
            Self.appendNames(document, wordRange, latinIsForeign: latinIsForeign, skeletons: skeletons, to: &names)
            self.numbers.append(numbers)
            quoteMarks.append(marks.count)
            quotedWords.append(marks.isEmpty ? 0 : Self.quotedWords(document, wordRange, marks))
            letterKeys.append(Self.letterKey(document, words: wordRange))
            items.append(AlignmentItem(length: cjkScale.map { Self.englishEquivalentLength(text, range, scale: $0) } ?? range.length, anchors: anchors.isEmpty ? [] : Array(anchors[0..<anchors.count]), weakAnchors: AlignmentItem.sortedUnique(&names)))
        }
    }

    /// Names: capitalised Latin words; in a text in another script, every Latin word (brands,
    /// user names, terms kept in the original); longer words by their first five letters
    /// (cognates); with `skeletons`, capitalised words by their consonants.
    private static func appendNames(_ document: AnalyzedDocument, _ wordRange: Range<Int>, latinIsForeign: Bool, skeletons: Bool, to names: inout [UInt64]) {
        let text = document.text
        let words = document.words
        let hashes = document.foldedWordHashes
        for word in wordRange where words.kinds[word] == .letter {
            let start = Int(words.starts[word])
            // Names across Latin and Cyrillic: a sentence's first word is capitalised
            // whatever it is.
            if skeletons, word > wordRange.lowerBound, CharacterClass.of(unit: text[start]).contains(.upper),
               let skeleton = NameSkeleton.hash(text, start, Int(words.ends[word])) {
                names.append(skeleton)
            }
            guard latinIsForeign || word > wordRange.lowerBound else { continue }
            guard text[start] < 0x80, Int(words.ends[word]) - start >= 2 else { continue }
            // Capitalised words, and longer words, which are often cognates or terms
            // ("Information", "online", "Service").
            if latinIsForeign || CharacterClass.of(unit: text[start]).contains(.upper) { names.append(hashes[word]) }
            // Longer words by their first five letters too: cognates share them across
            // languages ("Informationen", "information"; "Minister", "ministre").
            if Int(words.ends[word]) - start >= 6, let stem = Self.stem(text, start) { names.append(stem) }
        }
    }

    /// The length of a sentence of Chinese, Japanese or Korean in English units: its own
    /// characters (and their punctuation) at `scale` each, the rest (Latin names, digits,
    /// emoji, spaces) at one. A name or a URL is as long in either language.
    static func englishEquivalentLength(_ text: [UInt16], _ range: TextRange, scale: Double) -> Int {
        var own = 0
        for offset in range.start..<range.end {
            switch text[offset] {
            case 0x1100...0x11FF, 0x2E80...0x9FFF, 0xA960...0xA97F, 0xAC00...0xD7FF, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFFEF: own += 1
            default: continue
            }
        }
        return range.length - own + Int((Double(own) * scale).rounded())
    }

    /// A hash of the first five letters of a word, lower-cased, when they are ASCII letters.
    static func stem(_ text: [UInt16], _ start: Int) -> UInt64? {
        var hash: UInt64 = 0x5354454D
        for offset in start..<(start + 5) {
            var unit = text[offset]
            guard unit < 0x80, (0x41...0x5A).contains(unit) || (0x61...0x7A).contains(unit) else { return nil }
            if unit < 0x61 { unit += 32 }
            hash = (hash ^ UInt64(unit)) &* 0x100000001b3
        }
        return hash
    }

    /// The question or exclamation mark ending a sentence (its Latin form), if any.
    static func lastMark(_ text: [UInt16], _ range: TextRange) -> UInt16? {
        var end = range.end
        while end > range.start, CharacterClass.of(unit: text[end - 1]).contains(.finalPunctuation) || SentenceAnchors.isQuoteMark(text[end - 1]) || text[end - 1] == 0x29 { end -= 1 }
        guard end > range.start else { return nil }
        switch text[end - 1] {
        case 0x3F, 0xFF1F: return 0x3F
        case 0x21, 0xFF01: return 0x21
        default: return nil
        }
    }

    /// The words of `words` case-folded and hashed together, and their letters.
    static func letterKey(_ document: AnalyzedDocument, words: Range<Int>) -> (key: UInt64, letters: Int) {
        let table = document.words
        let hashes = document.foldedWordHashes
        var key: UInt64 = 0xcbf29ce484222325
        var letters = 0
        for word in words where table.kinds[word] != .opaque {
            key = (key ^ hashes[word]) &* 0x100000001b3
            if table.kinds[word] != .number { letters += Int(table.ends[word] - table.starts[word]) }
        }
        return (key, letters)
    }

    /// Words of the longest quotation: a stretch after an opening mark and before its
    /// closing one (or the sentence's end) that is a quotation, not a name or title in
    /// quotation marks — six words or more, or a whole sentence quoted (a full stop inside),
    /// or reported speech (Japanese 「…」と).
    private static func quotedWords(_ document: AnalyzedDocument, _ words: Range<Int>, _ marks: [Int]) -> Int {
        let text = document.text
        let isCJK = SourceTextReading.script(of: document.language) == .cjk
        let table = document.words
        var longest = 0
        var current = 0
        var inside = false
        var openedAt = 0
        var nextMark = 0
        func close(at mark: Int?) {
            guard inside, current > 0 else { return }
            let end = mark ?? text.count
            // Chinese and Japanese words are short: six of them make a title or a phrase.
            let long = current >= 6 && !isCJK
            let quoted = long || (mark == nil && current >= 3) || (current >= 3 && (Self.holdsSentenceEnd(text, openedAt, end) || Self.isReportedSpeech(text, after: end)))
            if quoted { longest = max(longest, current) }
        }
        for word in words {
            let start = Int(table.starts[word])
            while nextMark < marks.count, marks[nextMark] < start {
                let mark = marks[nextMark]
                let opens = opensQuotation(text[mark], inside: inside)
                if inside && !opens { close(at: mark) }
                if opens && !inside { openedAt = mark }
                inside = opens
                current = 0
                nextMark += 1
            }
            if inside, table.kinds[word] != .number, table.kinds[word] != .opaque { current += 1 }
        }
        if inside {
            let closing = nextMark < marks.count ? marks[nextMark] : nil
            close(at: closing)
        }
        return longest
    }

    /// Whether a sentence-final mark lies inside the stretch.
    private static func holdsSentenceEnd(_ text: [UInt16], _ start: Int, _ end: Int) -> Bool {
        guard start < end else { return false }
        return text[start..<min(end, text.count)].contains { $0 == 0x2E || $0 == 0x21 || $0 == 0x3F || $0 == 0x3002 || $0 == 0xFF01 || $0 == 0xFF1F }
    }

    /// Whether a verb of speech follows the closing mark: Japanese と and 話・述・語・言・説・
    /// 強・答 (と話した, と述べた…: と alone also marks thoughts and purposes), Chinese 说 or 表示.
    private static func isReportedSpeech(_ text: [UInt16], after close: Int) -> Bool {
        let next = close + 1
        guard next < text.count else { return false }
        if text[next] == 0x3068, next + 1 < text.count {
            return [0x8A71, 0x8FF0, 0x8A9E, 0x8A00, 0x8AAC, 0x5F37, 0x7B54].contains(text[next + 1])
        }
        return text[next] == 0x8BF4 || text[next] == 0x8AAA || (next + 1 < text.count && text[next] == 0x8868 && text[next + 1] == 0x793A)
    }

    /// Markup found per paragraph and given to the unit it starts in (or the last before
    /// it): a sentence's range leaves out a placeholder that ends its paragraph. Only
    /// paragraphs whose character sites hold a sign of markup are scanned.
    private static func markupByUnit(_ document: AnalyzedDocument, _ units: AlignmentUnits) -> [[MarkupToken]] {
        let segmentation = document.segmentation
        var result = [[MarkupToken]](repeating: [], count: units.count)
        let text = document.text
        let structured = document.document.structure != nil
        for paragraph in segmentation.paragraphs.indices {
            let owned = units.paragraphUnits[paragraph]
            let range = segmentation.paragraphs[paragraph]
            guard !owned.isEmpty else { continue }
            let sites = document.characterSites.offsets(in: range)
            guard structured || sites.contains(where: { mayStartMarkup(text, Int($0)) }) else { continue }
            for token in MarkupToken.tokens(in: document, range: range) {
                let after = units.ranges[owned].partitionPoint { $0.start > token.range.start }
                let owner = max(owned.lowerBound, after - 1)
                var placed = token
                if placed.kind == .linkTarget { placed.range = units.ranges[owner] }
                result[owner].append(placed)
            }
        }
        return result
    }

    /// `@`, a backtick, `%`, `{`, `<`, `://`, or the full stop of `www.`.
    private static func mayStartMarkup(_ text: [UInt16], _ offset: Int) -> Bool {
        switch text[offset] {
        case 0x40, 0x60, 0x25, 0x7B, 0x3C: return true
        case 0x3A: return offset + 2 < text.count && text[offset + 1] == 0x2F && text[offset + 2] == 0x2F
        case 0x2E: return offset >= 3 && text[offset - 1] == 0x77 && text[offset - 2] == 0x77 && text[offset - 3] == 0x77
        default: return false
        }
    }

    /// Whether a mark stands between two letters: not a quotation mark (Hebrew gershayim in
    /// an acronym, צה"ל; a typo's stray mark).
    static func isInsideWord(_ text: [UInt16], _ offset: Int) -> Bool {
        guard offset > 0, offset + 1 < text.count else { return false }
        // Not between Chinese or Japanese characters, which quote without spaces: 点击“设置”.
        func isSpacedLetter(_ unit: UInt16) -> Bool {
            let properties = CharacterClass.of(unit: unit)
            return properties.contains(.alphabetic) && SourceTextReading.script(of: unit) != .cjk
        }
        return isSpacedLetter(text[offset - 1]) && isSpacedLetter(text[offset + 1])
    }

    /// Double quotation marks of the languages translint knows (CJK corner brackets too).
    static func isQuoteMark(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x22, 0x201C, 0x201D, 0x201E, 0x201F, 0xAB, 0xBB, 0x300C, 0x300D, 0x300E, 0x300F, 0xFF02, 0x301D, 0x301E: return true
        default: return false
        }
    }

    /// Whether the quotation is open after mark `unit`: marks that only open or only close
    /// say so; the others (`"`, and `»` and `“`, which open in one language and close in
    /// another) toggle.
    private static func opensQuotation(_ unit: UInt16, inside: Bool) -> Bool {
        switch unit {
        case 0x201E, 0x300C, 0x300E, 0x301D: return true
        case 0x300D, 0x300F, 0x301E: return false
        default: return !inside
        }
    }
}
