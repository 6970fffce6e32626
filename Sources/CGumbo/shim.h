#ifndef WEAVE_CGUMBO_SHIM_H
#define WEAVE_CGUMBO_SHIM_H
#include <gumbo.h>
#endif
