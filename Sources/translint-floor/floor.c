// translint-floor: the least any ICU-based checker must do, written in plain C on the system
// libicu, to measure translint against.
//
//   translint-floor FILE.jsonl [REPEAT]
//
// Reads JSONL records ({"lang": "de", "text": "..."}) line by line and, for each: takes the
// text out of its JSON string, decodes UTF-8 to UTF-16 (ill-formed bytes replaced),
// normalises to NFC when the quick check says it is needed, and walks every sentence boundary
// (`<lang>@ss=standard`) and every word boundary with its rule status (`<lang>`), as
// translint's segmentation does. The iterators are opened once per language (off the clock)
// and re-pointed at each text; the buffers are reused. Nothing else: no rules, no report.
//
// Prints one JSON line per language and one for all of them:
//   {"language": "de", "documents": N, "bytes": N, "seconds": S, "boundaries": N}
// `bytes` counts the UTF-8 bytes of the texts (what translint-bench divides by, too).
// REPEAT (default 1) runs the whole set that many times and reports the fastest pass per
// language, for a steadier figure on a busy machine.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unicode/ubrk.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

typedef struct {
    char language[16];
    UBreakIterator *sentences;
    UBreakIterator *words;
    long documents;
    long bytes;
    double best;
    double pass;
    long boundaries;
} language_state;

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int hex(int c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static char *put_utf8(char *out, uint32_t c) {
    if (c < 0x80) {
        *out++ = (char)c;
    } else if (c < 0x800) {
        *out++ = (char)(0xC0 | (c >> 6));
        *out++ = (char)(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        *out++ = (char)(0xE0 | (c >> 12));
        *out++ = (char)(0x80 | ((c >> 6) & 0x3F));
        *out++ = (char)(0x80 | (c & 0x3F));
    } else {
        *out++ = (char)(0xF0 | (c >> 18));
        *out++ = (char)(0x80 | ((c >> 12) & 0x3F));
        *out++ = (char)(0x80 | ((c >> 6) & 0x3F));
        *out++ = (char)(0x80 | (c & 0x3F));
    }
    return out;
}

/// The JSON string value of `key` in the record `line`, unescaped into a new buffer.
static char *string_field(const char *line, size_t lineLength, const char *key, int32_t *length) {
    char pattern[32];
    snprintf(pattern, sizeof pattern, "\"%s\":", key);
    const char *at = strstr(line, pattern);
    if (!at) return NULL;
    at += strlen(pattern);
    while (*at == ' ') at++;
    if (*at != '"') return NULL;
    at++;
    char *value = malloc(lineLength + 1);
    char *out = value;
    while (*at && *at != '"') {
        size_t plain = strcspn(at, "\\\"");
        memcpy(out, at, plain);
        out += plain;
        at += plain;
        if (*at != '\\') continue;
        at++;
        switch (*at) {
        case 'n': *out++ = '\n'; at++; break;
        case 't': *out++ = '\t'; at++; break;
        case 'r': *out++ = '\r'; at++; break;
        case 'b': *out++ = '\b'; at++; break;
        case 'f': *out++ = '\f'; at++; break;
        case 'u': {
            uint32_t c = 0;
            for (int i = 1; i <= 4; i++) c = c * 16 + (uint32_t)(hex(at[i]) < 0 ? 0 : hex(at[i]));
            at += 5;
            if (c >= 0xD800 && c < 0xDC00 && at[0] == '\\' && at[1] == 'u') {
                uint32_t low = 0;
                for (int i = 2; i <= 5; i++) low = low * 16 + (uint32_t)(hex(at[i]) < 0 ? 0 : hex(at[i]));
                if (low >= 0xDC00 && low < 0xE000) {
                    c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
                    at += 6;
                }
            }
            out = put_utf8(out, c);
            break;
        }
        default: *out++ = *at++; break;
        }
    }
    *out = 0;
    *length = (int32_t)(out - value);
    return value;
}

enum { MAXIMUM_LANGUAGES = 64 };

/// The state of `language`, opened on first use; NULL once MAXIMUM_LANGUAGES are open (the
/// records of further languages are skipped and not counted).
static language_state *state_for(language_state *states, int *count, const char *language) {
    for (int i = 0; i < *count; i++) {
        if (strcmp(states[i].language, language) == 0) return &states[i];
    }
    if (*count >= MAXIMUM_LANGUAGES) return NULL;
    language_state *state = &states[(*count)++];
    memset(state, 0, sizeof *state);
    snprintf(state->language, sizeof state->language, "%s", language);
    char locale[64];
    UErrorCode error = U_ZERO_ERROR;
    snprintf(locale, sizeof locale, "%s@ss=standard", language);
    state->sentences = ubrk_open(UBRK_SENTENCE, locale, NULL, 0, &error);
    error = U_ZERO_ERROR;
    state->words = ubrk_open(UBRK_WORD, language, NULL, 0, &error);
    state->best = 1e30;
    return state;
}

/// Decodes, normalises and segments one text; returns a sum of what it found, so that
/// nothing is optimised away.
static long check_text(const UNormalizer2 *nfc, language_state *state, const char *text, int32_t length, UChar **decoded, UChar **normalised,
                       int32_t *capacity16) {
    if (length + 1 > *capacity16) {
        *capacity16 = length + 1;
        *decoded = realloc(*decoded, sizeof(UChar) * (size_t)*capacity16);
        *normalised = realloc(*normalised, sizeof(UChar) * (size_t)*capacity16 * 3);
    }
    int32_t length16 = 0;
    UErrorCode error = U_ZERO_ERROR;
    u_strFromUTF8WithSub(*decoded, *capacity16, &length16, text, length, 0xFFFD, NULL, &error);
    const UChar *units = *decoded;
    error = U_ZERO_ERROR;
    int32_t prefix = unorm2_spanQuickCheckYes(nfc, *decoded, length16, &error);
    if (prefix < length16) {
        error = U_ZERO_ERROR;
        memcpy(*normalised, *decoded, sizeof(UChar) * (size_t)prefix);
        int32_t all = unorm2_normalizeSecondAndAppend(nfc, *normalised, prefix, *capacity16 * 3, *decoded + prefix, length16 - prefix, &error);
        if (U_SUCCESS(error)) {
            units = *normalised;
            length16 = all;
        }
    }
    long found = 0;
    error = U_ZERO_ERROR;
    ubrk_setText(state->sentences, units, length16, &error);
    for (int32_t b = ubrk_first(state->sentences); b != UBRK_DONE; b = ubrk_next(state->sentences)) found += b;
    error = U_ZERO_ERROR;
    ubrk_setText(state->words, units, length16, &error);
    for (int32_t b = ubrk_first(state->words); b != UBRK_DONE; b = ubrk_next(state->words)) found += ubrk_getRuleStatus(state->words);
    return found;
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: translint-floor FILE.jsonl [REPEAT]\n");
        return 2;
    }
    int repeat = argc > 2 ? atoi(argv[2]) : 1;
    if (repeat < 1) repeat = 1;
    UErrorCode error = U_ZERO_ERROR;
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&error);
    language_state states[MAXIMUM_LANGUAGES];
    int languages = 0;
    int32_t capacity16 = 1 << 16;
    UChar *decoded = malloc(sizeof(UChar) * (size_t)capacity16);
    UChar *normalised = malloc(sizeof(UChar) * (size_t)capacity16 * 3);
    char *line = NULL;
    size_t lineCapacity = 0;
    for (int pass = 0; pass < repeat; pass++) {
        for (int l = 0; l < languages; l++) states[l].pass = 0;
        FILE *file = fopen(argv[1], "rb");
        if (!file) {
            perror(argv[1]);
            return 2;
        }
        // Each record is on the clock from the reading of its line to its last word.
        double start = now();
        ssize_t lineLength;
        while ((lineLength = getline(&line, &lineCapacity, file)) > 0) {
            int32_t length = 0, languageLength = 0;
            char *language = string_field(line, (size_t)lineLength, "lang", &languageLength);
            char *text = string_field(line, (size_t)lineLength, "text", &length);
            language_state *state = text ? state_for(states, &languages, language ? language : "und") : NULL;
            if (state && (!state->sentences || !state->words)) state = NULL;  // ICU refused the locale
            if (state) {
                // Opening a language's iterators is set-up, as in translint: off the clock.
                if (state->pass == 0 && state->documents == 0 && pass == 0) start = now();
                state->boundaries += check_text(nfc, state, text, length, &decoded, &normalised, &capacity16);
                double end = now();
                state->pass += end - start;
                start = end;
                if (pass == 0) {
                    state->documents += 1;
                    state->bytes += length;
                }
            }
            free(text);
            free(language);
        }
        fclose(file);
        for (int l = 0; l < languages; l++) {
            if (states[l].pass < states[l].best) states[l].best = states[l].pass;
        }
    }
    free(line);
    long documents = 0, bytes = 0, boundaries = 0;
    double seconds = 0;
    for (int l = 0; l < languages; l++) {
        language_state *s = &states[l];
        printf("{\"language\": \"%s\", \"documents\": %ld, \"bytes\": %ld, \"seconds\": %.6f, \"boundaries\": %ld}\n", s->language, s->documents,
               s->bytes, s->best, s->boundaries);
        documents += s->documents;
        bytes += s->bytes;
        seconds += s->best;
        boundaries += s->boundaries;
    }
    printf("{\"language\": \"all\", \"documents\": %ld, \"bytes\": %ld, \"seconds\": %.6f, \"boundaries\": %ld}\n", documents, bytes, seconds, boundaries);
    return 0;
}
