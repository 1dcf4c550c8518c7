/*
** tagger_train_int.h — what the trainer's files share (private to
** src/nlp: tagger_train.c, tagger_perceptron.c, lemmatizer_train.c,
** tagger_write.c).
**
** The trainer state (struct trainer) is owned by tagger_train(), which
** runs the steps in order; each file does some of them:
**   tagger_train.c        reading, labels, vocabulary, the whole run;
**   tagger_perceptron.c   features, the perceptron, the second pass;
**   lemmatizer_train.c    lemmas, FEATS and WordNet's tables;
**   tagger_write.c        quantizing and writing the model.
*/
#ifndef DYAD_NLP_TAGGER_TRAIN_INT_H
#define DYAD_NLP_TAGGER_TRAIN_INT_H

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "nlp/tagger_train.h"
#include "nlp/tagger.h"
#include "nlp/features.h"
#include "nlp/lemmatizer.h"
#include "nlp/train_util.h"
#include "base/binfile.h"
#include "text/conllu_read.h"

/* Words seen at least this often get an ambiguity class; labels below
** this share of a word's uses are left out of it. */
#ifndef AMB_MIN_COUNT
#define AMB_MIN_COUNT 1
#endif
#ifndef AMB_MIN_SHARE
#define AMB_MIN_SHARE 0.05
#endif
/* Words seen this often with one label this reliably take it fixed. */
/* Training words get ambiguity classes counted without their own tenth
** of the data (jackknifing), so that, as on new text, a rare word's class
** does not already hold its answer. */
#ifndef JACKKNIFE
#define JACKKNIFE 10
#endif
/* Epochs of each first-pass perceptron that tags a fold for the second
** pass's training. */
#ifndef PASS1_EPOCHS
#define PASS1_EPOCHS 5
#endif
/* Quarters of the training sentences (picked afresh each epoch) that a
** two-pass model trains with first-pass labels on the right; the rest see
** the most frequent labels there, as the first pass does. */
#ifndef PASS2_QUARTERS
#define PASS2_QUARTERS 2
#endif
#ifndef FIXED_MIN_COUNT
#define FIXED_MIN_COUNT 20
#endif
#ifndef FIXED_MIN_SHARE
#define FIXED_MIN_SHARE 0.995
#endif
/* Longest word ending the lemma rules look at. */
#ifndef SUFFIX_MAX
#define SUFFIX_MAX 6
#endif
/* Hash table loads: the feature table is probed for many absent keys,
** so it is kept sparser than the others. */
#ifndef LOAD_FEATURES
#define LOAD_FEATURES 0.5
#endif
#ifndef LOAD_OTHER
#define LOAD_OTHER 0.6
#endif

typedef struct corpus {
    dyad_doc *docs;
    size_t n_docs;
    dyad_token **tok;        /* [n_words] every word, in order */
    size_t n_words;
    uint32_t *sfirst, *slen; /* [n_sents] */
    size_t n_sents;
    int32_t *gold;           /* [n_words] label, -1 for one never trained */
    int32_t *word;           /* [n_words] vocabulary index, -1 unknown */
    feat_word *fw;           /* [n_words] */
    uint32_t *lower;         /* [n_words] lowered form, in trainer.tmp */
    uint32_t *sfeat_off;     /* [n_words + 1] static feature indices ... */
    int32_t *sfeat;          /* ... into this array */
    /* Two-pass training (train corpus only): the jackknifed first-pass
    ** guesses, and the static features with them as the guesses. */
    uint32_t *guess2;        /* [n_words] 1 + first-pass label */
    uint32_t *alt_off;       /* [n_words + 1] */
    int32_t *alt;
} corpus;

