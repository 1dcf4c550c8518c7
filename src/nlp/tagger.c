/*
** tagger.c — tagging documents with a loaded tagger model (tagger_load.c
** opens it).
**
** The model is used in place from its memory map and never written, so
** one dyad_tagger serves any number of threads; each call keeps its
** scratch (one array sized to the longest sentence) to itself.
*/
#include <stdlib.h>
#include <string.h>
#include "nlp/tagger.h"
#include "nlp/features.h"
#include "nlp/lemmatizer.h"

_Static_assert((FEAT_STATIC_MAX + FEAT_DYNAMIC_MAX) * TG_WEIGHT_MAX <= INT16_MAX,
               "a word's summed weights must fit int16");
_Static_assert(1 + FEAT_RIGHT_MAX + 1 + FEAT_DYNAMIC_MAX <= TG_MIXED_MAX,
               "a word's right and dynamic rows must fit the kernel's mixed rows");

static int kernel_base(const dyad_tagger *t, const int16_t *init, int16_t *sum,
                       const tg_rowset *rs, uint32_t stride);
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define HAVE_AVX2_KERNEL 1
static int kernel_avx2(const dyad_tagger *t, const int16_t *init, int16_t *sum,
                       const tg_rowset *rs, uint32_t stride);
#endif

/*
** The scoring kernel: adds the rows of one word's features to the scores
** `init` and returns the best label (the first of equals, as in
** training); with `sum` not NULL it also writes there the sums of the
** sorted rows, before the mixed ones are added.  Scores are int16:
** TG_WEIGHT_MAX keeps every sum in range.  Padding labels start at the
** minimum and, as no row reaches them with a non-zero weight, stay there.
** Dense rows and the search for the best score go 16 labels at a time in
** vector registers (GCC/Clang vector extensions: one AVX2 instruction, or
** two SSE2 ones); sparse rows add their few entries one by one.  The
** caller hands the two kinds over in separate lists, empty rows left
** out, where it sorts them anyway (tagging's look-ups, which prefetch
** each row by its kind); the few rows of a word that decoding replaces
** in place come mixed, and the kernel sorts those in one pass.  The
** kernel is compiled twice, for AVX2 and for the baseline, and
** dyad_tagger_open picks one.
*/
typedef union score_block {
    v16i16 v[TG_STRIDE(TAGGER_MAX_LABELS) / 16];
    int16_t s[TG_STRIDE(TAGGER_MAX_LABELS)];
} score_block;

/* Adds the entries of n sparse rows to the scores s.  The label is read
** as the entry's third byte (models are little-endian; the loader
** refuses other machines): one load instead of a shift and a
** zero-extension of the entry. */
static inline __attribute__((always_inline))
void add_sparse(const dyad_tagger *t, int16_t *s, const uint32_t *rows, uint32_t n)
{
    for (uint32_t f = 0; f < n; f++) {
        for (const uint32_t *e = t->weights + rows[f];; e++) {
            uint32_t v = *e;
            uint8_t label = ((const uint8_t *)e)[2];
            s[label] = (int16_t)(s[label] + TG_W_WEIGHT(v));
            if (v & TG_W_LAST) break;
        }
    }
}

