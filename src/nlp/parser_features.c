/*
** parser_features.c — hashing words and extracting feature keys.
*/
#include <stdlib.h>
#include <string.h>
#include "nlp/parser_features.h"

/* Values standing for "no such word" and for the root's attributes. */
#define NONE 0x6e6f6e65ull
#define ROOT 0x726f6f74ull

static inline uint64_t mix(uint64_t h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ull;
    h ^= h >> 33;
    return h;
}

uint64_t pf_hash_bytes(const void *data, size_t len, uint64_t seed)
{
    const unsigned char *p = data;
    uint64_t h = 0xcbf29ce484222325ull ^ seed;
    for (size_t i = 0; i < len; i++) {
        h ^= p[i];
        h *= 0x100000001b3ull;
    }
    return mix(h);
}

int pf_words_reserve(pf_words *w, size_t n)
{
    if (n + 1 <= w->capacity) return DYAD_OK;
    size_t cap = w->capacity ? w->capacity : 64;
    while (cap < n + 1) cap *= 2;
    uint64_t *block = malloc(cap * 5 * sizeof(uint64_t));
    if (!block) return DYAD_ENOMEM;
    free(w->word);
    w->word = block;
    w->xpos = block + cap;
    w->upos = block + 2 * cap;
    w->lemma = block + 3 * cap;
    w->feats = block + 4 * cap;
    w->capacity = cap;
    return DYAD_OK;
}

void pf_words_free(pf_words *w)
{
    free(w->word);
    memset(w, 0, sizeof *w);
}

static uint64_t hash_str(const char *s, uint64_t seed)
{
    return s ? pf_hash_bytes(s, strlen(s), seed) : NONE;
}

/* The lower-cased form (ASCII letters only: enough to share "The"/"the"). */
static uint64_t hash_lower(const char *s)
{
    if (!s) return NONE;
    uint64_t h = 0xcbf29ce484222325ull ^ 1;
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c >= 'A' && c <= 'Z') c = (unsigned char)(c + 32);
        h ^= c;
        h *= 0x100000001b3ull;
    }
    return mix(h);
}

void pf_words_fill(pf_words *w, const dyad_token *tokens, size_t n, int templates)
{
    w->templates = templates;
    w->word[0] = w->xpos[0] = w->upos[0] = w->lemma[0] = w->feats[0] = ROOT;
    for (size_t i = 0; i < n; i++) {
        const dyad_token *t = &tokens[i];
        w->word[i + 1] = hash_lower(t->form);
        w->xpos[i + 1] = hash_str(t->xpos, 2);
        w->upos[i + 1] = hash_str(t->upos, 3);
        w->lemma[i + 1] = hash_str(t->lemma, 4);
    }
    if (templates == PF_TEMPLATES_MORPH)
        for (size_t i = 0; i < n; i++) {
            const char *f = tokens[i].feats;
            w->feats[i + 1] = f && strcmp(f, "_") ? hash_str(f, 5) : NONE;
        }
}