typedef struct trainer {
    const tagger_train_options *o;
    tagger_train_result *r;
    char *err;
    size_t err_len;

    strpool str;             /* strings that go into the model */
    strpool tmp;             /* working strings */

    u64map label_map;        /* "UPOS\tXPOS" (tmp offset) -> label */
    uint32_t n_labels;
    uint32_t label_upos[TAGGER_MAX_LABELS], label_xpos[TAGGER_MAX_LABELS];
    uint32_t label_xpos_id[TAGGER_MAX_LABELS];
    size_t label_count[TAGGER_MAX_LABELS];
    uint32_t n_xpos;
    uint32_t xpos_name[TAGGER_MAX_LABELS];

    u64map vocab_map;        /* hash of the lowered form -> word */
    uint32_t n_words, cap_words;
    uint32_t *word_str;      /* model string of the lowered form */
    uint32_t *word_count;
    uint32_t *word_labels;   /* [n_words][n_labels] counts */
    uint32_t *word_amb;
    uint32_t *word_top;      /* 1 + most frequent label */
    int32_t *word_fixed;
    uint32_t *fold_labels;   /* [JACKKNIFE][n_words][n_labels] counts */
    u64map amb_classes;      /* label set hash -> ambiguity class */
    uint32_t n_classes;

    u64map feat_map;         /* feature key -> index */
    uint64_t *feat_keys;
    uint32_t n_feats;

    int32_t *w;              /* [n_feats][n_labels] current weights */
    int64_t *tot;            /* summed weights up to ts */
    int32_t *ts;             /* step of the last change */
    float *avg, *best;       /* averaged weights; the best epoch's */
    int32_t step;
    uint64_t mix_rng;        /* picks the sentences that train pass 2 */
    int mix_second;          /* train.sfeat holds the pass-2 features */

    wnc_table wnc;           /* WordNet's word classes (wnclass.h); the
                             ** slots are owned here, none without WordNet */
    uint32_t wnc_slots;

    corpus train, dev;
} trainer;

/* A chosen word entry, and a word type's lemma script. */
typedef struct entry {
    int32_t word, label;
    uint32_t count;
    uint8_t mode, strip;
    uint32_t lemma;          /* model string: whole lemma or appended tail */
    uint32_t feats;          /* model string */
    uint32_t script;         /* index in the scripts table */
} entry;

typedef struct lemma_tables {
    entry *entries;          /* chosen per (word, label), sorted */
    size_t n_entries;
    bytebuf scripts;         /* tg_script */
    u64map script_map;       /* (mode, strip, append) -> index */
    bytebuf rules;           /* tg_rule table */
    uint32_t rule_slots;
    uint32_t label_feats[TAGGER_MAX_LABELS];
} lemma_tables;

typedef struct wordnet {
    bytebuf exc;             /* tg_exc table */
    uint32_t exc_slots;
    bytebuf known;           /* uint32_t table */
    uint32_t known_slots;
    size_t n_exc, n_known;
} wordnet;

typedef struct model_out {
    tg_meta meta;
    bytebuf labels, xpos, fslots, weights, dense, vslots, words, wentries;
} model_out;

static inline int fail(trainer *T, int rc, const char *fmt, ...)
{
    if (T->err && T->err_len) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(T->err, T->err_len, fmt, ap);
        va_end(ap);
    }
    return rc;
}

#define NOMEM(T) fail((T), DYAD_ENOMEM, "out of memory")

static inline double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static inline uint64_t splitmix(uint64_t *s)
{
    uint64_t z = (*s += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

static inline const char *col(const char *s) { return s ? s : "_"; }

/* tagger_perceptron.c */
int tagger_select_features(trainer *T);
int tagger_index_static(trainer *T, corpus *c);
int tagger_jackknifed_guesses(trainer *T);
int tagger_train_perceptron(trainer *T);

/* lemmatizer_train.c */
void tagger_xpos_class(const char *x, uint8_t *pos, uint8_t *inflected, uint8_t *keep_case);
int tagger_learn_lemmas(trainer *T, lemma_tables *L);
int tagger_learn_wordnet(trainer *T, const lemma_tables *L, wordnet *W);

/* tagger_write.c */
void tagger_model_out_free(model_out *m);
int tagger_build_model(trainer *T, const lemma_tables *L, const wordnet *W, model_out *M);
int tagger_write_model(trainer *T, const model_out *M, const lemma_tables *L,
                const wordnet *W, const char *info);

#endif
