// HTMLBridge: a Gumbo HTML5 parse as a flat array Swift can walk.
//
// Why this shim exists: Gumbo's tree is a web of pointers, vectors and unions, and its
// positions are pointers into the input; Swift's Formats module wants plain records with
// byte offsets. This target parses a document as a browser does (malformed markup too),
// walks it once and returns one record per node in document order (a node before its
// children), with the source byte ranges of tags, text and attribute values, the decoded
// text, and lowercase tag names. Functions are prefixed `tl_html_`.
#ifndef TRANSLINT_HTML_BRIDGE_H
#define TRANSLINT_HTML_BRIDGE_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

enum {
    TL_HTML_ELEMENT = 1,
    TL_HTML_TEXT = 2,
    TL_HTML_WHITESPACE = 3,
    TL_HTML_COMMENT = 4,
    TL_HTML_CDATA = 5,
};

typedef struct tl_html_node {
    int32_t type;              // TL_HTML_*
    int32_t parent;            // index of the parent record, -1 at the top
    int32_t end;               // index after the node's last descendant
    int32_t name, nameLength;  // elements: lowercase tag name in the pool
    int32_t start, startEnd;   // source bytes of the start tag (elements) or of the text; -1 when implied
    int32_t endTagStart, endTagEnd; // elements: source bytes of the end tag, -1 when implied
    int32_t text, textLength;  // text, comments, CDATA: the decoded text in the pool
    int32_t firstAttribute, attributeCount;
} tl_html_node;

typedef struct tl_html_attribute {
    int32_t name, nameLength;   // lowercase, in the pool
    int32_t value, valueLength; // decoded, in the pool
    int32_t valueStart, valueEnd; // source bytes of the value without its quotes, -1 when none
} tl_html_attribute;

typedef struct tl_html_document tl_html_document;

/// Parses `length` bytes of UTF-8 HTML. Never fails on malformed markup; returns NULL only
/// when memory runs out.
tl_html_document *tl_html_parse(const char *text, int32_t length);
void tl_html_free(tl_html_document *document);
int32_t tl_html_node_count(const tl_html_document *document);
const tl_html_node *tl_html_nodes(const tl_html_document *document);
const tl_html_attribute *tl_html_attributes(const tl_html_document *document);
const char *tl_html_pool(const tl_html_document *document);

#ifdef __cplusplus
}
#endif

#endif
