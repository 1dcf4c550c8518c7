/*
** tagger_train.c — the trainer of tagger_train.h.
**
** The steps, in order:
**   1. read the treebanks; collect the labels (UPOS + XPOS pairs seen)
**      and the vocabulary (lowered forms, with their label counts);
**   2. give frequent words an ambiguity class (the labels they take) and,
**      when they never vary, a fixed label the decoder just copies;
**   3. count the features of the training words (with the gold labels on
**      the left) and keep those seen at least min_count times;
**   4. train an averaged perceptron (Collins 2002) greedily left to
**      right, with the labels it predicted itself on the left, shuffling
**      the sentences each epoch; after each epoch score the averaged
**      weights on the dev file and keep the best; stop after `patience`
**      epochs without a gain;
**   5. learn the lemmatizer: per (word, label) the lemma seen most, per
**      (XPOS, ending) the edit scripts of the word types, and WordNet's
**      exceptions and lemma index;
**   6. quantize the weights to int16, drop the zeros, and write the
**      tables (tagger.h); then score the written model on the dev file.
*/
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

    corpus train, dev;
} trainer;

static int fail(trainer *T, int rc, const char *fmt, ...)
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

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static uint64_t splitmix(uint64_t *s)
{
    uint64_t z = (*s += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

/* ------------------------------------------------------------------ */
/* Reading                                                            */
/* ------------------------------------------------------------------ */

static void corpus_free(corpus *c)
{
    for (size_t i = 0; i < c->n_docs; i++) dyad_doc_free(&c->docs[i]);
    free(c->docs);
    free(c->tok);
    free(c->sfirst);
    free(c->slen);
    free(c->gold);
    free(c->word);
    free(c->fw);
    free(c->lower);
    free(c->sfeat_off);
    free(c->sfeat);
    free(c->guess2);
    free(c->alt_off);
    free(c->alt);
    memset(c, 0, sizeof *c);
}

/* Reads files into c, keeping at most max_sents sentences (0 = all). */
static int corpus_read(trainer *T, corpus *c, const char *const *paths,
                       size_t n_paths, size_t max_sents)
{
    c->docs = calloc(n_paths, sizeof *c->docs);
    if (!c->docs) return NOMEM(T);
    size_t sents = 0, words = 0;
    for (size_t i = 0; i < n_paths; i++) {
        dyad_doc *d = &c->docs[i];
        dyad_doc_init(d);
        c->n_docs++;
        char *error = NULL;
        int rc = conllu_read_file(paths[i], d, &error);
        if (rc) {
            rc = fail(T, rc, "%s", error ? error : dyad_strerror(rc));
            free(error);
            return rc;
        }
        if (max_sents && sents + d->n_sents > max_sents) d->n_sents = max_sents - sents;
        sents += d->n_sents;
        for (size_t s = 0; s < d->n_sents; s++) words += d->sents[s].count;
    }
    c->n_sents = sents;
    c->n_words = words;
    size_t nw = words ? words : 1, ns = sents ? sents : 1;
    c->tok = malloc(nw * sizeof *c->tok);
    c->sfirst = malloc(ns * sizeof *c->sfirst);
    c->slen = malloc(ns * sizeof *c->slen);
    c->gold = malloc(nw * sizeof *c->gold);
    c->word = malloc(nw * sizeof *c->word);
    c->fw = malloc(nw * sizeof *c->fw);
    c->lower = malloc(nw * sizeof *c->lower);
    if (!c->tok || !c->sfirst || !c->slen || !c->gold || !c->word || !c->fw || !c->lower)
        return NOMEM(T);
    size_t k = 0, s2 = 0;
    for (size_t i = 0; i < c->n_docs; i++) {
        dyad_doc *d = &c->docs[i];
        for (size_t s = 0; s < d->n_sents; s++) {
            c->sfirst[s2] = (uint32_t)k;
            c->slen[s2++] = d->sents[s].count;
            for (uint32_t j = 0; j < d->sents[s].count; j++)
                c->tok[k++] = &d->tokens[d->sents[s].first + j];
        }
    }
    for (size_t i = 0; i < c->n_words; i++) {
        char lower[FEAT_WORD_MAX + 8];
        const char *form = c->tok[i]->form ? c->tok[i]->form : "";
        size_t n = feat_lower(form, strlen(form), lower);
        c->lower[i] = strpool_add(&T->tmp, lower, n);
        if (c->lower[i] == UINT32_MAX) return NOMEM(T);
    }
    return DYAD_OK;
}

static const char *col(const char *s) { return s ? s : "_"; }

/* The label of a UPOS/XPOS pair, adding it when `add`; -1 if absent. */
static int label_of(trainer *T, const char *upos, const char *xpos, int add)
{
    char key[256];
    int n = snprintf(key, sizeof key, "%s\t%s", col(upos), col(xpos));
    if (n < 0 || (size_t)n >= sizeof key) return -1;
    uint32_t off = add ? strpool_add(&T->tmp, key, (size_t)n) : strpool_find(&T->tmp, key, (size_t)n);
    if (off == UINT32_MAX) return -1;
    uint32_t *v = u64map_get(&T->label_map, off);
    if (v) return (int)*v;
    if (!add || T->n_labels >= TAGGER_MAX_LABELS) return -2;
    uint32_t id = T->n_labels++;
    if (u64map_put(&T->label_map, off, id, NULL) < 0) return -1;
    T->label_upos[id] = strpool_add(&T->str, col(upos), strlen(col(upos)));
    T->label_xpos[id] = strpool_add(&T->str, col(xpos), strlen(col(xpos)));
    T->label_count[id] = 0;
    return (int)id;
}

/* Orders labels by frequency (then name), so that label numbers do not
** depend on the order of the training files' sentences. */
static int collect_labels(trainer *T)
{
    corpus *c = &T->train;
    for (size_t i = 0; i < c->n_words; i++) {
        int l = label_of(T, c->tok[i]->upos, c->tok[i]->xpos, 1);
        if (l == -2)
            return fail(T, DYAD_EINVAL, "more than %d distinct UPOS+XPOS pairs in the training data",
                        TAGGER_MAX_LABELS);
        if (l < 0) return NOMEM(T);
        T->label_count[l]++;
        c->gold[i] = l;
    }
    uint32_t n = T->n_labels, order[TAGGER_MAX_LABELS], rank[TAGGER_MAX_LABELS];
    for (uint32_t i = 0; i < n; i++) order[i] = i;
    for (uint32_t i = 1; i < n; i++) {           /* insertion sort: n <= 255 */
        uint32_t x = order[i], j = i;
        while (j > 0) {
            uint32_t y = order[j - 1];
            int before = T->label_count[x] > T->label_count[y] ||
                (T->label_count[x] == T->label_count[y] &&
                 (strcmp(T->str.data + T->label_upos[x], T->str.data + T->label_upos[y]) < 0 ||
                  (strcmp(T->str.data + T->label_upos[x], T->str.data + T->label_upos[y]) == 0 &&
                   strcmp(T->str.data + T->label_xpos[x], T->str.data + T->label_xpos[y]) < 0)));
            if (!before) break;
            order[j] = y;
            j--;
        }
        order[j] = x;
    }
    uint32_t upos[TAGGER_MAX_LABELS], xpos[TAGGER_MAX_LABELS];
    size_t count[TAGGER_MAX_LABELS];
    for (uint32_t i = 0; i < n; i++) {
        rank[order[i]] = i;
        upos[i] = T->label_upos[order[i]];
        xpos[i] = T->label_xpos[order[i]];
        count[i] = T->label_count[order[i]];
    }
    memcpy(T->label_upos, upos, sizeof upos);
    memcpy(T->label_xpos, xpos, sizeof xpos);
    memcpy(T->label_count, count, sizeof count);
    for (size_t i = 0; i < T->label_map.cap; i++)
        if (T->label_map.vals[i] != UINT32_MAX) T->label_map.vals[i] = rank[T->label_map.vals[i]];
    for (size_t i = 0; i < c->n_words; i++) c->gold[i] = (int32_t)rank[c->gold[i]];

    /* The XPOS tags, in name order. */
    for (uint32_t i = 0; i < n; i++) {
        uint32_t x = T->label_xpos[i], j = 0;
        while (j < T->n_xpos && T->xpos_name[j] != x) j++;
        if (j == T->n_xpos) T->xpos_name[T->n_xpos++] = x;
    }
    for (uint32_t i = 1; i < T->n_xpos; i++)
        for (uint32_t j = i; j > 0 && strcmp(T->str.data + T->xpos_name[j],
                                             T->str.data + T->xpos_name[j - 1]) < 0; j--) {
            uint32_t y = T->xpos_name[j];
            T->xpos_name[j] = T->xpos_name[j - 1];
            T->xpos_name[j - 1] = y;
        }
    for (uint32_t i = 0; i < n; i++)
        for (uint32_t j = 0; j < T->n_xpos; j++)
            if (T->xpos_name[j] == T->label_xpos[i]) T->label_xpos_id[i] = j;
    return DYAD_OK;
}

/* The vocabulary index of a lowered word (tmp offset), adding it when
** `add`; -1 when absent, -2 when out of memory. */
static int32_t word_of(trainer *T, uint32_t lower_off, int add)
{
    const char *s = T->tmp.data + lower_off;
    size_t n = strlen(s);
    uint64_t key = feat_hash(s, n);
    for (;;) {
        uint32_t *v = u64map_get(&T->vocab_map, key);
        if (!v) break;
        if (!strcmp(T->str.data + T->word_str[*v], s)) return (int32_t)*v;
        key = feat_mix(key, 1);
    }
    if (!add) return -1;
    if (T->n_words == T->cap_words) {
        uint32_t cap = T->cap_words ? T->cap_words * 2 : 4096;
        uint32_t *a = realloc(T->word_str, cap * sizeof *a);
        if (a) T->word_str = a;
        uint32_t *b = realloc(T->word_count, cap * sizeof *b);
        if (b) T->word_count = b;
        uint32_t *c = realloc(T->word_labels, (size_t)cap * T->n_labels * sizeof *c);
        if (c) T->word_labels = c;
        if (!a || !b || !c) return -2;
        T->cap_words = cap;
    }
    uint32_t id = T->n_words;
    T->word_str[id] = strpool_add(&T->str, s, n);
    T->word_count[id] = 0;
    memset(T->word_labels + (size_t)id * T->n_labels, 0, T->n_labels * sizeof *T->word_labels);
    if (T->word_str[id] == UINT32_MAX || u64map_put(&T->vocab_map, key, id, NULL) < 0) return -2;
    T->n_words++;
    return (int32_t)id;
}

/* The ambiguity class of a word with these label counts (0 for none),
** and 1 + its most frequent label (0 for none). */
static int amb_class(trainer *T, const uint32_t *counts, uint32_t *out, uint32_t *top)
{
    uint32_t total = 0, best = 0;
    for (uint32_t l = 0; l < T->n_labels; l++) {
        total += counts[l];
        if (counts[l] > counts[best]) best = l;
    }
    *out = 0;
    *top = total ? best + 1 : 0;
    if (total < AMB_MIN_COUNT) return 0;
    uint8_t set[TAGGER_MAX_LABELS];
    size_t k = 0;
    for (uint32_t l = 0; l < T->n_labels; l++)
        if (counts[l] && counts[l] >= AMB_MIN_SHARE * total) set[k++] = (uint8_t)l;
    uint32_t *slot;
    int put = u64map_put(&T->amb_classes, feat_hash(set, k), T->n_classes + 1, &slot);
    if (put < 0) return -1;
    if (put) T->n_classes++;
    *out = *slot;
    return 0;
}

/* Counts the training words; sets ambiguity classes and fixed labels. */
static int build_vocabulary(trainer *T)
{
    corpus *c = &T->train;
    for (size_t i = 0; i < c->n_words; i++) {
        int32_t w = word_of(T, c->lower[i], 1);
        if (w < 0) return NOMEM(T);
        c->word[i] = w;
        T->word_count[w]++;
        T->word_labels[(size_t)w * T->n_labels + (size_t)c->gold[i]]++;
    }
    size_t nw = T->n_words ? T->n_words : 1;
    T->word_amb = calloc(nw, sizeof *T->word_amb);
    T->word_top = calloc(nw, sizeof *T->word_top);
    T->word_fixed = malloc(nw * sizeof *T->word_fixed);
    T->fold_labels = calloc(JACKKNIFE * nw * T->n_labels, sizeof *T->fold_labels);
    if (!T->word_amb || !T->word_top || !T->word_fixed || !T->fold_labels) return NOMEM(T);
    for (size_t s = 0; s < c->n_sents; s++)
        for (uint32_t j = 0; j < c->slen[s]; j++) {
            size_t i = c->sfirst[s] + j;
            T->fold_labels[((s % JACKKNIFE) * nw + (size_t)c->word[i]) * T->n_labels + (size_t)c->gold[i]]++;
        }
    for (uint32_t w = 0; w < T->n_words; w++) {
        const uint32_t *counts = T->word_labels + (size_t)w * T->n_labels;
        uint32_t total = T->word_count[w], top = 0;
        for (uint32_t l = 1; l < T->n_labels; l++)
            if (counts[l] > counts[top]) top = l;
        T->word_fixed[w] = total >= FIXED_MIN_COUNT && counts[top] >= FIXED_MIN_SHARE * total
            ? (int32_t)top : -1;
        if (amb_class(T, counts, &T->word_amb[w], &T->word_top[w])) return NOMEM(T);
    }
    return DYAD_OK;
}

/* The class of training word i of sentence s, without its own fold. */
static int jackknifed_amb(trainer *T, size_t s, size_t i, uint32_t *out, uint32_t *top)
{
    size_t nw = T->n_words ? T->n_words : 1;
    int32_t w = T->train.word[i];
    const uint32_t *all = T->word_labels + (size_t)w * T->n_labels;
    const uint32_t *fold = T->fold_labels + ((s % JACKKNIFE) * nw + (size_t)w) * T->n_labels;
    uint32_t counts[TAGGER_MAX_LABELS];
    for (uint32_t l = 0; l < T->n_labels; l++) counts[l] = all[l] - fold[l];
    return amb_class(T, counts, out, top);
}

/* Fills the corpus's feat_words (and, for dev, labels and words). */
static int prepare_words(trainer *T, corpus *c, int is_dev)
{
    for (size_t s = 0; s < c->n_sents; s++) {
        for (uint32_t j = 0; j < c->slen[s]; j++) {
            size_t i = c->sfirst[s] + j;
            if (is_dev) {
                int l = label_of(T, c->tok[i]->upos, c->tok[i]->xpos, 0);
                c->gold[i] = l >= 0 ? l : -1;
                c->word[i] = word_of(T, c->lower[i], 0);
            }
            const char *form = c->tok[i]->form ? c->tok[i]->form : "";
            const char *lower = T->tmp.data + c->lower[i];
            feat_word_init(&c->fw[i], form, strlen(form), lower, strlen(lower), j == 0);
            c->fw[i].amb = c->word[i] >= 0 ? T->word_amb[c->word[i]] : 0;
            c->fw[i].top = c->word[i] >= 0 ? T->word_top[c->word[i]] : 0;
            if (!is_dev && JACKKNIFE > 1 && jackknifed_amb(T, s, i, &c->fw[i].amb, &c->fw[i].top))
                return NOMEM(T);
            c->fw[i].guess = c->fw[i].top;
        }
    }
    return DYAD_OK;
}

/* ------------------------------------------------------------------ */
/* Features                                                           */
/* ------------------------------------------------------------------ */

static int select_features(trainer *T)
{
    corpus *c = &T->train;
    u64map counts = { 0 };
    uint64_t keys[FEAT_STATIC_MAX + FEAT_DYNAMIC_MAX];
    for (int pass = 0; pass < 2; pass++) {
        for (size_t s = 0; s < c->n_sents; s++) {
            const feat_word *ws = c->fw + c->sfirst[s];
            int n = (int)c->slen[s];
            for (int i = 0; i < n; i++) {
                int p1 = i >= 1 ? c->gold[c->sfirst[s] + i - 1] : FEAT_NO_LABEL;
                int p2 = i >= 2 ? c->gold[c->sfirst[s] + i - 2] : FEAT_NO_LABEL;
                int k = feat_static(ws, n, i, keys);
                k += feat_dynamic(ws, n, i, p1, p2, keys + k);
                for (int f = 0; f < k; f++) {
                    uint32_t *slot;
                    if (pass == 0) {
                        int put = u64map_put(&counts, keys[f], 0, &slot);
                        if (put < 0) { u64map_free(&counts); return NOMEM(T); }
                        (*slot)++;
                    } else if (*u64map_get(&counts, keys[f]) >= (uint32_t)T->o->min_count) {
                        int put = u64map_put(&T->feat_map, keys[f], T->n_feats, NULL);
                        if (put < 0) { u64map_free(&counts); return NOMEM(T); }
                        if (put) {
                            if ((T->n_feats & (T->n_feats - 1)) == 0) {
                                uint64_t *a = realloc(T->feat_keys, (T->n_feats ? T->n_feats * 2 : 1) * sizeof *a);
                                if (!a) { u64map_free(&counts); return NOMEM(T); }
                                T->feat_keys = a;
                            }
                            T->feat_keys[T->n_feats++] = keys[f];
                        }
                    }
                }
            }
        }
    }
    u64map_free(&counts);
    return DYAD_OK;
}

/* Looks up the static feature indices of every word of a corpus once. */
static int index_static(trainer *T, corpus *c)
{
    c->sfeat_off = malloc((c->n_words + 1) * sizeof *c->sfeat_off);
    c->sfeat = malloc((c->n_words ? c->n_words : 1) * FEAT_STATIC_MAX * sizeof *c->sfeat);
    if (!c->sfeat_off || !c->sfeat) return NOMEM(T);
    uint64_t keys[FEAT_STATIC_MAX];
    size_t k = 0;
    for (size_t s = 0; s < c->n_sents; s++) {
        for (uint32_t j = 0; j < c->slen[s]; j++) {
            size_t i = c->sfirst[s] + j;
            c->sfeat_off[i] = (uint32_t)k;
            int n = feat_static(c->fw + c->sfirst[s], (int)c->slen[s], (int)j, keys);
            for (int f = 0; f < n; f++) {
                uint32_t *v = u64map_get(&T->feat_map, keys[f]);
                if (v) c->sfeat[k++] = (int32_t)*v;
            }
        }
    }
    c->sfeat_off[c->n_words] = (uint32_t)k;
    return DYAD_OK;
}

/* Looks the static features up again, after the words' guesses changed. */
static int reindex_static(trainer *T, corpus *c)
{
    free(c->sfeat_off);
    free(c->sfeat);
    c->sfeat_off = NULL;
    c->sfeat = NULL;
    return index_static(T, c);
}

/* The feature indices of word j of sentence s: static then dynamic. */
static int word_features(const trainer *T, const corpus *c, size_t s, uint32_t j,
                         int p1, int p2, int32_t *idx)
{
    size_t i = c->sfirst[s] + j;
    int n = 0;
    for (uint32_t f = c->sfeat_off[i]; f < c->sfeat_off[i + 1]; f++) idx[n++] = c->sfeat[f];
    uint64_t keys[FEAT_DYNAMIC_MAX];
    int k = feat_dynamic(c->fw + c->sfirst[s], (int)c->slen[s], (int)j, p1, p2, keys);
    for (int f = 0; f < k; f++) {
        uint32_t *v = u64map_get(&T->feat_map, keys[f]);
        if (v) idx[n++] = (int32_t)*v;
    }
    return n;
}

/* ------------------------------------------------------------------ */
/* The perceptron                                                     */
/* ------------------------------------------------------------------ */

static void update(trainer *T, int32_t f, int label, int32_t delta)
{
    size_t j = (size_t)f * T->n_labels + (size_t)label;
    T->tot[j] += (int64_t)(T->step - T->ts[j]) * T->w[j];
    T->ts[j] = T->step;
    T->w[j] += delta;
}

/* One pass over the training sentences in `order`; returns words right. */
static size_t train_epoch(trainer *T, const uint32_t *order, size_t n_order, size_t *scored)
{
    corpus *c = &T->train;
    uint32_t C = T->n_labels;
    int32_t idx[FEAT_STATIC_MAX + FEAT_DYNAMIC_MAX];
    int32_t scores[TAGGER_MAX_LABELS];
    size_t right = 0;
    for (size_t o = 0; o < n_order; o++) {
        size_t s = order[o];
        int p1 = FEAT_NO_LABEL, p2 = FEAT_NO_LABEL;
        /* A two-pass model learns from both passes' inputs: half the
        ** sentences (picked afresh each time) see the first-pass guesses
        ** on their right, the others the most frequent labels. */
        if (c->guess2) {
            int second = (splitmix(&T->mix_rng) & 1) != 0;
            for (uint32_t j = 0; j < c->slen[s]; j++) {
                size_t i = c->sfirst[s] + j;
                c->fw[i].guess = second ? c->guess2[i] : c->fw[i].top;
            }
            if (second != T->mix_second) {
                uint32_t *off = c->sfeat_off;
                int32_t *v = c->sfeat;
                c->sfeat_off = c->alt_off;
                c->sfeat = c->alt;
                c->alt_off = off;
                c->alt = v;
                T->mix_second = second;
            }
        }
        for (uint32_t j = 0; j < c->slen[s]; j++) {
            size_t i = c->sfirst[s] + j;
            int gold = c->gold[i], guess;
            int32_t fixed = T->word_fixed[c->word[i]];
            if (fixed >= 0) {
                guess = fixed;
            } else {
                int n = word_features(T, c, s, j, p1, p2, idx);
                memset(scores, 0, C * sizeof *scores);
                for (int f = 0; f < n; f++) {
                    const int32_t *row = T->w + (size_t)idx[f] * C;
                    for (uint32_t l = 0; l < C; l++) scores[l] += row[l];
                }
                guess = 0;
                for (uint32_t l = 1; l < C; l++)
                    if (scores[l] > scores[guess]) guess = (int)l;
                T->step++;
                (*scored)++;
                if (guess != gold) {
                    for (int f = 0; f < n; f++) {
                        update(T, idx[f], gold, 1);
                        update(T, idx[f], guess, -1);
                    }
                } else {
                    right++;
                }
            }
            p2 = p1;
            p1 = guess;
        }
    }
    return right;
}

static void average(trainer *T)
{
    size_t n = (size_t)T->n_feats * T->n_labels;
    double steps = T->step ? (double)T->step : 1.0;
    for (size_t j = 0; j < n; j++)
        T->avg[j] = (float)((double)(T->tot[j] + (int64_t)(T->step - T->ts[j]) * T->w[j]) / steps);
}

/* Tags sentence s of a corpus with the averaged weights, each word's
** guess (feat_word.guess) standing for its label as the words to its
** left see it; the labels go to out[0..slen). */
static void predict(const trainer *T, const corpus *c, size_t s, int32_t *out)
{
    uint32_t C = T->n_labels;
    int32_t idx[FEAT_STATIC_MAX + FEAT_DYNAMIC_MAX];
    float scores[TAGGER_MAX_LABELS];
    int p1 = FEAT_NO_LABEL, p2 = FEAT_NO_LABEL;
    for (uint32_t j = 0; j < c->slen[s]; j++) {
        size_t i = c->sfirst[s] + j;
        int guess;
        if (c->word[i] >= 0 && T->word_fixed[c->word[i]] >= 0) {
            guess = T->word_fixed[c->word[i]];
        } else {
            int n = word_features(T, c, s, j, p1, p2, idx);
            memset(scores, 0, C * sizeof *scores);
            for (int f = 0; f < n; f++) {
                const float *row = T->avg + (size_t)idx[f] * C;
                for (uint32_t l = 0; l < C; l++) scores[l] += row[l];
            }
            guess = 0;
            for (uint32_t l = 1; l < C; l++)
                if (scores[l] > scores[guess]) guess = (int)l;
        }
        out[j] = guess;
        p2 = p1;
        p1 = guess;
    }
}

/* Tags the dev corpus with the averaged weights, in one or two passes as
** the model will; counts the UPOS and XPOS right. */
static int score_dev(trainer *T, size_t *upos, size_t *xpos)
{
    corpus *c = &T->dev;
    *upos = *xpos = 0;
    int32_t *labels = malloc((c->n_words ? c->n_words : 1) * sizeof *labels);
    if (!labels) return NOMEM(T);
    for (size_t s = 0; s < c->n_sents; s++) predict(T, c, s, labels + c->sfirst[s]);
    int rc = DYAD_OK;
    if (T->o->passes == 2) {
        for (size_t i = 0; i < c->n_words; i++) c->fw[i].guess = (uint32_t)labels[i] + 1;
        rc = reindex_static(T, c);
        if (!rc) for (size_t s = 0; s < c->n_sents; s++) predict(T, c, s, labels + c->sfirst[s]);
        for (size_t i = 0; i < c->n_words; i++) c->fw[i].guess = c->fw[i].top;
        if (!rc) rc = reindex_static(T, c);
    }
    for (size_t i = 0; !rc && i < c->n_words; i++) {
        const dyad_token *t = c->tok[i];
        *upos += !strcmp(col(t->upos), T->str.data + T->label_upos[labels[i]]);
        *xpos += !strcmp(col(t->xpos), T->str.data + T->label_xpos[labels[i]]);
    }
    free(labels);
    return rc;
}

/* Fresh perceptron weights for the current features. */
static int alloc_weights(trainer *T)
{
    size_t n = (size_t)T->n_feats * T->n_labels;
    free(T->w); free(T->tot); free(T->ts); free(T->avg);
    T->w = calloc(n ? n : 1, sizeof *T->w);
    T->tot = calloc(n ? n : 1, sizeof *T->tot);
    T->ts = calloc(n ? n : 1, sizeof *T->ts);
    T->avg = malloc((n ? n : 1) * sizeof *T->avg);
    T->step = 0;
    return T->w && T->tot && T->ts && T->avg ? DYAD_OK : NOMEM(T);
}

static void shuffle(uint32_t *order, size_t n, uint64_t *rng)
{
    for (size_t s = n; s > 1; s--) {
        size_t j = (size_t)(splitmix(rng) % s);
        uint32_t x = order[s - 1];
        order[s - 1] = order[j];
        order[j] = x;
    }
}

/*
** For a two-pass model: the first-pass labels of the training words,
** each fold of JACKKNIFE tagged by a perceptron trained on the others
** (PASS1_EPOCHS epochs), so that the second pass learns from labels as
** wrong as they will be on new text.  They become the words' guesses;
** the features they give are added and the static features indexed again.
*/
static int jackknifed_guesses(trainer *T)
{
    corpus *c = &T->train;
    int32_t *labels = malloc(c->n_words * sizeof *labels);
    uint32_t *order = malloc(c->n_sents * sizeof *order);
    int rc = labels && order ? DYAD_OK : NOMEM(T);
    for (size_t k = 0; !rc && k < JACKKNIFE; k++) {
        rc = alloc_weights(T);
        size_t n = 0;
        for (size_t s = 0; s < c->n_sents; s++)
            if (s % JACKKNIFE != k) order[n++] = (uint32_t)s;
        uint64_t rng = T->o->seed + k + 1;
        for (int e = 0; !rc && e < PASS1_EPOCHS; e++) {
            size_t scored = 0;
            shuffle(order, n, &rng);
            train_epoch(T, order, n, &scored);
        }
        if (rc) break;
        average(T);
        for (size_t s = k; s < c->n_sents; s += JACKKNIFE) predict(T, c, s, labels + c->sfirst[s]);
    }
    if (!rc) {
        for (size_t i = 0; i < c->n_words; i++) c->fw[i].guess = (uint32_t)labels[i] + 1;
        rc = select_features(T);
    }
    /* Both index sets, for the new feature table: pass-2 guesses in alt,
    ** most frequent labels in sfeat. */
    if (!rc) rc = reindex_static(T, c);
    if (!rc) {
        c->alt_off = c->sfeat_off;
        c->alt = c->sfeat;
        c->sfeat_off = NULL;
        c->sfeat = NULL;
        c->guess2 = malloc(c->n_words * sizeof *c->guess2);
        if (!c->guess2) rc = NOMEM(T);
    }
    if (!rc) {
        for (size_t i = 0; i < c->n_words; i++) {
            c->guess2[i] = c->fw[i].guess;
            c->fw[i].guess = c->fw[i].top;
        }
        T->mix_rng = T->o->seed ^ 0x5eed2ull;
        T->mix_second = 0;
        rc = index_static(T, c);
    }
    if (!rc) rc = reindex_static(T, &T->dev);
    free(labels);
    free(order);
    return rc;
}

static int train_perceptron(trainer *T)
{
    const tagger_train_options *o = T->o;
    size_t n = (size_t)T->n_feats * T->n_labels;
    if (alloc_weights(T)) return DYAD_ENOMEM;
    T->best = malloc((n ? n : 1) * sizeof *T->best);
    uint32_t *order = malloc((T->train.n_sents ? T->train.n_sents : 1) * sizeof *order);
    if (!T->best || !order) {
        free(order);
        return NOMEM(T);
    }
    for (size_t s = 0; s < T->train.n_sents; s++) order[s] = (uint32_t)s;
    uint64_t rng = o->seed;
    double best_score = -1;
    int since_best = 0;
    for (int epoch = 1; epoch <= o->epochs; epoch++) {
        shuffle(order, T->train.n_sents, &rng);
        double t0 = now();
        size_t scored = 0;
        size_t right = train_epoch(T, order, T->train.n_sents, &scored);
        double secs = now() - t0;
        average(T);
        tagger_epoch e = { epoch, o->epochs, tag_pct(right, scored), -1, -1,
                           secs > 0 ? (double)T->train.n_words / secs : 0, 0 };
        double score;
        if (T->dev.n_words) {
            size_t upos, xpos;
            int rc = score_dev(T, &upos, &xpos);
            if (rc) {
                free(order);
                return rc;
            }
            e.dev_upos = tag_pct(upos, T->dev.n_words);
            e.dev_xpos = tag_pct(xpos, T->dev.n_words);
            score = (double)(upos + xpos);
        } else {
            score = (double)epoch;          /* no dev file: the last epoch */
        }
        T->r->epochs_run = epoch;
        if (score > best_score) {
            best_score = score;
            since_best = 0;
            T->r->best_epoch = epoch;
            memcpy(T->best, T->avg, n * sizeof *T->best);
        } else {
            since_best++;
        }
        e.best = T->r->best_epoch;
        if (o->progress) o->progress(&e, o->progress_ctx);
        if (T->dev.n_words && since_best >= o->patience) break;
    }
    free(order);
    return DYAD_OK;
}

/* ------------------------------------------------------------------ */
/* Lemmas and FEATS                                                   */
/* ------------------------------------------------------------------ */

/* One training word, for the per-(word, label) tallies. */
typedef struct lemrec {
    int32_t word, label;
    uint32_t lemma;          /* tmp: the gold lemma */
    uint32_t keep;           /* tmp: "strip\x1fappend" from the form as written */
    uint32_t feats;          /* tmp */
} lemrec;

/* A chosen word entry, and a word type's lemma script. */
typedef struct entry {
    int32_t word, label;
    uint32_t count;
    uint8_t mode, strip;
    uint32_t lemma;          /* model string: whole lemma or appended tail */
    uint32_t feats;          /* model string */
    uint32_t script;         /* index in the scripts table */
} entry;

typedef struct rulerec {
    uint64_t key;
    uint32_t script;
    uint32_t k;              /* ending length */
} rulerec;

static int cmp_lemrec(const void *a, const void *b)
{
    const lemrec *x = a, *y = b;
    if (x->word != y->word) return x->word < y->word ? -1 : 1;
    if (x->label != y->label) return x->label < y->label ? -1 : 1;
    return 0;
}

static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

static int cmp_rulerec(const void *a, const void *b)
{
    const rulerec *x = a, *y = b;
    if (x->key != y->key) return x->key < y->key ? -1 : 1;
    return x->script < y->script ? -1 : x->script > y->script;
}

/* The most frequent value of v[0..n-1] (sorted in place); ties go to the
** smallest.  *count receives its count. */
static uint32_t mode_of(uint32_t *v, size_t n, uint32_t *count)
{
    qsort(v, n, sizeof *v, cmp_u32);
    uint32_t best = v[0], best_n = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && v[j] == v[i]) j++;
        if (j - i > best_n) { best = v[i]; best_n = (uint32_t)(j - i); }
        i = j;
    }
    *count = best_n;
    return best;
}

