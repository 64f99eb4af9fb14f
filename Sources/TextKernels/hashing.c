// Case-folded word hashes for a whole document in one call, and the bucket-map look-ups the
// function-word tally makes for every word. The hash and the bucket layout are defined in
// TextKernels.h.

#include "TextKernels.h"

#include <string.h>

// Lowercases four ASCII lanes at once: a lane gets 0x20 added when it lies in 'A'...'Z'.
static inline uint64_t lower_lanes(uint64_t lanes) {
    uint64_t upper = (lanes + 0x003F003F003F003FULL) & ~(lanes + 0x0025002500250025ULL) & 0x0080008000800080ULL;
    return lanes | (upper >> 2);
}

int32_t tk_fold_hash_ranges(const uint16_t *text, int32_t textLength, const int32_t *starts, const int32_t *ends, int32_t count,
                            const uint16_t *folds, uint64_t *hashes, int32_t *slow) {
    int32_t slowCount = 0;
    for (int32_t index = 0; index < count; index++) {
        int32_t start = starts[index];
        int32_t length = ends[index] - start;
        uint64_t hash = tk_fold_hash_seed;
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
                    hash = tk_fold_hash_mix(hash, lower_lanes(lanes));
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
            if (k < width) break;  // a surrogate: the whole word takes the caller's slow path
            hash = tk_fold_hash_mix(hash, lanes);
        }
        if (block >= length) {
            hashes[index] = tk_fold_hash_finish(hash, length);
        } else {
            hashes[index] = 0;
            slow[slowCount++] = index;
        }
    }
    return slowCount;
}

void tk_bucket_lookup(const uint64_t *hashes, int32_t count, const uint64_t *keys, const uint32_t *values, int64_t bucketMask,
                      uint32_t *found) {
    // Selects, not jumps: about half the words are in the table, so a branch on it would be
    // mispredicted half the time.
    for (int32_t index = 0; index < count; index++) found[index] = tk_bucket_value(hashes[index], keys, values, bucketMask);
}
