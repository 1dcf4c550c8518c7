/*
** parser.c — loading a parser model and parsing with it: greedily (four
** sentences in lockstep) or with the beam of parser_beam.c.
*/
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "base/binfile.h"
#include "nlp/parser.h"
#include "nlp/parser_dense.h"

struct dyad_parser {
    binfile bf;
    parser_model model;
    parser_dense dense;      /* the model's long runs as rows */
};

static int model_error(char *err, size_t err_len, const char *fmt, ...)
{
    if (err && err_len) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err, err_len, fmt, ap);
        va_end(ap);
    }
    return DYAD_EMODEL;
}

void parser_scratch_free(parser_scratch *sc)
{
    tr_free(&sc->st);
    pf_words_free(&sc->words);
    if (sc->beam) parser_beam_free(sc->beam);
    free(sc->beam);
    sc->beam = NULL;
    free(sc->memo);
    sc->memo = NULL;
}

/* Fetches the slots of every key, without waiting for them. */
static void prefetch_slots(const parser_model *m, const uint64_t *keys, int n_keys)
{
    for (int i = 0; i < n_keys; i++)
        __builtin_prefetch(&m->slots[2 * (keys[i] & m->mask)]);
}

/* The start of one key's slot (PARSER_NOT_FOUND: not in the model). */
static uint32_t probe_one(const parser_model *m, uint64_t key)
{
    uint32_t check = (uint32_t)(key >> 32) | 1u;
    for (uint64_t at = key & m->mask;; at = (at + 1) & m->mask) {
        uint32_t c = m->slots[2 * at];
        if (c == 0) return PARSER_NOT_FOUND;
        if (c == check) return m->slots[2 * at + 1];
    }
}

/* Fetches the weights a slot's start names: a run of entries, or a dense
** row (parser_dense.h). */
static void prefetch_weights(const parser_model *m, uint32_t start)
{
    if (start & PARSER_DENSE_FLAG) {
        const char *row = (const char *)(m->dense_rows + (size_t)(start & ~PARSER_DENSE_FLAG) * m->dense_stride);
        for (uint32_t b = 0; b < m->dense_stride * sizeof(int16_t); b += 64) __builtin_prefetch(row + b);
    } else {
        __builtin_prefetch(&m->entries[start]);
    }
}

/* The found features, their dense rows and their runs of entries apart:
** the rows are summed as vectors, the runs one entry at a time, and each
** sum reads only its own list instead of testing every feature's flag. */
typedef struct parser_found {
    int n_dense, n_sparse;
    uint32_t dense[PF_MAX], sparse[PF_MAX];
} parser_found;

static inline void found_add(parser_found *f, uint32_t start)
{
    if (start & PARSER_DENSE_FLAG) f->dense[f->n_dense++] = start;
    else f->sparse[f->n_sparse++] = start;
}

/* Finds the slot starts of the known keys (and fetches their weights). */
static void probe(const parser_model *m, const uint64_t *keys, int n_keys, parser_found *f)
{
    f->n_dense = f->n_sparse = 0;
    for (int i = 0; i < n_keys; i++) {
        uint32_t start = probe_one(m, keys[i]);
        if (start == PARSER_NOT_FOUND) continue;
        prefetch_weights(m, start);
        found_add(f, start);
    }
}

/* scores[0..n_actions) = the sum of the found features' weights (scores
** has room for m->dense_stride).  A model without dense rows has no
** dense features. */
static void add_weights(const parser_model *m, const parser_found *f, int32_t *scores,
                        int n_actions)
{
    if (m->dense_rows)
        m->sum_dense(scores, m->dense_rows, f->dense, f->n_dense, m->dense_stride);
    else
        memset(scores, 0, (uint32_t)n_actions * sizeof *scores);
    for (int i = 0; i < f->n_sparse; i++) {
        for (const uint32_t *e = &m->entries[f->sparse[i]];; e++) {
            uint32_t v = *e;
            scores[(v >> 16) & 0xff] += (int16_t)(v & 0xffff);
            if (v & PARSER_ENTRY_LAST) break;
        }
    }
}