static inline __attribute__((always_inline))
int kernel(const dyad_tagger *t, const int16_t *init, int16_t *sum,
           const tg_rowset *rs, uint32_t stride)
{
    score_block sc;
    uint32_t blocks = stride / 16;
    memcpy(sc.s, init, stride * sizeof *sc.s);
    /* Dense rows first, in registers; then the sparse entries one by one
    ** in memory.  Mixing the two would make each vector load wait for
    ** the scalar stores before it: the sorted rows are summed (and that
    ** sum kept) before the mixed ones, whose dense rows go in registers
    ** again, then their sparse entries. */
    for (uint32_t f = 0; f < rs->n_dense; f++) {
        const int16_t *d = t->dense + (size_t)rs->dense[f] * stride;
#pragma GCC unroll 8
        for (uint32_t b = 0; b < blocks; b++) {
            v16i16 x;
            memcpy(&x, d + 16 * b, sizeof x);
            sc.v[b] += x;
        }
    }
    add_sparse(t, sc.s, rs->sparse, rs->n_sparse);
    if (sum) memcpy(sum, sc.s, stride * sizeof *sc.s);
    uint32_t late[TG_MIXED_MAX], n_late = 0;   /* the mixed sparse rows */
    for (uint32_t f = 0; f < rs->n_mixed; f++) {
        uint32_t row = rs->mixed[f];
        if (!(row & TG_DENSE)) {
            late[n_late++] = row;
        } else if (row != TAGGER_EMPTY) {
            const int16_t *d = t->dense + (size_t)(row & ~TG_DENSE) * stride;
#pragma GCC unroll 8
            for (uint32_t b = 0; b < blocks; b++) {
                v16i16 x;
                memcpy(&x, d + 16 * b, sizeof x);
                sc.v[b] += x;
            }
        }
    }
    add_sparse(t, sc.s, late, n_late);
    v16i16 top = sc.v[0];
#pragma GCC unroll 8
    for (uint32_t b = 1; b < blocks; b++) {
        v16i16 more = sc.v[b] > top;
        top = (sc.v[b] & more) | (top & ~more);
    }
    /* The maximum of the 16 lanes by halving, then the first label with
    ** it: the first block holding it, then its lane. */
    v8i16 half[2];
    memcpy(half, &top, sizeof half);
    v8i16 more8 = half[0] > half[1];
    v8i16 m8 = (half[0] & more8) | (half[1] & ~more8);
    v4i16 quarter[2];
    memcpy(quarter, &m8, sizeof quarter);
    v4i16 more4 = quarter[0] > quarter[1];
    v4i16 m4 = (quarter[0] & more4) | (quarter[1] & ~more4);
    int16_t lanes[4];
    memcpy(lanes, &m4, sizeof lanes);
    int16_t best = lanes[0] > lanes[1] ? lanes[0] : lanes[1];
    int16_t other = lanes[2] > lanes[3] ? lanes[2] : lanes[3];
    best = other > best ? other : best;
    uint32_t b = 0;
    for (;; b++) {
        v16i16 hit = sc.v[b] == best;
        uint64_t any[4];
        memcpy(any, &hit, sizeof any);
        if (any[0] | any[1] | any[2] | any[3]) break;
    }
    uint32_t l = 16 * b;
    while (sc.s[l] != best) l++;
    return (int)l;
}

/*
** With the stride a constant the compiler keeps the scores in vector
** registers while it adds the dense rows and copies them without a call;
** with a stride known only at run time every addition goes through
** memory.  So the kernel is instantiated for the strides of models with
** up to 128 labels (the committed one has 102: a stride of 112), and
** kept generic beyond.
*/
#define KERNEL_ARGS t, init, sum, rs
#define KERNEL_BY_STRIDE(stride)                                           \
    switch (stride) {                                                      \
    case 16:  return kernel(KERNEL_ARGS, 16);                              \
    case 32:  return kernel(KERNEL_ARGS, 32);                              \
    case 48:  return kernel(KERNEL_ARGS, 48);                              \
    case 64:  return kernel(KERNEL_ARGS, 64);                              \
    case 80:  return kernel(KERNEL_ARGS, 80);                              \
    case 96:  return kernel(KERNEL_ARGS, 96);                              \
    case 112: return kernel(KERNEL_ARGS, 112);                             \
    case 128: return kernel(KERNEL_ARGS, 128);                             \
    default:  return kernel(KERNEL_ARGS, stride);                          \
    }

static int kernel_base(const dyad_tagger *t, const int16_t *init, int16_t *sum,
                       const tg_rowset *rs, uint32_t stride)
{
    KERNEL_BY_STRIDE(stride);
}