/* The length of the common prefix of a and b, backed off to a UTF-8
** character boundary. */
static size_t common_prefix(const char *a, const char *b)
{
    size_t p = 0;
    while (a[p] && a[p] == b[p]) p++;
    while (p > 0 && (((unsigned char)a[p] & 0xc0) == 0x80 || ((unsigned char)b[p] & 0xc0) == 0x80))
        p--;
    return p;
}

typedef struct lemma_tables {
    entry *entries;          /* chosen per (word, label), sorted */
    size_t n_entries;
    bytebuf scripts;         /* tg_script */
    u64map script_map;       /* (mode, strip, append) -> index */
    bytebuf rules;           /* tg_rule table */
    uint32_t rule_slots;
    uint32_t label_feats[TAGGER_MAX_LABELS];
} lemma_tables;

static int script_id(trainer *T, lemma_tables *L, uint8_t mode, size_t strip,
                     const char *append, uint32_t *id)
{
    if (strip > 255) return 1;
    uint32_t off = strpool_add(&T->str, append, strlen(append));
    if (off == UINT32_MAX) return -1;
    uint64_t key = (uint64_t)mode << 40 | (uint64_t)strip << 32 | off;
    uint32_t *slot;
    int put = u64map_put(&L->script_map, key, (uint32_t)(L->scripts.len / sizeof(tg_script)), &slot);
    if (put < 0) return -1;
    if (put) {
        tg_script s = { mode, (uint8_t)strip, 0, off };
        if (bytebuf_add(&L->scripts, &s, sizeof s)) return -1;
    }
    *id = *slot;
    return 0;
}

