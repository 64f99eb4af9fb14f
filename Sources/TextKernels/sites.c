// Character sites: the units detectors look at (punctuation, quotation marks, brackets, line
// breaks, runs of spaces, invisible and special characters), found in one pass per document.

#include "TextKernels.h"

#include <string.h>

// Eight UTF-16 units as one vector (clang's portable vector extensions: SSE2 on x86-64,
// NEON on arm64; comparisons give all-ones or zero per lane).
typedef uint16_t units8 __attribute__((vector_size(16)));

// Which of eight units are certainly not sites: ASCII letters and digits, Latin-1 letters
// (À...ÿ but × and ÷), basic Cyrillic letters (U+0410...U+044F), and spaces that do not
// follow a space (`previous` is the unit before the block). The scan table never marks these
// notable (TextCore's tests hold it to that), so classifying them here first changes no
// result. One bit per lane; also notes which alphabets' letters were seen.
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

static inline uint16_t site_class(uint16_t unit, uint16_t before, const uint16_t *siteTable) {
    return (unit == 0x20 && before == 0x20) ? (uint16_t)TK_SITE_SPACE_RUN : siteTable[unit];
}

int32_t tk_scan_sites(const uint16_t *text, int32_t start, int32_t end, const uint16_t *table, const uint16_t *siteTable,
                      int32_t *offsets, uint16_t *classes, uint32_t *alphabets) {
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
            if ((bits & TK_SCAN_NOTABLE) || (unit == 0x20 && before == 0x20)) {
                offsets[count] = index + lane;
                classes[count] = site_class(unit, before, siteTable);
                count++;
            }
        }
        previous = v[7];
        index += 8;
    }
#endif
    if (hasLatin) seen |= TK_SCAN_LATIN;
    if (hasCyrillic) seen |= TK_SCAN_CYRILLIC;
    for (; index < end; index++) {
        uint16_t unit = text[index];
        uint16_t bits = table[unit];
        int notable = (bits & TK_SCAN_NOTABLE) != 0;
        notable |= (unit == 0x20) & (previous == 0x20);
        // Written always, kept only when notable: no branch.
        offsets[count] = index;
        classes[count] = site_class(unit, previous, siteTable);
        count += notable;
        seen |= bits;
        previous = unit;
    }
    *alphabets |= ((seen & TK_SCAN_LATIN) ? TK_ALPHABET_LATIN : 0) | ((seen & TK_SCAN_CYRILLIC) ? TK_ALPHABET_CYRILLIC : 0) |
                  ((seen & TK_SCAN_GREEK) ? TK_ALPHABET_GREEK : 0);
    return count;
}

int32_t tk_scan_line_ends(const uint16_t *text, int32_t start, int32_t end, int32_t *offsets) {
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

int32_t tk_mixed_script_stretches(const uint16_t *text, const int32_t *starts, const int32_t *ends, int32_t count,
                                  const uint16_t *table, int32_t *found) {
    int32_t written = 0;
    for (int32_t word = 0; word < count; word++) {
        uint16_t bits = 0;
        for (int32_t index = starts[word]; index < ends[word]; index++) bits |= table[text[index]];
        found[written] = word;
        written += (bits & TK_SCAN_LATIN) && (bits & (TK_SCAN_CYRILLIC | TK_SCAN_GREEK));
    }
    return written;
}
