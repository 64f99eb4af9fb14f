// Strict UTF-8 to UTF-16 decoding that reports where the input stops being UTF-8, so that a
// broken file can be named with its line instead of being silently repaired.

#include "ICUBridge.h"

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
        // U8_NEXT works on int32_t offsets: decode one sequence from a window.
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
