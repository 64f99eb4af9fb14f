// Per-character scans every document needs before its rules run: the offsets worth a
// detector's look, the shape of each line of a paragraph (is it code?), and the tokens that
// may be addresses or technical terms.
//
// Why C: these loops visit every UTF-16 unit of every document, and their work per unit is
// a handful of comparisons whose outcome changes every few characters (letter, space,
// letter...). Written as ordinary branches they spend most of their time in mispredicted
// jumps. Here each unit costs one lookup in a 64 K table of scan classes and a few
// additions that compile to conditional moves; the rare events (a line break, a
// technical character) are the only branches. The decisions built on the counts stay in
// Swift (RuleEngine's ParagraphKind and ProtectedZones).

#include "ICUBridge.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

enum {
    SCAN_SPACE = 1 << 0,           // White_Space
    SCAN_LINE_BREAK = 1 << 1,      // LF, CR, VT, FF, NEL, LS, PS
    SCAN_HINT = 1 << 2,            // makes a token technical: a digit or one of / _ = - : . $ { } [ ] < > | backslash
    SCAN_CODE_SYMBOL = 1 << 3,     // rare in prose: { } [ ] < > = | backslash / $ # _ ; ~ ^ * @ backtick
    SCAN_TECH_INSIDE = 1 << 4,     // inside a token, may make it an address or term: . @ / : _ = backslash $ { } < > | #
    SCAN_TECH_LEAD = 1 << 5,       // at the start of a token: - $ ~ ^ # /
    SCAN_CJK_PUNCT = 1 << 6,       // ends a token: 。 ， 、 ； ： ！ ？ (full width)
    SCAN_NOTABLE = 1 << 7,         // a notable offset whatever its neighbours
    SCAN_SEPARATOR = 1 << 8,       // U+0020 or tab: separates the tokens of a line
    SCAN_INTERESTING = 1 << 9,     // where the token scan may report something: TECH_INSIDE, TECH_LEAD or a backtick
    SCAN_LATIN = 1 << 10,          // a letter of these scripts (for the mixed-script check)
    SCAN_CYRILLIC = 1 << 11,
    SCAN_GREEK = 1 << 12,
};

static uint16_t *scan_table = NULL;
static pthread_once_t scan_table_once = PTHREAD_ONCE_INIT;

static void mark(uint16_t *table, const char *characters, uint16_t bit) {
    for (const char *c = characters; *c; c++) table[(unsigned char)*c] |= bit;
}

static void build_scan_table(void) {
    const uint32_t *properties = tl_char_bmp_table();
    uint16_t *table = calloc(0x10000, sizeof(uint16_t));
    if (table == NULL) abort();
    for (int32_t c = 0; c < 0x10000; c++) {
        uint32_t p = properties[c];
        uint16_t bits = 0;
        if (p & TL_CHAR_SPACE) bits |= SCAN_SPACE;
        if (p & TL_CHAR_LATIN) bits |= SCAN_LATIN;
        if (p & TL_CHAR_CYRILLIC) bits |= SCAN_CYRILLIC;
        if (p & TL_CHAR_GREEK) bits |= SCAN_GREEK;
        if (c >= 0x80 && (p & TL_CHAR_DIGIT)) bits |= SCAN_HINT;
        // Notable: everything but letters, digits and single spaces (U+0020 is decided by its
        // neighbour), plus every character that stands for a UTF-8 continuation byte read
        // as Windows-1252 (U+0080...U+00BF and the 1252 letters Š œ ž ƒ…): the second
        // character of any mojibake, so the mojibake detector finds them all here.
        int isASCIIWord = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (c < 0x80) {
            if (!isASCIIWord && c != 0x20) bits |= SCAN_NOTABLE;
        } else if (c <= 0xBF || !(p & (TL_CHAR_ALPHABETIC | TL_CHAR_DIGIT))) {
            bits |= SCAN_NOTABLE;
        }
        table[c] = bits;
    }
    for (int32_t c = '0'; c <= '9'; c++) table[c] |= SCAN_HINT;
    mark(table, "/_=-:.${}[]<>|\\", SCAN_HINT);
    mark(table, "{}[]<>=|\\/$#_;~^*@`", SCAN_CODE_SYMBOL);
    mark(table, ".@/:_=\\${}<>|#", SCAN_TECH_INSIDE);
    mark(table, "-$~^#/", SCAN_TECH_LEAD);
    mark(table, ".@/:_=\\${}<>|#-~^`", SCAN_INTERESTING);
    static const uint16_t windows1252[] = {0x0152, 0x0153, 0x0160, 0x0161, 0x0178, 0x017D, 0x017E, 0x0192, 0x02C6, 0x02DC};
    for (size_t i = 0; i < sizeof windows1252 / sizeof windows1252[0]; i++) table[windows1252[i]] |= SCAN_NOTABLE;
    static const uint16_t lineBreaks[] = {0x0A, 0x0D, 0x0B, 0x0C, 0x85, 0x2028, 0x2029};
    for (size_t i = 0; i < sizeof lineBreaks / sizeof lineBreaks[0]; i++) table[lineBreaks[i]] |= SCAN_LINE_BREAK;
    static const uint16_t cjkPunctuation[] = {0x3002, 0xFF0C, 0x3001, 0xFF1B, 0xFF1A, 0xFF01, 0xFF1F};
    for (size_t i = 0; i < sizeof cjkPunctuation / sizeof cjkPunctuation[0]; i++) table[cjkPunctuation[i]] |= SCAN_CJK_PUNCT;
    table[0x20] |= SCAN_SEPARATOR;
    table[0x09] |= SCAN_SEPARATOR;
    __atomic_store_n(&scan_table, table, __ATOMIC_RELEASE);
}

