// MarkdownBridge: cmark-gfm's syntax tree as a flat array Swift can walk.
//
// Why this shim exists: cmark-gfm's tree is a web of pointers with extension node types
// registered at run time; Swift's Formats module wants plain records. This target parses a
// document with the GFM extensions (tables, strikethrough, autolinks, task lists) and
// footnotes, walks the tree once, and returns one record per node in document order (a node
// before its children) with cmark's source positions and literals. Functions are prefixed
// `tl_md_`.
//
// Positions are cmark's: 1-based lines, 1-based byte columns of the UTF-8 input. Block
// positions are exact; inline positions are only hints (cmark gets some wrong after line
// breaks), and Swift aligns inline text with the source itself.
#ifndef TRANSLINT_MARKDOWN_BRIDGE_H
#define TRANSLINT_MARKDOWN_BRIDGE_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

enum {
    TL_MD_OTHER = 0,
    TL_MD_DOCUMENT,
    TL_MD_BLOCK_QUOTE,
    TL_MD_LIST,
    TL_MD_ITEM,
    TL_MD_CODE_BLOCK,
    TL_MD_HTML_BLOCK,
    TL_MD_PARAGRAPH,
    TL_MD_HEADING,
    TL_MD_THEMATIC_BREAK,
    TL_MD_FOOTNOTE_DEFINITION,
    TL_MD_TABLE,
    TL_MD_TABLE_ROW,
    TL_MD_TABLE_CELL,
    TL_MD_TEXT,
    TL_MD_SOFTBREAK,
    TL_MD_LINEBREAK,
    TL_MD_CODE,
    TL_MD_HTML_INLINE,
    TL_MD_EMPH,
    TL_MD_STRONG,
    TL_MD_STRIKETHROUGH,
    TL_MD_LINK,
    TL_MD_IMAGE,
    TL_MD_FOOTNOTE_REFERENCE,
};

typedef struct tl_md_node {
    int32_t type;          // TL_MD_*
    int32_t parent;        // index of the parent record, -1 for the document
    int32_t end;           // index after the node's last descendant
    int32_t startLine, startColumn, endLine, endColumn;
    int32_t literal;       // offset of the node's literal in the pool, -1 if none
    int32_t literalLength; // in bytes
    int32_t fenced;        // code blocks: 1 when fenced
} tl_md_node;

typedef struct tl_md_document tl_md_document;

/// Parses `length` bytes of UTF-8 Markdown. Never fails on any input (CommonMark has no
/// syntax errors); returns NULL only when memory runs out.
tl_md_document *tl_md_parse(const char *text, int32_t length);
void tl_md_free(tl_md_document *document);
int32_t tl_md_node_count(const tl_md_document *document);
const tl_md_node *tl_md_nodes(const tl_md_document *document);
/// The literals of all nodes, one after the other (not NUL-separated).
const char *tl_md_pool(const tl_md_document *document);

/// Decodes the HTML entity or numeric character reference whose text starts after `&` at
/// `text` (up to `length` bytes, `;` included), as CommonMark does. Returns the bytes it
/// consumed (0 when the text is no entity) and writes its UTF-8 (at most `capacity` bytes) to
/// `out`, with its length in `*written`.
int32_t tl_md_entity(const uint8_t *text, int32_t length, uint8_t *out, int32_t capacity, int32_t *written);

#ifdef __cplusplus
}
#endif

#endif
