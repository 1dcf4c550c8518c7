/*
** fuzz_segment.c — libFuzzer target: any bytes through the tokenizer and
** sentence splitter, with every option; checks the invariants of the
** result (words inside the text, in order, sentences covering words).
*/
#include <stdint.h>
#include <stdlib.h>
#include "dyad.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    dyad_doc doc;
    dyad_doc_init(&doc);
    dyad_segment_options options = { size & 1, (size >> 1) & 1 };
    if (dyad_doc_set_text(&doc, (const char *)data, size) == DYAD_OK &&
        dyad_segment(&doc, &options) == DYAD_OK) {
        uint32_t last_end = 0;
        for (size_t i = 0; i < doc.n_tokens; i++) {
            const dyad_token *t = &doc.tokens[i];
            if (t->end > doc.text_len || t->start >= t->end || t->start < last_end || !t->form) abort();
            last_end = t->end;
        }
        size_t words = 0;
        for (size_t s = 0; s < doc.n_sents; s++) {
            if (doc.sents[s].first != words || doc.sents[s].count == 0) abort();
            words += doc.sents[s].count;
        }
        if (words != doc.n_tokens) abort();
    }
    dyad_doc_free(&doc);
    return 0;
}