static inline const uint16_t *classes(void) {
    const uint16_t *table = __atomic_load_n(&scan_table, __ATOMIC_ACQUIRE);
    if (table) return table;
    pthread_once(&scan_table_once, build_scan_table);
    return __atomic_load_n(&scan_table, __ATOMIC_ACQUIRE);
}

// Eight UTF-16 units as one vector (clang's portable vector extensions: SSE2 on x86-64,
// NEON on arm64; comparisons give all-ones or zero per lane).
typedef uint16_t units8 __attribute__((vector_size(16)));

// Which of eight units are certainly not notable: ASCII letters and digits, Latin-1 letters
// (À...ÿ but × and ÷), basic Cyrillic letters (U+0410...U+044F, а...я and А...Я), and spaces
// that do not follow a space (`previous` is the unit before the block). One bit per lane;
// also notes which alphabets' letters were seen.
static inline unsigned plain_lanes(units8 v, uint16_t previous, int *hasLatin, int *hasCyrillic) {
    units8 lower = v | 0x20;
    units8 letter = (units8)((lower >= 'a') & (lower <= 'z'));
    units8 digit = (units8)((v >= '0') & (v <= '9'));
    units8 latin1 = (units8)((v >= 0xC0) & (v <= 0xFF) & (v != 0xD7) & (v != 0xF7));
    units8 cyrillic = (units8)((v >= 0x410) & (v <= 0x44F));
    units8 before = __builtin_shufflevector(v, (units8){previous, 0, 0, 0, 0, 0, 0, 0}, 8, 0, 1, 2, 3, 4, 5, 6);
    units8 lonelySpace = (units8)((v == 0x20) & (before != 0x20));
    units8 plain = letter | digit | latin1 | cyrillic | lonelySpace;
    const units8 weights = {1, 2, 4, 8, 16, 32, 64, 128};
    *hasLatin |= __builtin_reduce_or(letter | latin1) != 0;
    *hasCyrillic |= __builtin_reduce_or(cyrillic) != 0;
    return __builtin_reduce_or(plain & weights);
}

