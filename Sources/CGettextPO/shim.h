// The system libgettextpo (GNU gettext's PO file reader; Debian's libgettextpo-dev, which
// ships no pkg-config file). Only the POBridge C target imports this module.
#include <gettext-po.h>
