/*
** tagger.h — the tagger model: its file layout and the loaded handle.
**
** A model is a binfile (base/binfile.h) of kind "tagger", version 1, whose
** sections are arrays of the little-endian structs below, used in place
** from the memory map.  Every string a model hands out lives in its
** "strings" section, NUL-terminated, at an offset; offset 0 is "".
**
** The tagger is an averaged perceptron over joint labels (UPOS + Penn
** XPOS pairs seen in training).  Its weights are one row of int16 per
** feature: the feature table maps a feature key (features.h) to its row.
** Most features have weights for a few labels only, and their rows are
** sparse (in "weights", each entry packing a label and a weight); the few
** frequent ones with many (the bias, common suffixes, the previous
** labels) are dense rows that vector instructions add.  On loading, the
** tagger sums into dense rows of its own the features of each vocabulary
** word alone and those of each pair of left labels (dyad_tagger.rows),
** so a known word costs only the look-ups of its context features; which
** rows a vocabulary word's features have, the model says itself
** ("ownrows", "nearrows" below), so loading hashes no feature.  A greedy
** left-to-right decoder sums the rows of a word's features and takes the
** best label; frequent words whose label never varied in training skip
** that and take it from the vocabulary.  A two-pass model (tg_meta.passes)
** then decodes the sentence again, with the first pass's labels of the
** words to the right as features.
**
** Sections:
**   meta      tg_meta                   counts, weight scale
**   info      char[]                    provenance, NUL-terminated text
**   strings   char[]                    all strings, NUL-terminated
**   labels    tg_label[n_labels]        UPOS, XPOS, default FEATS
**   xpos      tg_xpos[n_xpos]           XPOS names and their WordNet POS
**   fslots    tg_slot[feat_slots]       feature key -> row start
**   weights   uint32_t[n_weights]       sparse rows: TG_W_* packed entries
**   dense     int16_t[n_dense][stride]  dense rows (stride = labels
**                                       rounded up to 16)
**   vslots    tg_slot[vocab_slots]      lowered word -> tg_word index
**   words     tg_word[n_words]          vocabulary
**   wentries  tg_wentry[n_wentries]     per word and label: lemma, FEATS
**   scripts   tg_script[n_scripts]      lemma edit scripts
**   rslots    tg_rule[rule_slots]       (XPOS, suffix) -> scripts
**   xslots    tg_exc[exc_slots]         WordNet exceptions (went -> go)
**   known     uint32_t[known_slots]     fingerprints of (POS, lemma) pairs
**                                       known to WordNet or the treebank
**   wnclass   uint32_t[power of two]    optional: WordNet's word classes,
**                                       a feature, and the ambiguity
**                                       class of words without one
**                                       (wnclass.h)
**   wordwnc   uint32_t[n_words]         optional (with wnclass): the
**                                       vocabulary's classes
**   ownrows   uint32_t[n_words][FEAT_OWN_MAX]   optional (with nearrows):
**                                       per word, the rows of its own
**                                       features (features.h, feat_own),
**                                       TAGGER_EMPTY where none or for a
**                                       word that is never scored (fixed)
**   nearrows  uint32_t[n_words][FEAT_NEAR_ALL]  the rows of the keys it
**                                       gives its neighbours (feat_near)
**
** ownrows and nearrows are what a loader would otherwise find by hashing
** each vocabulary word's features and looking them up, written by
** `dyad train tagger` and by tagger_add_word_rows() for older files (which
** still load: the loader then looks them up itself).
**
** Hash tables use linear probing over a power-of-two number of slots: a
** key's home slot is (key & mask), its fingerprint (key >> 32).
*/
#ifndef DYAD_NLP_TAGGER_H
#define DYAD_NLP_TAGGER_H

#include <stdint.h>
#include <string.h>
#include "dyad.h"
#include "base/binfile.h"
#include "nlp/wnclass.h"
#include "nlp/respell.h"

#define TAGGER_KIND "tagger"
#define TAGGER_VERSION 1
#define TAGGER_BYTE_ORDER 0x01020304u   /* tg_meta.byte_order as written */
#define TAGGER_MAX_LABELS 255           /* labels fit a weight entry's 8 bits */
#define TAGGER_EMPTY 0xffffffffu        /* an empty tg_slot */
#define TAGGER_RULE_SCRIPTS 4           /* scripts kept per (XPOS, suffix) */

