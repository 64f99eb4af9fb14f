// See XMLBridge.h.

#include "XMLBridge.h"
#include "BridgeSupport.h"

#include <libxml/parser.h>
#include <libxml/parserInternals.h>

#include <libxml/SAX2.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct tl_xml_document {
    tl_xml_event *events;
    int32_t count, capacity;
    tl_xml_attribute *attributes;
    int32_t attributeCount, attributeCapacity;
    tl_string_pool pool;
    int ok;
    int failed;
    int32_t errorLine, errorColumn;
    char errorMessage[256];
    xmlParserCtxtPtr context;
};


static int32_t pool_add(tl_xml_document *document, const xmlChar *text, int32_t length, int32_t *stored) {
    *stored = 0;
    if (text == NULL || length < 0 || !document->ok) return -1;
    int32_t offset = tl_pool_add(&document->pool, (const char *)text, (size_t)length, 0, stored);
    if (offset < 0) document->ok = 0;
    return offset;
}

static tl_xml_event *add_event(tl_xml_document *document, int32_t kind) {
    if (!document->ok) return NULL;
    tl_xml_event *events = tl_grow(document->events, &document->capacity, sizeof(tl_xml_event), document->count + 1);
    if (events == NULL) {
        document->ok = 0;
        return NULL;
    }
    document->events = events;
    tl_xml_event *event = &events[document->count++];
    memset(event, 0, sizeof *event);
    event->kind = kind;
    event->name = event->text = -1;
    long consumed = xmlByteConsumed(document->context);
    event->end = consumed > INT32_MAX ? INT32_MAX : (int32_t)consumed;
    return event;
}

static void on_start(void *context, const xmlChar *name, const xmlChar *prefix, const xmlChar *uri, int namespaceCount,
                     const xmlChar **namespaces, int attributeCount, int defaulted, const xmlChar **attributes) {
    (void)prefix; (void)uri; (void)namespaceCount; (void)namespaces; (void)defaulted;
    tl_xml_document *document = ((xmlParserCtxtPtr)context)->_private;
    tl_xml_event *event = add_event(document, TL_XML_START);
    if (event == NULL) return;
    int32_t index = document->count - 1;
    event->name = pool_add(document, name, (int32_t)strlen((const char *)name), &document->events[index].nameLength);
    document->events[index].firstAttribute = document->attributeCount;
    // SAX2 gives five pointers per attribute: local name, prefix, URI, value start, value end.
    for (int i = 0; i < attributeCount && document->ok; i++) {
        const xmlChar **attribute = attributes + 5 * i;
        tl_xml_attribute *list = tl_grow(document->attributes, &document->attributeCapacity, sizeof(tl_xml_attribute), document->attributeCount + 1);
        if (list == NULL) {
            document->ok = 0;
            return;
        }
        document->attributes = list;
        tl_xml_attribute *record = &list[document->attributeCount++];
        record->name = pool_add(document, attribute[0], (int32_t)strlen((const char *)attribute[0]), &record->nameLength);
        record->value = pool_add(document, attribute[3], (int32_t)(attribute[4] - attribute[3]), &record->valueLength);
        document->events[index].attributeCount++;
    }
}

static void on_end(void *context, const xmlChar *name, const xmlChar *prefix, const xmlChar *uri) {
    (void)prefix; (void)uri;
    tl_xml_document *document = ((xmlParserCtxtPtr)context)->_private;
    tl_xml_event *event = add_event(document, TL_XML_END);
    if (event == NULL) return;
    int32_t index = document->count - 1;
    document->events[index].name = pool_add(document, name, (int32_t)strlen((const char *)name), &document->events[index].nameLength);
}

static void add_text(void *context, int32_t kind, const xmlChar *text, int length) {
    tl_xml_document *document = ((xmlParserCtxtPtr)context)->_private;
    tl_xml_event *event = add_event(document, kind);
    if (event == NULL) return;
    int32_t index = document->count - 1;
    document->events[index].text = pool_add(document, text, length, &document->events[index].textLength);
}

static void on_characters(void *context, const xmlChar *text, int length) { add_text(context, TL_XML_TEXT, text, length); }
static void on_cdata(void *context, const xmlChar *text, int length) { add_text(context, TL_XML_CDATA, text, length); }
static void on_comment(void *context, const xmlChar *text) { add_text(context, TL_XML_COMMENT, text, (int)strlen((const char *)text)); }