#ifdef HAVE_AVX2_KERNEL
__attribute__((target("avx2")))
static int kernel_avx2(const dyad_tagger *t, const int16_t *init, int16_t *sum,
                       const tg_rowset *rs, uint32_t stride)
{
    KERNEL_BY_STRIDE(stride);
}
#endif

/* ------------------------------------------------------------------ */
/* Tagging                                                            */
/* ------------------------------------------------------------------ */

/*
** Tagging is bound by memory latency: each feature costs a look-up in a
** table of megabytes, then a read of its row.  So the work is done in
** phases over the whole sentence, each phase first prefetching what the
** next will read: the look-ups of all words' label-independent features
** are in flight at once, and only the few features that use the labels
** just chosen are looked up on the way.
*/

/* Per-word scratch of one call.  A word's fixed rows (those before
** feat_right's: its summed own features if it is known, else its own
** keys' rows, its context's, its neighbours') are summed once; they are
** kept sorted by kind for the kernel, the dense ones (indices, without
** TG_DENSE) apart from the sparse ones, empty ones dropped.  Its other
** rows stay in order, as decoding replaces some in place: rows[0] the
** summed pair of right guesses, then the rows of feat_right_word's keys
** (n_right in all), then its dynamic rows (the summed pair of left
** labels, then the rows of feat_dynamic_word's keys). */
typedef struct scratch_word {
    const tg_word *word;     /* vocabulary entry, or NULL */
    uint32_t cand;           /* the vocabulary index its slot points to
                             ** first, or TAGGER_EMPTY: fetched ahead */
    uint32_t form_n, lower_n;
    int label;               /* the label chosen */
    int first;               /* the first pass's label (two-pass models) */
    uint32_t n_dense, n_sparse;   /* its fixed rows of each kind */
    uint32_t n_keys;         /* keys of fixed rows not known beforehand */
    uint32_t n_right;        /* rows before the dynamic ones */
    int spec1, spec2;        /* the left labels guessed before decoding */
    uint32_t n_spec;         /* the dynamic rows for them, after n_right */
    /* keys[0..n_keys) give fixed rows, then come the keys of rows[1..]
    ** (feat_right_word's, then feat_dynamic_word's). */
    uint64_t keys[FEAT_STATIC_MAX + FEAT_DYNAMIC_MAX];
    uint32_t dense[FEAT_STATIC_MAX], sparse[FEAT_STATIC_MAX];
    uint32_t rows[TG_MIXED_MAX];
    char lower[FEAT_WORD_MAX + 8];
} scratch_word;

/* Files a fixed row of x by its kind (an empty one is dropped) in
** dense[*nd] or sparse[*ns], and prefetches it unless it is one of the
** model's own dense rows (below n_model_dense): those are the few
** features nearly every word has (its shape, the tags around it), they
** stay in cache, and prefetching their four lines a time was a tenth of
** tagging's instructions. */
static inline void add_fixed(const dyad_tagger *t, scratch_word *x, uint32_t *nd, uint32_t *ns,
                             uint32_t row, uint32_t n_model_dense, uint32_t stride)
{
    if (row & TG_DENSE) {
        if (row == TAGGER_EMPTY) return;
        x->dense[(*nd)++] = row & ~TG_DENSE;
        if ((row & ~TG_DENSE) >= n_model_dense) prefetch_row(t, row, stride);
    } else {
        x->sparse[(*ns)++] = row;
        prefetch_row(t, row, stride);
    }
}

/* The dynamic rows of word i for left labels p1, p2 into rows[at...];
** returns how many. */
static uint32_t dynamic_rows(const dyad_tagger *t, const feat_word *ws, uint32_t n, uint32_t i,
                             int p1, int p2, uint32_t *rows)
{
    uint64_t keys[FEAT_DYNAMIC_MAX];
    int k = feat_dynamic_word(ws, (int)n, (int)i, p1, p2, keys);
    for (int f = 0; f < k; f++) prefetch_slot(t, keys[f]);
    rows[0] = TG_PAIR_ID(t, p1, p2);
    for (int f = 0; f < k; f++) rows[1 + f] = find_row(t, keys[f]);
    return 1 + (uint32_t)k;
}

