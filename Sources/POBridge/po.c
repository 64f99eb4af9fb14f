// See POBridge.h.

#define _GNU_SOURCE
#include "POBridge.h"
#include "BridgeSupport.h"

#include <gettext-po.h>

#include <pthread.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

struct tl_po_catalog {
    tl_po_message *messages;
    int32_t count, capacity;
    tl_po_string *translations;
    int32_t translationCount, translationCapacity;
    tl_string_pool pool;
    tl_po_string language;
    int failed;
    int32_t errorLine, errorColumn;
    char errorMessage[512];
};

// libgettextpo keeps global state while it reads: one reading at a time.
static pthread_mutex_t reading = PTHREAD_MUTEX_INITIALIZER;
// The catalog being read and where to jump on a fatal error (under `reading`).
static tl_po_catalog *current;
static jmp_buf fatal;

static void record_error(int severity, size_t line, size_t column, const char *text) {
    if (severity == PO_SEVERITY_WARNING || current->failed) return;
    current->failed = 1;
    current->errorLine = line == (size_t)-1 ? 0 : (int32_t)line;
    current->errorColumn = column == (size_t)-1 ? 0 : (int32_t)column;
    snprintf(current->errorMessage, sizeof current->errorMessage, "%s", text ? text : "malformed PO file");
    size_t end = strlen(current->errorMessage);
    while (end > 0 && (current->errorMessage[end - 1] == '\n' || current->errorMessage[end - 1] == ' ')) current->errorMessage[--end] = 0;
}

static void on_error(int severity, po_message_t message, const char *filename, size_t line, size_t column, int multiline,
                     const char *text) {
    (void)message; (void)filename; (void)multiline;
    record_error(severity, line, column, text);
    if (severity == PO_SEVERITY_FATAL_ERROR) longjmp(fatal, 1);
}

static void on_error2(int severity, po_message_t message1, const char *filename1, size_t line1, size_t column1, int multiline1,
                      const char *text1, po_message_t message2, const char *filename2, size_t line2, size_t column2, int multiline2,
                      const char *text2) {
    (void)message2; (void)filename2; (void)line2; (void)column2; (void)multiline2; (void)text2;
    on_error(severity, message1, filename1, line1, column1, multiline1, text1);
}

static const struct po_xerror_handler handler = {on_error, on_error2};

// Out of memory ends the process, as libgettextpo itself does.
static void *grow(void *array, int32_t *capacity, size_t element, int32_t needed) {
    void *grown = tl_grow(array, capacity, element, needed);
    if (grown == NULL) abort();
    return grown;
}

static tl_po_string add_string(tl_po_catalog *catalog, const char *text) {
    tl_po_string string = {-1, 0};
    if (text == NULL) return string;
    string.offset = tl_pool_add(&catalog->pool, text, strlen(text), 0, &string.length);
    if (string.offset < 0) abort();
    return string;
}

static void copy_message(tl_po_catalog *catalog, po_message_t message) {
    catalog->messages = grow(catalog->messages, &catalog->capacity, sizeof(tl_po_message), catalog->count + 1);
    tl_po_message *record = &catalog->messages[catalog->count];
    memset(record, 0, sizeof *record);
    tl_po_string context = add_string(catalog, po_message_msgctxt(message));
    tl_po_string msgid = add_string(catalog, po_message_msgid(message));
    tl_po_string plural = add_string(catalog, po_message_msgid_plural(message));
    record = &catalog->messages[catalog->count];
    record->context = context;
    record->msgid = msgid;
    record->msgidPlural = plural;
    record->firstTranslation = catalog->translationCount;
    if (po_message_msgid_plural(message) != NULL) {
        for (int index = 0; index < 1000; index++) {
            const char *form = po_message_msgstr_plural(message, index);
            if (form == NULL) break;
            tl_po_string string = add_string(catalog, form);
            catalog->translations = grow(catalog->translations, &catalog->translationCapacity, sizeof(tl_po_string), catalog->translationCount + 1);
            catalog->translations[catalog->translationCount++] = string;
        }
    } else {
        tl_po_string string = add_string(catalog, po_message_msgstr(message));
        catalog->translations = grow(catalog->translations, &catalog->translationCapacity, sizeof(tl_po_string), catalog->translationCount + 1);
        catalog->translations[catalog->translationCount++] = string;
    }
    record = &catalog->messages[catalog->count];
    record->translationCount = catalog->translationCount - record->firstTranslation;
    record->fuzzy = po_message_is_fuzzy(message);
    record->obsolete = po_message_is_obsolete(message);
    if (po_message_is_format(message, "c-format")) record->formats |= TL_PO_C_FORMAT;
    if (po_message_is_format(message, "python-format")) record->formats |= TL_PO_PYTHON_FORMAT;
    if (po_message_is_format(message, "python-brace-format")) record->formats |= TL_PO_PYTHON_BRACE_FORMAT;
    catalog->count++;
}