int32_t tl_scan_notable(const uint16_t *text, int32_t start, int32_t end, int32_t *offsets, uint32_t *alphabets) {
    const uint16_t *table = classes();
    int32_t count = 0;
    uint16_t previous = start > 0 ? text[start - 1] : 0x0A;
    uint16_t seen = 0;
    int hasLatin = 0, hasCyrillic = 0;
    int32_t index = start;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    // Most of a Latin- or Cyrillic-script text is letters and single spaces: eight units at a
    // time, the plain ones are classified together as a vector, and only the others (an
    // apostrophe, a comma, a kana) are looked up in the table.
    while (index + 8 <= end) {
        units8 v;
        memcpy(&v, text + index, 16);
        unsigned others = ~plain_lanes(v, previous, &hasLatin, &hasCyrillic) & 0xFF;
        while (others) {
            int lane = __builtin_ctz(others);
            others &= others - 1;
            uint16_t unit = v[lane];
            uint16_t bits = table[unit];
            seen |= bits;
            uint16_t before = lane > 0 ? v[lane - 1] : previous;
            if ((bits & SCAN_NOTABLE) || (unit == 0x20 && before == 0x20)) offsets[count++] = index + lane;
        }
        previous = v[7];
        index += 8;
    }
#endif
    if (hasLatin) seen |= SCAN_LATIN;
    if (hasCyrillic) seen |= SCAN_CYRILLIC;
    for (; index < end; index++) {
        uint16_t unit = text[index];
        uint16_t bits = table[unit];
        int notable = (bits & SCAN_NOTABLE) != 0;
        notable |= (unit == 0x20) & (previous == 0x20);
        offsets[count] = index;  // written always, kept only when notable: no branch
        count += notable;
        seen |= bits;
        previous = unit;
    }
    *alphabets |= ((seen & SCAN_LATIN) ? TL_CHAR_LATIN : 0) | ((seen & SCAN_CYRILLIC) ? TL_CHAR_CYRILLIC : 0) |
                  ((seen & SCAN_GREEK) ? TL_CHAR_GREEK : 0);
    return count;
}

// A line that is a listing: a tab or four spaces of indentation, a shell prompt or comment,
// a lone brace, a numbered listing line, or mostly technical tokens.
static int technical_tokens_dominate(const uint16_t *text, int32_t start, int32_t end, const uint16_t *table);

static int looks_like_code(const uint16_t *text, int32_t start, int32_t end, int mayBeTechnical, const uint16_t *table) {
    if (text[start] == 0x09) return 1;
    if (end - start >= 4 && text[start] == 0x20 && text[start + 1] == 0x20 && text[start + 2] == 0x20 && text[start + 3] == 0x20) return 1;
    while (start < end && text[start] == 0x20) start++;
    if (start >= end) return 0;
    if (mayBeTechnical && technical_tokens_dominate(text, start, end, table)) return 1;
    uint16_t lead = text[start];
    uint16_t next = start + 1 < end ? text[start + 1] : 0x20;
    // "$ cmd", "# comment", "% cmd", "// comment", "{", "}".
    if ((lead == '$' || lead == '#' || lead == '%') && next == 0x20) return 1;
    if (lead == '/' && next == '/') return 1;
    if ((lead == '{' || lead == '}') && end - start <= 2) return 1;
    // A numbered listing: "13  <insert long description>".
    int32_t digits = start;
    while (digits < end && text[digits] >= '0' && text[digits] <= '9') digits++;
    if (digits > start && digits + 1 < end && ((text[digits] == 0x20 && text[digits + 1] == 0x20) || text[digits] == 0x09)) return 1;
    return 0;
}

// Whether most space-separated tokens of the line are technical: paths, options,
// assignments, dotted numbers, words mixing letters and digits.
static int technical_tokens_dominate(const uint16_t *text, int32_t start, int32_t end, const uint16_t *table) {
    const uint32_t *properties = tl_char_bmp_table();
    int32_t tokens = 0, technical = 0;
    int32_t index = start;
    while (index < end) {
        while (index < end && (text[index] == 0x20 || text[index] == 0x09)) index++;
        if (index >= end) break;
        int32_t tokenStart = index;
        int hasLetter = 0, hasDigit = 0, hasSymbol = 0;
        while (index < end && text[index] != 0x20 && text[index] != 0x09) {
            uint16_t unit = text[index];
            uint32_t p = properties[unit];
            if (p & TL_CHAR_ALPHABETIC) hasLetter = 1;
            if (p & TL_CHAR_DIGIT) hasDigit = 1;
            // A symbol inside the token, not sentence punctuation at its end.
            if (unit < 0x80 && (table[unit] & SCAN_HINT) && !(unit >= '0' && unit <= '9') && index > tokenStart &&
                index + 1 < end && text[index + 1] != 0x20) {
                hasSymbol = 1;
            }
            index++;
        }
        tokens++;
        if ((hasSymbol && (hasLetter || hasDigit)) || (hasDigit && hasLetter) || text[tokenStart] == '-') technical++;
    }
    return tokens >= 2 && technical * 5 >= tokens * 2;
}

