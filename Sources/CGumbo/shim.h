// The system Gumbo HTML5 parser, located through pkg-config (gumbo). Only the HTMLBridge C
// target imports this module.
#include <gumbo.h>