static void on_processing_instruction(void *context, const xmlChar *target, const xmlChar *data) {
    (void)data;
    tl_xml_document *document = ((xmlParserCtxtPtr)context)->_private;
    tl_xml_event *event = add_event(document, TL_XML_PI);
    if (event == NULL) return;
    int32_t index = document->count - 1;
    document->events[index].name = pool_add(document, target, (int32_t)strlen((const char *)target), &document->events[index].nameLength);
}

static void on_entity_declaration(void *context, const xmlChar *name, int type, const xmlChar *publicId, const xmlChar *systemId,
                                  xmlChar *content) {
    (void)name; (void)type; (void)publicId; (void)systemId; (void)content;
    xmlParserCtxtPtr parser = context;
    tl_xml_document *document = parser->_private;
    if (!document->failed) {
        document->failed = 1;
        document->errorLine = xmlSAX2GetLineNumber(context);
        document->errorColumn = xmlSAX2GetColumnNumber(context);
        snprintf(document->errorMessage, sizeof document->errorMessage, "the document declares entities of its own, which translint does not read");
    }
    xmlStopParser(parser);
}

static void on_error(void *context, const char *message, ...) { (void)context; (void)message; }

tl_xml_document *tl_xml_parse(const char *text, int32_t length) {
    tl_xml_document *document = calloc(1, sizeof *document);
    if (document == NULL) return NULL;
    document->ok = 1;
    xmlSAXHandler handler;
    memset(&handler, 0, sizeof handler);
    handler.initialized = XML_SAX2_MAGIC;
    handler.startElementNs = on_start;
    handler.endElementNs = on_end;
    handler.characters = on_characters;
    handler.ignorableWhitespace = on_characters;
    handler.cdataBlock = on_cdata;
    handler.comment = on_comment;
    handler.processingInstruction = on_processing_instruction;
    handler.entityDecl = on_entity_declaration;
    handler.error = on_error;
    handler.warning = on_error;
    xmlParserCtxtPtr context = xmlCreatePushParserCtxt(&handler, NULL, NULL, 0, NULL);
    if (context == NULL) {
        free(document);
        return NULL;
    }
    context->_private = document;
    document->context = context;
    // XML_PARSE_IGNORE_ENC: an encoding declaration ("UTF-7") must not re-decode the UTF-8 we
    // pass, which would move every offset libxml2 reports off the text.
    xmlCtxtUseOptions(context, XML_PARSE_NONET | XML_PARSE_NOWARNING | XML_PARSE_NOERROR | XML_PARSE_IGNORE_ENC);
    // The text was decoded to Unicode and encoded again as UTF-8, whatever its declaration says.
    xmlSwitchEncoding(context, XML_CHAR_ENCODING_UTF8);
    xmlParseChunk(context, text, length, 1);
    if (!document->failed && !context->wellFormed) {
        document->failed = 1;
        const xmlError *error = xmlCtxtGetLastError(context);
        if (error) {
            document->errorLine = error->line;
            document->errorColumn = error->int2;
            snprintf(document->errorMessage, sizeof document->errorMessage, "%s", error->message ? error->message : "not well-formed");
            size_t end = strlen(document->errorMessage);
            while (end > 0 && (document->errorMessage[end - 1] == '\n' || document->errorMessage[end - 1] == ' ')) document->errorMessage[--end] = 0;
        } else {
            snprintf(document->errorMessage, sizeof document->errorMessage, "not well-formed XML");
        }
    }
    document->context = NULL;
    xmlFreeParserCtxt(context);
    if (!document->ok) {
        tl_xml_free(document);
        return NULL;
    }
    return document;
}

void tl_xml_free(tl_xml_document *document) {
    if (document == NULL) return;
    free(document->events);
    free(document->attributes);
    tl_pool_free(&document->pool);
    free(document);
}

int32_t tl_xml_event_count(const tl_xml_document *document) { return document->count; }
const tl_xml_event *tl_xml_events(const tl_xml_document *document) { return document->events; }
const tl_xml_attribute *tl_xml_attributes(const tl_xml_document *document) { return document->attributes; }
const char *tl_xml_pool(const tl_xml_document *document) { return document->pool.bytes; }

int32_t tl_xml_error(const tl_xml_document *document, int32_t *line, int32_t *column, const char **message) {
    *line = document->errorLine;
    *column = document->errorColumn;
    *message = document->errorMessage;
    return document->failed;
}
