/*
** fuzz_binfile.c — libFuzzer target: any bytes as a model or lexicon
** container; the loader must reject what is not valid, never read past it.
*/
#include <stdint.h>
#include "dyad.h"
#include "base/binfile.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    binfile bf;
    char err[256];
    if (binfile_open_memory(&bf, data, size, "tagger", 0, 100, err, sizeof err) == DYAD_OK) {
        size_t n;
        const uint8_t *s = binfile_section(&bf, "weights", &n);
        volatile uint8_t sum = 0;
        for (size_t i = 0; s && i < n; i++) sum ^= s[i];
        (void)sum;
    }
    return 0;
}
