// Versions of the ICU library, its Unicode tables and its CLDR locale data, for reports.

#include "ICUBridge.h"

#include <unicode/uchar.h>
#include <unicode/ulocdata.h>
#include <unicode/utypes.h>
#include <unicode/uversion.h>

static void write_version(const UVersionInfo info, char *out, int32_t capacity, int parts) {
    if (capacity <= 0) return;
    char buffer[U_MAX_VERSION_STRING_LENGTH];
    UVersionInfo trimmed = {0, 0, 0, 0};
    for (int i = 0; i < parts && i < U_MAX_VERSION_LENGTH; i++) trimmed[i] = info[i];
    u_versionToString(trimmed, buffer);
    int32_t i = 0;
    for (; buffer[i] != 0 && i < capacity - 1; i++) out[i] = buffer[i];
    out[i] = 0;
}

void tl_icu_version(char *out, int32_t capacity) {
    UVersionInfo info;
    u_getVersion(info);
    write_version(info, out, capacity, 2);
}

void tl_unicode_version(char *out, int32_t capacity) {
    UVersionInfo info;
    u_getUnicodeVersion(info);
    write_version(info, out, capacity, 2);
}

void tl_cldr_version(char *out, int32_t capacity) {
    UVersionInfo info = {0, 0, 0, 0};
    UErrorCode status = U_ZERO_ERROR;
    ulocdata_getCLDRVersion(info, &status);
    write_version(info, out, capacity, 2);
}

const char *tl_error_name(int32_t status) {
    return u_errorName((UErrorCode)status);
}
