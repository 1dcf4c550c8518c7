/*
** fuzz_lexicon.c — libFuzzer target: any bytes as a compiled lexicon.
** The checksum is recomputed first, so the fuzzer gets past the container
** to the lexicon's own checks; a lexicon that passes them is then used to
** match a sentence, which must never read out of bounds.
*/
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "dyad.h"
#include "base/binfile.h"
#include "lex/lexicon.h"
#include "lex/words.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    uint8_t *copy = malloc(size ? size : 1);
    if (!copy) return 0;
    memcpy(copy, data, size);
    if (size >= 64) {
        uint64_t h = binfile_hash(copy + 64, size - 64);
        for (int i = 0; i < 8; i++) copy[40 + i] = (uint8_t)(h >> (8 * i));
    }
    dyad_lexicon *lex = NULL;
    char err[256];
    if (lex_open_memory(&lex, copy, size, err, sizeof err) == DYAD_OK) {
        static const char text[] = "President Maia Sandu of the US-led UN's troops in Moscow";
        dyad_doc doc;
        dyad_doc_init(&doc);
        dyad_lex_matches m;
        dyad_lex_matches_init(&m);
        if (dyad_doc_set_text(&doc, text, sizeof text - 1) == DYAD_OK && lex_doc_split(&doc) == DYAD_OK) {
            doc.date = "2023-01-01";
            dyad_lex_match_doc(lex, &doc, &m);
            doc.date = "";
        }
        dyad_lex_matches_free(&m);
        dyad_doc_free(&doc);
        dyad_lexicon_close(lex);
    }
    free(copy);
    return 0;
}