/* Adds the weights of every known feature among keys to scores.  Three
** passes, so that the cache misses of different features overlap instead
** of queueing: first fetch every slot, then probe them and fetch the
** weights found, then add the weights. */
static void score_state(const parser_model *m, const uint64_t *keys, int n_keys,
                        int32_t *scores, int n_actions)
{
    parser_found found;
    prefetch_slots(m, keys, n_keys);
    probe(m, keys, n_keys, &found);
    add_weights(m, &found, scores, n_actions);
}

/* The best-scoring valid action (ties go to the lower number). */
static int best_action(const tr_state *st, const int32_t *scores)
{
    int32_t L = st->n_labels, s = tr_s0(st);
    int best = -1;
    int32_t best_score = 0;
#define CONSIDER(a) do { if (best < 0 || scores[a] > best_score) \
        { best = (a); best_score = scores[a]; } } while (0)
    if (st->b <= st->n) {
        CONSIDER(TR_SHIFT);
        if (s == 0) {
            if (st->root_child == 0) CONSIDER(2 + L + st->root_label);
        } else {
            for (int32_t l = 0; l < L; l++) {
                if (l == st->root_label) continue;
                if (st->head[s] < 0) CONSIDER(2 + l);
                CONSIDER(2 + L + l);
            }
        }
    }
    if (s != 0 && st->head[s] >= 0) CONSIDER(TR_REDUCE);
#undef CONSIDER
    return best;
}

/* dst[0..n) = src as floats, four at a time (the compiler leaves the
** plain loop scalar at -O2): the same values, a quarter of the
** instructions. */
typedef int32_t v4i32 __attribute__((vector_size(16)));
typedef float v4f32 __attribute__((vector_size(16)));
static void to_float(float *dst, const int32_t *src, int n)
{
    int a = 0;
    for (; a + 4 <= n; a += 4) {
        v4i32 v;
        memcpy(&v, src + a, sizeof v);
        v4f32 f = __builtin_convertvector(v, v4f32);
        memcpy(dst + a, &f, sizeof f);
    }
    for (; a < n; a++) dst[a] = (float)src[a];
}

typedef struct beam_context {
    const parser_model *model;
    parser_memo *memo;
} beam_context;

/* The beam's scorer: the packed model's integer scores as floats, its
** look-ups remembered for the rest of the sentence (parser_memo). */
static void beam_score(const void *ctx, const uint64_t *keys, int n_keys,
                       float *scores, int n_actions)
{
    const beam_context *bc = ctx;
    const parser_model *m = bc->model;
    parser_memo *memo = bc->memo;
    parser_found found;
    found.n_dense = found.n_sparse = 0;
    int missed[PF_MAX], n_missed = 0;
    for (int i = 0; i < n_keys; i++) {
        uint32_t h = (uint32_t)(keys[i] ^ keys[i] >> 32) & (PARSER_MEMO_SLOTS - 1);
        if (memo->key[h] == keys[i]) {
            if (memo->start[h] != PARSER_NOT_FOUND) found_add(&found, memo->start[h]);
        } else {
            missed[n_missed++] = i;
            __builtin_prefetch(&m->slots[2 * (keys[i] & m->mask)]);
        }
    }
    for (int j = 0; j < n_missed; j++) {
        uint64_t key = keys[missed[j]];
        uint32_t start = probe_one(m, key);
        uint32_t h = (uint32_t)(key ^ key >> 32) & (PARSER_MEMO_SLOTS - 1);
        if (memo->key[h] == (h ^ 1)) memo->used[memo->n_used++] = (uint16_t)h;
        memo->key[h] = key;
        memo->start[h] = start;
        if (start != PARSER_NOT_FOUND) {
            prefetch_weights(m, start);
            found_add(&found, start);
        }
    }
    int32_t raw[PARSER_SCORES_MAX];
    add_weights(m, &found, raw, n_actions);
    to_float(scores, raw, n_actions);
}

/* Forgets the last sentence's look-ups (parser_memo). */
static void memo_empty(parser_memo *memo)
{
    if (!memo->ready) {
        for (uint32_t h = 0; h < PARSER_MEMO_SLOTS; h++) memo->key[h] = h ^ 1;
        memo->ready = 1;
    }
    for (uint32_t j = 0; j < memo->n_used; j++) memo->key[memo->used[j]] = memo->used[j] ^ 1u;
    memo->n_used = 0;
}

