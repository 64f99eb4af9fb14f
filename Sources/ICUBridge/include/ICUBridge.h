// ICUBridge: the only code in translint that includes the system ICU headers.
//
// Why this shim exists:
// - Foundation on Linux bundles its own copy of ICU as a Clang module. Importing the system
//   <unicode/*.h> into Swift next to Foundation fails with conflicting enum definitions.
// - ICU's public function names are macros that expand to version-suffixed symbols
//   (ubrk_open -> ubrk_open_72). Swift cannot see macros, so it cannot call ICU directly.
// This header therefore exposes only plain C types (stdint integers, UTF-16 as uint16_t
// buffers, opaque handles) and functions prefixed with `tl_`. The .c files beside it include
// ICU and forward to it. Swift imports this module and nothing else of ICU.
//
// Conventions: lengths and offsets are UTF-16 code units (int32_t, ICU's own limit). A
// `status` (out-parameter or `set_text` result) is ICU's UErrorCode as is: 0 is success, a
// positive value an error whose name tl_error_name gives. Functions that return a length
// return the negated UErrorCode instead when they fail.

#ifndef TRANSLINT_ICU_BRIDGE_H
#define TRANSLINT_ICU_BRIDGE_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

// MARK: - Versions

/// Writes the ICU library version ("72.1") as a NUL-terminated string.
void tl_icu_version(char *out, int32_t capacity);
/// Writes the Unicode version ICU implements ("15.0").
void tl_unicode_version(char *out, int32_t capacity);
/// Writes the CLDR version of ICU's locale data ("42.0").
void tl_cldr_version(char *out, int32_t capacity);
/// The readable name of an ICU error status ("U_REGEX_TIME_OUT").
const char *tl_error_name(int32_t status);

// MARK: - UTF-8 decoding

/// Decodes UTF-8 into UTF-16. `dst` must hold at least `srcLength` units (UTF-16 never needs
/// more units than UTF-8 has bytes). Returns the number of units written, or -1 when the
/// input is not well-formed UTF-8; then `*invalidOffset` is the byte offset of the first
/// ill-formed sequence.
int64_t tl_utf8_decode(const uint8_t *src, int64_t srcLength, uint16_t *dst,
                       int64_t *invalidOffset);
/// The offset of the first NUL byte (the mark of binary data), or -1.
int64_t tl_find_nul(const uint8_t *bytes, int64_t length);

// MARK: - NFC normalization

/// Length of the longest prefix of `text` that is certainly in NFC (quick check "yes").
int32_t tl_nfc_span(const uint16_t *text, int32_t length);
/// Whether NFC has a boundary before `codePoint`: text on both sides normalizes independently.
int32_t tl_nfc_boundary_before(int32_t codePoint);
/// Writes the NFC form of `text` to `dst`. Returns the length of the result; when it exceeds
/// `capacity`, nothing useful is written and the caller retries with that capacity.
/// Returns a negative status on other errors.
int32_t tl_nfc_normalize(const uint16_t *text, int32_t length, uint16_t *dst, int32_t capacity);
/// Writes the NFD form of `text` (used by tests that mutate examples).
int32_t tl_nfd_normalize(const uint16_t *text, int32_t length, uint16_t *dst, int32_t capacity);

// MARK: - Break iteration

typedef struct tl_breaker tl_breaker;

enum {
    TL_BREAK_CHARACTER = 0,
    TL_BREAK_WORD = 1,
    TL_BREAK_LINE = 2,
    TL_BREAK_SENTENCE = 3
};

/// Opens a break iterator for an ICU locale id (e.g. "fr@ss=standard"). NULL on failure,
/// with `*status` set.
tl_breaker *tl_breaker_open(int32_t kind, const char *locale, int32_t *status);
void tl_breaker_close(tl_breaker *breaker);
/// Points the iterator at `text`, which must stay alive and unchanged while it is iterated.
/// Returns a status.
int32_t tl_breaker_set_text(tl_breaker *breaker, const uint16_t *text, int32_t length);
/// Fills `boundaries` with the next boundaries after the current position (at most
/// `capacity`). Returns how many were written; 0 at the end of the text.
int32_t tl_breaker_next_boundaries(tl_breaker *breaker, int32_t *boundaries, int32_t capacity);

/// Word-break rule status ranges, as ICU defines them.
enum {
    TL_WORD_NONE = 0,
    TL_WORD_NUMBER = 100,
    TL_WORD_LETTER = 200,
    TL_WORD_KANA = 300,
    TL_WORD_IDEO = 400
};

