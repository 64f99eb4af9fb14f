// The system libicu, located through pkg-config (icu-uc). Only the ICUBridge C target imports
// this module; Swift code never does (see ICUBridge.h for why).
#include <unicode/utypes.h>