/* WordNet POS of an XPOS tag, and whether it inflects. */
static void xpos_class(const char *x, uint8_t *pos, uint8_t *inflected, uint8_t *keep_case)
{
    static const char *const infl[] = { "VBD", "VBG", "VBN", "VBZ", "NNS", "JJR", "JJS", "RBR", "RBS" };
    *pos = TG_WN_NONE;
    if (!strncmp(x, "VB", 2)) *pos = TG_WN_VERB;
    else if (!strcmp(x, "NN") || !strcmp(x, "NNS")) *pos = TG_WN_NOUN;
    else if (!strncmp(x, "JJ", 2)) *pos = TG_WN_ADJ;
    else if (!strncmp(x, "RB", 2)) *pos = TG_WN_ADV;
    *inflected = 0;
    for (size_t i = 0; i < sizeof infl / sizeof *infl; i++)
        if (!strcmp(x, infl[i])) *inflected = 1;
    *keep_case = !strcmp(x, "NNP") || !strcmp(x, "NNPS");
}

static int learn_lemmas(trainer *T, lemma_tables *L)
{
    corpus *c = &T->train;
    size_t n = c->n_words;
    lemrec *recs = malloc((n ? n : 1) * sizeof *recs);
    uint32_t *tally = malloc((n ? n : 1) * sizeof *tally);
    if (!recs || !tally) { free(recs); free(tally); return NOMEM(T); }
    int rc = DYAD_OK;
    for (size_t i = 0; i < n && rc == DYAD_OK; i++) {
        const dyad_token *t = c->tok[i];
        const char *form = t->form ? t->form : "";
        const char *lemma = col(t->lemma);
        size_t p = common_prefix(form, lemma);
        size_t strip = strlen(form) - p;
        char keep[512];
        int kn = snprintf(keep, sizeof keep, "%zu\x1f%s", strip, lemma + p);
        recs[i].word = c->word[i];
        recs[i].label = c->gold[i];
        recs[i].lemma = strpool_add(&T->tmp, lemma, strlen(lemma));
        recs[i].keep = (kn > 0 && (size_t)kn < sizeof keep && strip <= 255)
            ? strpool_add(&T->tmp, keep, (size_t)kn) : 0;
        recs[i].feats = t->feats ? strpool_add(&T->tmp, t->feats, strlen(t->feats)) : 0;
        if (recs[i].lemma == UINT32_MAX || recs[i].keep == UINT32_MAX || recs[i].feats == UINT32_MAX)
            rc = NOMEM(T);
    }
    /* Default FEATS per label. */
    for (uint32_t l = 0; l < T->n_labels && rc == DYAD_OK; l++) {
        size_t k = 0;
        for (size_t i = 0; i < n; i++) if (recs[i].label == (int32_t)l) tally[k++] = recs[i].feats;
        uint32_t cnt, f = k ? mode_of(tally, k, &cnt) : 0;
        const char *s = T->tmp.data + f;
        L->label_feats[l] = strpool_add(&T->str, s, strlen(s));
        if (L->label_feats[l] == UINT32_MAX) rc = NOMEM(T);
    }
    if (rc) { free(recs); free(tally); return rc; }

    /* Per (word, label): the lemma and FEATS seen most. */
    qsort(recs, n, sizeof *recs, cmp_lemrec);
    L->entries = malloc((n ? n : 1) * sizeof *L->entries);
    if (!L->entries) { free(recs); free(tally); return NOMEM(T); }
    for (size_t i = 0; i < n && rc == DYAD_OK;) {
        size_t j = i;
        while (j < n && recs[j].word == recs[i].word && recs[j].label == recs[i].label) j++;
        size_t g = j - i;
        entry *e = &L->entries[L->n_entries++];
        memset(e, 0, sizeof *e);
        e->word = recs[i].word;
        e->label = recs[i].label;
        e->count = (uint32_t)g;
        uint32_t whole_n, keep_n, feats_n;
        for (size_t k = 0; k < g; k++) tally[k] = recs[i + k].lemma;
        uint32_t whole = mode_of(tally, g, &whole_n);
        for (size_t k = 0; k < g; k++) tally[k] = recs[i + k].keep;
        uint32_t keep = mode_of(tally, g, &keep_n);
        if (keep == 0) keep_n = 0;       /* not expressible as a script */
        for (size_t k = 0; k < g; k++) tally[k] = recs[i + k].feats;
        uint32_t feats = mode_of(tally, g, &feats_n);
        const char *ks = T->tmp.data + keep;
        int identity = keep_n && ks[0] == '0' && ks[1] == '\x1f' && ks[2] == '\0';
        const char *lower = T->str.data + T->word_str[e->word];
        /* On a tie, "the form as written" wins only where the lemma is not
        ** just the lowered form: "Bush" stays "Bush", "Work" becomes "work". */
        const char *lm0 = T->tmp.data + whole;
        if (keep_n > whole_n || (keep_n == whole_n && identity && strcmp(lm0, lower) != 0)) {
            e->mode = TG_LEM_KEEP;
            char *sep;
            e->strip = (uint8_t)strtoul(ks, &sep, 10);
            e->lemma = strpool_add(&T->str, sep + 1, strlen(sep + 1));
            if (script_id(T, L, TG_LEM_KEEP, e->strip, sep + 1, &e->script) < 0) rc = NOMEM(T);
        } else {
            const char *lm = T->tmp.data + whole;
            e->mode = TG_LEM_WHOLE;
            e->lemma = strpool_add(&T->str, lm, strlen(lm));
            size_t p = common_prefix(lower, lm);
            int r2 = script_id(T, L, TG_LEM_WHOLE, strlen(lower) - p, lm + p, &e->script);
            if (r2 < 0) rc = NOMEM(T);
            if (r2 > 0) e->script = UINT32_MAX;
        }
        const char *fs = T->tmp.data + feats;
        e->feats = strpool_add(&T->str, fs, strlen(fs));
        if (e->lemma == UINT32_MAX || e->feats == UINT32_MAX) rc = NOMEM(T);
        i = j;
    }
    free(recs);
    free(tally);
    if (rc) return rc;

    /* Per word type and XPOS (its most frequent label with that XPOS),
    ** the script votes for each of its endings. */
    rulerec *rr = malloc((L->n_entries * (SUFFIX_MAX + 1) + 1) * sizeof *rr);
    if (!rr) return NOMEM(T);
    size_t n_rr = 0;
    for (size_t i = 0; i < L->n_entries; i++) {
        const entry *e = &L->entries[i];
        if (e->script == UINT32_MAX) continue;
        int best = 1;
        for (size_t k = i + 1; k < L->n_entries && L->entries[k].word == e->word; k++)
            if (T->label_xpos_id[L->entries[k].label] == T->label_xpos_id[e->label] &&
                L->entries[k].count > e->count) best = 0;
        for (size_t k = i; k-- > 0 && L->entries[k].word == e->word;)
            if (T->label_xpos_id[L->entries[k].label] == T->label_xpos_id[e->label] &&
                L->entries[k].count >= e->count) best = 0;
        if (!best) continue;
        const char *lower = T->str.data + T->word_str[e->word];
        size_t len = strlen(lower);
        /* A lemma that keeps nothing of its word (went -> go) teaches
        ** nothing about other words. */
        const tg_script *sc = (const tg_script *)L->scripts.data + e->script;
        if (sc->strip >= len) continue;
        for (size_t k = 0; k <= SUFFIX_MAX && k <= len; k++) {
            rr[n_rr].key = tg_rule_key(T->label_xpos_id[e->label], lower + len - k, k);
            rr[n_rr].script = e->script;
            rr[n_rr].k = (uint32_t)k;
            n_rr++;
        }
    }
    qsort(rr, n_rr, sizeof *rr, cmp_rulerec);
    /* Keys kept: every ending of up to 2 bytes; longer ones seen on at
    ** least two word types. */
    size_t n_keys = 0;
    for (size_t i = 0; i < n_rr;) {
        size_t j = i;
        while (j < n_rr && rr[j].key == rr[i].key) j++;
        if (rr[i].k <= 2 || j - i >= 2) n_keys++;
        i = j;
    }
    L->rule_slots = table_size(n_keys, LOAD_OTHER);
    L->rules.data = calloc(L->rule_slots, sizeof(tg_rule));
    if (!L->rules.data) { free(rr); return NOMEM(T); }
    L->rules.len = L->rule_slots * sizeof(tg_rule);
    tg_rule *table = (tg_rule *)L->rules.data;
    uint32_t mask = L->rule_slots - 1;
    for (size_t i = 0; i < n_rr;) {
        size_t j = i;
        while (j < n_rr && rr[j].key == rr[i].key) j++;
        if (!(rr[i].k <= 2 || j - i >= 2)) { i = j; continue; }
        /* The scripts of this key by votes, best first. */
        uint32_t sid[TAGGER_RULE_SCRIPTS], votes[TAGGER_RULE_SCRIPTS];
        int ns = 0;
        for (size_t a = i; a < j;) {
            size_t b = a;
            while (b < j && rr[b].script == rr[a].script) b++;
            uint32_t v = (uint32_t)(b - a);
            int pos = ns < TAGGER_RULE_SCRIPTS ? ns : TAGGER_RULE_SCRIPTS;
            while (pos > 0 && votes[pos - 1] < v) pos--;
            if (pos < TAGGER_RULE_SCRIPTS) {
                int last = ns < TAGGER_RULE_SCRIPTS ? ns : TAGGER_RULE_SCRIPTS - 1;
                for (int q = last; q > pos; q--) { sid[q] = sid[q - 1]; votes[q] = votes[q - 1]; }
                sid[pos] = rr[a].script;
                votes[pos] = v;
                if (ns < TAGGER_RULE_SCRIPTS) ns++;
            }
            a = b;
        }
        uint32_t fp = tg_rule_fp(rr[i].key);
        uint32_t h = (uint32_t)rr[i].key & mask;
        int clash = 0;
        while (table[h].fp != 0) {
            if (table[h].fp == fp) clash = 1;
            h = (h + 1) & mask;
        }
        if (!clash) {
            table[h].fp = fp;
            for (int q = 0; q < TAGGER_RULE_SCRIPTS; q++)
                table[h].script[q] = q < ns ? (uint16_t)sid[q] : 0xffff;
        }
        i = j;
    }
    free(rr);
    if (L->scripts.len / sizeof(tg_script) >= 0xffff)
        return fail(T, DYAD_EINVAL, "too many lemma scripts");
    return DYAD_OK;
}

