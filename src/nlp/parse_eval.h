/*
** parse_eval.h — attachment scores of a parse against gold (CoNLL 2018).
**
** UAS: words with the right head.  LAS: right head and right relation,
** subtypes included ("obl:tmod" is not "obl"), a little stricter than the
** CoNLL 2018 script, which compares only the universal part; that figure
** is kept too (las_universal).  CLAS: LAS over content words only, i.e.
** words whose gold relation is not aux, case, cc, clf, cop, det, mark or
** punct (as in the CoNLL 2018 shared task).
*/
#ifndef DYAD_NLP_PARSE_EVAL_H
#define DYAD_NLP_PARSE_EVAL_H

#include <stddef.h>
#include "dyad.h"

typedef struct parse_score {
    size_t words, head_ok, label_ok, universal_ok;   /* all words */
    size_t content, content_ok;                      /* CLAS */
} parse_score;

/* Adds one sentence: gold and predicted words, n of each (borrowed). */
void parse_eval_sentence(parse_score *sc, const dyad_token *gold,
                         const dyad_token *pred, size_t n);

/* Percentages (0 when there is nothing to score). */
double parse_uas(const parse_score *sc);
double parse_las(const parse_score *sc);
double parse_las_universal(const parse_score *sc);
double parse_clas(const parse_score *sc);

#endif
