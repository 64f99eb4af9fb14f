// NFC and NFD through ICU's shared normalizer instances. unorm2_getNFCInstance returns a
// process-wide singleton that must not be closed and is safe to use from any thread.

#include "ICUBridge.h"

#include <unicode/unorm2.h>

static const UNormalizer2 *nfc(void) {
    UErrorCode status = U_ZERO_ERROR;
    return unorm2_getNFCInstance(&status);
}

int32_t tl_nfc_span(const uint16_t *text, int32_t length) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t span = unorm2_spanQuickCheckYes(nfc(), (const UChar *)text, length, &status);
    return U_FAILURE(status) ? 0 : span;
}

int32_t tl_nfc_boundary_before(int32_t codePoint) {
    return unorm2_hasBoundaryBefore(nfc(), codePoint) ? 1 : 0;
}

static int32_t normalize(const UNormalizer2 *normalizer, const uint16_t *text, int32_t length,
                         uint16_t *dst, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t written = unorm2_normalize(normalizer, (const UChar *)text, length, (UChar *)dst,
                                       capacity, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR || status == U_STRING_NOT_TERMINATED_WARNING ||
        U_SUCCESS(status)) {
        return written;
    }
    return -(int32_t)status;
}

int32_t tl_nfc_normalize(const uint16_t *text, int32_t length, uint16_t *dst, int32_t capacity) {
    return normalize(nfc(), text, length, dst, capacity);
}

int32_t tl_nfd_normalize(const uint16_t *text, int32_t length, uint16_t *dst, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *nfd = unorm2_getNFDInstance(&status);
    if (U_FAILURE(status)) return -(int32_t)status;
    return normalize(nfd, text, length, dst, capacity);
}
