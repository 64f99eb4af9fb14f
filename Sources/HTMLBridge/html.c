// See HTMLBridge.h.

#include "HTMLBridge.h"
#include "BridgeSupport.h"

#include <gumbo.h>

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

struct tl_html_document {
    tl_html_node *nodes;
    int32_t count, capacity;
    tl_html_attribute *attributes;
    int32_t attributeCount, attributeCapacity;
    tl_string_pool pool;
    const char *input;
    int ok;
};


static int32_t pool_add(tl_html_document *document, const char *text, size_t length, int lowercase, int32_t *stored) {
    *stored = 0;
    if (text == NULL || !document->ok) return -1;
    int32_t offset = tl_pool_add(&document->pool, text, length, lowercase, stored);
    if (offset < 0) document->ok = 0;
    return offset;
}

static int32_t offset_of(tl_html_document *document, GumboStringPiece piece) {
    return piece.data && piece.length > 0 ? (int32_t)(piece.data - document->input) : -1;
}

static int32_t new_node(tl_html_document *document, int32_t type, int32_t parent) {
    tl_html_node *nodes = tl_grow(document->nodes, &document->capacity, sizeof(tl_html_node), document->count + 1);
    if (nodes == NULL) {
        document->ok = 0;
        return -1;
    }
    document->nodes = nodes;
    tl_html_node *node = &nodes[document->count];
    memset(node, 0, sizeof *node);
    node->type = type;
    node->parent = parent;
    node->name = node->text = -1;
    node->start = node->startEnd = node->endTagStart = node->endTagEnd = -1;
    return document->count++;
}

static void add_attributes(tl_html_document *document, int32_t index, const GumboVector *attributes) {
    document->nodes[index].firstAttribute = document->attributeCount;
    for (unsigned int i = 0; i < attributes->length && document->ok; i++) {
        const GumboAttribute *attribute = attributes->data[i];
        tl_html_attribute *list = tl_grow(document->attributes, &document->attributeCapacity, sizeof(tl_html_attribute), document->attributeCount + 1);
        if (list == NULL) {
            document->ok = 0;
            return;
        }
        document->attributes = list;
        tl_html_attribute *record = &list[document->attributeCount++];
        record->name = pool_add(document, attribute->name, strlen(attribute->name), 1, &record->nameLength);
        record->value = pool_add(document, attribute->value, strlen(attribute->value), 0, &record->valueLength);
        // The value as written, without the quotes around it.
        int32_t start = offset_of(document, attribute->original_value);
        int32_t length = (int32_t)attribute->original_value.length;
        if (start >= 0 && length >= 2 && (attribute->original_value.data[0] == '"' || attribute->original_value.data[0] == '\'')) {
            start += 1;
            length -= 2;
        }
        record->valueStart = start;
        record->valueEnd = start >= 0 ? start + length : -1;
        document->nodes[index].attributeCount++;
    }
}

static void tag_name(tl_html_document *document, int32_t index, const GumboElement *element) {
    const char *name = gumbo_normalized_tagname(element->tag);
    size_t length = strlen(name);
    GumboStringPiece original = element->original_tag;
    if (length == 0 && original.data) {
        gumbo_tag_from_original_text(&original);
        name = original.data;
        length = original.length;
    }
    tl_html_node *node = &document->nodes[index];
    node->name = pool_add(document, name, length, 1, &document->nodes[index].nameLength);
}

static void walk(tl_html_document *document, const GumboNode *node, int32_t parent, int depth) {
    if (!document->ok) return;
    switch (node->type) {
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE: {
        const GumboElement *element = &node->v.element;
        int32_t index = new_node(document, TL_HTML_ELEMENT, parent);
        if (index < 0) return;
        tag_name(document, index, element);
        int32_t start = offset_of(document, element->original_tag);
        document->nodes[index].start = start;
        document->nodes[index].startEnd = start >= 0 ? start + (int32_t)element->original_tag.length : -1;
        int32_t endStart = offset_of(document, element->original_end_tag);
        document->nodes[index].endTagStart = endStart;
        document->nodes[index].endTagEnd = endStart >= 0 ? endStart + (int32_t)element->original_end_tag.length : -1;
        add_attributes(document, index, &element->attributes);
        // Gumbo nests as deep as the markup does; past this depth the rest is left out.
        if (depth < 512) {
            for (unsigned int i = 0; i < element->children.length; i++) walk(document, element->children.data[i], index, depth + 1);
        }
        if (document->ok) document->nodes[index].end = document->count;
        return;
    }
    case GUMBO_NODE_TEXT:
    case GUMBO_NODE_WHITESPACE:
    case GUMBO_NODE_COMMENT:
    case GUMBO_NODE_CDATA: {
        int32_t type = node->type == GUMBO_NODE_TEXT ? TL_HTML_TEXT : node->type == GUMBO_NODE_WHITESPACE ? TL_HTML_WHITESPACE
                     : node->type == GUMBO_NODE_COMMENT ? TL_HTML_COMMENT : TL_HTML_CDATA;
        int32_t index = new_node(document, type, parent);
        if (index < 0) return;
        const GumboText *text = &node->v.text;
        int32_t start = offset_of(document, text->original_text);
        document->nodes[index].start = start;
        document->nodes[index].startEnd = start >= 0 ? start + (int32_t)text->original_text.length : -1;
        document->nodes[index].text = pool_add(document, text->text, strlen(text->text), 0, &document->nodes[index].textLength);
        document->nodes[index].end = document->count;
        return;
    }
    case GUMBO_NODE_DOCUMENT:
        for (unsigned int i = 0; i < node->v.document.children.length; i++) walk(document, node->v.document.children.data[i], parent, depth + 1);
        return;
    }
}

tl_html_document *tl_html_parse(const char *text, int32_t length) {
    tl_html_document *document = calloc(1, sizeof *document);
    if (document == NULL) return NULL;
    document->input = text;
    document->ok = 1;
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0;  // errors are not reported; do not collect them
    GumboOutput *output = gumbo_parse_with_options(&options, text, (size_t)length);
    if (output == NULL) {
        free(document);
        return NULL;
    }
    walk(document, output->document, -1, 0);
    gumbo_destroy_output(&options, output);
    if (!document->ok) {
        tl_html_free(document);
        return NULL;
    }
    return document;
}

void tl_html_free(tl_html_document *document) {
    if (document == NULL) return;
    free(document->nodes);
    free(document->attributes);
    tl_pool_free(&document->pool);
    free(document);
}

int32_t tl_html_node_count(const tl_html_document *document) { return document->count; }
const tl_html_node *tl_html_nodes(const tl_html_document *document) { return document->nodes; }
const tl_html_attribute *tl_html_attributes(const tl_html_document *document) { return document->attributes; }
const char *tl_html_pool(const tl_html_document *document) { return document->pool.bytes; }
