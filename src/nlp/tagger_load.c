/*
** tagger_load.c — opening a tagger model: its sections checked, its
** vocabulary's rows summed (tagger.h), and the look-ups of its tables;
** and adding the vocabulary's rows to an older model (dyad convert).
*/
#include <stdlib.h>
#include <string.h>
#include "base/hugemem.h"
#include "nlp/tagger.h"
#include "nlp/features.h"

/* ------------------------------------------------------------------ */
/* Loading                                                            */
/* ------------------------------------------------------------------ */

static int bad(char *err, size_t err_len, const char *path, const char *why)
{
    if (err && err_len) snprintf(err, err_len, "%s: bad tagger model: %s", path, why);
    return DYAD_EMODEL;
}

/* Fetches a section that must hold exactly `count` items of `item` bytes. */
static const void *section(const binfile *bf, const char *name, size_t count,
                           size_t item, int *ok)
{
    size_t size;
    const void *p = binfile_section(bf, name, &size);
    if (!p || size != count * item) {
        *ok = 0;
        return NULL;
    }
    return p;
}

static int pow2(uint32_t n) { return n && (n & (n - 1)) == 0; }

/*
** The checks of whole arrays below go 4 or 16 items at a time in vector
** registers (GCC/Clang vector extensions, without branches), because a
** model's tables are megabytes and every load checks them all.
*/
typedef uint32_t v4u32 __attribute__((vector_size(16)));
typedef int32_t v4i32 __attribute__((vector_size(16)));

/* True when a row id is TAGGER_EMPTY or names a row: a dense one below
** n_dense, a sparse one below n_weights.  Lanes of `ignore` are skipped. */
static inline v4i32 bad_row_ids(v4u32 v, uint32_t n_dense, uint32_t n_weights)
{
    v4i32 dense = (v & TG_DENSE) != 0;
    v4i32 bad = (dense & ((v & ~TG_DENSE) >= n_dense)) | (~dense & (v >= n_weights));
    return bad & (v != TAGGER_EMPTY);
}

/* Whether every one of the n row ids, spaced `step` uint32s apart (1, or
** 2 for the values of tg_slot pairs), is in range; *empty counts the
** TAGGER_EMPTY ones. */
static int row_ids_ok(const uint32_t *ids, size_t n, size_t step, uint32_t n_dense,
                      uint32_t n_weights, size_t *empty)
{
    v4i32 bad = { 0 }, none = { 0 };
    size_t total = n * step, i = 0;
    /* With step 2, the even lanes are fingerprints: made EMPTY. */
    const v4u32 skip = step == 2 ? (v4u32){ ~0u, 0, ~0u, 0 } : (v4u32){ 0 };
    for (; i + 4 <= total; i += 4) {
        v4u32 v;
        memcpy(&v, ids + i, sizeof v);
        v |= skip;
        bad |= bad_row_ids(v, n_dense, n_weights);
        none -= (v4i32)(v == TAGGER_EMPTY);
    }
    size_t count = 0;
    int out = 0;
    for (int l = 0; l < 4; l++) {
        out |= bad[l] != 0;
        count += (size_t)none[l];
    }
    if (step == 2) count -= (i / 2);      /* the fingerprint lanes */
    for (; i < total; i += step) {
        uint32_t v = ids[i + step - 1];
        out |= (v != TAGGER_EMPTY) & ((v & TG_DENSE) ? (v & ~TG_DENSE) >= n_dense : v >= n_weights);
        count += v == TAGGER_EMPTY;
    }
    if (empty) *empty = count;
    return !out;
}

/* Whether every sparse weight entry has a label below n_labels and a
** weight within +-max. */
static int weights_ok(const uint32_t *w, size_t n, uint32_t n_labels, uint32_t max)
{
    v4i32 bad = { 0 };
    size_t i = 0;
    for (; i + 4 <= n; i += 4) {
        v4u32 e;
        memcpy(&e, w + i, sizeof e);
        v4u32 weight = (v4u32)(((v4i32)(e << 16) >> 16) + (int32_t)max);
        bad |= (((e >> 16) & 0xffu) >= n_labels) | (weight > 2 * max);
    }
    int out = 0;
    for (int l = 0; l < 4; l++) out |= bad[l] != 0;
    for (; i < n; i++)
        out |= ((w[i] >> 16 & 0xffu) >= n_labels) |
               ((uint32_t)((int32_t)(int16_t)(uint16_t)w[i] + (int32_t)max) > 2 * max);
    return !out;
}

