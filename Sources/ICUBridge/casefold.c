// Case-insensitive word identity for the duplication detectors: fold once, hash, compare.

#include "ICUBridge.h"

#include <unicode/uchar.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>

#include <string.h>

static inline uint64_t finish(uint64_t hash) {
    hash ^= hash >> 33;
    hash *= 0xff51afd7ed558ccdULL;
    hash ^= hash >> 33;
    return hash;
}

// Most words fold to at most eight BMP characters. Those are hashed as two 64-bit words of
// four 16-bit lanes each, with their count: the same value whether the lanes were read
// straight from the text (tl_fold_hash_ranges) or built one folded code point at a time.
static inline uint64_t hash_short(uint64_t low, uint64_t high, int32_t count) {
    uint64_t hash = (low ^ 0xcbf29ce484222325ULL) * 0x9E3779B97F4A7C15ULL;
    hash ^= hash >> 32;
    hash = (hash ^ high ^ ((uint64_t)count << 56)) * 0x9E3779B97F4A7C15ULL;
    return finish(hash);
}

// Lowercases four ASCII lanes at once: a lane gets 0x20 added when it lies in 'A'...'Z'.
static inline uint64_t lower_lanes(uint64_t lanes) {
    uint64_t upper = (lanes + 0x003F003F003F003FULL) & ~(lanes + 0x0025002500250025ULL) & 0x0080008000800080ULL;
    return lanes | (upper >> 2);
}

// The next code point of `text` from `*i`, case-folded (simple folding); advances `*i`.
static inline UChar32 next_folded(const uint16_t *text, int32_t *i, int32_t length) {
    UChar32 c = text[*i];
    if (c < 0x80) {
        // ASCII, the bulk of most text: no surrogate check, no table look-up.
        (*i)++;
        return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    }
    U16_NEXT(text, *i, length, c);
    return u_foldCase(c, U_FOLD_CASE_DEFAULT);
}

// Anything else: folded code points (21 bits each) packed three to a 64-bit word and mixed a
// word at a time, then the tail with its length.
static uint64_t hash_long(const uint16_t *text, int32_t length) {
    uint64_t hash = 0xcbf29ce484222325ULL;
    uint64_t pack = 0;
    int packed = 0;
    int32_t i = 0;
    while (i < length) {
        UChar32 c = next_folded(text, &i, length);
        pack = (pack << 21) | (uint64_t)(uint32_t)c;
        if (++packed == 3) {
            hash = (hash ^ pack) * 0x9E3779B97F4A7C15ULL;
            hash ^= hash >> 32;
            pack = 0;
            packed = 0;
        }
    }
    hash = (hash ^ pack ^ ((uint64_t)packed << 63)) * 0x9E3779B97F4A7C15ULL;
    return finish(hash);
}

uint64_t tl_fold_hash(const uint16_t *text, int32_t length) {
    uint64_t lanes[2] = {0, 0};
    int32_t count = 0;
    int32_t i = 0;
    while (i < length) {
        UChar32 c = next_folded(text, &i, length);
        if (c >= 0x10000 || count == 8) return hash_long(text, length);
        lanes[count >> 2] |= (uint64_t)c << (16 * (count & 3));
        count++;
    }
    return hash_short(lanes[0], lanes[1], count);
}

void tl_fold_hash_ranges(const uint16_t *text, int32_t textLength, const int32_t *starts, const int32_t *ends, int32_t count,
                         uint64_t *hashes) {
    const uint16_t *folds = tl_char_fold_table();
    for (int32_t index = 0; index < count; index++) {
        int32_t start = starts[index];
        int32_t length = ends[index] - start;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
        // A short word read as two 64-bit loads (the text continues past it, or this is not
        // taken), masked to its length: if every lane is ASCII, lowercase and hash in place.
        if (length <= 8 && start + 8 <= textLength) {
            uint64_t low, high;
            memcpy(&low, text + start, 8);
            memcpy(&high, text + start + 4, 8);
            low &= length >= 4 ? ~0ULL : ((1ULL << (16 * length)) - 1);
            high &= length <= 4 ? 0 : (length == 8 ? ~0ULL : ((1ULL << (16 * (length - 4))) - 1));
            if (((low | high) & 0xFF80FF80FF80FF80ULL) == 0) {
                hashes[index] = hash_short(lower_lanes(low), lower_lanes(high), length);
                continue;
            }
            // Other BMP text (Cyrillic, Greek, accented Latin): fold each unit from the table.
            uint64_t lanes[2] = {0, 0};
            int32_t position = 0;
            for (; position < length; position++) {
                uint16_t unit = text[start + position];
                uint16_t folded = folds[unit];
                if ((unit & 0xF800) == 0xD800 || (folded == 0xFFFF && unit != 0xFFFF)) break;
                lanes[position >> 2] |= (uint64_t)folded << (16 * (position & 3));
            }
            if (position == length) {
                hashes[index] = hash_short(lanes[0], lanes[1], length);
                continue;
            }
        }
#endif
        hashes[index] = tl_fold_hash(text + start, length);
    }
}

int32_t tl_fold_equal(const uint16_t *a, int32_t aLength, const uint16_t *b, int32_t bLength) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t order = u_strCaseCompare((const UChar *)a, aLength, (const UChar *)b, bLength,
                                     U_FOLD_CASE_DEFAULT, &status);
    return U_SUCCESS(status) && order == 0;
}

int32_t tl_fold(const uint16_t *text, int32_t length, uint16_t *dst, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t written = u_strFoldCase((UChar *)dst, capacity, (const UChar *)text, length,
                                    U_FOLD_CASE_DEFAULT, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR || status == U_STRING_NOT_TERMINATED_WARNING ||
        U_SUCCESS(status)) {
        return written;
    }
    return -(int32_t)status;
}
