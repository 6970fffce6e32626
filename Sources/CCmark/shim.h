#ifndef WEAVE_CCMARK_SHIM_H
#define WEAVE_CCMARK_SHIM_H
#include <cmark.h>
#endif
