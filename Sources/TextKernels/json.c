// Scans of JSON strings for the JSONL record reader: the stretches between escapes, eight
// bytes at a time, so that a record's text is copied in runs rather than byte by byte.

#include "TextKernels.h"

#include <string.h>

#define TK_ONES 0x0101010101010101ULL
#define TK_HIGHS 0x8080808080808080ULL

/// Whether any byte of `word` is zero (exact for the word as a whole).
static inline uint64_t has_zero(uint64_t word) { return (word - TK_ONES) & ~word & TK_HIGHS; }

int64_t tk_json_plain_run(const uint8_t *bytes, int64_t length) {
    int64_t i = 0;
    while (i + 8 <= length) {
        uint64_t word;
        memcpy(&word, bytes + i, 8);
        // A quote, a backslash, or a byte below 0x20 (below 0x20: subtracting 0x20 from each
        // byte borrows into its high bit where the byte's own high bit is clear).
        uint64_t special = has_zero(word ^ (TK_ONES * 0x22)) | has_zero(word ^ (TK_ONES * 0x5C)) | ((word - TK_ONES * 0x20) & ~word & TK_HIGHS);
        if (special) break;
        i += 8;
    }
    while (i < length) {
        uint8_t byte = bytes[i];
        if (byte == 0x22 || byte == 0x5C || byte < 0x20) break;
        i++;
    }
    return i;
}

int64_t tk_json_string_end(const uint8_t *bytes, int64_t length) {
    int64_t from = 0;
    while (from < length) {
        const uint8_t *quote = memchr(bytes + from, 0x22, (size_t)(length - from));
        if (!quote) return length;
        int64_t at = quote - bytes;
        // Escaped when an odd number of backslashes precede it.
        int64_t slashes = 0;
        while (at - slashes - 1 >= 0 && bytes[at - slashes - 1] == 0x5C) slashes++;
        if (slashes % 2 == 0) return at;
        from = at + 1;
    }
    return length;
}
