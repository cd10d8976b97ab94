// libFuzzer's driver entry point, for the AftalerFuzz target.
//
// The symbol exists only when the program is linked with -sanitize=fuzzer (scripts/fuzz does
// that). AftalerFuzz calls it only when compiled with -DFUZZING, so ordinary builds never
// reference it and link as usual.
#ifndef AFTALER_CLIBFUZZER_H
#define AFTALER_CLIBFUZZER_H

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
