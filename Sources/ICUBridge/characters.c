// Character properties as one bit set per code point, so Swift detectors can classify text
// with a table lookup instead of a dozen ICU calls per character.

#include "ICUBridge.h"

#include <pthread.h>
#include <stdlib.h>

#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>

_Static_assert(TL_SCRIPT_COMMON == USCRIPT_COMMON, "script code");
_Static_assert(TL_SCRIPT_INHERITED == USCRIPT_INHERITED, "script code");
_Static_assert(TL_SCRIPT_CYRILLIC == USCRIPT_CYRILLIC, "script code");
_Static_assert(TL_SCRIPT_GREEK == USCRIPT_GREEK, "script code");
_Static_assert(TL_SCRIPT_LATIN == USCRIPT_LATIN, "script code");
_Static_assert(TL_WORD_NUMBER == UBRK_WORD_NUMBER, "word status");

// Long: one line per property bit, in the order of the header's list; a flat table of ICU
// calls reads best as one.
uint32_t tl_char_properties(int32_t c) {
    uint32_t bits = 0;
    int8_t type = u_charType(c);
    switch (type) {
    case U_UPPERCASE_LETTER:
    case U_TITLECASE_LETTER:
        bits |= TL_CHAR_UPPER;
        break;
    case U_LOWERCASE_LETTER:
        bits |= TL_CHAR_LOWER;
        break;
    case U_DECIMAL_DIGIT_NUMBER:
        bits |= TL_CHAR_DIGIT;
        break;
    case U_INITIAL_PUNCTUATION:
        bits |= TL_CHAR_INITIAL_PUNCT | TL_CHAR_PUNCTUATION;
        break;
    case U_FINAL_PUNCTUATION:
        bits |= TL_CHAR_FINAL_PUNCT | TL_CHAR_PUNCTUATION;
        break;
    case U_START_PUNCTUATION:
        bits |= TL_CHAR_OPEN_PUNCT | TL_CHAR_PUNCTUATION;
        break;
    case U_END_PUNCTUATION:
        bits |= TL_CHAR_CLOSE_PUNCT | TL_CHAR_PUNCTUATION;
        break;
    case U_DASH_PUNCTUATION:
    case U_CONNECTOR_PUNCTUATION:
    case U_OTHER_PUNCTUATION:
        bits |= TL_CHAR_PUNCTUATION;
        break;
    case U_NON_SPACING_MARK:
    case U_ENCLOSING_MARK:
    case U_COMBINING_SPACING_MARK:
        bits |= TL_CHAR_MARK;
        break;
    default:
        break;
    }
    if (u_hasBinaryProperty(c, UCHAR_ALPHABETIC)) bits |= TL_CHAR_ALPHABETIC;
    if (u_isUWhiteSpace(c)) bits |= TL_CHAR_SPACE;
    if (u_hasBinaryProperty(c, UCHAR_QUOTATION_MARK)) bits |= TL_CHAR_QUOTATION;
    if (u_hasBinaryProperty(c, UCHAR_S_TERM)) bits |= TL_CHAR_STERM;
    if (u_hasBinaryProperty(c, UCHAR_IDEOGRAPHIC)) {
        bits |= TL_CHAR_IDEOGRAPHIC;
    } else {
        UErrorCode status = U_ZERO_ERROR;
        UScriptCode script = uscript_getScript(c, &status);
        if (script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA ||
            script == USCRIPT_HAN) {
            bits |= TL_CHAR_IDEOGRAPHIC;
        }
    }
    if (u_hasBinaryProperty(c, UCHAR_BIDI_CONTROL)) bits |= TL_CHAR_BIDI_CONTROL;
    {
        UErrorCode status = U_ZERO_ERROR;
        UScriptCode script = uscript_getScript(c, &status);
        if (script == USCRIPT_LATIN) bits |= TL_CHAR_LATIN;
        if (script == USCRIPT_CYRILLIC) bits |= TL_CHAR_CYRILLIC;
        if (script == USCRIPT_GREEK) bits |= TL_CHAR_GREEK;
    }
    int isLineEnd = (c == 0x0A || c == 0x0D || c == 0x0C || c == 0x0B || c == 0x85 ||
                     c == 0x2028 || c == 0x2029);
    if (!isLineEnd && c != 0x09 &&
        (type == U_CONTROL_CHAR || u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT))) {
        bits |= TL_CHAR_INVISIBLE;
    }
    return bits;
}