/* Whether every dense row's weights are within +-max and its padding
** labels (n_labels to stride) 0, so that they never win. */
static int dense_ok(const int16_t *d, size_t n_rows, uint32_t n_labels, uint32_t stride, int max)
{
    v16i16 lo[TG_STRIDE(TAGGER_MAX_LABELS) / 16], hi[TG_STRIDE(TAGGER_MAX_LABELS) / 16];
    for (uint32_t l = 0; l < stride; l++) {
        lo[l / 16][l % 16] = (int16_t)(l < n_labels ? -max : 0);
        hi[l / 16][l % 16] = (int16_t)(l < n_labels ? max : 0);
    }
    v16i16 bad = { 0 };
    for (size_t r = 0; r < n_rows; r++)
        for (uint32_t b = 0; b < stride / 16; b++) {
            v16i16 x;
            memcpy(&x, d + r * stride + 16 * b, sizeof x);
            bad |= (x < lo[b]) | (x > hi[b]);
        }
    int out = 0;
    for (int l = 0; l < 16; l++) out |= bad[l] != 0;
    return !out;
}

/* Whether a table of uint32 slots has an empty (0) one, so that probes
** end; it is usually found at once. */
static int has_empty_slot(const uint32_t *slots, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (slots[i] == 0) return 1;
    return 0;
}

/* Checks every offset and index the model holds against its sections,
** so tagging can trust them. */
static const char *check_model(const dyad_tagger *t)
{
    const tg_meta *m = t->meta;
    size_t ns = m->strings_size;
    if (ns == 0 || t->strings[0] != '\0' || t->strings[ns - 1] != '\0')
        return "string table not terminated";
#define STR_OK(off) ((off) < ns)
    for (uint32_t i = 0; i < m->n_labels; i++) {
        const tg_label *l = &t->labels[i];
        if (!STR_OK(l->upos) || !STR_OK(l->xpos) || !STR_OK(l->feats) || l->xpos_id >= m->n_xpos)
            return "label out of range";
    }
    for (uint32_t i = 0; i < m->n_xpos; i++)
        if (!STR_OK(t->xpos[i].name) || t->xpos[i].wn_pos > TG_WN_ADV) return "XPOS out of range";
    if (m->n_weights && !(t->weights[m->n_weights - 1] & TG_W_LAST))
        return "weight rows not terminated";
    /* Whole arrays without early exits or branches, which compilers
    ** vectorize. */
    const uint32_t max = t->wnc.slots ? TG_WEIGHT_MAX : TG_WEIGHT_MAX_V0;
    uint32_t stride = TG_STRIDE(m->n_labels);
    if (!weights_ok(t->weights, m->n_weights, m->n_labels, max) ||
        !dense_ok(t->dense, m->n_dense, m->n_labels, stride, (int)max))
        return "weight out of range";
    size_t empty;
    if (!row_ids_ok((const uint32_t *)t->fslots, m->feat_slots, 2, m->n_dense, m->n_weights, &empty))
        return "feature row out of range";
    if (!empty) return "feature table full";
    uint32_t out = 0;
    empty = 0;
    for (uint32_t i = 0; i < m->vocab_slots; i++) {
        uint32_t v = t->vslots[i].value;
        empty += v == TAGGER_EMPTY;
        out |= (v != TAGGER_EMPTY) & (v >= m->n_words);
    }
    if (out) return "vocabulary slot out of range";
    if (!empty) return "vocabulary table full";
    for (uint32_t i = 0; i < m->n_words; i++) {
        const tg_word *w = &t->words[i];
        out |= !STR_OK(w->str) | (w->first > m->n_wentries) | (w->count > m->n_wentries - w->first) |
               (w->fixed >= (int32_t)m->n_labels) | (w->fixed < -1) | (w->top > m->n_labels);
    }
    if (out) return "word out of range";
    for (uint32_t i = 0; i < m->n_wentries; i++) {
        const tg_wentry *e = &t->wentries[i];
        out |= (e->label >= m->n_labels) | !STR_OK(e->lemma) | !STR_OK(e->feats) | (e->mode > TG_LEM_KEEP);
    }
    if (out) return "word entry out of range";
    for (uint32_t i = 0; i < m->n_scripts; i++)
        if (!STR_OK(t->scripts[i].append) || t->scripts[i].mode > TG_LEM_KEEP)
            return "lemma script out of range";
    if (m->rule_slots) {
        empty = 0;
        for (uint32_t i = 0; i < m->rule_slots; i++) {
            const tg_rule *r = &t->rules[i];
            empty += r->fp == 0;
            for (int k = 0; k < TAGGER_RULE_SCRIPTS; k++)
                out |= (r->fp != 0) & (r->script[k] != 0xffff) & (r->script[k] >= m->n_scripts);
        }
        if (out) return "lemma rule out of range";
        if (!empty) return "lemma rule table full";
    }
    if (m->exc_slots) {
        empty = 0;
        for (uint32_t i = 0; i < m->exc_slots; i++) {
            const tg_exc *e = &t->excs[i];
            empty += e->form == 0;
            out |= (e->form != 0) & (!STR_OK(e->form) | !STR_OK(e->lemma));
        }
        if (out) return "exception out of range";
        if (!empty) return "exception table full";
    }
    if (m->known_slots) {
        empty = 0;
        if (!has_empty_slot(t->known, m->known_slots)) return "lemma table full";
    }
#undef STR_OK
    return NULL;
}

