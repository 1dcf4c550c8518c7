/*
** segeval.h — scoring a segmentation against a gold one, as the CoNLL 2018
** shared task's evaluator does: surface tokens, words and sentences are
** matched by their character spans in the same text, and each level gets
** precision, recall and F1.
*/
#ifndef DYAD_TEXT_SEGEVAL_H
#define DYAD_TEXT_SEGEVAL_H

#include <stddef.h>
#include "dyad.h"

typedef struct seg_score {
    size_t gold, system, matched;
} seg_score;

typedef struct seg_eval {
    seg_score tokens, words, sentences;
} seg_eval;

/*
** Adds the comparison of `system` against `gold` to *eval.  Both documents
** must hold the same text.  Words of a multiword token match when the
** token matches and the word forms agree in order.
*/
void seg_eval_add(seg_eval *eval, const dyad_doc *gold, const dyad_doc *system);

/*
** Word alignment as the CoNLL 2018 evaluator does it, for scoring a
** system's columns from raw text: walking both documents left to right,
** a gold word and a system word are aligned when their surface tokens
** cover the same characters, have as many words, and (inside a multiword
** token) the words' forms agree in order.  Calls pair(gold word, system
** word, ctx) for each aligned pair, in order; returns how many.
*/
size_t seg_align_words(const dyad_doc *gold, const dyad_doc *system,
                       void (*pair)(size_t gold_word, size_t system_word, void *ctx),
                       void *ctx);

double seg_precision(const seg_score *s);
double seg_recall(const seg_score *s);
double seg_f1(const seg_score *s);

#endif