/// For a word-break iterator: fills the next word-like segments (rule status >= 100: numbers,
/// letters, kana, ideographs) with their start, end and status, skipping spaces and
/// punctuation. Returns how many were written; 0 at the end of the text.
int32_t tl_breaker_next_words(tl_breaker *breaker, int32_t *starts, int32_t *ends,
                              int32_t *statuses, int32_t capacity);
/// Word iterators tokenise text made of letters, digits, spaces and common punctuation
/// without ICU's state machine, with the same result (wordscan.c); this turns that off, so
/// that every word comes from ICU (for the tests that compare the two).
void tl_breaker_disable_word_scan(tl_breaker *breaker);
/// Builds the fast tokeniser's character classes now (thread-safe, once per process).
void tl_wordscan_prepare(void);
/// Whether the fast tokeniser is in use: on for word iterators whose locale's rules it
/// reproduces on the probe strings checked at opening.
int32_t tl_breaker_uses_word_scan(const tl_breaker *breaker);

// MARK: - Locale data (CLDR)

enum {
    TL_QUOTE_START = 0,
    TL_QUOTE_END = 1,
    TL_ALT_QUOTE_START = 2,
    TL_ALT_QUOTE_END = 3
};

/// Writes a CLDR quotation delimiter of `locale` (UTF-16). Returns its length, or a negative
/// status.
int32_t tl_locale_quote(const char *locale, int32_t which, uint16_t *out, int32_t capacity);
/// Converts a BCP 47 tag ("zh-Hant") to an ICU locale id ("zh_Hant"). Returns the length,
/// or a negative status.
int32_t tl_locale_from_tag(const char *tag, char *out, int32_t capacity);
/// Adds likely subtags ("zh_Hant" -> "zh_Hant_TW"). Returns the length or a negative status.
int32_t tl_locale_maximize(const char *locale, char *out, int32_t capacity);
/// Whether the locale's likely script has case (Latin, Cyrillic, Greek: 1; Han, Kana: 0).
int32_t tl_locale_script_is_cased(const char *locale);
/// Writes the language subtag of an ICU locale id. Returns its length.
int32_t tl_locale_language(const char *locale, char *out, int32_t capacity);
/// Whether `language` (a 2- or 3-letter subtag) is a language ICU knows (ISO 639).
int32_t tl_locale_is_known_language(const char *language);
/// Whether `code` (two ASCII letters, either case) is an ISO 3166 country code, and so a
/// country's top-level domain ("it", "in", "is").
int32_t tl_is_country_code(const char *code);

// MARK: - Numbers

/// Writes the decimal and grouping separators of `locale`'s default number format (UTF-16,
/// one unit each: the first unit of each symbol). Returns 0, or a negative status.
int32_t tl_number_separators(const char *locale, uint16_t *decimal, uint16_t *grouping);
/// Spells out `count` numbers in words in `locale` (ICU's rule-based "spellout" format:
/// "twenty-one", "einundzwanzig", "二十一"), one formatter for all: each is written to `out`
/// at `i * stride`, its length (or a negative status) to `lengths[i]`. Returns 0 or a
/// negative status.
int32_t tl_number_spellout(const char *locale, const int32_t *values, int32_t count, uint16_t *out, int32_t stride, int32_t *lengths);

// MARK: - Character properties

/// Property bits filled by tl_char_properties.
enum {
    TL_CHAR_UPPER = 1 << 0,        // Uppercase or titlecase letter
    TL_CHAR_LOWER = 1 << 1,        // Lowercase letter
    TL_CHAR_ALPHABETIC = 1 << 2,   // Alphabetic (letters, ideographs, kana)
    TL_CHAR_DIGIT = 1 << 3,        // Decimal digit
    TL_CHAR_SPACE = 1 << 4,        // White_Space (includes no-break spaces and line ends)
    TL_CHAR_QUOTATION = 1 << 5,    // Quotation_Mark
    TL_CHAR_STERM = 1 << 6,        // Sentence_Terminal
    TL_CHAR_IDEOGRAPHIC = 1 << 7,  // Ideographic, Hiragana or Katakana (CJK running text)
    TL_CHAR_INVISIBLE = 1 << 8,    // Default_Ignorable or a C0/C1 control other than tab/line ends
    TL_CHAR_BIDI_CONTROL = 1 << 9, // Bidi_Control
    TL_CHAR_INITIAL_PUNCT = 1 << 10, // General category Pi
    TL_CHAR_FINAL_PUNCT = 1 << 11,   // General category Pf
    TL_CHAR_OPEN_PUNCT = 1 << 12,    // General category Ps
    TL_CHAR_CLOSE_PUNCT = 1 << 13,   // General category Pe
    TL_CHAR_PUNCTUATION = 1 << 14,   // Any general category P*
    TL_CHAR_MARK = 1 << 15,          // Combining mark (general category M*)
    TL_CHAR_LATIN = 1 << 16,         // Script Latin
    TL_CHAR_CYRILLIC = 1 << 17,      // Script Cyrillic
    TL_CHAR_GREEK = 1 << 18          // Script Greek
};

