// Word segmentation without ICU's state machine where the rules are simple, and with it
// everywhere else.
//
// Why: ICU's word break iterator is the largest single cost of a check (a third of it on
// European text), yet on text made only of letters, digits, spaces and common punctuation
// the Unicode word rules (UAX #29) reduce to a handful of cases: letters and digits join,
// `_` joins both, and a full stop, apostrophe, comma or similar joins two letters or two
// digits. This file tokenises such text directly and hands every other stretch to ICU.
//
// Exactness: the text is cut only at *safe boundaries* — after a space or line break and
// before a character that is not a combining mark, format character or joiner. There the
// word rules break whatever lies around, and ICU starts its matching afresh, so ICU run on
// the piece between two safe boundaries finds exactly the words it finds in the whole text.
// Pieces made only of "fast" characters are tokenised here; every other piece goes to ICU.
// The character classes come from ICU's own Unicode properties, minus everything the rules
// or CLDR treat specially (scripts segmented by dictionary, Hebrew, kana, emoji, combining
// marks, regional indicators); `tl_wordscan_agrees` checks the result against the locale's
// ICU iterator on probe strings when the iterator is opened, and the fast path stays off
// for a locale whose rules differ (Swedish and Finnish treat `:` as a letter joiner, POSIX
// differs more). Tests compare both on every corpus text and on random strings.

#include "ICUBridge.h"
#include "wordscan.h"

#include <pthread.h>
#include <string.h>

#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>

enum {
    W_SLOW = 0,      // handled by ICU
    W_SLOW_EXFM,     // handled by ICU, and attaches to what precedes it (Extend, Format, ZWJ, surrogates)
    W_LETTER,
    W_NUMBER,
    W_MID_LETTER,
    W_MID_NUMBER,
    W_MID_NUMBER_LETTER,
    W_SINGLE_QUOTE,
    W_EXTEND_NUMBER_LETTER,
    W_SPACE,
    W_CR,
    W_LF,
    W_NEWLINE,
    W_OTHER
};

static uint8_t classes[0x10000];
static pthread_once_t classes_once = PTHREAD_ONCE_INIT;

static int is_special_script(UChar32 c) {
    UErrorCode error = U_ZERO_ERROR;
    UScriptCode script = uscript_getScript(c, &error);
    switch (script) {
    case USCRIPT_HAN: case USCRIPT_HIRAGANA: case USCRIPT_KATAKANA: case USCRIPT_HANGUL: case USCRIPT_THAI: case USCRIPT_LAO:
    case USCRIPT_KHMER: case USCRIPT_MYANMAR: case USCRIPT_HEBREW:
        return 1;
    default:
        return 0;
    }
}

// Long: one case per Word_Break value; a flat switch reads better than a table of pairs.
static void build_classes(void) {
    for (UChar32 c = 0; c < 0x10000; c++) {
        if (c >= 0xD800 && c < 0xE000) {
            classes[c] = W_SLOW_EXFM;  // a supplementary character may be a modifier
            continue;
        }
        uint8_t class = W_SLOW;
        switch (u_getIntPropertyValue(c, UCHAR_WORD_BREAK)) {
        case U_WB_ALETTER: class = W_LETTER; break;
        case U_WB_NUMERIC: class = W_NUMBER; break;
        case U_WB_MIDLETTER: class = W_MID_LETTER; break;
        case U_WB_MIDNUM: class = W_MID_NUMBER; break;
        case U_WB_MIDNUMLET: class = W_MID_NUMBER_LETTER; break;
        case U_WB_SINGLE_QUOTE: class = W_SINGLE_QUOTE; break;
        case U_WB_EXTENDNUMLET: class = W_EXTEND_NUMBER_LETTER; break;
        case U_WB_WSEGSPACE: class = W_SPACE; break;
        case U_WB_CR: class = W_CR; break;
        case U_WB_LF: class = W_LF; break;
        case U_WB_NEWLINE: class = W_NEWLINE; break;
        case U_WB_OTHER: case U_WB_DOUBLE_QUOTE: class = W_OTHER; break;
        case U_WB_EXTEND: case U_WB_FORMAT: case U_WB_ZWJ: class = W_SLOW_EXFM; break;
        default: class = W_SLOW; break;
        }
        if (class >= W_LETTER) {
            int32_t lineBreak = u_getIntPropertyValue(c, UCHAR_LINE_BREAK);
            if (u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC) || lineBreak == U_LB_COMPLEX_CONTEXT || lineBreak == U_LB_IDEOGRAPHIC
                || is_special_script(c)) {
                class = W_SLOW;
            }
        }
        classes[c] = class;
    }
    // ICU's rules differ from the property here: `@` counts as a letter (e-mail addresses),
    // and CLDR's root rules take the colons out of MidLetter.
    classes[0x40] = W_LETTER;
    classes[0x3A] = W_OTHER;
    classes[0xFE55] = W_OTHER;
    classes[0xFF1A] = W_OTHER;
}