/* A weight entry: bits 0-15 the weight (int16, |w| <= TG_WEIGHT_MAX),
** 16-23 the label, bit 31
** set on the last entry of a row. */
#define TG_W_WEIGHT(e) ((int16_t)(uint16_t)((e) & 0xffffu))
#define TG_W_LABEL(e) (((e) >> 16) & 0xffu)
#define TG_W_LAST 0x80000000u
/* A feature slot's value with this bit set names a dense row. */
#define TG_DENSE 0x80000000u
/* Rows with more entries than this are stored dense. */
#define TG_DENSE_MIN 16
/* No stored weight exceeds this in magnitude, so the scores of a word's
** at most FEAT_STATIC_MAX + FEAT_DYNAMIC_MAX (43) features add up in
** int16 without overflow: 43 * 762 < 32768. */
#define TG_WEIGHT_MAX 762
/* Models written before the WordNet classes (no "wnclass" section) have
** weights up to this, under the 40 templates they knew: 40 * 819 < 32768.
** Such models still load; the templates added since find no rows in
** them. */
#define TG_WEIGHT_MAX_V0 819
/* Labels per dense row, rounded up to a multiple of 16. */
#define TG_STRIDE(n_labels) (((n_labels) + 15u) & ~15u)

typedef struct tg_meta {
    uint32_t byte_order;     /* TAGGER_BYTE_ORDER */
    uint32_t n_labels, n_xpos;
    uint32_t feat_slots, n_weights;
    uint32_t vocab_slots, n_words, n_wentries;
    uint32_t n_scripts, rule_slots, exc_slots, known_slots;
    uint32_t strings_size;
    uint32_t suffix_max;     /* longest suffix in the rule table */
    uint32_t n_dense;        /* dense rows */
    float scale;             /* stored weight = round(weight * scale) */
    uint32_t passes;         /* 0 or 1: one left-to-right pass; 2: a
                             ** second pass sees the first pass's labels
                             ** of the words to the right (features.h,
                             ** feat_right) */
    uint32_t reserved[14];
} tg_meta;

typedef struct tg_label {
    uint32_t upos, xpos;     /* strings */
    uint32_t feats;          /* string: most frequent FEATS, "" for none */
    uint32_t xpos_id;        /* index in the xpos section */
} tg_label;

/* WordNet parts of speech, as in its file names. */
enum { TG_WN_NONE = 0, TG_WN_NOUN, TG_WN_VERB, TG_WN_ADJ, TG_WN_ADV };

typedef struct tg_xpos {
    uint32_t name;           /* string */
    uint8_t wn_pos;          /* TG_WN_*: whose lemmas this tag's words take */
    uint8_t inflected;       /* 1 when the tag marks an inflection (VBD,
                             ** NNS, JJR...), where WordNet's exception
                             ** lists apply */
    uint8_t keep_case;       /* 1 when unseen words keep their case (NNP) */
    uint8_t pad;
} tg_xpos;

typedef struct tg_slot {
    uint32_t fp;             /* key >> 32 */
    uint32_t value;          /* row start / word index; TAGGER_EMPTY */
} tg_slot;

typedef struct tg_word {
    uint32_t str;            /* string: the lowered form */
    uint32_t amb;            /* ambiguity class, 0 for none */
    uint32_t top;            /* 1 + its most frequent label, 0 for none */
    int32_t fixed;           /* the label it always takes, or -1 */
    uint32_t first;          /* its first tg_wentry */
    uint32_t count;          /* how many tg_wentry it has */
} tg_word;

/* A lemma mode: the lemma of the lowered form is stored whole
** (TG_LEM_WHOLE), or is the form as written (case kept) with `strip`
** bytes cut off the end and a string appended (TG_LEM_KEEP). */
enum { TG_LEM_WHOLE = 0, TG_LEM_KEEP = 1 };

typedef struct tg_wentry {
    uint16_t label;
    uint8_t mode;            /* TG_LEM_* */
    uint8_t strip;
    uint32_t lemma;          /* string: the lemma, or what KEEP appends */
    uint32_t feats;          /* string */
} tg_wentry;

/* An edit script for unseen words: take the lowered form (TG_LEM_WHOLE
** here means "lower") or the form (TG_LEM_KEEP), cut `strip` bytes, append
** a string. */
typedef struct tg_script {
    uint8_t mode;
    uint8_t strip;
    uint16_t pad;
    uint32_t append;         /* string */
} tg_script;

typedef struct tg_rule {
    uint32_t fp;             /* 0 = empty slot */
    uint16_t script[TAGGER_RULE_SCRIPTS];   /* best first; 0xffff = none */
    uint32_t pad;
} tg_rule;

typedef struct tg_exc {
    uint32_t fp;
    uint32_t form;           /* string; 0 = empty slot */
    uint32_t lemma;          /* string */
    uint32_t pos;            /* TG_WN_* */
} tg_exc;