/* The summed row of the guesses of word i's two right neighbours. */
static inline uint32_t right_id(const dyad_tagger *t, const feat_word *ws, uint32_t n, uint32_t i)
{
    return TG_RIGHT_ID(t, i + 1 < n ? ws[i + 1].guess : FEAT_GUESS_END,
                       i + 2 < n ? ws[i + 2].guess : FEAT_GUESS_END);
}

/*
** Scoring a word in steps: its fixed rows (its own, its context's, its
** neighbours') are summed, and for a second pass that sum is kept in
** fixed[i * stride ...]; the rest (the right guesses', the left labels')
** are added to it in the same kernel call.  In a second pass only the
** rows that change are added again to the kept sum.  Integer sums do not depend on
** their order, so the scores are those of adding every row at once.
*/
static int score_from(const dyad_tagger *t, const int16_t *fixed, const uint32_t *rows,
                      uint32_t n_rows, uint32_t stride)
{
    tg_rowset rs = { .mixed = rows, .n_mixed = n_rows };
    return t->kernel(t, fixed, NULL, &rs, stride);
}

/* Greedy left to right: each word's label-dependent rows (after its
** n_right right ones), then its best label into sw[i].label. */
static void decode(const dyad_tagger *t, uint32_t n, const feat_word *ws,
                   scratch_word *sw, int16_t *fixed, uint32_t stride)
{
    int p1 = FEAT_NO_LABEL, p2 = FEAT_NO_LABEL, keep = t->passes == 2;
    for (uint32_t i = 0; i < n; i++) {
        int best;
        if (sw[i].word && sw[i].word->fixed >= 0) {
            best = sw[i].word->fixed;
        } else {
            if (p1 != sw[i].spec1 || p2 != sw[i].spec2)
                sw[i].n_spec = dynamic_rows(t, ws, n, i, p1, p2, sw[i].rows + sw[i].n_right);
            /* One call: the fixed rows' sum is kept on the way for a
            ** second pass. */
            tg_rowset rs = { .dense = sw[i].dense, .n_dense = sw[i].n_dense,
                             .sparse = sw[i].sparse, .n_sparse = sw[i].n_sparse,
                             .mixed = sw[i].rows, .n_mixed = sw[i].n_right + sw[i].n_spec };
            best = t->kernel(t, t->zero_scores, keep ? fixed + (size_t)i * stride : NULL, &rs, stride);
        }
        p2 = p1;
        p1 = best;
        sw[i].label = best;
    }
}