/* ------------------------------------------------------------------ */
/* WordNet                                                            */
/* ------------------------------------------------------------------ */

typedef struct wordnet {
    bytebuf exc;             /* tg_exc table */
    uint32_t exc_slots;
    bytebuf known;           /* uint32_t table */
    uint32_t known_slots;
    size_t n_exc, n_known;
} wordnet;

static const char *const WN_NAMES[] = { NULL, "noun", "verb", "adj", "adv" };

typedef struct pair { uint64_t key; uint32_t form, lemma, pos; } pair;

/* Reads WordNet's exception lists and lemma indexes (when dir has them)
** and the treebank's lemmas into the two tables. */
static int learn_wordnet(trainer *T, const lemma_tables *L, wordnet *W)
{
    const char *dir = T->o->wordnet ? T->o->wordnet : "/usr/share/wordnet";
    u64map known = { 0 }, exc_seen = { 0 };
    pair *exc = NULL;
    size_t n_exc = 0, cap_exc = 0;
    int rc = DYAD_OK, missing = 0;
    char path[4096], line[1024];
    for (int pos = TG_WN_NOUN; dir[0] && pos <= TG_WN_ADV && rc == DYAD_OK; pos++) {
        for (int kind = 0; kind < 2 && rc == DYAD_OK; kind++) {
            snprintf(path, sizeof path, "%s/%s.%s", dir, kind ? "index" : WN_NAMES[pos],
                     kind ? WN_NAMES[pos] : "exc");
            FILE *f = fopen(path, "r");
            if (!f) { missing++; continue; }
            while (rc == DYAD_OK && fgets(line, sizeof line, f)) {
                if (line[0] == ' ' || line[0] == '\n') continue;   /* licence header */
                char *a = strtok(line, " \n"), *b = strtok(NULL, " \n");
                if (!a || strchr(a, '_')) continue;
                if (kind) {               /* index.POS: the lemma leads the line */
                    uint64_t key = tg_known_key((uint32_t)pos, a, strlen(a));
                    if (u64map_put(&known, key, 0, NULL) < 0) rc = NOMEM(T);
                    continue;
                }
                if (!b || strchr(b, '_')) continue;
                uint64_t key = tg_exc_key((uint32_t)pos, a, strlen(a));
                int put = u64map_put(&exc_seen, key, 0, NULL);
                if (put < 0) { rc = NOMEM(T); break; }
                if (!put) continue;       /* the first lemma listed wins */
                if (n_exc == cap_exc) {
                    cap_exc = cap_exc ? cap_exc * 2 : 1024;
                    pair *p = realloc(exc, cap_exc * sizeof *p);
                    if (!p) { rc = NOMEM(T); break; }
                    exc = p;
                }
                exc[n_exc].key = key;
                exc[n_exc].form = strpool_add(&T->str, a, strlen(a));
                exc[n_exc].lemma = strpool_add(&T->str, b, strlen(b));
                exc[n_exc].pos = (uint32_t)pos;
                if (exc[n_exc].form == UINT32_MAX || exc[n_exc].lemma == UINT32_MAX) rc = NOMEM(T);
                n_exc++;
            }
            fclose(f);
        }
    }
    if (dir[0] && missing)
        snprintf(T->r->note, sizeof T->r->note,
                 "WordNet files missing in %s (%d of 8); install wordnet-base for better lemmas of unseen words",
                 dir, missing);
    /* The treebank's own lemmas count as known for their XPOS's POS. */
    for (size_t i = 0; rc == DYAD_OK && i < L->n_entries; i++) {
        const entry *e = &L->entries[i];
        uint8_t pos, infl, keep;
        xpos_class(T->str.data + T->label_xpos[e->label], &pos, &infl, &keep);
        if (pos == TG_WN_NONE || e->mode != TG_LEM_WHOLE) continue;
        const char *lm = T->str.data + e->lemma;
        if (u64map_put(&known, tg_known_key(pos, lm, strlen(lm)), 0, NULL) < 0) rc = NOMEM(T);
    }
    if (rc == DYAD_OK && n_exc) {
        W->exc_slots = table_size(n_exc, LOAD_OTHER);
        W->exc.data = calloc(W->exc_slots, sizeof(tg_exc));
        if (!W->exc.data) rc = NOMEM(T);
        else {
            W->exc.len = W->exc_slots * sizeof(tg_exc);
            tg_exc *t = (tg_exc *)W->exc.data;
            for (size_t i = 0; i < n_exc; i++) {
                uint32_t h = (uint32_t)exc[i].key & (W->exc_slots - 1);
                while (t[h].form) h = (h + 1) & (W->exc_slots - 1);
                t[h].fp = (uint32_t)(exc[i].key >> 32);
                t[h].form = exc[i].form;
                t[h].lemma = exc[i].lemma;
                t[h].pos = exc[i].pos;
            }
            W->n_exc = n_exc;
        }
    }
    if (rc == DYAD_OK && known.n) {
        W->known_slots = table_size(known.n, LOAD_OTHER);
        W->known.data = calloc(W->known_slots, sizeof(uint32_t));
        if (!W->known.data) rc = NOMEM(T);
        else {
            W->known.len = W->known_slots * sizeof(uint32_t);
            uint32_t *t = (uint32_t *)W->known.data;
            /* Insert in key order, so the table does not depend on the
            ** map's layout. */
            uint64_t *keys = malloc(known.n * sizeof *keys);
            if (!keys) rc = NOMEM(T);
            else {
                size_t k = 0;
                for (size_t i = 0; i < known.cap; i++)
                    if (known.vals[i] != UINT32_MAX) keys[k++] = known.keys[i];
                for (size_t i = 0; i < k; i++) {
                    uint32_t fp = tg_known_fp(keys[i]);
                    uint32_t h = (uint32_t)keys[i] & (W->known_slots - 1);
                    while (t[h] && t[h] != fp) h = (h + 1) & (W->known_slots - 1);
                    t[h] = fp;
                }
                free(keys);
                W->n_known = k;
            }
        }
    }
    free(exc);
    u64map_free(&known);
    u64map_free(&exc_seen);
    return rc;
}

