// See MarkdownBridge.h.

#include "MarkdownBridge.h"
#include "BridgeSupport.h"

#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm/buffer.h>
#include <cmark-gfm/houdini.h>

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

struct tl_md_document {
    tl_md_node *nodes;
    int32_t count, capacity;
    tl_string_pool pool;
};

static pthread_once_t extensions_once = PTHREAD_ONCE_INIT;
// cmark-gfm fills process-wide tables with its inline extensions' characters when a parser's
// inline pass starts (in cmark_parser_finish) and empties them when it ends: two passes at
// once on two threads would read a document without its strikethrough or autolinks. The
// inline passes take turns; block parsing (cmark_parser_feed) still runs on every thread.
static pthread_mutex_t inline_pass = PTHREAD_MUTEX_INITIALIZER;
static void register_extensions(void) { cmark_gfm_core_extensions_ensure_registered(); }

static int32_t node_type(cmark_node *node) {
    switch (cmark_node_get_type(node)) {
    case CMARK_NODE_DOCUMENT: return TL_MD_DOCUMENT;
    case CMARK_NODE_BLOCK_QUOTE: return TL_MD_BLOCK_QUOTE;
    case CMARK_NODE_LIST: return TL_MD_LIST;
    case CMARK_NODE_ITEM: return TL_MD_ITEM;
    case CMARK_NODE_CODE_BLOCK: return TL_MD_CODE_BLOCK;
    case CMARK_NODE_HTML_BLOCK: return TL_MD_HTML_BLOCK;
    case CMARK_NODE_PARAGRAPH: return TL_MD_PARAGRAPH;
    case CMARK_NODE_HEADING: return TL_MD_HEADING;
    case CMARK_NODE_THEMATIC_BREAK: return TL_MD_THEMATIC_BREAK;
    case CMARK_NODE_FOOTNOTE_DEFINITION: return TL_MD_FOOTNOTE_DEFINITION;
    case CMARK_NODE_TEXT: return TL_MD_TEXT;
    case CMARK_NODE_SOFTBREAK: return TL_MD_SOFTBREAK;
    case CMARK_NODE_LINEBREAK: return TL_MD_LINEBREAK;
    case CMARK_NODE_CODE: return TL_MD_CODE;
    case CMARK_NODE_HTML_INLINE: return TL_MD_HTML_INLINE;
    case CMARK_NODE_EMPH: return TL_MD_EMPH;
    case CMARK_NODE_STRONG: return TL_MD_STRONG;
    case CMARK_NODE_LINK: return TL_MD_LINK;
    case CMARK_NODE_IMAGE: return TL_MD_IMAGE;
    case CMARK_NODE_FOOTNOTE_REFERENCE: return TL_MD_FOOTNOTE_REFERENCE;
    default: break;
    }
    // Extension nodes are registered at run time: known by name.
    const char *name = cmark_node_get_type_string(node);
    if (strcmp(name, "table") == 0) return TL_MD_TABLE;
    if (strcmp(name, "table_header") == 0 || strcmp(name, "table_row") == 0) return TL_MD_TABLE_ROW;
    if (strcmp(name, "table_cell") == 0) return TL_MD_TABLE_CELL;
    if (strcmp(name, "strikethrough") == 0) return TL_MD_STRIKETHROUGH;
    return TL_MD_OTHER;
}

static int append_literal(tl_md_document *document, const char *literal, int32_t *offset, int32_t *length) {
    *offset = -1;
    *length = 0;
    if (literal == NULL) return 1;
    *offset = tl_pool_add(&document->pool, literal, strlen(literal), 0, length);
    return *offset >= 0;
}

static int append_node(tl_md_document *document, cmark_node *node, int32_t parent) {
    tl_md_node *nodes = tl_grow(document->nodes, &document->capacity, sizeof(tl_md_node), document->count + 1);
    if (nodes == NULL) return 0;
    document->nodes = nodes;
    tl_md_node *record = &document->nodes[document->count];
    memset(record, 0, sizeof *record);
    record->type = node_type(node);
    record->parent = parent;
    record->startLine = cmark_node_get_start_line(node);
    record->startColumn = cmark_node_get_start_column(node);
    record->endLine = cmark_node_get_end_line(node);
    record->endColumn = cmark_node_get_end_column(node);
    if (record->type == TL_MD_CODE_BLOCK) {
        int length = 0, offset = 0;
        char character = 0;
        record->fenced = cmark_node_get_fenced(node, &length, &offset, &character);
    }
    const char *literal = NULL;
    switch (record->type) {
    case TL_MD_TEXT: case TL_MD_CODE: case TL_MD_HTML_INLINE: case TL_MD_HTML_BLOCK: case TL_MD_CODE_BLOCK:
        literal = cmark_node_get_literal(node);
        break;
    default:
        break;
    }
    if (!append_literal(document, literal, &record->literal, &record->literalLength)) return 0;
    document->count++;
    return 1;
}

