/*
** tagger_train.h — training a tagger model from CoNLL-U treebanks.
**
** Training is kept apart from tagging (as CRFsuite keeps its trainers
** apart from its tagger): tagger.c only reads the model this writes.
**
** One call reads the training files, learns the averaged perceptron with
** early stopping on the dev file, learns the lemmatizer's tables, folds in
** WordNet's exception lists and lemma index, and writes the model.  Given
** the same files, options and seed, the model is the same byte for byte.
*/
#ifndef DYAD_NLP_TAGGER_TRAIN_H
#define DYAD_NLP_TAGGER_TRAIN_H

#include <stddef.h>
#include <stdint.h>
#include "nlp/tag_eval.h"

/* What a progress callback hears after each epoch. */
typedef struct tagger_epoch {
    int epoch, max_epochs;   /* 1-based */
    double train_acc;        /* % of scored training words right, during it */
    double dev_upos, dev_xpos;   /* % with this epoch's averaged weights,
                                 ** or -1 without a dev file */
    double words_per_s;      /* training words per second */
    int best;                /* the best epoch so far */
} tagger_epoch;

typedef struct tagger_train_options {
    const char *const *train;    /* training files (borrowed) */
    size_t n_train;
    const char *dev;             /* dev file for early stopping, or NULL */
    const char *out;             /* model path to write */
    const char *wordnet;         /* WordNet dict folder; NULL for
                                 ** /usr/share/wordnet, "" for none */
    const char *info;            /* provenance text stored in the model */
    uint64_t seed;               /* shuffles the sentences each epoch */
    int epochs;                  /* most epochs (default 20) */
    int patience;                /* epochs without dev gain before stopping (3) */
    int min_count;               /* features seen fewer times are dropped (2) */
    int min_weight;              /* quantized weights below this are dropped (1) */
    int passes;                  /* 1, or 2 (the default): a second pass
                                 ** sees the first's labels on the right,
                                 ** trained on jackknifed first-pass labels */
    size_t max_sentences;        /* use only the first N training sentences;
                                 ** 0 = all */
    void (*progress)(const tagger_epoch *e, void *ctx);
    void *progress_ctx;
} tagger_train_options;

typedef struct tagger_train_result {
    int epochs_run, best_epoch;
    size_t sentences, words;     /* training data used */
    size_t labels, features, weights, vocabulary;
    size_t wordnet_exceptions, known_lemmas;
    size_t wordnet_classes;      /* lemmas in the WordNet class table */
    size_t model_bytes;
    int have_dev;
    tag_scores dev;              /* the written model on the dev file */
    char note[256];              /* a warning worth showing (no WordNet), or "" */
} tagger_train_result;

void tagger_train_defaults(tagger_train_options *o);

/*
** Trains and writes o->out.  Returns DYAD_OK, or DYAD_EIO / DYAD_EFORMAT
** (unreadable or malformed input), DYAD_EINVAL (no training words, too
** many labels), DYAD_ENOMEM; err then says why.
*/
int tagger_train(const tagger_train_options *o, tagger_train_result *r,
                 char *err, size_t err_len);

#endif
