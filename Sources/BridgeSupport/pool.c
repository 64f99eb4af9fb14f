// See BridgeSupport.h.

#include "BridgeSupport.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

void *tl_grow(void *array, int32_t *capacity, size_t element, int32_t needed) {
    if (needed <= *capacity) return array;
    int64_t size = *capacity ? *capacity : 64;
    while (size < needed) size *= 2;
    if (size > INT32_MAX || (uint64_t)size > SIZE_MAX / element) return NULL;
    void *grown = realloc(array, element * (size_t)size);
    if (grown) *capacity = (int32_t)size;
    return grown;
}

int32_t tl_pool_add(tl_string_pool *pool, const char *text, size_t length, int lowercase, int32_t *stored) {
    *stored = 0;
    if (text == NULL || length > (size_t)(INT32_MAX / 2 - pool->length)) return -1;
    char *bytes = tl_grow(pool->bytes, &pool->capacity, 1, pool->length + (int32_t)length + 1);
    if (bytes == NULL) return -1;
    pool->bytes = bytes;
    int32_t offset = pool->length;
    if (lowercase) {
        for (size_t i = 0; i < length; i++) bytes[offset + (int32_t)i] = (char)tolower((unsigned char)text[i]);
    } else if (length > 0) {
        memcpy(bytes + offset, text, length);
    }
    pool->length += (int32_t)length;
    bytes[pool->length] = 0;
    *stored = (int32_t)length;
    return offset;
}

void tl_pool_free(tl_string_pool *pool) {
    free(pool->bytes);
    pool->bytes = NULL;
    pool->length = pool->capacity = 0;
}
