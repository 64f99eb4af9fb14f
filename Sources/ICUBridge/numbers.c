// Locale number conventions: the separators a number is written with, and numbers spelled
// out in words, from ICU's CLDR data and rule-based number formats.

#include "ICUBridge.h"

#include <unicode/unum.h>

int32_t tl_number_separators(const char *locale, uint16_t *decimal, uint16_t *grouping) {
    UErrorCode status = U_ZERO_ERROR;
    UNumberFormat *format = unum_open(UNUM_DECIMAL, NULL, 0, locale, NULL, &status);
    if (U_FAILURE(status)) return -(int32_t)status;
    UChar symbol[8];
    int32_t length = unum_getSymbol(format, UNUM_DECIMAL_SEPARATOR_SYMBOL, symbol, 8, &status);
    *decimal = (U_SUCCESS(status) && length > 0) ? symbol[0] : 0x2E;
    status = U_ZERO_ERROR;
    length = unum_getSymbol(format, UNUM_GROUPING_SEPARATOR_SYMBOL, symbol, 8, &status);
    *grouping = (U_SUCCESS(status) && length > 0) ? symbol[0] : 0x2C;
    unum_close(format);
    return 0;
}

int32_t tl_number_spellout(const char *locale, const int32_t *values, int32_t count, uint16_t *out, int32_t stride, int32_t *lengths) {
    UErrorCode status = U_ZERO_ERROR;
    UNumberFormat *format = unum_open(UNUM_SPELLOUT, NULL, 0, locale, NULL, &status);
    if (U_FAILURE(status)) return -(int32_t)status;
    for (int32_t i = 0; i < count; i++) {
        status = U_ZERO_ERROR;
        int32_t length = unum_format(format, values[i], (UChar *)(out + (size_t)i * stride), stride, NULL, &status);
        if (U_FAILURE(status)) length = -(int32_t)status;
        else if (status == U_STRING_NOT_TERMINATED_WARNING) length = -(int32_t)U_BUFFER_OVERFLOW_ERROR;
        lengths[i] = length;
    }
    unum_close(format);
    return 0;
}