/* ------------------------------------------------------------------ */
/* Writing                                                            */
/* ------------------------------------------------------------------ */

typedef struct model_out {
    tg_meta meta;
    bytebuf labels, xpos, fslots, weights, dense, vslots, words, wentries;
} model_out;

static void model_out_free(model_out *m)
{
    bytebuf_free(&m->labels);
    bytebuf_free(&m->xpos);
    bytebuf_free(&m->fslots);
    bytebuf_free(&m->weights);
    bytebuf_free(&m->dense);
    bytebuf_free(&m->vslots);
    bytebuf_free(&m->words);
    bytebuf_free(&m->wentries);
}

static int build_model(trainer *T, const lemma_tables *L, const wordnet *W, model_out *M)
{
    tg_meta *m = &M->meta;
    memset(m, 0, sizeof *m);
    m->byte_order = TAGGER_BYTE_ORDER;
    m->n_labels = T->n_labels;
    m->n_xpos = T->n_xpos;
    m->suffix_max = SUFFIX_MAX;

    for (uint32_t l = 0; l < T->n_labels; l++) {
        tg_label lab = { T->label_upos[l], T->label_xpos[l], L->label_feats[l], T->label_xpos_id[l] };
        if (bytebuf_add(&M->labels, &lab, sizeof lab)) return NOMEM(T);
    }
    for (uint32_t x = 0; x < T->n_xpos; x++) {
        tg_xpos xp = { T->xpos_name[x], 0, 0, 0, 0 };
        xpos_class(T->str.data + T->xpos_name[x], &xp.wn_pos, &xp.inflected, &xp.keep_case);
        if (bytebuf_add(&M->xpos, &xp, sizeof xp)) return NOMEM(T);
    }

    /* Weights: int16 at a scale that maps the largest to TG_WEIGHT_MAX. */
    size_t n = (size_t)T->n_feats * T->n_labels;
    float maxabs = 0;
    for (size_t j = 0; j < n; j++) if (fabsf(T->best[j]) > maxabs) maxabs = fabsf(T->best[j]);
    m->scale = maxabs > 0 ? (float)TG_WEIGHT_MAX / maxabs : 1.0f;
    m->passes = T->o->passes == 2 ? 2 : 1;
    uint32_t *row_start = malloc((T->n_feats ? T->n_feats : 1) * sizeof *row_start);
    if (!row_start) return NOMEM(T);
    uint32_t n_rows = 0, stride = TG_STRIDE(T->n_labels);
    int16_t dense[TG_STRIDE(TAGGER_MAX_LABELS)];
    for (uint32_t f = 0; f < T->n_feats; f++) {
        row_start[f] = TAGGER_EMPTY;
        uint32_t k = 0;
        memset(dense, 0, sizeof dense);
        for (uint32_t l = 0; l < T->n_labels; l++) {
            long q = lroundf(T->best[(size_t)f * T->n_labels + l] * m->scale);
            if (labs(q) < T->o->min_weight || q == 0) continue;
            dense[l] = (int16_t)q;
            k++;
        }
        if (!k) continue;
        n_rows++;
        if (k > TG_DENSE_MIN) {
            row_start[f] = TG_DENSE | m->n_dense++;
            if (bytebuf_add(&M->dense, dense, stride * sizeof *dense)) { free(row_start); return NOMEM(T); }
            continue;
        }
        row_start[f] = (uint32_t)(M->weights.len / 4);
        for (uint32_t l = 0; l < T->n_labels; l++) {
            if (!dense[l]) continue;
            uint32_t e = (uint32_t)(uint16_t)dense[l] | l << 16;
            if (bytebuf_add(&M->weights, &e, 4)) { free(row_start); return NOMEM(T); }
        }
        ((uint32_t *)M->weights.data)[M->weights.len / 4 - 1] |= TG_W_LAST;
    }
    m->n_weights = (uint32_t)(M->weights.len / 4);
    m->feat_slots = table_size(n_rows, LOAD_FEATURES);
    tg_slot empty = { 0, TAGGER_EMPTY };
    for (uint32_t i = 0; i < m->feat_slots; i++)
        if (bytebuf_add(&M->fslots, &empty, sizeof empty)) { free(row_start); return NOMEM(T); }
    tg_slot *fs = (tg_slot *)M->fslots.data;
    size_t kept = 0;
    for (uint32_t f = 0; f < T->n_feats; f++) {
        if (row_start[f] == TAGGER_EMPTY) continue;
        uint64_t key = T->feat_keys[f];
        uint32_t fp = (uint32_t)(key >> 32), h = (uint32_t)key & (m->feat_slots - 1);
        int clash = 0;
        while (fs[h].value != TAGGER_EMPTY) {
            if (fs[h].fp == fp) clash = 1;   /* would shadow: drop this one */
            h = (h + 1) & (m->feat_slots - 1);
        }
        if (clash) continue;
        fs[h].fp = fp;
        fs[h].value = row_start[f];
        kept++;
    }
    free(row_start);
    T->r->features = kept;
    T->r->weights = m->n_weights + (size_t)m->n_dense * T->n_labels;

    /* Vocabulary and its entries (L->entries is sorted by word). */
    m->n_words = T->n_words;
    m->vocab_slots = table_size(T->n_words, LOAD_OTHER);
    for (uint32_t i = 0; i < m->vocab_slots; i++)
        if (bytebuf_add(&M->vslots, &empty, sizeof empty)) return NOMEM(T);
    tg_slot *vs = (tg_slot *)M->vslots.data;
    size_t e = 0;
    for (uint32_t w = 0; w < T->n_words; w++) {
        const char *s = T->str.data + T->word_str[w];
        uint64_t key = feat_hash(s, strlen(s));
        uint32_t h = (uint32_t)key & (m->vocab_slots - 1);
        while (vs[h].value != TAGGER_EMPTY) h = (h + 1) & (m->vocab_slots - 1);
        vs[h].fp = (uint32_t)(key >> 32);
        vs[h].value = w;
        tg_word tw = { T->word_str[w], T->word_amb[w], T->word_top[w], T->word_fixed[w], (uint32_t)(M->wentries.len / sizeof(tg_wentry)), 0 };
        for (; e < L->n_entries && L->entries[e].word == (int32_t)w; e++) {
            const entry *en = &L->entries[e];
            tg_wentry we = { (uint16_t)en->label, en->mode, en->strip, en->lemma, en->feats };
            if (bytebuf_add(&M->wentries, &we, sizeof we)) return NOMEM(T);
            tw.count++;
        }
        if (bytebuf_add(&M->words, &tw, sizeof tw)) return NOMEM(T);
    }
    m->n_wentries = (uint32_t)(M->wentries.len / sizeof(tg_wentry));
    m->n_scripts = (uint32_t)(L->scripts.len / sizeof(tg_script));
    m->rule_slots = L->rule_slots;
    m->exc_slots = W->exc_slots;
    m->known_slots = W->known_slots;
    m->strings_size = (uint32_t)T->str.len;
    T->r->vocabulary = T->n_words;
    return DYAD_OK;
}