/* Adds one feature's row of weights to scores (of stride labels, a
** multiple of 16). */
static void add_row(const dyad_tagger *t, uint32_t row, int16_t *scores, uint32_t stride)
{
    if (row == TAGGER_EMPTY) return;
    if (row & TG_DENSE) {
        const int16_t *d = t->dense + (size_t)(row & ~TG_DENSE) * stride;
        for (uint32_t l = 0; l < stride; l += 16) {
            v16i16 x, y;
            memcpy(&x, d + l, sizeof x);
            memcpy(&y, scores + l, sizeof y);
            y += x;
            memcpy(scores + l, &y, sizeof y);
        }
        return;
    }
    for (const uint32_t *e = t->weights + row;; e++) {
        scores[TG_W_LABEL(*e)] = (int16_t)(scores[TG_W_LABEL(*e)] + TG_W_WEIGHT(*e));
        if (*e & TG_W_LAST) break;
    }
}

void tagger_word_row_ids(const dyad_tagger *t, uint32_t first, uint32_t count,
                         uint32_t *own, uint32_t *near)
{
    /* In blocks of words, so that many look-ups are in flight at once. */
    enum { BLOCK = 32, KEYS = FEAT_OWN_MAX + FEAT_NEAR_ALL };
    uint64_t keys[BLOCK][KEYS];
    int n_own[BLOCK];
    static const int OFFSETS[4] = { -2, -1, 1, 2 };
    for (uint32_t b0 = 0; b0 < count; b0 += BLOCK) {
        uint32_t nb = count - b0 < BLOCK ? count - b0 : BLOCK;
        for (uint32_t j = 0; j < nb; j++) {
            uint32_t wi = first + b0 + j;
            const tg_word *w = &t->words[wi];
            const char *str = t->strings + w->str;
            size_t n = strlen(str);
            feat_word fw;
            feat_word_init(&fw, str, n, str, n, 0);
            fw.wnc = t->word_wnc ? t->word_wnc[wi] : wnc_classes(&t->wnc, str, n);
            fw.amb = w->amb ? w->amb : wnc_amb(fw.wnc);
            fw.top = w->top;
            int k = n_own[j] = w->fixed >= 0 ? 0 : feat_own(&fw, keys[j]);  /* fixed: never scored */
            for (int o = 0; o < 4; o++) k += feat_near(&fw, OFFSETS[o], keys[j] + k);
            for (int f = 0; f < k; f++) prefetch_slot(t, keys[j][f]);
        }
        for (uint32_t j = 0; j < nb; j++) {
            size_t at = (size_t)(b0 + j);
            for (int f = 0; f < FEAT_OWN_MAX && own; f++)
                own[at * FEAT_OWN_MAX + (size_t)f] = f < n_own[j] ? find_row(t, keys[j][f]) : TAGGER_EMPTY;
            for (int f = 0; f < FEAT_NEAR_ALL && near; f++)
                near[at * FEAT_NEAR_ALL + (size_t)f] = find_row(t, keys[j][n_own[j] + f]);
        }
    }
}

