/*
** conllu_batch.h — reads the documents of a CoNLL-U stream a batch at a
** time, so that `dyad tag --conllu` and `dyad parse` can work on several
** at once (--threads) and still write them in the order read.
*/
#ifndef DYAD_CLI_CONLLU_BATCH_H
#define DYAD_CLI_CONLLU_BATCH_H

#include "cli/input.h"
#include "text/conllu_read.h"

/* conllu_run_batched's return when fn asked to stop (having said why). */
enum { CONLLU_BATCH_STOPPED = 2 };

/*
** Reads r's documents into docs[0..batch-1] (initialized by the caller,
** reused from batch to batch) and hands fn each batch of up to `batch`
** documents in the order read.  A malformed sentence is reported on
** standard error (FILE:LINE: reason), counted in *rejected and skipped;
** the rest of its document is kept.  Returns DYAD_OK, the reader's
** failure (DYAD_ENOMEM, DYAD_EIO) or CONLLU_BATCH_STOPPED.
*/
int conllu_run_batched(conllu_reader *r, dyad_doc *docs, size_t batch, batch_fn fn, void *ctx,
                       size_t *rejected);

#endif