/* Hashes a sentence's words in the order the model reads them. */
static void fill_words(const parser_model *m, pf_words *w, const dyad_token *tokens, size_t n)
{
    pf_words_fill(w, tokens, n, (int)m->templates);
    if (m->flags & PARSER_FLAG_REVERSE) pf_words_reverse(w, n);
}

/* Copies a finished parse to the sentence's words; a right-to-left
** model's word j is the sentence's word n + 1 - j, and so are its heads. */
static void store_parse(const parser_model *m, const tr_state *st, dyad_token *tokens)
{
    int32_t n = st->n;
    int reverse = (m->flags & PARSER_FLAG_REVERSE) != 0;
    for (int32_t i = 1; i <= n; i++) {
        int32_t j = reverse ? n + 1 - i : i, h = st->head[j];
        tokens[i - 1].head = reverse && h > 0 ? n + 1 - h : h;
        tokens[i - 1].deprel = m->labels[st->label[j]];
    }
}

/* Parses the n words `in` into up to k trees, out[j * n + i] the head and
** relation of word i in the j-th best, score[j] its score; *n_out says
** how many (k = 1: the best only, and out may be in).  Only the beam has
** more than one tree to give; greedy parsing and sentences too long for
** the beam give one, of score 0. */
static int parse_words(const parser_model *m, parser_scratch *sc, const dyad_token *in, size_t n,
                       int k, dyad_token *out, double *score, int *n_out)
{
    *n_out = 0;
    if (n == 0) return DYAD_OK;
    if (n > (size_t)INT32_MAX / 4) return DYAD_ETOOBIG;
    int rc = tr_reserve(&sc->st, n);
    if (!rc) rc = pf_words_reserve(&sc->words, n);
    if (rc) return rc;
    fill_words(m, &sc->words, in, n);
    tr_state *st = &sc->st;
    int32_t L = (int32_t)m->n_labels;
    if (m->beam > 1 && n <= BEAM_MAX_WORDS) {
        if (!sc->beam && !(sc->beam = calloc(1, sizeof *sc->beam))) return DYAD_ENOMEM;
        if (!sc->memo && !(sc->memo = calloc(1, sizeof *sc->memo))) return DYAD_ENOMEM;
        memo_empty(sc->memo);
        beam_context bc = { m, sc->memo };
        rc = parser_beam_search(sc->beam, (int)m->beam, &sc->words, (int32_t)n, L,
                                (int32_t)m->root_label, beam_score, &bc, NULL, NULL, NULL);
        if (rc) return rc;
        /* Every item has finished, best first. */
        int kept = sc->beam->n_items < k ? sc->beam->n_items : k;
        for (int j = 0; j < kept; j++) {
            tr_finish(&sc->beam->items[j], (int32_t)m->fallback_label);
            store_parse(m, &sc->beam->items[j], out + (size_t)j * n);
            if (score) score[j] = sc->beam->score[j];
        }
        *n_out = kept;
        return DYAD_OK;
    }
    tr_start(st, (int32_t)n, L, (int32_t)m->root_label);
    int n_actions = tr_n_actions(L);
    while (!tr_is_terminal(st)) {
        int n_keys = pf_extract(&sc->words, st, sc->keys);
        score_state(m, sc->keys, n_keys, sc->scores, n_actions);
        int a = best_action(st, sc->scores);
        if (a < 0) break;            /* cannot happen: SHIFT is always open */
        tr_apply(st, a);
    }
    tr_finish(st, (int32_t)m->fallback_label);
    store_parse(m, st, out);
    if (score) score[0] = 0;
    *n_out = 1;
    return DYAD_OK;
}

int parser_model_parse_sentence(const parser_model *m, parser_scratch *sc,
                                dyad_doc *doc, size_t sent)
{
    const dyad_sentence *se = &doc->sents[sent];
    dyad_token *tokens = doc->tokens + se->first;
    int n_out;
    return parse_words(m, sc, tokens, se->count, 1, tokens, NULL, &n_out);
}

/*
** Greedy parsing of a whole document, several sentences at a time.  The
** weight table is far larger than the inner caches, so a lone parse spends
** most of its time waiting for memory; advancing PARSER_LANES sentences in
** lockstep lets each lane's fetches run while the others compute.
*/
#define PARSER_LANES 4