/*
** Tagging reads the feature table, the sparse weights, the vocabulary
** (slots, entries, lemma entries, neighbour rows, WordNet classes) and its
** strings at random: megabytes in the file's 4 KB pages cost a page walk
** on nearly every read (and a longer one on a virtual machine).  Copied
** into huge pages, they are reached through a handful of TLB entries.
** The copies are taken after the file's checks.
*/
/* Room for `bytes` more at *total, from a cache line's start: the
** offset. */
static size_t reserve(size_t *total, size_t bytes)
{
    size_t at = *total;
    *total = (at + bytes + 63) & ~(size_t)63;
    return at;
}

static const void *copy_to(uint8_t *copy, size_t at, const void *from, size_t bytes)
{
    if (!from || !bytes) return from;
    memcpy(copy + at, from, bytes);
    return copy + at;
}

static int copy_hot_sections(dyad_tagger *t)
{
    const tg_meta *m = t->meta;
    size_t fs = (size_t)m->feat_slots * sizeof(tg_slot);
    size_t ws = (size_t)m->n_weights * sizeof(uint32_t);
    size_t vs = (size_t)m->vocab_slots * sizeof(tg_slot);
    size_t ns = t->near_rows ? (size_t)m->n_words * FEAT_NEAR_ALL * sizeof(uint32_t) : 0;
    size_t wo = (size_t)m->n_words * sizeof(tg_word);
    size_t es = (size_t)m->n_wentries * sizeof(tg_wentry);
    size_t cs = t->word_wnc ? (size_t)m->n_words * sizeof(uint32_t) : 0;
    size_t ss = m->strings_size;
    size_t total = 0;
    size_t at_fs = reserve(&total, fs), at_ws = reserve(&total, ws), at_vs = reserve(&total, vs);
    size_t at_ns = reserve(&total, ns), at_wo = reserve(&total, wo), at_es = reserve(&total, es);
    size_t at_cs = reserve(&total, cs), at_ss = reserve(&total, ss);
    uint8_t *copy = hugemem_alloc(total);
    if (!copy) return DYAD_ENOMEM;
    t->fslots = copy_to(copy, at_fs, t->fslots, fs);
    t->weights = copy_to(copy, at_ws, t->weights, ws);
    t->vslots = copy_to(copy, at_vs, t->vslots, vs);
    t->near_rows = copy_to(copy, at_ns, t->near_rows, ns);
    t->words = copy_to(copy, at_wo, t->words, wo);
    t->wentries = copy_to(copy, at_es, t->wentries, es);
    t->word_wnc = copy_to(copy, at_cs, t->word_wnc, cs);
    t->strings = copy_to(copy, at_ss, t->strings, ss);
    t->hot = copy;
    t->hot_bytes = total;
    return DYAD_OK;
}

