// The fast word tokeniser's entry points (see wordscan.c); private to ICUBridge.
#ifndef TRANSLINT_WORDSCAN_H
#define TRANSLINT_WORDSCAN_H

#include <stdint.h>

/// The end of the next piece of `text` starting at `from` (a safe boundary): a safe boundary
/// itself. `*isFast` says whether the piece can be tokenised by `tl_wordscan_tokens`; if not,
/// ICU must segment it.
int32_t tl_wordscan_next_piece(const uint16_t *text, int32_t length, int32_t from, int32_t *isFast);
/// Tokenises a fast piece from `*position` to `end`, writing at most `capacity` words
/// (status >= 100) and advancing `*position` past what it consumed. Returns the count.
int32_t tl_wordscan_tokens(const uint16_t *text, int32_t *position, int32_t end, int32_t *starts, int32_t *ends, int32_t *statuses,
                           int32_t capacity);

#endif