typedef struct parser_lane {
    tr_state st;
    pf_words words;
    size_t sent;                     /* the sentence in this lane */
    int active;
    int n_keys;
    uint64_t keys[PF_MAX];
    parser_found found;
} parser_lane;

/* Puts the next non-empty sentence from *next that `which` asks for (all
** when NULL) into the lane. */
static int lane_load(const parser_model *m, parser_lane *lane, dyad_doc *doc, const unsigned char *which,
                     size_t *next)
{
    lane->active = 0;
    while (*next < doc->n_sents && (doc->sents[*next].count == 0 || (which && !which[*next]))) (*next)++;
    if (*next >= doc->n_sents) return DYAD_OK;
    const dyad_sentence *se = &doc->sents[*next];
    size_t n = se->count;
    if (n > (size_t)INT32_MAX / 4) return DYAD_ETOOBIG;
    int rc = tr_reserve(&lane->st, n);
    if (!rc) rc = pf_words_reserve(&lane->words, n);
    if (rc) return rc;
    fill_words(m, &lane->words, doc->tokens + se->first, n);
    tr_start(&lane->st, (int32_t)n, (int32_t)m->n_labels, (int32_t)m->root_label);
    lane->sent = (*next)++;
    lane->active = 1;
    return DYAD_OK;
}

static void lane_finish(const parser_model *m, parser_lane *lane, dyad_doc *doc)
{
    tr_state *st = &lane->st;
    tr_finish(st, (int32_t)m->fallback_label);
    store_parse(m, st, doc->tokens + doc->sents[lane->sent].first);
}

static int parse_doc_greedy(const parser_model *m, parser_lane *lanes, dyad_doc *doc,
                            const unsigned char *which)
{
    size_t next = 0;
    int rc = DYAD_OK, active = 0;
    int n_actions = tr_n_actions((int32_t)m->n_labels);
    int32_t scores[PARSER_SCORES_MAX];
    for (int k = 0; k < PARSER_LANES && rc == DYAD_OK; k++) {
        rc = lane_load(m, &lanes[k], doc, which, &next);
        active += lanes[k].active;
    }
    while (active && rc == DYAD_OK) {
        for (int k = 0; k < PARSER_LANES; k++) {
            parser_lane *lane = &lanes[k];
            if (!lane->active) continue;
            lane->n_keys = pf_extract(&lane->words, &lane->st, lane->keys);
            prefetch_slots(m, lane->keys, lane->n_keys);
        }
        for (int k = 0; k < PARSER_LANES; k++)
            if (lanes[k].active)
                probe(m, lanes[k].keys, lanes[k].n_keys, &lanes[k].found);
        for (int k = 0; k < PARSER_LANES && rc == DYAD_OK; k++) {
            parser_lane *lane = &lanes[k];
            if (!lane->active) continue;
            add_weights(m, &lane->found, scores, n_actions);
            int a = best_action(&lane->st, scores);
            if (a >= 0) tr_apply(&lane->st, a);     /* SHIFT is always open */
            if (a < 0 || tr_is_terminal(&lane->st)) {
                lane_finish(m, lane, doc);
                rc = lane_load(m, lane, doc, which, &next);
                active -= !lane->active;
            }
        }
    }
    return rc;
}