/*
** Builds t->rows (tagger.h): the model's dense rows, then one row per
** vocabulary word summing its own features (feat_own), one per pair of
** left labels summing feat_labels, one per pair of right guesses summing
** feat_right_pair; and t->near_rows unless the model has them.  The own
** features' rows come from the model's "ownrows" (`own`), or are looked
** up here.  Sums stay in int16 for the reason the kernel's do
** (TG_WEIGHT_MAX), and integer sums do not depend on their order, so a
** word scores exactly as if its rows were added one by one.
*/
#ifndef PF_AHEAD
#define PF_AHEAD 2
#endif
static int build_rows(dyad_tagger *t, const uint32_t *own)
{
    const tg_meta *m = t->meta;
    uint32_t stride = TG_STRIDE(m->n_labels), pairs = (m->n_labels + 1) * (m->n_labels + 1);
    uint32_t rights = (m->n_labels + 2) * (m->n_labels + 2);
    size_t n_rows = (size_t)m->n_dense + m->n_words + pairs + rights;
    if (n_rows >= (TG_DENSE - 1)) return DYAD_EMODEL;
    size_t bytes = (n_rows * stride * sizeof(int16_t) + 63) & ~(size_t)63;
    int16_t *rows = hugemem_alloc(bytes);
    if (!rows) return DYAD_ENOMEM;
    t->rows = rows;
    t->rows_bytes = bytes;
    /* Own rows looked up here go through a block of this many words. */
    enum { BLOCK = 256 };
    uint32_t *own_block = NULL;
    if (!t->near_rows || !own) {
        own_block = malloc((size_t)BLOCK * FEAT_OWN_MAX * sizeof *own_block);
        if (!t->near_rows)
            t->near_rows = t->near_heap = malloc((m->n_words ? m->n_words : 1) * FEAT_NEAR_ALL * sizeof *t->near_heap);
        if (!own_block || !t->near_rows) {
            free(own_block);
            return DYAD_ENOMEM;
        }
    }
    memcpy(rows, t->dense, (size_t)m->n_dense * stride * sizeof *rows);
    t->word_row0 = m->n_dense;
    t->pair_row0 = m->n_dense + m->n_words;
    t->right_row0 = t->pair_row0 + pairs;
    /* Per word scored at all (not fixed), its own features' summed row;
    ** the rows of the next word but one are fetched meanwhile. */
    for (uint32_t b0 = 0; b0 < m->n_words; b0 += BLOCK) {
        uint32_t nb = m->n_words - b0 < BLOCK ? m->n_words - b0 : BLOCK;
        const uint32_t *ids = own ? own + (size_t)b0 * FEAT_OWN_MAX : own_block;
        if (own_block) tagger_word_row_ids(t, b0, nb, own ? NULL : own_block, t->near_heap ? t->near_heap + (size_t)b0 * FEAT_NEAR_ALL : NULL);
        for (uint32_t j = 0; j < nb; j++) {
            if (j + PF_AHEAD < nb)
                for (int f = 0; f < FEAT_OWN_MAX; f++) prefetch_row(t, ids[(size_t)(j + PF_AHEAD) * FEAT_OWN_MAX + f], stride);
            int16_t *row = rows + (size_t)(t->word_row0 + b0 + j) * stride;
            for (int f = 0; f < FEAT_OWN_MAX; f++) add_row(t, ids[(size_t)j * FEAT_OWN_MAX + f], row, stride);
        }
    }
    free(own_block);
    _Static_assert(FEAT_LABELS_N == 3 && FEAT_RIGHT_PAIR_N == 3, "three keys a pair");
    uint64_t pair_keys[(TAGGER_MAX_LABELS + 2) * 3];
    /* Pairs of left labels (-1 before the sentence, then each label), and
    ** of right guesses (0 for none, each label + 1, then the end), a row
    ** of pairs at a time with its look-ups in flight together. */
    for (int side = 0; side < 2; side++) {
        uint32_t n_side = m->n_labels + (side ? 2 : 1);
        for (uint32_t x = 0; x < n_side; x++) {
            for (uint32_t y = 0; y < n_side; y++) {
                uint64_t *k = pair_keys + (size_t)y * 3;
                if (side == 0) {
                    feat_labels((int)x - 1, (int)y - 1, k);
                } else {
                    feat_right_pair(x > m->n_labels ? FEAT_GUESS_END : x,
                                    y > m->n_labels ? FEAT_GUESS_END : y, k);
                }
                for (int f = 0; f < 3; f++) prefetch_slot(t, k[f]);
            }
            for (uint32_t y = 0; y < n_side; y++) {
                uint32_t id = side == 0 ? TG_PAIR_ID(t, (int)x - 1, (int)y - 1)
                                        : TG_RIGHT_ID(t, x > m->n_labels ? FEAT_GUESS_END : x,
                                                      y > m->n_labels ? FEAT_GUESS_END : y);
                int16_t *row = rows + (size_t)(id & ~TG_DENSE) * stride;
                for (int f = 0; f < 3; f++) add_row(t, find_row(t, pair_keys[(size_t)y * 3 + f]), row, stride);
            }
        }
    }
    t->dense = rows;
    return DYAD_OK;
}

