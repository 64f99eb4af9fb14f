// What the format bridges share: a growable array and a pool of strings. Each bridge hands
// Swift flat records that name their strings by offset and length in one pool, so a parsed
// document is a few allocations however many nodes it has.

#ifndef BRIDGE_SUPPORT_H
#define BRIDGE_SUPPORT_H

#include <stddef.h>
#include <stdint.h>

// `array` with room for at least `needed` elements of `element` bytes (doubling from 64):
// the same pointer when it has room, a reallocated one otherwise, NULL when memory runs out
// or the size does not fit (then `array` is still valid and `*capacity` unchanged).
void *tl_grow(void *array, int32_t *capacity, size_t element, int32_t needed);

// Strings copied one after another, each followed by room for a terminating NUL.
typedef struct {
    char *bytes;
    int32_t length;
    int32_t capacity;
} tl_string_pool;

// Copies `length` bytes of `text` (ASCII-lowercased when `lowercase`) into the pool; returns
// their offset and sets `*stored` to the length, or returns -1 (and `*stored` 0) when `text`
// is NULL, the pool would pass 1 GB, or memory runs out.
int32_t tl_pool_add(tl_string_pool *pool, const char *text, size_t length, int lowercase, int32_t *stored);

void tl_pool_free(tl_string_pool *pool);

#endif
