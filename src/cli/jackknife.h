/*
** jackknife.h — predicted tags for a parser's training words: the training
** sentences are cut into K folds of consecutive sentences; for each fold a
** tagger is trained on the other K-1 (with dyad's own tagger trainer) and
** tags the fold it has not seen.  The parser then learns from tags with the
** errors a tagger makes on new text, not from gold ones.
*/
#ifndef DYAD_CLI_JACKKNIFE_H
#define DYAD_CLI_JACKKNIFE_H

#include "dyad.h"

typedef struct jackknife_options {
    const char *train_path;      /* the CoNLL-U file train was read from */
    const char *dev_path;        /* early stopping of the fold taggers, or NULL */
    const char *work_prefix;     /* fold files are work_prefix.jk-*, removed after */
    const char *tags_out;        /* write the tagged training file here, or NULL */
    int folds;                   /* K >= 2 */
    int tagger_passes;           /* 1 or 2 (the fold taggers' --passes) */
    int tagger_epochs;           /* most epochs of a fold tagger */
    uint64_t seed;
} jackknife_options;

/*
** Replaces the UPOS, XPOS, FEATS and lemma of every word of train (read
** from o->train_path) by those of the fold taggers; the strings go into
** train's arena.  Prints a line per fold and the held-out tag accuracy to
** stderr.  Returns 0, or prints why and returns -1.
*/
int jackknife_tags(const jackknife_options *o, dyad_doc *train);

#endif