/*
** The second pass.  A word's score changes from the first pass only
** through the features that read guesses (feat_right: the word's two
** right neighbours) and the labels on its left (feat_dynamic).  Where the
** neighbours' new guesses equal their old ones (the first pass's label
** is the word's most frequent one, as it mostly is) and the two labels on
** the left came out as before, the word keeps its first-pass label
** without being scored again: the same sums would give the same answer.
** Else only those rows are added to its fixed rows' sum.
*/
static void decode_again(const dyad_tagger *t, uint32_t n, feat_word *ws,
                         scratch_word *sw, const int16_t *fixed, uint32_t stride)
{
    for (uint32_t i = 0; i < n; i++) {
        sw[i].first = sw[i].label;
        ws[i].guess = (uint32_t)sw[i].label + 1;
    }
    int p1 = FEAT_NO_LABEL, p2 = FEAT_NO_LABEL;
    int q1 = FEAT_NO_LABEL, q2 = FEAT_NO_LABEL;      /* first-pass left labels */
    uint64_t keys[FEAT_RIGHT_MAX];
    for (uint32_t i = 0; i < n; i++) {
        int best;
        int same_right = (i + 1 >= n || ws[i + 1].guess == ws[i + 1].top) &&
                         (i + 2 >= n || ws[i + 2].guess == ws[i + 2].top);
        if (sw[i].word && sw[i].word->fixed >= 0) {
            best = sw[i].word->fixed;
        } else if (same_right && p1 == q1 && p2 == q2) {
            best = sw[i].first;
        } else {
            uint32_t *rows = sw[i].rows;
            rows[0] = right_id(t, ws, n, i);
            int k = feat_right_word(ws, (int)n, (int)i, keys);
            for (int f = 0; f < k; f++) prefetch_slot(t, keys[f]);
            for (int f = 0; f < k; f++) rows[1 + f] = find_row(t, keys[f]);
            k++;
            /* The rows of the left labels follow the right ones.  For
            ** the same labels as in the first pass they are still there,
            ** but for the one that reads the next word's guess
            ** (feat_dynamic_guess, the last). */
            uint32_t d;
            if (p1 == q1 && p2 == q2) {
                d = sw[i].n_spec;
                rows[k + d - 1] = find_row(t, feat_dynamic_guess(ws, (int)n, (int)i, p1));
            } else {
                d = dynamic_rows(t, ws, n, i, p1, p2, rows + k);
            }
            best = score_from(t, fixed + (size_t)i * stride, rows, (uint32_t)k + d, stride);
        }
        q2 = q1;
        q1 = sw[i].first;
        p2 = p1;
        p1 = best;
        sw[i].label = best;
    }
}

/*
** "'s" is "is" or "has"; the tag (VBZ) does not tell, the next verb does:
** "it's been", "he's got" (EWT's training data: "'s" before "been" or
** "got" is "have" every time).  True when word i is "'s" or "s" and
** "been", "got" or "gotten" follows, past at most two adverbs.
*/
static int has_participle_after(const dyad_tagger *t, const scratch_word *sw,
                                uint32_t n, uint32_t i)
{
    /* By length first: nearly every word is none of the three. */
    const char *f = sw[i].lower;
    switch (sw[i].lower_n) {
    case 1: if (f[0] != 's') return 0; break;
    case 2: if (f[0] != '\'' || f[1] != 's') return 0; break;
    case 4: if (memcmp(f, "\xe2\x80\x99s", 4)) return 0; break;
    default: return 0;
    }
    for (uint32_t j = i + 1; j < n && j <= i + 3; j++) {
        const char *next = sw[j].lower;
        if (!strcmp(next, "been") || !strcmp(next, "got") || !strcmp(next, "gotten")) return 1;
        const char *x = t->strings + t->labels[sw[j].label].xpos;
        if (strcmp(x, "RB")) return 0;
    }
    return 0;
}

