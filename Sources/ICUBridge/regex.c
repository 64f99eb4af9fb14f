// ICU regular expressions for user-written pattern rules. Each match runs under a time limit
// so that a catastrophic pattern in a rule file is stopped and reported, not left to hang.

#include "ICUBridge.h"

#include <unicode/uregex.h>

struct tl_regex;  // Opaque to callers: it is a URegularExpression.

tl_regex *tl_regex_open(const uint16_t *pattern, int32_t length, uint32_t flags,
                        int32_t *status, int32_t *errorLine, int32_t *errorColumn) {
    UErrorCode error = U_ZERO_ERROR;
    UParseError parse = {0};
    URegularExpression *regex =
        uregex_open((const UChar *)pattern, length, flags, &parse, &error);
    if (U_FAILURE(error)) {
        if (status) *status = (int32_t)error;
        if (errorLine) *errorLine = parse.line > 0 ? parse.line : 0;
        if (errorColumn) *errorColumn = parse.offset >= 0 ? parse.offset + 1 : 0;
        return NULL;
    }
    if (status) *status = 0;
    return (tl_regex *)regex;
}

tl_regex *tl_regex_clone(const tl_regex *regex, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    URegularExpression *copy = uregex_clone((const URegularExpression *)regex, &error);
    if (status) *status = U_FAILURE(error) ? (int32_t)error : 0;
    return U_FAILURE(error) ? NULL : (tl_regex *)copy;
}

void tl_regex_close(tl_regex *regex) {
    if (regex) uregex_close((URegularExpression *)regex);
}

void tl_regex_set_time_limit(tl_regex *regex, int32_t steps) {
    UErrorCode error = U_ZERO_ERROR;
    uregex_setTimeLimit((URegularExpression *)regex, steps, &error);
}

int32_t tl_regex_set_text(tl_regex *regex, const uint16_t *text, int32_t length) {
    UErrorCode error = U_ZERO_ERROR;
    uregex_setText((URegularExpression *)regex, (const UChar *)text, length, &error);
    return U_FAILURE(error) ? (int32_t)error : 0;
}

int32_t tl_regex_find_next(tl_regex *regex, int32_t *start, int32_t *end) {
    UErrorCode error = U_ZERO_ERROR;
    URegularExpression *re = (URegularExpression *)regex;
    if (!uregex_findNext(re, &error)) {
        return U_FAILURE(error) ? -(int32_t)error : 0;
    }
    *start = uregex_start(re, 0, &error);
    *end = uregex_end(re, 0, &error);
    return U_FAILURE(error) ? -(int32_t)error : 1;
}

int32_t tl_regex_group_count(tl_regex *regex) {
    UErrorCode error = U_ZERO_ERROR;
    int32_t count = uregex_groupCount((URegularExpression *)regex, &error);
    return U_FAILURE(error) ? 0 : count;
}

int32_t tl_regex_group(tl_regex *regex, int32_t group, int32_t *start, int32_t *end) {
    UErrorCode error = U_ZERO_ERROR;
    URegularExpression *re = (URegularExpression *)regex;
    *start = uregex_start(re, group, &error);
    *end = uregex_end(re, group, &error);
    return U_FAILURE(error) ? -(int32_t)error : 0;
}