int parser_model_from_sections(parser_model *m, const void *meta, size_t meta_size,
                               const void *labels, size_t labels_size,
                               const void *slots, size_t slots_size,
                               const void *entries, size_t entries_size,
                               uint32_t version, char *err, size_t err_len)
{
    memset(m, 0, sizeof *m);
    if (!meta || !labels || !slots || !entries)
        return model_error(err, err_len, "a section is missing (meta, labels, slots, entries)");
    uint32_t v[8];
    if (meta_size != sizeof v) return model_error(err, err_len, "bad meta section");
    memcpy(v, meta, sizeof v);
    if (v[0] != PF_TEMPLATES_VERSION && v[0] != PF_TEMPLATES_MORPH)
        return model_error(err, err_len, "model uses feature templates %u, this dyad has %d and %d; "
                           "retrain it", v[0], PF_TEMPLATES_VERSION, PF_TEMPLATES_MORPH);
    if (version < PARSER_FILE_VERSION_FLAGS ? v[7] != 0 : (v[7] & ~PARSER_FLAGS_KNOWN) != 0)
        return model_error(err, err_len, "model has flags %#x that this dyad does not know; "
                           "use a newer dyad or retrain it", v[7]);
    uint32_t n_labels = v[1], n_slots = v[4], n_entries = v[5];
    if (n_labels == 0 || n_labels > PARSER_MAX_LABELS || v[2] >= n_labels || v[3] >= n_labels)
        return model_error(err, err_len, "bad label counts");
    if (n_slots == 0 || (n_slots & (n_slots - 1)) || (size_t)n_slots * 8 != slots_size)
        return model_error(err, err_len, "bad slot table");
    if (n_entries == 0 || (size_t)n_entries * 4 != entries_size)
        return model_error(err, err_len, "bad entry table");
    const uint32_t *e = entries, *s = slots;
    /* Every run of entries must end inside the table, name a real action,
    ** and every slot must start inside it, so parsing needs no checks. */
    if (!(e[n_entries - 1] & PARSER_ENTRY_LAST))
        return model_error(err, err_len, "entry table does not end a feature");
    uint32_t n_actions = 2 + 2 * n_labels;
    for (uint32_t i = 0; i < n_entries; i++)
        if (((e[i] >> 16) & 0xff) >= n_actions || (e[i] & 0x7f000000u))
            return model_error(err, err_len, "entry %u is malformed", i);
    uint32_t used = 0;
    for (uint32_t i = 0; i < n_slots; i++) {
        if (s[2 * i] == 0) continue;
        used++;
        if (s[2 * i + 1] >= n_entries) return model_error(err, err_len, "slot %u points outside", i);
    }
    if (used == n_slots) return model_error(err, err_len, "slot table has no empty slot");
    const char *p = labels, *end = p + labels_size;
    m->labels = malloc(n_labels * sizeof *m->labels);
    if (!m->labels) return DYAD_ENOMEM;
    for (uint32_t i = 0; i < n_labels; i++) {
        const char *nul = memchr(p, '\0', (size_t)(end - p));
        if (!nul || nul == p) {
            free(m->labels);
            m->labels = NULL;
            return model_error(err, err_len, "label table is short or has an empty name");
        }
        m->labels[i] = p;
        p = nul + 1;
    }
    m->n_labels = n_labels;
    m->templates = v[0];
    m->root_label = v[2];
    m->fallback_label = v[3];
    m->flags = v[7];
    m->beam = v[6] >= 1 && v[6] <= BEAM_MAX_WIDTH ? v[6] : 1;
    m->mask = n_slots - 1;
    m->slots = slots;
    m->entries = entries;
    m->n_entries = n_entries;
    return DYAD_OK;
}

int parser_model_write(const parser_model *m, const char *path, char *err, size_t err_len)
{
    if (m->dense_rows) return DYAD_EINVAL;    /* its slots are no longer the file's */
    size_t labels_size = 0;
    for (uint32_t i = 0; i < m->n_labels; i++) labels_size += strlen(m->labels[i]) + 1;
    char *labels = malloc(labels_size ? labels_size : 1);
    if (!labels) return DYAD_ENOMEM;
    char *p = labels;
    for (uint32_t i = 0; i < m->n_labels; i++) {
        size_t len = strlen(m->labels[i]) + 1;
        memcpy(p, m->labels[i], len);
        p += len;
    }
    uint32_t meta[8] = { m->templates ? m->templates : PF_TEMPLATES_VERSION, m->n_labels, m->root_label,
                         m->fallback_label, (uint32_t)(m->mask + 1),
                         (uint32_t)m->n_entries, m->beam, m->flags };
    binfile_writer *w;
    int rc = binfile_writer_new(&w, "parser", m->flags ? PARSER_FILE_VERSION_FLAGS : PARSER_FILE_VERSION);
    if (!rc) rc = binfile_add(w, "meta", meta, sizeof meta);
    if (!rc) rc = binfile_add(w, "labels", labels, labels_size);
    if (!rc) rc = binfile_add(w, "slots", m->slots, (size_t)(m->mask + 1) * 8);
    if (!rc) rc = binfile_add(w, "entries", m->entries, m->n_entries * 4);
    if (!rc) rc = binfile_write(w, path, err, err_len);
    binfile_writer_free(w);
    free(labels);
    return rc;
}