/* Tags the n words of one sentence; ws/sw are scratch for n words. */
static int tag_sentence(const dyad_tagger *t, dyad_doc *doc, dyad_token *tok,
                        uint32_t n, feat_word *ws, scratch_word *sw, int16_t *fixed)
{
    /* 1. Word features; the vocabulary slots are prefetched. */
    for (uint32_t i = 0; i < n; i++)
        if (tok[i].form) __builtin_prefetch(tok[i].form);
    for (uint32_t i = 0; i < n; i++) {
        const char *form = tok[i].form ? tok[i].form : "";
        size_t len = strlen(form);
        sw[i].form_n = (uint32_t)len;
        sw[i].lower_n = (uint32_t)feat_word_init_lower(&ws[i], form, len, sw[i].lower, i == 0);
        __builtin_prefetch(&t->vslots[(uint32_t)ws[i].lower & t->vmask]);
    }
    /* 2. Vocabulary look-ups: the entries of each word's first slot with
    ** its fingerprint are fetched, then its string and what the tagger
    ** reads of it, before the look-ups proper. */
    for (uint32_t i = 0; i < n; i++) {
        uint32_t fp = (uint32_t)(ws[i].lower >> 32), v = TAGGER_EMPTY;
        for (uint32_t h = (uint32_t)ws[i].lower & t->vmask;; h = (h + 1) & t->vmask) {
            const tg_slot *slot = &t->vslots[h];
            if (slot->value == TAGGER_EMPTY || slot->fp == fp) {
                v = slot->value;
                break;
            }
        }
        sw[i].cand = v;
        if (v != TAGGER_EMPTY) __builtin_prefetch(&t->words[v]);
    }
    for (uint32_t i = 0; i < n; i++) {
        uint32_t v = sw[i].cand;
        if (v == TAGGER_EMPTY) {     /* unknown: its WordNet class's slot */
            if (t->wnc.slots) __builtin_prefetch(&t->wnc.slots[(uint32_t)ws[i].lower & t->wnc.mask]);
            continue;
        }
        __builtin_prefetch(t->strings + t->words[v].str);
        __builtin_prefetch(t->near_rows + (size_t)v * FEAT_NEAR_ALL);
        if (t->word_wnc) __builtin_prefetch(t->word_wnc + v);
        __builtin_prefetch(&t->wentries[t->words[v].first]);
    }
    for (uint32_t i = 0; i < n; i++) {
        sw[i].word = find_word(t, ws[i].lower, sw[i].lower, sw[i].lower_n);
        /* Affixes: a known word's own and near rows are summed or looked
        ** up already; only its label-dependent features read a suffix. */
        if (!sw[i].word)
            feat_word_affixes(&ws[i], sw[i].lower, sw[i].lower_n, FEAT_AFFIXES_ALL);
        else if (sw[i].word->fixed < 0)
            feat_word_affixes(&ws[i], sw[i].lower, sw[i].lower_n, FEAT_AFFIXES_SUF3);
        ws[i].amb = sw[i].word ? sw[i].word->amb : 0;
        /* WordNet's classes, stored for the vocabulary. */
        ws[i].wnc = sw[i].word && t->word_wnc ? t->word_wnc[sw[i].word - t->words]
                  : wnc_classes(&t->wnc, sw[i].lower, sw[i].lower_n);
        if (!ws[i].amb) ws[i].amb = wnc_amb(ws[i].wnc);
        ws[i].top = sw[i].word ? sw[i].word->top : 0;
        ws[i].guess = ws[i].top;
    }
    uint32_t stride = TG_STRIDE(t->meta->n_labels), n_model_dense = t->meta->n_dense;
    /* 3. The static features of the words the model must score: keys
    ** (their table slots prefetched), then rows (prefetched).  With them
    ** the label-dependent features for the labels the words on the left
    ** will most likely get (a fixed label, or the most frequent one):
    ** where the guess comes true, decoding finds their rows already
    ** fetched instead of waiting on memory word after word. */
    for (uint32_t i = 0; i < n; i++) {
        sw[i].n_spec = 0;
        sw[i].label = sw[i].word && sw[i].word->fixed >= 0 ? sw[i].word->fixed
                    : (int)ws[i].top - 1;       /* -1: no guess */
    }
    for (uint32_t i = 0; i < n; i++) {
        if (sw[i].word && sw[i].word->fixed >= 0) continue;
        scratch_word *x = &sw[i];
        /* Rows known beforehand (summed, or the vocabulary's) are filed at
        ** once; the others' keys are listed, to be looked up below. */
        uint32_t k = 0, nd = 0, ns = 0;
        if (x->word) add_fixed(t, x, &nd, &ns, TG_WORD_ID(t, x->word), n_model_dense, stride);
        else k += (uint32_t)feat_own(&ws[i], x->keys + k);
        k += (uint32_t)feat_context_rest(ws, (int)n, (int)i, x->keys + k);
        /* What the neighbours give: from the vocabulary, or computed. */
        static const int OFFSETS[4] = { -2, -1, 1, 2 }, AT[5] = { 0, 1, 3, 6, FEAT_NEAR_ALL };
        /* (Unrolled, so that each offset's count of rows is a constant.) */
#pragma GCC unroll 4
        for (int o = 0; o < 4; o++) {
            long j = (long)i + OFFSETS[o];
            const scratch_word *nb = j >= 0 && j < (long)n ? &sw[j] : NULL;
            if (nb && nb->word) {
                const uint32_t *near = t->near_rows + (size_t)(nb->word - t->words) * FEAT_NEAR_ALL;
                for (int c = AT[o]; c < AT[o + 1]; c++)
                    add_fixed(t, x, &nd, &ns, near[c], n_model_dense, stride);
            } else {
                k += (uint32_t)feat_near(nb ? &ws[j] : NULL, OFFSETS[o], x->keys + k);
            }
        }
        x->n_keys = k;
        x->n_dense = nd;
        x->n_sparse = ns;
        x->rows[0] = right_id(t, ws, n, i);
        uint32_t r = 1 + (uint32_t)feat_right_word(ws, (int)n, (int)i, x->keys + k);
        x->n_right = r;
        x->spec1 = i >= 1 ? sw[i - 1].label : FEAT_NO_LABEL;
        x->spec2 = i >= 2 ? sw[i - 2].label : FEAT_NO_LABEL;
        if (i >= 1 && x->spec1 < 0) x->spec1 = -2;    /* never matches */
        if (i >= 2 && x->spec2 < 0) x->spec2 = -2;
        if (x->spec1 != -2 && x->spec2 != -2) {
            x->rows[r] = TG_PAIR_ID(t, x->spec1, x->spec2);
            x->n_spec = 1 + (uint32_t)feat_dynamic_word(ws, (int)n, (int)i, x->spec1, x->spec2,
                                                         x->keys + k + r - 1);
        }
        uint32_t n_all = k + r - 1 + (x->n_spec ? x->n_spec - 1 : 0);
        for (uint32_t f = 0; f < n_all; f++) prefetch_slot(t, x->keys[f]);
    }
    for (uint32_t i = 0; i < n; i++) {
        if (sw[i].word && sw[i].word->fixed >= 0) continue;
        scratch_word *x = &sw[i];
        uint32_t nd = x->n_dense, ns = x->n_sparse;
        for (uint32_t f = 0; f < x->n_keys; f++)
            add_fixed(t, x, &nd, &ns, find_row(t, x->keys[f]), n_model_dense, stride);
        x->n_dense = nd;
        x->n_sparse = ns;
        /* The right and dynamic rows, in place; rows[0] and
        ** rows[n_right] are summed rows. */
        const uint64_t *keys = x->keys + x->n_keys;
        prefetch_row(t, x->rows[0], stride);
        for (uint32_t f = 1; f < x->n_right; f++) {
            uint32_t row = x->rows[f] = find_row(t, *keys++);
            if (!(row & TG_DENSE) || (row & ~TG_DENSE) >= n_model_dense) prefetch_row(t, row, stride);
        }
        if (x->n_spec) prefetch_row(t, x->rows[x->n_right], stride);
        for (uint32_t f = x->n_right + 1; f < x->n_right + x->n_spec; f++) {
            uint32_t row = x->rows[f] = find_row(t, *keys++);
            if (!(row & TG_DENSE) || (row & ~TG_DENSE) >= n_model_dense) prefetch_row(t, row, stride);
        }
    }

    /* 4. Left to right: the label-dependent features, then the best label. */
    decode(t, n, ws, sw, fixed, stride);
    /* 4b. A two-pass model decodes again, the first pass's labels now
    ** standing for the words on the right (decode_again). */
    if (t->passes == 2) decode_again(t, n, ws, sw, fixed, stride);

    /* 5. FEATS and lemmas. */
    for (uint32_t i = 0; i < n; i++) {
        int best = sw[i].label;
        const tg_label *lab = &t->labels[best];
        dyad_token *w = &tok[i];
        w->upos = t->strings + lab->upos;
        w->xpos = t->strings + lab->xpos;
        const char *feats = t->strings + lab->feats;
        const tg_wentry *hit = NULL;
        if (sw[i].word) {
            const tg_word *wd = sw[i].word;
            for (uint32_t e = 0; e < wd->count; e++)
                if (t->wentries[wd->first + e].label == (uint32_t)best) {
                    hit = &t->wentries[wd->first + e];
                    feats = t->strings + hit->feats;
                    break;
                }
        }
        w->feats = feats[0] ? feats : NULL;

        /* The word's entry for this label gives the lemma (most words);
        ** else the lemmatizer's other sources. */
        const char *form = w->form ? w->form : "";
        char buf[LEM_BUF];
        size_t lemma_n = 0;
        const char *lemma = hit ? lem_entry(t, hit, form, sw[i].form_n, sw[i].lower, sw[i].lower_n,
                                            buf, &lemma_n) : NULL;
        if (!lemma)
            lemma = lem_lemma(t, sw[i].word, best, lab->xpos_id, form, sw[i].form_n,
                              sw[i].lower, sw[i].lower_n, buf, &lemma_n);
        if (lemma == buf) {
            lemma = dyad_doc_strdup(doc, buf, lemma_n);
            if (!lemma) return DYAD_ENOMEM;
        }
        /* (The word first: the lemma's string may not be in cache.) */
        if (has_participle_after(t, sw, n, i) && !strcmp(lemma, "be")) lemma = "have";
        w->lemma = lemma;
    }
    return DYAD_OK;
}