static int write_model(trainer *T, const model_out *M, const lemma_tables *L,
                       const wordnet *W, const char *info)
{
    binfile_writer *w;
    if (binfile_writer_new(&w, TAGGER_KIND, TAGGER_VERSION)) return NOMEM(T);
    int rc = binfile_add(w, "meta", &M->meta, sizeof M->meta);
    if (!rc) rc = binfile_add(w, "info", info, strlen(info) + 1);
    if (!rc) rc = binfile_add(w, "strings", T->str.data, T->str.len);
    if (!rc) rc = binfile_add(w, "labels", M->labels.data, M->labels.len);
    if (!rc) rc = binfile_add(w, "xpos", M->xpos.data, M->xpos.len);
    if (!rc) rc = binfile_add(w, "fslots", M->fslots.data, M->fslots.len);
    if (!rc) rc = binfile_add(w, "weights", M->weights.data, M->weights.len);
    if (!rc) rc = binfile_add(w, "dense", M->dense.data, M->dense.len);
    if (!rc) rc = binfile_add(w, "vslots", M->vslots.data, M->vslots.len);
    if (!rc) rc = binfile_add(w, "words", M->words.data, M->words.len);
    if (!rc) rc = binfile_add(w, "wentries", M->wentries.data, M->wentries.len);
    if (!rc) rc = binfile_add(w, "scripts", L->scripts.data, L->scripts.len);
    if (!rc) rc = binfile_add(w, "rslots", L->rules.data, L->rules.len);
    if (!rc) rc = binfile_add(w, "xslots", W->exc.data, W->exc.len);
    if (!rc) rc = binfile_add(w, "known", W->known.data, W->known.len);
    if (rc) {
        binfile_writer_free(w);
        return NOMEM(T);
    }
    rc = binfile_write(w, T->o->out, T->err, T->err_len);
    binfile_writer_free(w);
    return rc;
}

