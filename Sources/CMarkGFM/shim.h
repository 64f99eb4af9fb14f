// The system cmark-gfm (CommonMark with GitHub's extensions), located through pkg-config
// (libcmark-gfm). Only the MarkdownBridge C target imports this module.
#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>
