// Case-insensitive word identity for the duplication detectors: fold once, hash, compare.

#include "ICUBridge.h"

#include <unicode/uchar.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>

#include <string.h>

static inline uint64_t finish(uint64_t hash, int32_t count) {
    hash = (hash ^ (uint64_t)(uint32_t)count) * 0x9E3779B97F4A7C15ULL;
    hash ^= hash >> 33;
    hash *= 0xff51afd7ed558ccdULL;
    hash ^= hash >> 33;
    return hash;
}

// The hash is defined on the case-folded text as UTF-16 units, four 16-bit lanes to a 64-bit
// block, each block multiply-xor mixed, and the unit count mixed in at the end. Reading the
// blocks straight from the text (tl_fold_hash_ranges) or building them one folded code
// point at a time (tl_fold_hash) gives the same value.
static const uint64_t seed = 0xcbf29ce484222325ULL;

static inline uint64_t mix_block(uint64_t hash, uint64_t lanes) {
    hash = (hash ^ lanes) * 0x9E3779B97F4A7C15ULL;
    return hash ^ (hash >> 32);
}

// Lowercases four ASCII lanes at once: a lane gets 0x20 added when it lies in 'A'...'Z'.
static inline uint64_t lower_lanes(uint64_t lanes) {
    uint64_t upper = (lanes + 0x003F003F003F003FULL) & ~(lanes + 0x0025002500250025ULL) & 0x0080008000800080ULL;
    return lanes | (upper >> 2);
}

uint64_t tl_fold_hash(const uint16_t *text, int32_t length) {
    uint64_t hash = seed;
    uint64_t lanes = 0;
    int32_t count = 0;
    int32_t i = 0;
    while (i < length) {
        UChar32 c = text[i];
        if (c < 0x80) {
            // ASCII, the bulk of most text: no surrogate check, no table look-up.
            if (c >= 'A' && c <= 'Z') c += 32;
            i++;
        } else {
            U16_NEXT(text, i, length, c);
            c = u_foldCase(c, U_FOLD_CASE_DEFAULT);
        }
        uint16_t units[2];
        int32_t emitted = 0;
        if (c <= 0xFFFF) {
            units[emitted++] = (uint16_t)c;
        } else {
            units[emitted++] = (uint16_t)U16_LEAD(c);
            units[emitted++] = (uint16_t)U16_TRAIL(c);
        }
        for (int32_t k = 0; k < emitted; k++) {
            lanes |= (uint64_t)units[k] << (16 * (count & 3));
            if ((++count & 3) == 0) {
                hash = mix_block(hash, lanes);
                lanes = 0;
            }
        }
    }
    if (count & 3) hash = mix_block(hash, lanes);
    return finish(hash, count);
}

void tl_fold_hash_ranges(const uint16_t *text, int32_t textLength, const int32_t *starts, const int32_t *ends, int32_t count,
                         uint64_t *hashes) {
    const uint16_t *folds = tl_char_fold_table();
    for (int32_t index = 0; index < count; index++) {
        int32_t start = starts[index];
        int32_t length = ends[index] - start;
        uint64_t hash = seed;
        int32_t block = 0;
        for (; block < length; block += 4) {
            int32_t width = length - block < 4 ? length - block : 4;
            const uint16_t *units = text + start + block;
            uint64_t lanes = 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
            // Four units in one load (the text continues past them, or this is not taken),
            // masked to the word: all ASCII, the common case, lowercases in place.
            if (start + block + 4 <= textLength) {
                memcpy(&lanes, units, 8);
                if (width < 4) lanes &= (1ULL << (16 * width)) - 1;
                if ((lanes & 0xFF80FF80FF80FF80ULL) == 0) {
                    hash = mix_block(hash, lower_lanes(lanes));
                    continue;
                }
                lanes = 0;
            }
#endif
            // Other BMP text (accented Latin, Cyrillic, Greek): fold each unit from the table.
            int32_t k = 0;
            for (; k < width; k++) {
                uint16_t unit = units[k];
                uint16_t folded = folds[unit];
                if ((unit & 0xF800) == 0xD800 || (folded == 0xFFFF && unit != 0xFFFF)) break;
                lanes |= (uint64_t)folded << (16 * k);
            }
            if (k < width) break;  // a surrogate: the whole word takes the slow path
            hash = mix_block(hash, lanes);
        }
        hashes[index] = block >= length ? finish(hash, length) : tl_fold_hash(text + start, length);
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

void tl_bucket_lookup(const uint64_t *hashes, int32_t count, const uint64_t *keys, const uint32_t *values, int64_t bucketMask,
                      uint32_t *found) {
    for (int32_t index = 0; index < count; index++) {
        uint64_t key = hashes[index];
        int64_t base = (int64_t)(((key * 0x9E3779B97F4A7C15ULL) >> 40) & (uint64_t)bucketMask) * 4;
        // Selects, not jumps: about half the words are in the table, so a branch on it would
        // be mispredicted half the time.
        uint32_t value = 0;
        for (int slot = 0; slot < 4; slot++) {
            uint32_t candidate = values[base + slot];
            value |= __builtin_unpredictable(keys[base + slot] == key) ? candidate : 0;
        }
        found[index] = value;
    }
}