/// The TL_CHAR_* bits of one code point.
uint32_t tl_char_properties(int32_t codePoint);
/// Fills `table[c]` with the TL_CHAR_* bits of every BMP code point c (65,536 entries).
void tl_char_fill_bmp_table(uint32_t *table);

/// The process-wide table of TL_CHAR_* bits for the BMP, built on first use (thread-safe,
/// once) and never freed. Read through `tl_char_bmp_table`, which inlines into Swift's hot
/// loops as one acquire load (a plain load on x86-64 and a load-acquire on arm64).
extern const uint32_t *tl_char_bmp_table_pointer;
const uint32_t *tl_char_bmp_table_build(void);
static inline const uint32_t *tl_char_bmp_table(void) {
    const uint32_t *table = __atomic_load_n(&tl_char_bmp_table_pointer, __ATOMIC_ACQUIRE);
    return table ? table : tl_char_bmp_table_build();
}
/// Simple case folding of every BMP code point (65,536 entries; surrogates map to
/// themselves, U+FFFF marks a folding outside the BMP), built with the table above.
const uint16_t *tl_char_fold_table(void);
/// Simple lowercase mapping of every BMP code point, built with the same tables (U+FFFF
/// marks a mapping outside the BMP).
const uint16_t *tl_char_lower_table(void);
/// The ICU script code (UScriptCode) of a code point.
int32_t tl_char_script(int32_t codePoint);
/// The full (simple) case folding of a code point.
int32_t tl_char_fold(int32_t codePoint);
/// Lowercase and uppercase of a code point (simple mappings).
int32_t tl_char_lower(int32_t codePoint);
int32_t tl_char_upper(int32_t codePoint);

/// Script codes callers compare against (values of UScriptCode).
enum {
    TL_SCRIPT_COMMON = 0,
    TL_SCRIPT_INHERITED = 1,
    TL_SCRIPT_CYRILLIC = 8,
    TL_SCRIPT_GREEK = 14,
    TL_SCRIPT_LATIN = 25
};

// MARK: - Case-folded hashing

/// A 64-bit hash of the case-folded (simple folding) form of `text`, as TextKernels.h
/// defines it (TextKernels hashes whole documents of BMP words; this takes any text).
uint64_t tl_fold_hash(const uint16_t *text, int32_t length);
/// Whether two strings are equal after case folding.
int32_t tl_fold_equal(const uint16_t *a, int32_t aLength, const uint16_t *b, int32_t bLength);
/// Writes the case-folded form of `text`; returns its length or a negative status.
int32_t tl_fold(const uint16_t *text, int32_t length, uint16_t *dst, int32_t capacity);

// MARK: - Regular expressions (for user-written rules)

typedef struct tl_regex tl_regex;

enum {
    TL_REGEX_CASE_INSENSITIVE = 2,
    TL_REGEX_MULTILINE = 8,
    TL_REGEX_DOTALL = 32
};

/// Compiles a pattern. On failure returns NULL, sets `*status`, and the 1-based line and
/// column of the error inside the pattern (0 when unknown).
tl_regex *tl_regex_open(const uint16_t *pattern, int32_t length, uint32_t flags,
                        int32_t *status, int32_t *errorLine, int32_t *errorColumn);
/// An independent copy for another thread.
tl_regex *tl_regex_clone(const tl_regex *regex, int32_t *status);
void tl_regex_close(tl_regex *regex);
/// Limits the work of one match (ICU "steps", about a millisecond each); 0 means no limit.
void tl_regex_set_time_limit(tl_regex *regex, int32_t steps);
/// Points the regex at `text`, which must stay alive while matching. Returns a status.
int32_t tl_regex_set_text(tl_regex *regex, const uint16_t *text, int32_t length);
/// Finds the next match: returns 1 and sets the range, 0 when there is none, or the negated
/// status of an error (U_REGEX_TIME_OUT when the limit was hit).
int32_t tl_regex_find_next(tl_regex *regex, int32_t *start, int32_t *end);
/// Number of capture groups.
int32_t tl_regex_group_count(tl_regex *regex);
/// Range of capture group `group` of the last match; start is -1 when the group did not take part.
int32_t tl_regex_group(tl_regex *regex, int32_t group, int32_t *start, int32_t *end);

#ifdef __cplusplus
}
#endif

#endif
