// Strict UTF-8 to UTF-16 decoding that reports where the input stops being UTF-8, so that a
// broken file can be named with its line instead of being silently repaired.

#include "ICUBridge.h"

#include <string.h>

#include <unicode/utf16.h>
#include <unicode/utf8.h>

int64_t tl_utf8_decode(const uint8_t *src, int64_t srcLength, uint16_t *dst,
                       int64_t *invalidOffset) {
    int64_t i = 0;
    int64_t out = 0;
    while (i < srcLength) {
        // Fast path: runs of ASCII, eight bytes at a time.
        while (i + 8 <= srcLength) {
            uint64_t chunk;
            __builtin_memcpy(&chunk, src + i, 8);
            if (chunk & 0x8080808080808080ULL) break;
            for (int k = 0; k < 8; k++) dst[out + k] = src[i + k];
            out += 8;
            i += 8;
        }
        if (i >= srcLength) break;
        uint8_t lead = src[i];
        if (lead < 0x80) {
            dst[out++] = lead;
            i++;
            continue;
        }
        // Two- and three-byte sequences (Latin-1 to Cyrillic, and CJK), checked as the
        // standard requires: no overlong forms, no surrogates.
        if (lead >= 0xC2 && lead <= 0xDF && i + 1 < srcLength && (src[i + 1] & 0xC0) == 0x80) {
            dst[out++] = (uint16_t)(((lead & 0x1F) << 6) | (src[i + 1] & 0x3F));
            i += 2;
            continue;
        }
        if (lead >= 0xE0 && lead <= 0xEF && i + 2 < srcLength && (src[i + 2] & 0xC0) == 0x80) {
            uint8_t second = src[i + 1];
            uint8_t low = lead == 0xE0 ? 0xA0 : 0x80;
            uint8_t high = lead == 0xED ? 0x9F : 0xBF;
            if (second >= low && second <= high) {
                dst[out++] = (uint16_t)(((lead & 0x0F) << 12) | ((second & 0x3F) << 6) | (src[i + 2] & 0x3F));
                i += 3;
                continue;
            }
        }
        // Anything else (four-byte sequences, errors): U8_NEXT works on int32_t offsets, so
        // decode one sequence from a window.
        int32_t window = (int32_t)((srcLength - i) < 4 ? (srcLength - i) : 4);
        int32_t k = 0;
        UChar32 c;
        U8_NEXT(src + i, k, window, c);
        if (c < 0) {
            if (invalidOffset) *invalidOffset = i;
            return -1;
        }
        if (c <= 0xFFFF) {
            dst[out++] = (uint16_t)c;
        } else {
            dst[out++] = (uint16_t)U16_LEAD(c);
            dst[out++] = (uint16_t)U16_TRAIL(c);
        }
        i += k;
    }
    return out;
}

int64_t tl_find_nul(const uint8_t *bytes, int64_t length) {
    const uint8_t *found = length > 0 ? memchr(bytes, 0, (size_t)length) : NULL;
    return found ? (int64_t)(found - bytes) : -1;
}