/* Rows for the scoring kernel: dense ones (indices in dyad_tagger.dense,
** without TG_DENSE), sparse ones (starts in weights), and row ids of
** either kind or TAGGER_EMPTY (mixed), which the kernel sorts itself. */
/* The most mixed rows a kernel call takes: a word's right rows (the
** summed pair and feat_right_word's) and dynamic ones (the summed pair
** and feat_dynamic_word's). */
#define TG_MIXED_MAX 16
typedef struct tg_rowset {
    const uint32_t *dense, *sparse, *mixed;
    uint32_t n_dense, n_sparse, n_mixed;
} tg_rowset;

struct dyad_tagger {
    binfile file;
    const tg_meta *meta;
    const char *info;
    const char *strings;
    const tg_label *labels;
    const tg_xpos *xpos;
    const tg_slot *fslots;
    const uint32_t *weights;
    const int16_t *dense;
    const tg_slot *vslots;
    const tg_word *words;
    const tg_wentry *wentries;
    const tg_script *scripts;
    const tg_rule *rules;
    const tg_exc *excs;
    const uint32_t *known;
    wnc_table wnc;           /* no slots in models without the section */
    const uint32_t *word_wnc;   /* the vocabulary's WordNet classes
                                ** (section "wordwnc"), or NULL */
    uint32_t fmask, vmask, rmask, xmask, kmask;
    uint32_t passes;         /* 1 or 2 (tg_meta.passes) */
    int32_t x_cd, x_nnps, x_add;   /* these XPOS's indices, or -1: the
                                 ** lemmatizer's rules for unseen numbers
                                 ** and proper nouns */
    /* Initial scores: 0 for labels, the minimum for the padding. */
    int16_t zero_scores[TG_STRIDE(TAGGER_MAX_LABELS)];
    /* Dense rows (heap, owned here; `dense` points at them once loaded):
    ** the model's n_dense, then from word_row0 one per vocabulary word,
    ** the weights of its own features (features.h, feat_own) summed, then
    ** from pair_row0 one per pair of left labels (feat_labels) summed,
    ** from right_row0 one per pair of right guesses (feat_right_pair).
    ** Tagging a known word then looks up only its context features. */
    int16_t *rows;
    uint32_t word_row0, pair_row0, right_row0;
    /* Per vocabulary word, the rows (or TAGGER_EMPTY) of the FEAT_NEAR_ALL
    ** keys it gives the words around it (features.h, feat_near: offsets
    ** -2, -1, 1, 2 in turn): the model's "nearrows", or near_heap. */
    const uint32_t *near_rows;
    uint32_t *near_heap;     /* owned here; NULL when the model has them */
    respell_index respell;   /* owned here: built from the vocabulary */
    size_t rows_bytes;       /* the size of the allocation of `rows` */
    uint8_t *hot;            /* owned here: copies of the sections read at
                             ** random (fslots, weights, vslots, near_rows:
                             ** tagger_load.c, copy_hot_sections) */
    size_t hot_bytes;
    /* The scoring kernel for this processor (tagger.c): adds the rows of
    ** rs to the scores init and returns the best label; with `sum` not
    ** NULL it writes there the sums before the mixed rows are added. */
    int (*kernel)(const dyad_tagger *t, const int16_t *init, int16_t *sum,
                  const tg_rowset *rs, uint32_t stride);
};

/* The row ids (TG_DENSE | index in t->rows) of a word's summed own
** features and of a pair of left labels (FEAT_NO_LABEL or a label). */
#define TG_WORD_ID(t, w) (TG_DENSE | ((t)->word_row0 + (uint32_t)((w) - (t)->words)))
#define TG_PAIR_ID(t, p1, p2) (TG_DENSE | ((t)->pair_row0 + \
    (uint32_t)((p1) + 1) * ((t)->meta->n_labels + 1) + (uint32_t)((p2) + 1)))

/* ... and of the guesses g1, g2 of the next two words (0 to n_labels, or
** FEAT_GUESS_END). */
#define TG_GUESS_INDEX(t, g) ((g) > (t)->meta->n_labels ? (t)->meta->n_labels + 1 : (uint32_t)(g))
#define TG_RIGHT_ID(t, g1, g2) (TG_DENSE | ((t)->right_row0 + \
    TG_GUESS_INDEX(t, g1) * ((t)->meta->n_labels + 2) + TG_GUESS_INDEX(t, g2)))