void tl_wordscan_prepare(void) { pthread_once(&classes_once, build_classes); }

static inline int is_fast(uint8_t class) { return class >= W_LETTER; }
static inline int is_white(uint8_t class) { return class == W_SPACE || class == W_CR || class == W_LF || class == W_NEWLINE; }

/// Whether the word rules certainly break at `q` whatever lies beyond its two neighbours.
static inline int is_safe(const uint16_t *text, int32_t length, int32_t q) {
    if (q <= 0 || q >= length) return 1;
    uint8_t before = classes[text[q - 1]];
    uint8_t after = classes[text[q]];
    if (!is_white(before) || after == W_SLOW_EXFM) return 0;
    if (before == W_CR && after == W_LF) return 0;
    if (before == W_SPACE && after == W_SPACE) return 0;
    return 1;
}

int32_t tl_wordscan_next_piece(const uint16_t *text, int32_t length, int32_t from, int32_t *isFast) {
    int32_t fastEnd = from;
    while (fastEnd < length && is_fast(classes[text[fastEnd]])) fastEnd++;
    int32_t q = fastEnd;
    while (q > from && !is_safe(text, length, q)) q--;
    if (q > from) {
        *isFast = 1;
        return q;
    }
    int32_t r = fastEnd + 1;
    while (r < length && !is_safe(text, length, r)) r++;
    *isFast = 0;
    return r < length ? r : length;
}

// Long: the word rules of UAX #29 for the fast classes, one case per rule, kept together so
// that they can be read against the standard.
int32_t tl_wordscan_tokens(const uint16_t *text, int32_t *position, int32_t end, int32_t *starts, int32_t *ends, int32_t *statuses,
                           int32_t capacity) {
    int32_t count = 0;
    int32_t i = *position;
    while (i < end && count < capacity) {
        int32_t start = i;
        uint8_t class = classes[text[i]];
        i++;
        if (class == W_CR) {
            if (i < end && classes[text[i]] == W_LF) i++;  // WB3
            continue;
        }
        if (class == W_SPACE) {
            while (i < end && classes[text[i]] == W_SPACE) i++;  // WB3d
            continue;
        }
        if (class != W_LETTER && class != W_NUMBER && class != W_EXTEND_NUMBER_LETTER) continue;  // WB999
        // ICU's status is that of the rule that took the last character: a letter 200, a
        // digit 100; `_` keeps a number's 100 and makes anything else 200 (one `_` alone: 0).
        int32_t status = class == W_LETTER ? UBRK_WORD_LETTER : class == W_NUMBER ? UBRK_WORD_NUMBER : UBRK_WORD_NONE;
        uint8_t previous = class;
        while (i < end) {
            uint8_t current = classes[text[i]];
            // The common case first: a letter after a letter (WB5), in a tight loop.
            if (current == W_LETTER && previous == W_LETTER) {
                do { i++; } while (i < end && classes[text[i]] == W_LETTER);
                continue;
            }
            uint8_t next = i + 1 < end ? classes[text[i + 1]] : W_OTHER;
            int joins = previous == W_LETTER || previous == W_NUMBER || previous == W_EXTEND_NUMBER_LETTER;
            if (current == W_LETTER && joins) {  // WB5, WB10, WB13b
                status = UBRK_WORD_LETTER;
            } else if (current == W_NUMBER && joins) {  // WB8, WB9, WB13b
                status = UBRK_WORD_NUMBER;
            } else if (current == W_EXTEND_NUMBER_LETTER && joins) {  // WB13a
                if (previous != W_NUMBER) status = UBRK_WORD_LETTER;
            } else if (previous == W_LETTER && next == W_LETTER
                       && (current == W_MID_LETTER || current == W_MID_NUMBER_LETTER || current == W_SINGLE_QUOTE)) {  // WB6, WB7
                i++;
                current = W_LETTER;
                status = UBRK_WORD_LETTER;
            } else if (previous == W_NUMBER && next == W_NUMBER
                       && (current == W_MID_NUMBER || current == W_MID_NUMBER_LETTER || current == W_SINGLE_QUOTE)) {  // WB11, WB12
                i++;
                current = W_NUMBER;
                status = UBRK_WORD_NUMBER;
            } else {
                break;
            }
            previous = current;
            i++;
        }
        if (status >= UBRK_WORD_NUMBER) {
            starts[count] = start;
            ends[count] = i;
            statuses[count] = status;
            count++;
        }
    }
    *position = i;
    return count;
}