void tl_scan_lines(const uint16_t *text, int32_t start, int32_t end, tl_line_shape *shape) {
    const uint16_t *table = classes();
    memset(shape, 0, sizeof *shape);
    int32_t lineStart = start;
    int32_t tokens = 0, hints = 0, spaceRun = 0, visible = 0, symbols = 0;
    int indented = 1, columnGap = 0, afterSeparator = 1;
    for (int32_t index = start; index <= end; index++) {
        int atEnd = index == end;
        uint16_t unit = atEnd ? 0x0A : text[index];
        uint16_t bits = table[unit];
        if (bits & SCAN_LINE_BREAK) {
            if (index > lineStart) {
                shape->lines++;
                int mayBeTechnical = tokens >= 2 && hints * 5 >= tokens * 2;
                shape->codeLines += looks_like_code(text, lineStart, index, mayBeTechnical, table);
                shape->alignedLines += columnGap;
            }
            lineStart = index + 1;
            tokens = hints = spaceRun = 0;
            indented = 1;
            columnGap = 0;
            afterSeparator = 1;
            continue;
        }
        int isSpace20 = unit == 0x20;
        int other = !(bits & SCAN_SEPARATOR);
        tokens += other & afterSeparator;
        afterSeparator = !other;
        // A run of spaces after the indentation: three make a column gap.
        spaceRun = isSpace20 ? spaceRun + !indented : 0;
        columnGap |= spaceRun >= 3;
        indented &= isSpace20;
        // Outside U+0020 and tab: digits and token symbols hint at technical tokens; every
        // character but white space is visible; ASCII code symbols are counted.
        hints += other & ((bits & SCAN_HINT) != 0);
        int isVisible = other & !(bits & SCAN_SPACE);
        visible += isVisible;
        symbols += isVisible & ((bits & SCAN_CODE_SYMBOL) != 0);
    }
    shape->visible = visible;
    shape->symbols = symbols;
}

// What the token scan does at a position where it is free (not inside a token or zone):
// an HTML comment or a closed `code` span is a zone; a token start runs to the next space or
// CJK punctuation and is a candidate if it holds a technical character; anything else is
// stepped over. Returns the position after what was consumed.
static int32_t scan_at(const uint16_t *text, int32_t length, int32_t position, const uint16_t *table,
                       tl_token_span *span, int *emitted) {
    *emitted = 0;
    uint16_t unit = text[position];
    if (unit == '<' && position + 3 < length && text[position + 1] == '!' && text[position + 2] == '-' && text[position + 3] == '-') {
        int32_t end = position + 4;
        while (end + 2 < length && !(text[end] == '-' && text[end + 1] == '-' && text[end + 2] == '>')) end++;
        int32_t close = end + 3 < length ? end + 3 : length;
        *span = (tl_token_span){position, close, TL_SPAN_ZONE};
        *emitted = 1;
        return close;
    }
    if (unit == '`') {
        // Closed on the same line within 400 characters.
        int32_t limit = position + 400 < length ? position + 400 : length;
        int32_t close = position + 1;
        while (close < limit && text[close] != '`' && text[close] != 0x0A) close++;
        if (close < limit && text[close] == '`') {
            *span = (tl_token_span){position, close + 1, TL_SPAN_ZONE};
            *emitted = 1;
            return close + 1;
        }
        return position + 1;
    }
    uint16_t bits = table[unit];
    int startsToken = !(bits & SCAN_SPACE) &&
        (position == 0 || (table[text[position - 1]] & SCAN_SPACE) || (unit < 0x80 && text[position - 1] >= 0x3000));
    if (!startsToken) return position + 1;
    int32_t end = position;
    int technical = (bits & SCAN_TECH_LEAD) != 0;
    while (end < length) {
        uint16_t inner = table[text[end]];
        if (inner & (SCAN_SPACE | SCAN_CJK_PUNCT)) break;
        if ((inner & SCAN_TECH_INSIDE) && end + 1 < length && !(table[text[end + 1]] & SCAN_SPACE)) technical = 1;
        end++;
    }
    if (technical) {
        *span = (tl_token_span){position, end, TL_SPAN_CANDIDATE};
        *emitted = 1;
    }
    return end > position ? end : position + 1;
}