// The nodes cmark's iterator enters without leaving (its leaves by type, whether or not
// they have content).
static int gets_no_exit(cmark_node *node) {
    switch (cmark_node_get_type(node)) {
    case CMARK_NODE_HTML_BLOCK: case CMARK_NODE_THEMATIC_BREAK: case CMARK_NODE_CODE_BLOCK: case CMARK_NODE_TEXT:
    case CMARK_NODE_SOFTBREAK: case CMARK_NODE_LINEBREAK: case CMARK_NODE_CODE: case CMARK_NODE_HTML_INLINE:
        return 1;
    default:
        return 0;
    }
}

tl_md_document *tl_md_parse(const char *text, int32_t length) {
    pthread_once(&extensions_once, register_extensions);
    tl_md_document *document = calloc(1, sizeof *document);
    if (document == NULL) return NULL;
    cmark_parser *parser = cmark_parser_new(CMARK_OPT_SOURCEPOS | CMARK_OPT_FOOTNOTES);
    static const char *extensions[] = {"table", "strikethrough", "autolink", "tasklist"};
    for (size_t i = 0; i < sizeof extensions / sizeof extensions[0]; i++) {
        cmark_syntax_extension *extension = cmark_find_syntax_extension(extensions[i]);
        if (extension) cmark_parser_attach_syntax_extension(parser, extension);
    }
    cmark_parser_feed(parser, text, (size_t)length);
    pthread_mutex_lock(&inline_pass);
    cmark_node *root = cmark_parser_finish(parser);
    pthread_mutex_unlock(&inline_pass);
    cmark_parser_free(parser);
    if (root == NULL) {
        free(document);
        return NULL;
    }
    // A depth-first walk; `open` holds the record index of each node entered and not left.
    int32_t *open = NULL;
    int32_t depth = 0, openCapacity = 0;
    int ok = 1;
    cmark_iter *iterator = cmark_iter_new(root);
    cmark_event_type event;
    while (ok && (event = cmark_iter_next(iterator)) != CMARK_EVENT_DONE) {
        cmark_node *node = cmark_iter_get_node(iterator);
        if (event == CMARK_EVENT_ENTER) {
            ok = append_node(document, node, depth > 0 ? open[depth - 1] : -1);
            if (!ok) break;
            if (gets_no_exit(node)) {
                document->nodes[document->count - 1].end = document->count;
                continue;
            }
            if (depth == openCapacity) {
                openCapacity = openCapacity ? openCapacity * 2 : 64;
                int32_t *grown = realloc(open, sizeof(int32_t) * (size_t)openCapacity);
                if (grown == NULL) { ok = 0; break; }
                open = grown;
            }
            open[depth++] = document->count - 1;
        } else if (event == CMARK_EVENT_EXIT && depth > 0) {
            document->nodes[open[--depth]].end = document->count;
        }
    }
    while (depth > 0) document->nodes[open[--depth]].end = document->count;
    cmark_iter_free(iterator);
    cmark_node_free(root);
    free(open);
    if (!ok) {
        tl_md_free(document);
        return NULL;
    }
    return document;
}

void tl_md_free(tl_md_document *document) {
    if (document == NULL) return;
    free(document->nodes);
    tl_pool_free(&document->pool);
    free(document);
}

int32_t tl_md_node_count(const tl_md_document *document) { return document->count; }
const tl_md_node *tl_md_nodes(const tl_md_document *document) { return document->nodes; }
const char *tl_md_pool(const tl_md_document *document) { return document->pool.bytes; }

int32_t tl_md_entity(const uint8_t *text, int32_t length, uint8_t *out, int32_t capacity, int32_t *written) {
    cmark_strbuf buffer;
    cmark_strbuf_init(cmark_get_default_mem_allocator(), &buffer, 8);
    bufsize_t consumed = houdini_unescape_ent(&buffer, text, length);
    int32_t size = cmark_strbuf_len(&buffer);
    if (size > capacity) size = capacity;
    memcpy(out, buffer.ptr, (size_t)size);
    *written = size;
    cmark_strbuf_free(&buffer);
    return consumed;
}