/* The vocabulary entry of a lowered word whose feat_hash is `key`. */
static inline const tg_word *find_word(const dyad_tagger *t, uint64_t key,
                                const char *lower, size_t n)
{
    uint32_t fp = (uint32_t)(key >> 32);
    for (uint32_t i = (uint32_t)key & t->vmask;; i = (i + 1) & t->vmask) {
        const tg_slot *s = &t->vslots[i];
        if (s->value == TAGGER_EMPTY) return NULL;
        if (s->fp == fp) {
            const tg_word *w = &t->words[s->value];
            const char *str = t->strings + w->str;
            if (strncmp(str, lower, n) == 0 && str[n] == '\0') return w;
        }
    }
}

/* 16 labels' scores (GCC/Clang vector extensions). */
typedef int16_t v16i16 __attribute__((vector_size(32)));
typedef int16_t v8i16 __attribute__((vector_size(16)));
typedef int16_t v4i16 __attribute__((vector_size(8)));

/* Sets t->kernel for this processor (tagger.c). */
void tagger_pick_kernel(dyad_tagger *t);

/* The start of a feature's row of weights, or TAGGER_EMPTY. */
static inline uint32_t find_row(const dyad_tagger *t, uint64_t key)
{
    uint32_t fp = (uint32_t)(key >> 32);
    for (uint32_t i = (uint32_t)key & t->fmask;; i = (i + 1) & t->fmask) {
        const tg_slot *s = &t->fslots[i];
        if (s->value == TAGGER_EMPTY || s->fp == fp) return s->value;
    }
}

static inline void prefetch_slot(const dyad_tagger *t, uint64_t key)
{
    __builtin_prefetch(&t->fslots[(uint32_t)key & t->fmask]);
}

static inline void prefetch_row(const dyad_tagger *t, uint32_t row, uint32_t stride)
{
    if (row == TAGGER_EMPTY) return;
    if (row & TG_DENSE) {
        /* A row takes stride * 2 bytes, a multiple of 32: the first
        ** lines without a loop (four for up to 128 labels). */
        const char *d = (const char *)(t->dense + (size_t)(row & ~TG_DENSE) * stride);
        uint32_t bytes = stride * (uint32_t)sizeof(int16_t);
        __builtin_prefetch(d);
        if (bytes > 64) __builtin_prefetch(d + 64);
        if (bytes > 128) __builtin_prefetch(d + 128);
        if (bytes > 192) __builtin_prefetch(d + 192);
        for (uint32_t b = 256; b < bytes; b += 64) __builtin_prefetch(d + b);
    } else {
        /* A sparse row has at most TG_DENSE_MIN entries, on one or two
        ** cache lines. */
        uint32_t last = row + TG_DENSE_MIN - 1;
        __builtin_prefetch(t->weights + row);
        __builtin_prefetch(t->weights + (last < t->meta->n_weights ? last : row));
    }
}

/* The row ids of the own features (FEAT_OWN_MAX each, TAGGER_EMPTY where
** none; none at all for a fixed word) and near keys (FEAT_NEAR_ALL each) of
** the count vocabulary words from `first`, found by hashing and look-ups.
** own or near may be NULL. */
void tagger_word_row_ids(const dyad_tagger *t, uint32_t first, uint32_t count,
                         uint32_t *own, uint32_t *near);

/* Rewrites the tagger model `in` to `out` (which may be the same path)
** with its "ownrows" and "nearrows" sections (replaced if present), so it
** loads without looking up its vocabulary's features.  Every other section
** is copied as it is.  DYAD_OK, or an error with the reason in err. */
int tagger_add_word_rows(const char *in, const char *out, char *err, size_t err_len);

/* Keys of the lemma tables. */
uint64_t tg_rule_key(uint32_t xpos_id, const char *suffix, size_t n);
uint64_t tg_exc_key(uint32_t pos, const char *form, size_t n);
uint64_t tg_known_key(uint32_t pos, const char *lemma, size_t n);
/* A known-lemma fingerprint; never 0, which marks an empty slot. */
static inline uint32_t tg_known_fp(uint64_t key) { return (uint32_t)(key >> 32) | 1u; }
/* A rule fingerprint; never 0 either. */
static inline uint32_t tg_rule_fp(uint64_t key) { return (uint32_t)(key >> 32) | 1u; }

/* The vocabulary entry of a lowered word, or NULL. */
const tg_word *tagger_word(const dyad_tagger *t, const char *lower, size_t n);

/* The label index of a UPOS/XPOS pair, or -1. */
int tagger_label(const dyad_tagger *t, const char *upos, const char *xpos);
/* The xpos index of an XPOS name, or -1. */
int tagger_xpos(const dyad_tagger *t, const char *xpos);

#endif
