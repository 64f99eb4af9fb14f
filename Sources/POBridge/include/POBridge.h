// POBridge: GNU gettext's own PO reader (libgettextpo), its messages as flat records.
//
// Why this shim exists: libgettextpo reads a PO file strictly, as msgfmt does, and reports
// errors with their line and column; but it reads files only, reports errors through
// callbacks that must not return on fatal ones, and keeps global state. This target gives
// it the text through an in-memory file, turns fatal errors into a return value, serialises
// calls, and copies every message (context, msgid, plural, the translations, fuzzy and
// obsolete marks, format flags) into records Swift can read. Functions are prefixed `tl_po_`.
//
// libgettextpo says nothing of where a message lies in the file; Swift's PO reader finds
// that itself and checks it found the same strings.
#ifndef TRANSLINT_PO_BRIDGE_H
#define TRANSLINT_PO_BRIDGE_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

enum {
    TL_PO_C_FORMAT = 1 << 0,
    TL_PO_PYTHON_FORMAT = 1 << 1,
    TL_PO_PYTHON_BRACE_FORMAT = 1 << 2,
    TL_PO_OTHER_FORMAT = 1 << 3,
};

typedef struct tl_po_string {
    int32_t offset, length;  // in the pool; offset -1 when absent
} tl_po_string;

typedef struct tl_po_message {
    tl_po_string context, msgid, msgidPlural;
    int32_t firstTranslation, translationCount;  // into tl_po_translations
    int32_t fuzzy, obsolete;
    int32_t formats;  // TL_PO_*_FORMAT
} tl_po_message;

typedef struct tl_po_catalog tl_po_catalog;

/// Reads `length` bytes of a PO file (UTF-8). Returns NULL only when no temporary file can
/// be made; a malformed file is returned with `tl_po_error`.
tl_po_catalog *tl_po_parse(const char *text, int32_t length);
void tl_po_free(tl_po_catalog *catalog);
int32_t tl_po_message_count(const tl_po_catalog *catalog);
const tl_po_message *tl_po_messages(const tl_po_catalog *catalog);
const tl_po_string *tl_po_translations(const tl_po_catalog *catalog);
const char *tl_po_pool(const tl_po_catalog *catalog);
/// The header's `Language:` field (empty when there is none).
tl_po_string tl_po_language(const tl_po_catalog *catalog);
/// 0 when the file was read; else 1, with the 1-based line and column of the first error
/// (0 when unknown) and its message (NUL-terminated, in the catalog).
int32_t tl_po_error(const tl_po_catalog *catalog, int32_t *line, int32_t *column, const char **message);

#ifdef __cplusplus
}
#endif

#endif
