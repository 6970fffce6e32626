#include "CFuzzerDriver.h"

int weave_fuzz_main(int argc, char **argv, int (*callback)(const uint8_t *data, size_t size)) {
    // The driver may rewrite argc and argv, so it gets pointers to copies.
    return LLVMFuzzerRunDriver(&argc, &argv, callback);
}