/* The provenance text: the caller's, then what this run learned. */
static char *info_text(trainer *T, const tag_scores *dev)
{
    const tagger_train_result *r = T->r;
    size_t cap = strlen(T->o->info ? T->o->info : "") + 1024;
    char *s = malloc(cap);
    if (!s) return NULL;
    int n = snprintf(s, cap, "%s%s"
                     "training: %zu sentences, %zu words; %zu labels; %zu features, %zu weights; "
                     "%zu words in the vocabulary; %zu WordNet exceptions, %zu known lemmas; "
                     "epochs %d (best %d); seed %llu\n",
                     T->o->info ? T->o->info : "",
                     T->o->info && T->o->info[0] && T->o->info[strlen(T->o->info) - 1] != '\n' ? "\n" : "",
                     r->sentences, r->words, r->labels, r->features, r->weights, r->vocabulary,
                     r->wordnet_exceptions, r->known_lemmas, r->epochs_run, r->best_epoch,
                     (unsigned long long)T->o->seed);
    if (dev && dev->words && n > 0 && (size_t)n < cap)
        snprintf(s + n, cap - (size_t)n,
                 "dev (%s, gold words): %zu words; UPOS %.2f%%, XPOS %.2f%%, UFeats %.2f%%, "
                 "AllTags %.2f%%, Lemmas %.2f%%\n",
                 T->o->dev, dev->words, tag_pct(dev->upos, dev->words), tag_pct(dev->xpos, dev->words),
                 tag_pct(dev->feats, dev->words), tag_pct(dev->all, dev->words),
                 tag_pct(dev->lemma, dev->words));
    return s;
}