/* ---- the public API ---------------------------------------------- */

int dyad_parser_open(dyad_parser **out, const char *path, char *err, size_t err_len)
{
    *out = NULL;
    if (err && err_len) err[0] = '\0';
    dyad_parser *p = calloc(1, sizeof *p);
    if (!p) return DYAD_ENOMEM;
    int rc = binfile_open(&p->bf, path, "parser", PARSER_FILE_VERSION,
                          PARSER_FILE_VERSION_FLAGS, err, err_len);
    if (rc) {
        free(p);
        return rc;
    }
    size_t n_meta, n_labels, n_slots, n_entries;
    const void *meta = binfile_section(&p->bf, "meta", &n_meta);
    const void *labels = binfile_section(&p->bf, "labels", &n_labels);
    const void *slots = binfile_section(&p->bf, "slots", &n_slots);
    const void *entries = binfile_section(&p->bf, "entries", &n_entries);
    char why[160];
    rc = parser_model_from_sections(&p->model, meta, n_meta, labels, n_labels,
                                    slots, n_slots, entries, n_entries, p->bf.version,
                                    why, sizeof why);
    if (rc) {
        if (err && err_len && rc == DYAD_EMODEL) snprintf(err, err_len, "%s: %s", path, why);
        binfile_close(&p->bf);
        free(p);
        return rc;
    }
    rc = parser_dense_build(&p->dense, &p->model, PARSER_DENSE_MIN_RUN);
    if (rc) {
        dyad_parser_close(p);
        return rc;
    }
    *out = p;
    return DYAD_OK;
}

int dyad_parser_parse(const dyad_parser *p, dyad_doc *doc)
{
    return dyad_parser_parse_some(p, doc, NULL);
}

int dyad_parser_parse_some(const dyad_parser *p, dyad_doc *doc, const unsigned char *which)
{
    if (!p || !doc) return DYAD_EINVAL;
    int rc = DYAD_OK;
    if (p->model.beam <= 1) {
        parser_lane *lanes = calloc(PARSER_LANES, sizeof *lanes);
        if (!lanes) return DYAD_ENOMEM;
        rc = parse_doc_greedy(&p->model, lanes, doc, which);
        for (int k = 0; k < PARSER_LANES; k++) {
            tr_free(&lanes[k].st);
            pf_words_free(&lanes[k].words);
        }
        free(lanes);
        return rc;
    }
    parser_scratch *sc = calloc(1, sizeof *sc);
    if (!sc) return DYAD_ENOMEM;
    for (size_t s = 0; s < doc->n_sents && rc == DYAD_OK; s++)
        if (!which || which[s]) rc = parser_model_parse_sentence(&p->model, sc, doc, s);
    parser_scratch_free(sc);
    free(sc);
    return rc;
}

int parser_parse_kbest(const dyad_parser *p, parser_scratch *sc, const dyad_token *words, size_t n,
                       int k, dyad_token *out, double *score, int *n_out)
{
    *n_out = 0;
    if (!p || k < 1) return DYAD_EINVAL;
    return parse_words(&p->model, sc, words, n, k, out, score, n_out);
}

int dyad_parser_set_beam(dyad_parser *p, int width)
{
    if (!p || width < 1 || width > BEAM_MAX_WIDTH) return DYAD_EINVAL;
    p->model.beam = (uint32_t)width;
    return DYAD_OK;
}

int dyad_parser_beam(const dyad_parser *p)
{
    return p ? (int)p->model.beam : 0;
}

void dyad_parser_close(dyad_parser *p)
{
    if (!p) return;
    free(p->model.labels);
    parser_dense_free(&p->dense);
    binfile_close(&p->bf);
    free(p);
}

int dyad_parse_children(const dyad_doc *doc, size_t sent, uint32_t word,
                        uint32_t *out, size_t max)
{
    if (!doc || sent >= doc->n_sents) return DYAD_EINVAL;
    const dyad_sentence *se = &doc->sents[sent];
    if (word > se->count) return DYAD_EINVAL;
    int count = 0;
    for (uint32_t i = 0; i < se->count; i++) {
        if (doc->tokens[se->first + i].head != (int32_t)word) continue;
        if ((size_t)count < max) out[count] = i + 1;
        if (count < INT32_MAX) count++;
    }
    return count;
}
