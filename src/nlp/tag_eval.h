/*
** tag_eval.h — scoring a tagger against gold CoNLL-U words.
**
** The words are the gold ones (no tokenization is scored): each word's
** predicted UPOS, XPOS, FEATS and lemma is compared with the gold column
** as strings, the way the CoNLL 2018 evaluator scores aligned words.
*/
#ifndef DYAD_NLP_TAG_EVAL_H
#define DYAD_NLP_TAG_EVAL_H

#include <stddef.h>
#include "dyad.h"

typedef struct tag_scores {
    size_t words;            /* words scored */
    size_t upos, xpos;       /* words with that column right */
    size_t feats, lemma;
    size_t all;              /* UPOS, XPOS and FEATS all right */
} tag_scores;

/* Gold columns saved before tagging overwrites them. */
typedef struct tag_gold {
    const char **upos, **xpos, **feats, **lemma;   /* [n_tokens] each */
    size_t n;
} tag_gold;

/* Saves doc's columns; DYAD_ENOMEM on failure.  tag_gold_free frees. */
int tag_gold_save(tag_gold *g, const dyad_doc *doc);
void tag_gold_free(tag_gold *g);

/* Adds the comparison of doc's predicted columns with g to s. */
void tag_gold_score(const tag_gold *g, const dyad_doc *doc, tag_scores *s);

/* Reads a gold CoNLL-U file, tags its words with t and adds the scores to
** s.  On failure *error (if given) holds a message the caller frees. */
int tag_eval_file(const dyad_tagger *t, const char *path, tag_scores *s,
                  char **error);

/* Percent of words right; 0 for no words. */
double tag_pct(size_t right, size_t words);

#endif
