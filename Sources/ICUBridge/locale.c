// CLDR locale data: quotation marks, language tags, likely scripts.

#include "ICUBridge.h"

#include <unicode/uloc.h>
#include <unicode/ulocdata.h>
#include <unicode/uscript.h>

// The length ICU wrote, or a negative error code; a string that filled the buffer without
// its terminating NUL counts as too long.
static int32_t written(int32_t length, UErrorCode status) {
    if (U_FAILURE(status)) return -(int32_t)status;
    if (status == U_STRING_NOT_TERMINATED_WARNING) return -(int32_t)U_BUFFER_OVERFLOW_ERROR;
    return length;
}

int32_t tl_locale_quote(const char *locale, int32_t which, uint16_t *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    ULocaleData *data = ulocdata_open(locale, &status);
    if (U_FAILURE(status)) return -(int32_t)status;
    int32_t length = ulocdata_getDelimiter(data, (ULocaleDataDelimiterType)which, (UChar *)out,
                                           capacity, &status);
    ulocdata_close(data);
    if (U_FAILURE(status)) return -(int32_t)status;
    return length;
}

int32_t tl_locale_from_tag(const char *tag, char *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t parsed = 0;
    int32_t length = uloc_forLanguageTag(tag, out, capacity, &parsed, &status);
    return written(length, status);
}

int32_t tl_locale_maximize(const char *locale, char *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = uloc_addLikelySubtags(locale, out, capacity, &status);
    return written(length, status);
}

int32_t tl_locale_script_is_cased(const char *locale) {
    char maximized[ULOC_FULLNAME_CAPACITY];
    UErrorCode status = U_ZERO_ERROR;
    uloc_addLikelySubtags(locale, maximized, sizeof maximized, &status);
    if (U_FAILURE(status)) return 1;
    char script[ULOC_SCRIPT_CAPACITY];
    uloc_getScript(maximized, script, sizeof script, &status);
    if (U_FAILURE(status) || script[0] == 0) return 1;
    UScriptCode codes[4];
    int32_t count = uscript_getCode(script, codes, 4, &status);
    if (U_FAILURE(status) || count < 1) return 1;
    // Han-based locale scripts (Hans, Hant, Jpan, Kore) are compounds: none of them is cased.
    return uscript_isCased(codes[0]) ? 1 : 0;
}

int32_t tl_locale_language(const char *locale, char *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = uloc_getLanguage(locale, out, capacity, &status);
    return written(length, status);
}

int32_t tl_locale_is_known_language(const char *language) {
    const char *iso3 = uloc_getISO3Language(language);
    return iso3 != NULL && iso3[0] != 0;
}

int32_t tl_is_country_code(const char *code) {
    // ISO 3166 two-letter codes, upper case, from ICU's list (NULL-terminated).
    if (code == NULL || code[0] == 0 || code[1] == 0 || code[2] != 0) return 0;
    char upper[3] = { (char)(code[0] & ~0x20), (char)(code[1] & ~0x20), 0 };
    for (const char *const *country = uloc_getISOCountries(); *country != NULL; country++) {
        if ((*country)[0] == upper[0] && (*country)[1] == upper[1]) return 1;
    }
    return 0;
}
