/*
** conllu_batch.c — conllu_batch.h's loop: fill the batch, hand it over,
** start again, until the reader has nothing left.
*/
#include <stdio.h>
#include "cli/conllu_batch.h"

int conllu_run_batched(conllu_reader *r, dyad_doc *docs, size_t batch, batch_fn fn, void *ctx,
                       size_t *rejected)
{
    size_t n = 0;
    for (;;) {
        int rc = conllu_reader_next(r, &docs[n], 0);
        if (rc == DYAD_DONE) break;
        if (rc == DYAD_EFORMAT) {
            fprintf(stderr, "%s\n", conllu_reader_error(r));
            ++*rejected;
            if (docs[n].n_sents == 0) continue;   /* nothing of the document is left */
        } else if (rc) {
            return rc;
        }
        if (++n == batch) {
            if (fn(docs, n, ctx)) return CONLLU_BATCH_STOPPED;
            n = 0;
        }
    }
    if (n && fn(docs, n, ctx)) return CONLLU_BATCH_STOPPED;
    return DYAD_OK;
}
