// Break iterators (character, word, line, sentence). A tl_breaker owns one UBreakIterator;
// the Swift side keeps it for the life of a worker and re-points it at each text.

#include "ICUBridge.h"

#include <stdlib.h>
#include <unicode/ubrk.h>

struct tl_breaker {
    UBreakIterator *iterator;
    int32_t position;
};

tl_breaker *tl_breaker_open(int32_t kind, const char *locale, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_open((UBreakIteratorType)kind, locale, NULL, 0, &error);
    if (U_FAILURE(error)) {
        if (status) *status = (int32_t)error;
        return NULL;
    }
    tl_breaker *breaker = malloc(sizeof(tl_breaker));
    if (!breaker) {
        ubrk_close(iterator);
        if (status) *status = U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    breaker->iterator = iterator;
    breaker->position = 0;
    if (status) *status = 0;
    return breaker;
}

void tl_breaker_close(tl_breaker *breaker) {
    if (!breaker) return;
    ubrk_close(breaker->iterator);
    free(breaker);
}

int32_t tl_breaker_set_text(tl_breaker *breaker, const uint16_t *text, int32_t length) {
    UErrorCode error = U_ZERO_ERROR;
    ubrk_setText(breaker->iterator, (const UChar *)text, length, &error);
    breaker->position = 0;
    return U_FAILURE(error) ? (int32_t)error : 0;
}

int32_t tl_breaker_next_boundaries(tl_breaker *breaker, int32_t *boundaries, int32_t capacity) {
    int32_t count = 0;
    while (count < capacity) {
        int32_t next = ubrk_next(breaker->iterator);
        if (next == UBRK_DONE) break;
        boundaries[count++] = next;
        breaker->position = next;
    }
    return count;
}

int32_t tl_breaker_next_words(tl_breaker *breaker, int32_t *starts, int32_t *ends,
                              int32_t *statuses, int32_t capacity) {
    int32_t count = 0;
    while (count < capacity) {
        int32_t next = ubrk_next(breaker->iterator);
        if (next == UBRK_DONE) break;
        int32_t status = ubrk_getRuleStatus(breaker->iterator);
        if (status >= UBRK_WORD_NUMBER) {
            starts[count] = breaker->position;
            ends[count] = next;
            statuses[count] = status;
            count++;
        }
        breaker->position = next;
    }
    return count;
}
