// Case-insensitive word identity for the duplication detectors: fold once, hash, compare.

#include "ICUBridge.h"
#include "TextKernels.h"

#include <unicode/uchar.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>

#include <string.h>

// The hash itself (seed, block mixing, finisher) is defined once, in TextKernels.h; here
// the text is folded through ICU, one code point at a time, for any text (astral too).

uint64_t tl_fold_hash(const uint16_t *text, int32_t length) {
    uint64_t hash = tk_fold_hash_seed;
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
                hash = tk_fold_hash_mix(hash, lanes);
                lanes = 0;
            }
        }
    }
    if (count & 3) hash = tk_fold_hash_mix(hash, lanes);
    return tk_fold_hash_finish(hash, count);
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