static void reverse_run(uint64_t *a, size_t n)
{
    for (size_t i = 1, j = n; i < j; i++, j--) {
        uint64_t t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}

void pf_words_reverse(pf_words *w, size_t n)
{
    reverse_run(w->word, n);
    reverse_run(w->xpos, n);
    reverse_run(w->upos, n);
    reverse_run(w->lemma, n);
    if (w->templates == PF_TEMPLATES_MORPH) reverse_run(w->feats, n);
}

/* Feature keys: the template number and up to three values.  The values
** are already well-mixed hashes or small integers, so one multiply per
** value and one final mix give keys whose low bits (the slot) and high
** bits (the check) are both usable, at a fraction of a mix per value. */
static inline uint64_t fold(uint64_t h)
{
    h ^= h >> 32;
    h *= 0xd6e8feb86659fd93ull;
    h ^= h >> 32;
    return h;
}
static inline uint64_t key1(uint64_t t, uint64_t a)
{
    return fold(t * 0x9e3779b97f4a7c15ull + a);
}
static inline uint64_t key2(uint64_t t, uint64_t a, uint64_t b)
{
    return fold((t * 0x9e3779b97f4a7c15ull + a) * 0xbf58476d1ce4e5b9ull + b);
}
static inline uint64_t key3(uint64_t t, uint64_t a, uint64_t b, uint64_t c)
{
    return fold(((t * 0x9e3779b97f4a7c15ull + a) * 0xbf58476d1ce4e5b9ull + b)
                * 0x94d049bb133111ebull + c);
}

int pf_extract(const pf_words *w, const tr_state *st, uint64_t *keys)
{
    int32_t n = st->n;
    int32_t s0 = tr_s0(st);
    int32_t s1 = st->depth >= 2 ? st->stack[st->depth - 2] : -1;
    int32_t n0 = st->b <= n ? st->b : -1;
    int32_t n1 = st->b + 1 <= n ? st->b + 1 : -1;
    int32_t n2 = st->b + 2 <= n ? st->b + 2 : -1;
    int32_t s0h = st->head[s0];
    int32_t s0h2 = s0h >= 0 ? st->head[s0h] : -1;
    int32_t s0l = st->ldep1[s0], s0l2 = st->ldep2[s0];
    int32_t s0r = st->rdep1[s0], s0r2 = st->rdep2[s0];
    int32_t n0l = n0 >= 0 ? st->ldep1[n0] : -1;
    int32_t n0l2 = n0 >= 0 ? st->ldep2[n0] : -1;

#define W(i) ((i) >= 0 ? w->word[i] : NONE)
#define P(i) ((i) >= 0 ? w->xpos[i] : NONE)
#define U(i) ((i) >= 0 ? w->upos[i] : NONE)
#define M(i) ((i) >= 0 ? w->lemma[i] : NONE)
#define LB(i) ((i) >= 0 ? (uint64_t)(uint32_t)st->label[i] : NONE)
    uint64_t s0w = W(s0), s0p = P(s0), n0w = W(n0), n0p = P(n0);
    uint64_t n1w = W(n1), n1p = P(n1), n2p = P(n2);
    uint64_t s0wp = key1(s0w, s0p), n0wp = key1(n0w, n0p), n1wp = key1(n1w, n1p);
    uint64_t dist = n0 >= 0 ? (uint64_t)(n0 - s0 > 10 ? 10 : n0 - s0) : NONE;
    uint64_t s0vl = (uint64_t)st->nleft[s0], s0vr = (uint64_t)st->nright[s0];
    uint64_t n0vl = n0 >= 0 ? (uint64_t)st->nleft[n0] : NONE;
    uint64_t s0sl = st->lset[s0], s0sr = st->rset[s0];
    uint64_t n0sl = n0 >= 0 ? st->lset[n0] : NONE;
    int k = 0;
    uint64_t t = 0;
#define F1(a) keys[k++] = key1(++t, (a))
#define F2(a, b) keys[k++] = key2(++t, (a), (b))
#define F3(a, b, c) keys[k++] = key3(++t, (a), (b), (c))
    /* single words */
    F1(s0w); F1(s0p); F1(s0wp);
    F1(n0w); F1(n0p); F1(n0wp);
    F1(n1w); F1(n1p); F1(n1wp);
    F1(W(n2)); F1(n2p); F2(W(n2), n2p);
    /* word pairs */
    F2(s0wp, n0wp); F2(s0wp, n0w); F2(s0w, n0wp); F2(s0wp, n0p);
    F2(s0p, n0wp); F2(s0w, n0w); F2(s0p, n0p); F2(n0p, n1p);
    /* three words */
    F3(n0p, n1p, n2p); F3(s0p, n0p, n1p); F3(P(s0h), s0p, n0p);
    F3(s0p, P(s0l), n0p); F3(s0p, P(s0r), n0p); F3(s0p, n0p, P(n0l));
    /* distance */
    F2(s0w, dist); F2(s0p, dist); F2(n0w, dist); F2(n0p, dist);
    F3(s0w, n0w, dist); F3(s0p, n0p, dist);
    /* valency */
    F2(s0w, s0vr); F2(s0p, s0vr); F2(s0w, s0vl); F2(s0p, s0vl);
    F2(n0w, n0vl); F2(n0p, n0vl);
    /* second-order unigrams */
    F1(W(s0h)); F1(P(s0h)); F1(LB(s0));
    F1(W(s0l)); F1(P(s0l)); F1(LB(s0l));
    F1(W(s0r)); F1(P(s0r)); F1(LB(s0r));
    F1(W(n0l)); F1(P(n0l)); F1(LB(n0l));
    /* third order */
    F1(W(s0h2)); F1(P(s0h2)); F1(LB(s0h));
    F1(W(s0l2)); F1(P(s0l2)); F1(LB(s0l2));
    F1(W(s0r2)); F1(P(s0r2)); F1(LB(s0r2));
    F1(W(n0l2)); F1(P(n0l2)); F1(LB(n0l2));
    F3(s0p, P(s0l), P(s0l2)); F3(s0p, P(s0r), P(s0r2));
    F3(s0p, P(s0h), P(s0h2)); F3(n0p, P(n0l), P(n0l2));
    /* label sets */
    F2(s0w, s0sr); F2(s0p, s0sr); F2(s0w, s0sl); F2(s0p, s0sl);
    F2(n0w, n0sl); F2(n0p, n0sl);
    /* second stack word, lemmas, universal tags */
    F1(W(s1)); F1(P(s1)); F3(P(s1), s0p, n0p); F3(LB(s0), s0p, n0p);
    F1(M(s0)); F1(M(n0)); F2(M(s0), M(n0)); F1(M(n1));
    F2(U(s0), U(n0)); F3(U(s0), U(n0), U(n1));
    F2(n0w, n1w); F3(s0p, LB(s0l), n0p); F3(s0p, LB(s0r), n0p);
    F3(n0p, LB(n0l), LB(s0));
    F2(LB(s0), n0wp); F2(s0wp, LB(s0r));
    if (w->templates == PF_TEMPLATES_MORPH) {
        /* Morphology: the words' FEATS with their tags, and pairs that can
        ** check agreement (a verb and its left dependent, often the
        ** subject) or tell "who" from "which" and "I" from "me". */
#define FT(i) ((i) >= 0 ? w->feats[i] : NONE)
        F2(FT(s0), s0p); F2(FT(n0), n0p); F2(FT(n1), n1p);
        F2(FT(s0), FT(n0)); F3(FT(s0), FT(n0), LB(s0));
        F2(FT(n0l), FT(n0)); F2(FT(s0l), FT(s0)); F2(FT(s0r), FT(s0));
#undef FT
    }
#undef F1
#undef F2
#undef F3
#undef W
#undef P
#undef U
#undef M
#undef LB
    return k;
}
