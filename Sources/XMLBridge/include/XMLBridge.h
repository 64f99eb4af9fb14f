// XMLBridge: a libxml2 SAX parse recorded as a flat list of events with byte positions.
//
// Why this shim exists: Swift's Formats module reads XLIFF, and must point findings at the
// exact bytes of a target's text. libxml2 checks well-formedness and decodes the text, but
// its SAX callbacks say where the parser is, not where each piece began. This target
// records every event in order with the byte offset just after it (exact for tags, comments,
// CDATA and processing instructions) and the decoded text of character data; Swift finds
// where each tag began and aligns the text between tags with the source. Functions are
// prefixed `tl_xml_`.
//
// The parser never reads the network or external entities, and a document declaring
// entities of its own is refused (XLIFF needs none; they are how entity bombs start).
#ifndef TRANSLINT_XML_BRIDGE_H
#define TRANSLINT_XML_BRIDGE_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

enum {
    TL_XML_START = 1,    // a start tag (or an empty-element tag, then followed by its END at the same offset)
    TL_XML_END = 2,      // an end tag
    TL_XML_TEXT = 3,     // character data, decoded (entities and character references resolved)
    TL_XML_COMMENT = 4,  // a comment's text
    TL_XML_CDATA = 5,    // a CDATA section's text
    TL_XML_PI = 6,       // a processing instruction
};

typedef struct tl_xml_event {
    int32_t kind;             // TL_XML_*
    int32_t name, nameLength; // START, END, PI: the local name in the pool
    int32_t text, textLength; // TEXT, COMMENT, CDATA: in the pool
    int32_t end;              // byte offset just after the event in the input (TEXT: unreliable)
    int32_t firstAttribute, attributeCount;
} tl_xml_event;

typedef struct tl_xml_attribute {
    int32_t name, nameLength;   // local name
    int32_t value, valueLength; // decoded value
} tl_xml_attribute;

typedef struct tl_xml_document tl_xml_document;

/// Parses `length` bytes of UTF-8 XML (whatever encoding its declaration names). Returns
/// NULL only when memory runs out; a malformed document is returned with `tl_xml_error`.
tl_xml_document *tl_xml_parse(const char *text, int32_t length);
void tl_xml_free(tl_xml_document *document);
int32_t tl_xml_event_count(const tl_xml_document *document);
const tl_xml_event *tl_xml_events(const tl_xml_document *document);
const tl_xml_attribute *tl_xml_attributes(const tl_xml_document *document);
const char *tl_xml_pool(const tl_xml_document *document);
/// 0 when the document is well-formed; else 1, with the 1-based line and column of the
/// first error and its message (NUL-terminated, in the document).
int32_t tl_xml_error(const tl_xml_document *document, int32_t *line, int32_t *column, const char **message);

#ifdef __cplusplus
}
#endif

#endif