int dyad_tagger_open(dyad_tagger **out, const char *path, char *err, size_t err_len)
{
    *out = NULL;
    const uint32_t order = TAGGER_BYTE_ORDER;
    if (((const uint8_t *)&order)[0] != 0x04) {
        if (err && err_len) snprintf(err, err_len, "%s: tagger models need a little-endian machine", path);
        return DYAD_EMODEL;
    }
    dyad_tagger *t = calloc(1, sizeof *t);
    if (!t) return DYAD_ENOMEM;
    int rc = binfile_open(&t->file, path, TAGGER_KIND, TAGGER_VERSION, TAGGER_VERSION, err, err_len);
    if (rc) {
        free(t);
        return rc;
    }
    int ok = 1;
    const binfile *bf = &t->file;
    t->meta = section(bf, "meta", 1, sizeof(tg_meta), &ok);
    if (!ok || t->meta->byte_order != TAGGER_BYTE_ORDER) {
        binfile_close(&t->file);
        free(t);
        return bad(err, err_len, path, "no meta section");
    }
    const tg_meta *m = t->meta;
    t->strings = section(bf, "strings", m->strings_size, 1, &ok);
    t->labels = section(bf, "labels", m->n_labels, sizeof(tg_label), &ok);
    t->xpos = section(bf, "xpos", m->n_xpos, sizeof(tg_xpos), &ok);
    t->fslots = section(bf, "fslots", m->feat_slots, sizeof(tg_slot), &ok);
    t->weights = section(bf, "weights", m->n_weights, sizeof(uint32_t), &ok);
    t->dense = section(bf, "dense", (size_t)m->n_dense * TG_STRIDE(m->n_labels), sizeof(int16_t), &ok);
    t->vslots = section(bf, "vslots", m->vocab_slots, sizeof(tg_slot), &ok);
    t->words = section(bf, "words", m->n_words, sizeof(tg_word), &ok);
    t->wentries = section(bf, "wentries", m->n_wentries, sizeof(tg_wentry), &ok);
    t->scripts = section(bf, "scripts", m->n_scripts, sizeof(tg_script), &ok);
    t->rules = section(bf, "rslots", m->rule_slots, sizeof(tg_rule), &ok);
    t->excs = section(bf, "xslots", m->exc_slots, sizeof(tg_exc), &ok);
    t->known = section(bf, "known", m->known_slots, sizeof(uint32_t), &ok);
    size_t wnc_size;
    t->wnc.slots = binfile_section(bf, "wnclass", &wnc_size);
    if (t->wnc.slots) {
        uint32_t n = (uint32_t)(wnc_size / 4);
        if (wnc_size % 4 || wnc_size / 4 != n || !pow2(n)) {
            ok = 0;
        } else {
            if (!has_empty_slot(t->wnc.slots, n)) ok = 0;
            t->wnc.mask = n - 1;
        }
    }
    if (t->wnc.slots) {
        size_t ww_size;
        t->word_wnc = binfile_section(bf, "wordwnc", &ww_size);
        if (t->word_wnc && ww_size != (size_t)m->n_words * 4) ok = 0;
    }
    /* The vocabulary's rows, looked up when the model was written. */
    size_t own_size = 0, near_size = 0;
    const uint32_t *own = binfile_section(bf, "ownrows", &own_size);
    t->near_rows = binfile_section(bf, "nearrows", &near_size);
    if ((own || t->near_rows) &&
        (!own || !t->near_rows || own_size != (size_t)m->n_words * FEAT_OWN_MAX * 4 ||
         near_size != (size_t)m->n_words * FEAT_NEAR_ALL * 4))
        ok = 0;
    size_t info_size;
    t->info = binfile_section(bf, "info", &info_size);
    if (!t->info || info_size == 0 || t->info[info_size - 1] != '\0') ok = 0;
    const char *why = NULL;
    if (!ok) why = "a section is missing or has the wrong size";
    else if (m->n_labels == 0 || m->n_labels > TAGGER_MAX_LABELS || m->n_xpos == 0)
        why = "no labels";
    else if (!pow2(m->feat_slots) || !pow2(m->vocab_slots) ||
             (m->rule_slots && !pow2(m->rule_slots)) || (m->exc_slots && !pow2(m->exc_slots)) ||
             (m->known_slots && !pow2(m->known_slots)))
        why = "hash table sizes are not powers of two";
    else if (!(m->scale > 0))
        why = "bad weight scale";
    else if (m->passes > 2)
        why = "unknown number of passes";
    else if (!(why = check_model(t)) && own &&
             (!row_ids_ok(own, own_size / 4, 1, m->n_dense, m->n_weights, NULL) ||
              !row_ids_ok(t->near_rows, near_size / 4, 1, m->n_dense, m->n_weights, NULL)))
        why = "vocabulary row out of range";
    if (why) {
        binfile_close(&t->file);
        free(t);
        return bad(err, err_len, path, why);
    }
    for (uint32_t l = 0; l < TG_STRIDE(TAGGER_MAX_LABELS); l++)
        t->zero_scores[l] = l < m->n_labels ? 0 : INT16_MIN;
    tagger_pick_kernel(t);
    t->fmask = m->feat_slots - 1;
    rc = build_rows(t, own);
    if (!rc) rc = copy_hot_sections(t);
    if (rc) {
        dyad_tagger_close(t);
        return rc;
    }
    t->vmask = m->vocab_slots - 1;
    t->rmask = m->rule_slots ? m->rule_slots - 1 : 0;
    t->xmask = m->exc_slots ? m->exc_slots - 1 : 0;
    t->kmask = m->known_slots ? m->known_slots - 1 : 0;
    t->passes = m->passes == 2 ? 2 : 1;
    t->x_cd = tagger_xpos(t, "CD");
    t->x_nnps = tagger_xpos(t, "NNPS");
    t->x_add = tagger_xpos(t, "ADD");
    rc = respell_index_build(&t->respell, t);
    if (rc) {
        dyad_tagger_close(t);
        return rc;
    }
    *out = t;
    return DYAD_OK;
}

