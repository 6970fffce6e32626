#ifndef WEAVE_CFUZZERDRIVER_H
#define WEAVE_CFUZZERDRIVER_H
#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver (linked in by -sanitize=fuzzer): parses libFuzzer's flags from argv and
/// calls `callback` with each input until a crash, a time limit or a run count ends it.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

/// Runs the driver with the process's arguments.
int weave_fuzz_main(int argc, char **argv, int (*callback)(const uint8_t *data, size_t size));
#endif
