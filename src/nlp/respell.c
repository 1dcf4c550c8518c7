/*
** respell.c — repairs of respell.h, each checked against the vocabulary.
*/
#include <stdlib.h>
#include <string.h>
#include "nlp/respell.h"
#include "nlp/tagger.h"
#include "nlp/features.h"
#include "nlp/wnclass.h"

/* Below this a slip is as likely to make another real word as a typo:
** "wok" is one letter from "work", "cat" from "cart" and "coat". */
#define RESPELL_MIN_LETTERS 5

/* The entry of the vocabulary word cand with this XPOS, or NULL. */
static const tg_wentry *entry_with_xpos(const dyad_tagger *t, uint32_t xpos_id,
                                        const char *cand, size_t n)
{
    const tg_word *w = tagger_word(t, cand, n);
    if (!w) return NULL;
    for (uint32_t k = 0; k < w->count; k++) {
        const tg_wentry *e = &t->wentries[w->first + k];
        if (t->labels[e->label].xpos_id == xpos_id) return e;
    }
    return NULL;
}

/* Tags whose words have spellings of their own: names, addresses,
** foreign words, interjections ("hmmm", "lol"), symbols, list items. */
static int spelling_is_its_own(const dyad_tagger *t, uint32_t xpos_id)
{
    static const char *const own[] = { "NNP", "NNPS", "ADD", "FW", "GW", "UH",
                                       "SYM", "LS", "AFX", "NFP", "CD", "XX" };
    if (t->xpos[xpos_id].keep_case) return 1;
    const char *name = t->strings + t->xpos[xpos_id].name;
    for (size_t i = 0; i < sizeof own / sizeof *own; i++)
        if (!strcmp(name, own[i])) return 1;
    return 0;
}

/* Cuts every run of three or more of one letter to `keep` letters. */
static size_t cut_runs(const char *s, size_t n, size_t keep, char *out)
{
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && s[j] == s[i]) j++;
        size_t run = j - i;
        size_t copy = run >= 3 && s[i] >= 'a' && s[i] <= 'z' ? keep : run;
        memset(out + o, s[i], copy);
        o += copy;
        i = j;
    }
    out[o] = '\0';
    return o;
}

static int has_long_run(const char *s, size_t n)
{
    for (size_t i = 2; i < n; i++)
        if (s[i] >= 'a' && s[i] <= 'z' && s[i] == s[i - 1] && s[i] == s[i - 2]) return 1;
    return 0;
}

static int all_lowercase_letters(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] < 'a' || s[i] > 'z') return 0;
    return 1;
}

/* Tries one candidate: on a hit copies it to out. */
static const tg_wentry *try_candidate(const dyad_tagger *t, uint32_t xpos_id,
                                      const char *cand, size_t n, char *out, size_t *out_n)
{
    const tg_wentry *e = entry_with_xpos(t, xpos_id, cand, n);
    if (e) {
        if (cand != out) memcpy(out, cand, n);
        out[n] = '\0';
        *out_n = n;
    }
    return e;
}

static int index_word(const char *s, size_t n)
{
    return n >= RESPELL_MIN_LETTERS + 1 && n <= FEAT_WORD_MAX && all_lowercase_letters(s, n);
}

/* A slot: 12 bits of the look-up string's hash above the word's index
** plus one (so never 0). */
#define INDEX_WORD_BITS 20
static uint32_t index_entry(uint64_t hash, uint32_t word)
{
    return (uint32_t)(hash >> 52) << INDEX_WORD_BITS | (word + 1);
}

int respell_index_build(respell_index *ix, const dyad_tagger *t)
{
    ix->slots = NULL;
    ix->mask = 0;
    if (t->meta->n_words >= (1u << INDEX_WORD_BITS) - 1) return DYAD_OK;  /* no index */
    size_t entries = 0;
    for (uint32_t v = 0; v < t->meta->n_words; v++) {
        const char *s = t->strings + t->words[v].str;
        size_t n = strlen(s);
        if (index_word(s, n)) entries += n - 1;
    }
    uint32_t size = 1024;
    while (size < 2 * entries) size *= 2;
    ix->slots = calloc(size, sizeof *ix->slots);
    if (!ix->slots) return DYAD_ENOMEM;
    ix->mask = size - 1;
    char cut[FEAT_WORD_MAX + 8];
    for (uint32_t v = 0; v < t->meta->n_words; v++) {
        const char *s = t->strings + t->words[v].str;
        size_t n = strlen(s);
        if (!index_word(s, n)) continue;
        for (size_t i = 1; i < n; i++) {
            if (s[i] == s[i - 1]) continue;     /* the same string as i - 1 */
            memcpy(cut, s, i);
            memcpy(cut + i, s + i + 1, n - i - 1);
            uint64_t h = feat_hash(cut, n - 1);
            uint32_t at = (uint32_t)h & ix->mask;
            while (ix->slots[at]) at = (at + 1) & ix->mask;
            ix->slots[at] = index_entry(h, v);
        }
    }
    return DYAD_OK;
}