// A file name for the text: an anonymous in-memory file where the kernel has them.
static int open_text(const char *text, int32_t length, char *path, size_t pathSize) {
    int descriptor = memfd_create("translint-po", MFD_CLOEXEC);
    if (descriptor >= 0) {
        snprintf(path, pathSize, "/proc/self/fd/%d", descriptor);
    } else {
        snprintf(path, pathSize, "/tmp/translint-po-XXXXXX");
        descriptor = mkstemp(path);
        if (descriptor < 0) return -1;
        unlink(path);
        snprintf(path, pathSize, "/proc/self/fd/%d", descriptor);
    }
    int32_t written = 0;
    while (written < length) {
        ssize_t count = write(descriptor, text + written, (size_t)(length - written));
        if (count <= 0) {
            close(descriptor);
            return -1;
        }
        written += (int32_t)count;
    }
    return descriptor;
}

tl_po_catalog *tl_po_parse(const char *text, int32_t length) {
    tl_po_catalog *catalog = calloc(1, sizeof *catalog);
    if (catalog == NULL) return NULL;
    catalog->language.offset = -1;
    char path[64];
    int descriptor = open_text(text, length, path, sizeof path);
    if (descriptor < 0) {
        free(catalog);
        return NULL;
    }
    pthread_mutex_lock(&reading);
    current = catalog;
    po_file_t file = NULL;
    if (setjmp(fatal) == 0) {
        file = po_file_read(path, &handler);
    }
    if (file != NULL && !catalog->failed) {
        const char *const *domains = po_file_domains(file);
        for (int domain = 0; domains && domains[domain]; domain++) {
            const char *header = po_file_domain_header(file, domains[domain]);
            if (header != NULL && catalog->language.offset < 0) {
                char *language = po_header_field(header, "Language");
                if (language) {
                    catalog->language = add_string(catalog, language);
                    free(language);
                }
            }
            po_message_iterator_t iterator = po_message_iterator(file, domains[domain]);
            po_message_t message;
            while ((message = po_next_message(iterator)) != NULL) copy_message(catalog, message);
            po_message_iterator_free(iterator);
        }
    }
    if (file != NULL) po_file_free(file);
    current = NULL;
    pthread_mutex_unlock(&reading);
    close(descriptor);
    return catalog;
}

void tl_po_free(tl_po_catalog *catalog) {
    if (catalog == NULL) return;
    free(catalog->messages);
    free(catalog->translations);
    tl_pool_free(&catalog->pool);
    free(catalog);
}

int32_t tl_po_message_count(const tl_po_catalog *catalog) { return catalog->count; }
const tl_po_message *tl_po_messages(const tl_po_catalog *catalog) { return catalog->messages; }
const tl_po_string *tl_po_translations(const tl_po_catalog *catalog) { return catalog->translations; }
const char *tl_po_pool(const tl_po_catalog *catalog) { return catalog->pool.bytes; }
tl_po_string tl_po_language(const tl_po_catalog *catalog) { return catalog->language; }

int32_t tl_po_error(const tl_po_catalog *catalog, int32_t *line, int32_t *column, const char **message) {
    *line = catalog->errorLine;
    *column = catalog->errorColumn;
    *message = catalog->errorMessage;
    return catalog->failed;
}