void tagger_train_defaults(tagger_train_options *o)
{
    memset(o, 0, sizeof *o);
    o->seed = 1;
    o->epochs = 20;
    o->patience = 3;
    o->min_count = 2;
    o->min_weight = 1;
    o->passes = 2;
}

static void trainer_free(trainer *T)
{
    strpool_free(&T->str);
    strpool_free(&T->tmp);
    u64map_free(&T->label_map);
    u64map_free(&T->vocab_map);
    u64map_free(&T->feat_map);
    free(T->word_str);
    free(T->word_count);
    free(T->word_labels);
    free(T->word_amb);
    free(T->word_top);
    free(T->word_fixed);
    free(T->fold_labels);
    u64map_free(&T->amb_classes);
    free(T->feat_keys);
    free(T->w);
    free(T->tot);
    free(T->ts);
    free(T->avg);
    free(T->best);
    corpus_free(&T->train);
    corpus_free(&T->dev);
}

int tagger_train(const tagger_train_options *o, tagger_train_result *r,
                 char *err, size_t err_len)
{
    trainer T;
    memset(&T, 0, sizeof T);
    memset(r, 0, sizeof *r);
    T.o = o;
    T.r = r;
    T.err = err;
    T.err_len = err_len;
    if (err && err_len) err[0] = '\0';
    if (!o->n_train || !o->out || o->epochs < 1 || o->patience < 1 || o->min_count < 1 ||
        o->passes < 1 || o->passes > 2)
        return fail(&T, DYAD_EINVAL, "training needs a training file, an output path and positive settings");
    lemma_tables L;
    wordnet W;
    model_out M;
    memset(&L, 0, sizeof L);
    memset(&W, 0, sizeof W);
    memset(&M, 0, sizeof M);
    int rc = DYAD_OK;
    if (strpool_init(&T.str) || strpool_init(&T.tmp) || u64map_init(&T.label_map, 256) ||
        u64map_init(&T.vocab_map, 1 << 15) || u64map_init(&T.feat_map, 1 << 20))
        rc = NOMEM(&T);
    if (!rc) rc = corpus_read(&T, &T.train, o->train, o->n_train, o->max_sentences);
    if (!rc && T.train.n_words == 0) rc = fail(&T, DYAD_EINVAL, "no training words");
    if (!rc && o->dev) rc = corpus_read(&T, &T.dev, &o->dev, 1, 0);
    if (!rc) rc = collect_labels(&T);
    if (!rc) rc = build_vocabulary(&T);
    if (!rc) rc = prepare_words(&T, &T.train, 0);
    if (!rc) rc = prepare_words(&T, &T.dev, 1);
    if (!rc) rc = select_features(&T);
    if (!rc) rc = index_static(&T, &T.train);
    if (!rc) rc = index_static(&T, &T.dev);
    if (!rc && o->passes == 2) rc = jackknifed_guesses(&T);
    r->sentences = T.train.n_sents;
    r->words = T.train.n_words;
    r->labels = T.n_labels;
    if (!rc) rc = train_perceptron(&T);
    free(T.w); free(T.tot); free(T.ts); free(T.avg);
    T.w = NULL; T.tot = NULL; T.ts = NULL; T.avg = NULL;
    if (!rc && u64map_init(&L.script_map, 1024)) rc = NOMEM(&T);
    if (!rc) rc = learn_lemmas(&T, &L);
    if (!rc) rc = learn_wordnet(&T, &L, &W);
    r->wordnet_exceptions = W.n_exc;
    r->known_lemmas = W.n_known;
    if (!rc) rc = build_model(&T, &L, &W, &M);
    char *info = NULL;
    if (!rc && !(info = info_text(&T, NULL))) rc = NOMEM(&T);
    if (!rc) rc = write_model(&T, &M, &L, &W, info);
    if (!rc && o->dev) {
        /* Score the model as written, then write it again with the scores
        ** in its provenance (the tables are the same, so the scores are). */
        dyad_tagger *tagger;
        rc = dyad_tagger_open(&tagger, o->out, err, err_len);
        char *error = NULL;
        if (!rc) rc = tag_eval_file(tagger, o->dev, &r->dev, &error);
        if (rc && error) fail(&T, rc, "%s", error);
        free(error);
        dyad_tagger_close(tagger);
        r->have_dev = rc == DYAD_OK;
        free(info);
        info = NULL;
        if (!rc && !(info = info_text(&T, &r->dev))) rc = NOMEM(&T);
        if (!rc) rc = write_model(&T, &M, &L, &W, info);
    }
    if (!rc) {
        FILE *f = fopen(o->out, "rb");
        if (f) {
            fseek(f, 0, SEEK_END);
            r->model_bytes = (size_t)ftell(f);
            fclose(f);
        }
    }
    free(info);
    free(L.entries);
    bytebuf_free(&L.scripts);
    bytebuf_free(&L.rules);
    u64map_free(&L.script_map);
    bytebuf_free(&W.exc);
    bytebuf_free(&W.known);
    model_out_free(&M);
    trainer_free(&T);
    return rc;
}
