// Case-insensitive word identity for the duplication detectors: fold once, hash, compare.

#include "ICUBridge.h"

#include <unicode/uchar.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>

uint64_t tl_fold_hash(const uint16_t *text, int32_t length) {
    uint64_t hash = 0xcbf29ce484222325ULL;
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
        hash = (hash ^ (uint64_t)(uint32_t)c) * 0x100000001b3ULL;
    }
    // One multiply per code point leaves the high bits weak; a finaliser spreads them.
    hash ^= hash >> 33;
    hash *= 0xff51afd7ed558ccdULL;
    hash ^= hash >> 33;
    return hash;
}

void tl_fold_hash_ranges(const uint16_t *text, const int32_t *starts, const int32_t *ends, int32_t count, uint64_t *hashes) {
    for (int32_t index = 0; index < count; index++) {
        hashes[index] = tl_fold_hash(text + starts[index], ends[index] - starts[index]);
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
