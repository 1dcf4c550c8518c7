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

/*
** Raw-text scoring, as the CoNLL 2018 evaluator does it: sys holds its own
** segmentation of gold's text, parsed; words are aligned by character
** span (seg_align_words).  An aligned word has the right head when both
** heads are the root or the system head is the word aligned with the gold
** head.  Scores are F1 over gold and system words: 2 * right / (gold +
** system); for CLAS each side counts its own content words.
*/
typedef struct parse_aligned {
    size_t gold, system, aligned;                  /* words */
    size_t head_ok, label_ok, universal_ok;        /* of the aligned words */
    size_t gold_content, system_content, content_ok;
} parse_aligned;

/* Adds the comparison of sys with gold; DYAD_OK or DYAD_ENOMEM. */
int parse_aligned_add(parse_aligned *a, const dyad_doc *gold, const dyad_doc *sys);

/* 2 * right / (gold + system) in percent, 0 when both are 0. */
double parse_f1(size_t right, size_t gold, size_t system);

#endif
