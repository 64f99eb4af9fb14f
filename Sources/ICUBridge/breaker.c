// Break iterators (character, word, line, sentence). A tl_breaker owns one UBreakIterator;
// the Swift side keeps it for the life of a worker and re-points it at each text.

#include "ICUBridge.h"
#include "wordscan.h"

#include <stdlib.h>
#include <unicode/ubrk.h>

struct tl_breaker {
    UBreakIterator *iterator;
    int32_t position;
    // Word iteration piece by piece (see wordscan.c): the text, the end of the current piece,
    // whether it is tokenised here, and where ICU's copy of it starts in the text.
    int32_t usesWordScan;
    const uint16_t *text;
    int32_t length;
    int32_t pieceEnd;
    int32_t pieceIsFast;
    int32_t iterating;
};

static int32_t icu_words(UBreakIterator *iterator, int32_t *position, int32_t offset, int32_t *starts, int32_t *ends, int32_t *statuses,
                         int32_t capacity);

/// Whether the fast tokeniser finds exactly what `iterator` finds on probe strings that
/// exercise every joining rule with the characters locales tailor: if not (Swedish, POSIX),
/// this locale's words all come from ICU.
static int32_t word_scan_agrees(UBreakIterator *iterator) {
    static const uint16_t characters[] = {'a', '1', '.', ',', ';', ':', '\'', '_', '@', '-', '/', '"', 0x2019, 0x2018, 0x2024, 0xB7, 0x387,
                                          0xFE13, 0xFE50, 0xFE52, 0xFE54, 0xFE55, 0xFF07, 0xFF0C, 0xFF0E, 0xFF1A, 0xFF1B, 0x202F, 0xE9, 0x430};
    static const char *contexts[] = {"aXa", "1X1", "XaX", "X1X", "aX1", "1Xa", "X.X", "X'X", "X", "XX", "X X", "_X_"};
    int32_t count = (int32_t)(sizeof characters / sizeof *characters);
    int32_t contextCount = (int32_t)(sizeof contexts / sizeof *contexts);
    int32_t aStarts[16], aEnds[16], aStatuses[16], bStarts[16], bEnds[16], bStatuses[16];
    for (int32_t c = 0; c < count; c++) {
        for (int32_t k = 0; k < contextCount; k++) {
            uint16_t text[8];
            int32_t length = 0;
            for (const char *p = contexts[k]; *p; p++) text[length++] = *p == 'X' ? characters[c] : (uint16_t)*p;
            UErrorCode error = U_ZERO_ERROR;
            ubrk_setText(iterator, text, length, &error);
            int32_t position = 0;
            int32_t found = icu_words(iterator, &position, 0, aStarts, aEnds, aStatuses, 16);
            int32_t scanned = 0, from = 0, allFast = 1;
            while (from < length && allFast) {
                int32_t end = tl_wordscan_next_piece(text, length, from, &allFast);
                if (allFast) scanned += tl_wordscan_tokens(text, &from, end, bStarts + scanned, bEnds + scanned, bStatuses + scanned, 16 - scanned);
            }
            if (!allFast) continue;  // a character ICU alone segments: nothing to compare
            if (found != scanned) return 0;
            for (int32_t i = 0; i < found; i++) {
                if (aStarts[i] != bStarts[i] || aEnds[i] != bEnds[i] || aStatuses[i] != bStatuses[i]) return 0;
            }
        }
    }
    return 1;
}

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
    breaker->usesWordScan = 0;
    breaker->iterating = 0;
    if (kind == TL_BREAK_WORD) {
        tl_wordscan_prepare();
        breaker->usesWordScan = word_scan_agrees(iterator);
    }
    if (status) *status = 0;
    return breaker;
}

void tl_breaker_close(tl_breaker *breaker) {
    if (!breaker) return;
    ubrk_close(breaker->iterator);
    free(breaker);
}

int32_t tl_breaker_set_text(tl_breaker *breaker, const uint16_t *text, int32_t length) {
    breaker->position = 0;
    breaker->text = text;
    breaker->length = length;
    breaker->pieceEnd = 0;
    breaker->pieceIsFast = 1;
    breaker->iterating = 0;
    UErrorCode error = U_ZERO_ERROR;
    ubrk_setText(breaker->iterator, (const UChar *)text, length, &error);
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

/// ICU's words from its current position on, offsets shifted by `offset`.
static int32_t icu_words(UBreakIterator *iterator, int32_t *position, int32_t offset, int32_t *starts, int32_t *ends, int32_t *statuses,
                         int32_t capacity) {
    int32_t count = 0;
    while (count < capacity) {
        int32_t next = ubrk_next(iterator);
        if (next == UBRK_DONE) break;
        int32_t status = ubrk_getRuleStatus(iterator);
        if (status >= UBRK_WORD_NUMBER) {
            starts[count] = *position + offset;
            ends[count] = next + offset;
            statuses[count] = status;
            count++;
        }
        *position = next;
    }
    return count;
}

int32_t tl_breaker_next_words(tl_breaker *breaker, int32_t *starts, int32_t *ends, int32_t *statuses, int32_t capacity) {
    if (!breaker->usesWordScan) return icu_words(breaker->iterator, &breaker->position, 0, starts, ends, statuses, capacity);
    // Piece by piece: `position` is where the fast tokeniser stands, or (while ICU segments a
    // piece) ICU's position inside its copy of the piece, which starts at `iterating - 1`.
    int32_t count = 0;
    while (count < capacity) {
        if (breaker->iterating) {
            int32_t offset = breaker->iterating - 1;
            int32_t found = icu_words(breaker->iterator, &breaker->position, offset, starts + count, ends + count, statuses + count, capacity - count);
            count += found;
            if (count == capacity) break;
            breaker->iterating = 0;
            breaker->position = breaker->pieceEnd;
            continue;
        }
        if (breaker->position >= breaker->pieceEnd) {
            if (breaker->position >= breaker->length) break;
            breaker->pieceEnd = tl_wordscan_next_piece(breaker->text, breaker->length, breaker->position, &breaker->pieceIsFast);
            if (!breaker->pieceIsFast) {
                UErrorCode error = U_ZERO_ERROR;
                ubrk_setText(breaker->iterator, (const UChar *)(breaker->text + breaker->position), breaker->pieceEnd - breaker->position, &error);
                breaker->iterating = breaker->position + 1;
                breaker->position = 0;
                continue;
            }
        }
        count += tl_wordscan_tokens(breaker->text, &breaker->position, breaker->pieceEnd, starts + count, ends + count, statuses + count, capacity - count);
    }
    return count;
}

void tl_breaker_disable_word_scan(tl_breaker *breaker) { breaker->usesWordScan = 0; }

int32_t tl_breaker_uses_word_scan(const tl_breaker *breaker) { return breaker->usesWordScan; }