int32_t tl_scan_technical_tokens(const uint16_t *text, int32_t length, const int32_t *notable, int32_t notableCount,
                                 tl_token_scan *state, tl_token_span *spans, int32_t capacity) {
    const uint16_t *table = classes();
    int32_t count = 0;
    int32_t next = state->notable;
    int32_t position = state->position;
    // Only a technical character, a backtick or "<" can make the scan report anything, and
    // all of them are notable: jump from one to the next. Between them the scan would only
    // step over plain tokens, which end at a space or CJK punctuation, after which it is
    // free again. So the scan resumes at the last such boundary before the character.
    while (next < notableCount && count < capacity) {
        int32_t target = notable[next++];
        if (target < position || !(table[text[target]] & SCAN_INTERESTING)) continue;
        int32_t resume = target;
        while (resume > position && !(table[text[resume - 1]] & (SCAN_SPACE | SCAN_CJK_PUNCT))) resume--;
        while (resume <= target) {
            int emitted;
            resume = scan_at(text, length, resume, table, &spans[count], &emitted);
            if (emitted) {
                count++;
                break;
            }
        }
        position = resume > target ? resume : target + 1;
    }
    state->notable = next;
    state->position = position;
    return count;
}

int32_t tl_scan_mixed_script_words(const uint16_t *text, const int32_t *starts, const int32_t *ends, int32_t count, int32_t *found) {
    const uint16_t *table = classes();  // half the size of the property table: more of it stays cached
    int32_t written = 0;
    for (int32_t word = 0; word < count; word++) {
        uint16_t bits = 0;
        for (int32_t index = starts[word]; index < ends[word]; index++) bits |= table[text[index]];
        found[written] = word;
        written += (bits & SCAN_LATIN) && (bits & (SCAN_CYRILLIC | SCAN_GREEK));
    }
    return written;
}

int32_t tl_scan_notable_shape(const uint16_t *text, const int32_t *notable, int32_t count, int32_t *symbols, int32_t *columnGaps) {
    const uint16_t *table = classes();
    int32_t lineBreaks = 0, codeSymbols = 0, gaps = 0;
    for (int32_t index = 0; index < count; index++) {
        int32_t offset = notable[index];
        uint16_t bits = table[text[offset]];
        lineBreaks += (bits & SCAN_LINE_BREAK) != 0;
        codeSymbols += (bits & SCAN_CODE_SYMBOL) != 0;
        // The third space of a run (notable offsets hold every space after a space).
        if (text[offset] == 0x20 && offset >= 2) gaps += text[offset - 1] == 0x20 && text[offset - 2] == 0x20;
    }
    *symbols = codeSymbols;
    *columnGaps = gaps;
    return lineBreaks;
}

int32_t tl_scan_line_ends(const uint16_t *text, int32_t start, int32_t end, int32_t *offsets) {
    int32_t count = 0;
    int32_t index = start;
    // Four units at a time: a block without a unit below U+000E has no CR or LF.
    while (index + 4 <= end) {
        uint64_t block;
        memcpy(&block, text + index, 8);
        uint64_t below = (block - 0x000E000E000E000EULL) & ~block & 0x8000800080008000ULL;
        if (below == 0) {
            index += 4;
            continue;
        }
        for (int32_t k = 0; k < 4; k++, index++) {
            offsets[count] = index;
            count += text[index] == 0x0A || text[index] == 0x0D;
        }
    }
    for (; index < end; index++) {
        offsets[count] = index;
        count += text[index] == 0x0A || text[index] == 0x0D;
    }
    return count;
}