void tl_char_fill_bmp_table(uint32_t *table) {
    for (int32_t c = 0; c < 0x10000; c++) {
        // Surrogates are not characters; leave them without properties.
        table[c] = (c >= 0xD800 && c <= 0xDFFF) ? 0 : tl_char_properties(c);
    }
}

int32_t tl_char_script(int32_t c) {
    UErrorCode status = U_ZERO_ERROR;
    UScriptCode script = uscript_getScript(c, &status);
    return U_FAILURE(status) ? USCRIPT_UNKNOWN : (int32_t)script;
}

int32_t tl_char_fold(int32_t c) { return u_foldCase(c, U_FOLD_CASE_DEFAULT); }
int32_t tl_char_lower(int32_t c) { return u_tolower(c); }
int32_t tl_char_upper(int32_t c) { return u_toupper(c); }

const uint32_t *tl_char_bmp_table_pointer = NULL;
static const uint16_t *fold_table_pointer = NULL;
static const uint16_t *lower_table_pointer = NULL;
static pthread_once_t bmp_table_once = PTHREAD_ONCE_INIT;

static void build_bmp_table(void) {
    uint32_t *table = malloc(sizeof(uint32_t) * 0x10000);
    uint16_t *folds = malloc(sizeof(uint16_t) * 0x10000);
    uint16_t *lowers = malloc(sizeof(uint16_t) * 0x10000);
    if (table == NULL || folds == NULL || lowers == NULL) abort();
    tl_char_fill_bmp_table(table);
    for (int32_t c = 0; c < 0x10000; c++) {
        UChar32 folded = (c >= 0xD800 && c <= 0xDFFF) ? c : u_foldCase(c, U_FOLD_CASE_DEFAULT);
        // No BMP character folds outside the BMP today; should one, it is marked U+FFFF and
        // its word takes the slow path.
        folds[c] = folded <= 0xFFFF ? (uint16_t)folded : 0xFFFF;
        UChar32 lowered = (c >= 0xD800 && c <= 0xDFFF) ? c : u_tolower(c);
        lowers[c] = lowered <= 0xFFFF ? (uint16_t)lowered : 0xFFFF;
    }
    __atomic_store_n(&fold_table_pointer, folds, __ATOMIC_RELEASE);
    __atomic_store_n(&lower_table_pointer, lowers, __ATOMIC_RELEASE);
    __atomic_store_n(&tl_char_bmp_table_pointer, table, __ATOMIC_RELEASE);
}

const uint16_t *tl_char_lower_table(void) {
    const uint16_t *table = __atomic_load_n(&lower_table_pointer, __ATOMIC_ACQUIRE);
    if (table) return table;
    pthread_once(&bmp_table_once, build_bmp_table);
    return __atomic_load_n(&lower_table_pointer, __ATOMIC_ACQUIRE);
}

const uint16_t *tl_char_fold_table(void) {
    const uint16_t *table = __atomic_load_n(&fold_table_pointer, __ATOMIC_ACQUIRE);
    if (table) return table;
    pthread_once(&bmp_table_once, build_bmp_table);
    return __atomic_load_n(&fold_table_pointer, __ATOMIC_ACQUIRE);
}

const uint32_t *tl_char_bmp_table_build(void) {
    pthread_once(&bmp_table_once, build_bmp_table);
    return __atomic_load_n(&tl_char_bmp_table_pointer, __ATOMIC_ACQUIRE);
}