void dyad_tagger_close(dyad_tagger *t)
{
    if (!t) return;
    binfile_close(&t->file);
    hugemem_free(t->rows, t->rows_bytes);
    hugemem_free(t->hot, t->hot_bytes);
    free(t->near_heap);
    respell_index_free(&t->respell);
    free(t);
}

const char *dyad_tagger_info(const dyad_tagger *t)
{
    return t->info;
}

/* ------------------------------------------------------------------ */
/* Look-ups                                                           */
/* ------------------------------------------------------------------ */

const tg_word *tagger_word(const dyad_tagger *t, const char *lower, size_t n)
{
    return find_word(t, feat_hash(lower, n), lower, n);
}

int tagger_label(const dyad_tagger *t, const char *upos, const char *xpos)
{
    for (uint32_t i = 0; i < t->meta->n_labels; i++)
        if (!strcmp(t->strings + t->labels[i].upos, upos) &&
            !strcmp(t->strings + t->labels[i].xpos, xpos))
            return (int)i;
    return -1;
}

int tagger_xpos(const dyad_tagger *t, const char *xpos)
{
    for (uint32_t i = 0; i < t->meta->n_xpos; i++)
        if (!strcmp(t->strings + t->xpos[i].name, xpos)) return (int)i;
    return -1;
}

int tagger_add_word_rows(const char *in, const char *out, char *err, size_t err_len)
{
    dyad_tagger *t;
    int rc = dyad_tagger_open(&t, in, err, err_len);
    if (rc) return rc;
    const tg_meta *m = t->meta;
    uint32_t *own = malloc(((size_t)m->n_words * FEAT_OWN_MAX + 1) * sizeof *own);
    binfile_writer *w = NULL;
    if (!own || binfile_writer_new(&w, TAGGER_KIND, t->file.version)) rc = DYAD_ENOMEM;
    if (!rc) tagger_word_row_ids(t, 0, m->n_words, own, NULL);
    /* Every section as it is, in its order, then the two (new) ones. */
    char name[BINFILE_NAME_MAX + 1];
    size_t size;
    const void *data;
    for (uint32_t i = 0; !rc && (data = binfile_section_at(&t->file, i, name, &size)); i++)
        if (strcmp(name, "ownrows") && strcmp(name, "nearrows")) rc = binfile_add(w, name, data, size);
    if (!rc) rc = binfile_add(w, "ownrows", own, (size_t)m->n_words * FEAT_OWN_MAX * sizeof *own);
    if (!rc) rc = binfile_add(w, "nearrows", t->near_rows, (size_t)m->n_words * FEAT_NEAR_ALL * sizeof *own);
    if (rc) {
        if (err && err_len) snprintf(err, err_len, "%s: %s", out, dyad_strerror(rc));
    } else {
        rc = binfile_write(w, out, err, err_len);
    }
    binfile_writer_free(w);
    free(own);
    dyad_tagger_close(t);
    return rc;
}
