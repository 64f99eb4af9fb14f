// The system libxml2, located through pkg-config (libxml-2.0). Only the XMLBridge C target
// imports this module.
#include <libxml/parser.h>
