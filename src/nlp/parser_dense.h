/*
** parser_dense.h — the long weight runs of a loaded parser model as dense
** rows.
**
** A model keeps, per feature, only the actions it has weights for
** (parser.h).  Most features have one or two; the few frequent ones (the
** tags of the stack top and the buffer front, their pairs) have weights
** for most of the ~100 actions, and in parsing they are nine in ten of
** the weights added, one scattered add at a time.  Loading turns every
** run of PARSER_DENSE_MIN_RUN or more into a row of int16 over all actions
** that vector instructions add 8 or 16 at a time; the row takes about the
** memory the run did.  The slot table is copied so that a dense feature's
** slot can point at its row (PARSER_DENSE_FLAG | row) instead of its run;
** the file itself stays untouched and read only.  The copy, the rows and a
** copy of the entries are in huge pages (base/hugemem.h): all three are
** read at random.
*/
#ifndef DYAD_NLP_PARSER_DENSE_H
#define DYAD_NLP_PARSER_DENSE_H

#include <stdint.h>
#include "nlp/parser.h"

#define PARSER_DENSE_MIN_RUN 16
#define PARSER_DENSE_FLAG 0x80000000u

typedef struct parser_dense {
    void *mem;               /* owned: slots, rows and the entries' copy */
    size_t mem_bytes;
    uint32_t *slots;         /* [n_slots * 2] the model's, dense ones flagged */
    int16_t *rows;           /* [n_rows][stride], zero where no weight */
    uint32_t n_rows;
} parser_dense;

/*
** Builds the dense rows of m's runs of at least min_run entries and points
** m at them (m->slots, m->dense_rows, m->sum_dense); d owns the memory
** and must outlive m's use.  A model with none is left as it was.
** DYAD_OK or DYAD_ENOMEM (m unchanged).
*/
int parser_dense_build(parser_dense *d, parser_model *m, uint32_t min_run);

void parser_dense_free(parser_dense *d);

#endif
