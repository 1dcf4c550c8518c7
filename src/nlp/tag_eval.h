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

/*
** Raw-text scoring, as the CoNLL 2018 evaluator does it: the system's
** words come from its own segmentation of the same text (sys->text equals
** gold->text), and a system word is scored against a gold word only when
** they are aligned: their surface tokens cover the same characters and,
** inside a multiword token, the words agree in number and form.  Each
** column's score is then an F1 over all gold and system words (tag_f1).
*/
typedef struct tag_aligned {
    size_t gold, system;     /* words on each side */
    tag_scores right;        /* right.words = aligned words; the columns
                             ** count aligned words with that column right */
} tag_aligned;

/* Adds the aligned comparison of sys (tagged) with gold (gold columns). */
void tag_aligned_add(tag_aligned *a, const dyad_doc *gold, const dyad_doc *sys);

/* 2 * right / (gold + system), in percent; 0 for no words. */
double tag_f1(size_t right, const tag_aligned *a);

/* Percent of words right; 0 for no words. */
double tag_pct(size_t right, size_t words);

#endif
