// Case-insensitive word identity for the duplication detectors: fold once, hash, compare.

#include "ICUBridge.h"

#include <unicode/uchar.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>

uint64_t tl_fold_hash(const uint16_t *text, int32_t length) {
    uint64_t hash = 0xcbf29ce484222325ULL;
    // Folded code points (21 bits each) are packed three to a 64-bit word and mixed a word at
    // a time: a multiply per character made hashing every word of a document a serial chain
    // of multiplies.
    uint64_t pack = 0;
    int packed = 0;
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
        pack = (pack << 21) | (uint64_t)(uint32_t)c;
        if (++packed == 3) {
            hash = (hash ^ pack) * 0x9E3779B97F4A7C15ULL;
            hash ^= hash >> 32;
            pack = 0;
            packed = 0;
        }
    }
    // The tail, with its length, so that "ab" and "ab" + NUL differ.
    hash = (hash ^ pack ^ ((uint64_t)packed << 63)) * 0x9E3779B97F4A7C15ULL;
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