void respell_index_free(respell_index *ix)
{
    free(ix->slots);
    ix->slots = NULL;
}

/* Where the vocabulary word s (n + 1 bytes) has the letter that w (n
** bytes) lacks, or 0 when it is not w with one letter more after the
** first. */
static size_t added_at(const char *s, const char *w, size_t n)
{
    size_t i = 0;
    while (i < n && s[i] == w[i]) i++;
    if (i == 0 || memcmp(s + i + 1, w + i, n - i)) return 0;
    return i;
}

static const tg_wentry *missing_letter(const dyad_tagger *t, uint32_t xpos_id,
                                       const char *w, size_t n, char *out, size_t *out_n)
{
    const respell_index *ix = &t->respell;
    if (!ix->slots || n + 1 > FEAT_WORD_MAX) return NULL;
    uint64_t h = feat_hash(w, n);
    uint32_t fp = index_entry(h, 0) >> INDEX_WORD_BITS;
    const tg_wentry *best = NULL;
    size_t best_at = 0;
    char best_letter = 0;
    for (uint32_t at = (uint32_t)h & ix->mask; ix->slots[at]; at = (at + 1) & ix->mask) {
        if (ix->slots[at] >> INDEX_WORD_BITS != fp) continue;
        const tg_word *v = &t->words[(ix->slots[at] & ((1u << INDEX_WORD_BITS) - 1)) - 1];
        const char *s = t->strings + v->str;
        if (strlen(s) != n + 1) continue;
        size_t i = added_at(s, w, n);
        if (!i || (best && (i > best_at || (i == best_at && s[i] >= best_letter)))) continue;
        const tg_wentry *e = entry_with_xpos(t, xpos_id, s, n + 1);
        if (!e) continue;
        best = e;
        best_at = i;
        best_letter = s[i];
        memcpy(out, s, n + 2);
        *out_n = n + 1;
    }
    return best;
}

static const tg_wentry *one_slip(const dyad_tagger *t, uint32_t xpos_id,
                                 const char *w, size_t n, char *out, size_t *out_n)
{
    char c[FEAT_WORD_MAX + 8];
    const tg_wentry *e;
    /* Two neighbours swapped, the first letter kept. */
    for (size_t i = 1; i + 1 < n; i++) {
        if (w[i] == w[i + 1]) continue;
        memcpy(c, w, n);
        c[i] = w[i + 1];
        c[i + 1] = w[i];
        if ((e = try_candidate(t, xpos_id, c, n, out, out_n))) return e;
    }
    /* One letter missing: the index's words that lose a letter to
    ** become w; the leftmost place, then the first letter, as a search
    ** letter by letter would find them. */
    if ((e = missing_letter(t, xpos_id, w, n, out, out_n))) return e;
    /* One letter too many. */
    for (size_t i = 1; i < n; i++) {
        if (w[i] == w[i - 1]) continue;             /* the same word again */
        memcpy(c, w, i);
        memcpy(c + i, w + i + 1, n - i - 1);
        if ((e = try_candidate(t, xpos_id, c, n - 1, out, out_n))) return e;
    }
    return NULL;
}

const tg_wentry *respell_entry(const dyad_tagger *t, uint32_t xpos_id,
                               const char *lower, size_t n, int written_lower,
                               char *out, size_t *out_n)
{
    if (n == 0 || n > FEAT_WORD_MAX || spelling_is_its_own(t, xpos_id)) return NULL;
    if (has_long_run(lower, n)) {
        for (size_t keep = 2; keep >= 1; keep--) {
            size_t m = cut_runs(lower, n, keep, out);
            const tg_wentry *e = try_candidate(t, xpos_id, out, m, out, out_n);
            if (e) return e;
        }
    }
    if (!written_lower || n < RESPELL_MIN_LETTERS || !all_lowercase_letters(lower, n))
        return NULL;
    /* A word WordNet knows, in any regular form, is no slip. */
    if (wnc_classes(&t->wnc, lower, n)) return NULL;
    return one_slip(t, xpos_id, lower, n, out, out_n);
}
