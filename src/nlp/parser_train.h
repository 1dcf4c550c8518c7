/*
** parser_train.h — training the dependency parser: averaged perceptron,
** arc-eager with the dynamic oracle and exploration (Goldberg & Nivre
** 2012), early stopping on a dev set, pruned and quantized export.
**
** The trainer reads each word's form, lemma, upos and xpos as the caller
** left them: gold tags, or (for a parser that will see a tagger's output)
** jack-knifed predicted tags put there by the caller.  Heads and relations
** are the gold tree.
*/
#ifndef DYAD_NLP_PARSER_TRAIN_H
#define DYAD_NLP_PARSER_TRAIN_H

#include <stddef.h>
#include <stdint.h>
#include "dyad.h"
#include "nlp/parser.h"

typedef struct parser_epoch_report {
    int epoch;                  /* 1-based */
    double train_accuracy;      /* greedy: % of transitions predicted at
                                ** least cost; beam: % of sentences that
                                ** needed no update */
    double dev_uas, dev_las;    /* of the pruned, quantized model; 0 with no dev */
    double seconds;             /* this epoch, training and evaluation */
    size_t features, entries;   /* kept in the exported model */
    size_t bytes;               /* its size in memory (≈ on disk) */
    int is_best;                /* the best so far on dev */
} parser_epoch_report;

typedef struct parser_train_options {
    const dyad_doc *train;      /* borrowed: words with gold heads/relations */
    const dyad_doc *dev;        /* borrowed, or NULL: then every epoch runs
                                ** and the last is kept */
    int epochs;                 /* at most this many (0 = 15) */
    int patience;               /* stop after this many epochs without a
                                ** better dev LAS (0 = 3) */
    uint64_t seed;              /* the sentence order and exploration */
    int beam;                   /* 0 or 1: greedy, dynamic oracle with
                                ** exploration; > 1: beam search of this
                                ** width with early update (Collins & Roark
                                ** 2004), and the model decodes with it */
    int max_violation;          /* with a beam: update where the best item
                                ** beats the gold prefix by most (Huang,
                                ** Fayong & Guo 2012) instead of where the
                                ** gold falls out */
    double prune;               /* drop averaged weights below this (0 = 0.05) */
    size_t max_bytes;           /* prune harder to fit (0 = 14.5 MB) */
    size_t max_sentences;       /* use only the first N (0 = all) */
    int morph;                  /* add the templates over FEATS
                                ** (PF_TEMPLATES_MORPH) */
    int reverse;                /* read sentences right to left
                                ** (PARSER_FLAG_REVERSE) */
    /* Called after each epoch (may be NULL). */
    void (*progress)(void *ctx, const parser_epoch_report *report);
    void *progress_ctx;
} parser_train_options;

/* A model built in memory; parser_trained_free releases it. */
typedef struct parser_trained {
    parser_model model;         /* points into the buffers below */
    uint32_t *slots, *entries;
    char **label_names;
    parser_epoch_report best;   /* the epoch kept */
    size_t sentences_used, sentences_skipped;
} parser_trained;

/*
** Trains a parser.  On DYAD_OK *out is a model the caller frees with
** parser_trained_free.  DYAD_EINVAL: the training data cannot be used
** (err says why: no usable sentence, too many relations, no "root");
** DYAD_ENOMEM.
*/
int parser_train(const parser_train_options *options, parser_trained **out,
                 char *err, size_t err_len);
void parser_trained_free(parser_trained *t);

#endif