int dyad_tagger_tag(const dyad_tagger *t, dyad_doc *doc)
{
    uint32_t longest = 0;
    for (size_t s = 0; s < doc->n_sents; s++)
        if (doc->sents[s].count > longest) longest = doc->sents[s].count;
    if (!longest) return DYAD_OK;
    feat_word *ws = malloc(longest * sizeof *ws);
    scratch_word *sw = malloc(longest * sizeof *sw);
    int16_t *fixed = malloc((size_t)longest * TG_STRIDE(t->meta->n_labels) * sizeof *fixed);
    int rc = (ws && sw && fixed) ? DYAD_OK : DYAD_ENOMEM;
    for (size_t s = 0; rc == DYAD_OK && s < doc->n_sents; s++) {
        const dyad_sentence *sent = &doc->sents[s];
        if (sent->first > doc->n_tokens || sent->count > doc->n_tokens - sent->first) {
            rc = DYAD_EINVAL;
            break;
        }
        rc = tag_sentence(t, doc, doc->tokens + sent->first, sent->count, ws, sw, fixed);
    }
    free(fixed);
    free(ws);
    free(sw);
    return rc;
}

int dyad_lemmatize(const dyad_tagger *t, const char *form, size_t len,
                   const char *xpos, char *buf, size_t buf_len)
{
    int x = tagger_xpos(t, xpos);
    if (x < 0) return DYAD_ENOTFOUND;
    char lower[FEAT_WORD_MAX + 8], tmp[LEM_BUF];
    size_t lower_n = feat_lower(form, len, lower);
    const tg_word *w = tagger_word(t, lower, lower_n);
    size_t n;
    const char *lemma = lem_lemma(t, w, -1, (uint32_t)x, form, len, lower, lower_n, tmp, &n);
    if (n >= buf_len) return DYAD_ETOOBIG;
    memcpy(buf, lemma, n);
    buf[n] = '\0';
    return (int)n;
}

/* Picks the scoring kernel for this processor (tagger_load.c calls it). */
void tagger_pick_kernel(dyad_tagger *t)
{
    t->kernel = kernel_base;
#ifdef HAVE_AVX2_KERNEL
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx2")) t->kernel = kernel_avx2;
#endif
}
