/*
** pattern_anchor.c — the words patterns need in their sentence
** (pattern_anchor.h).
*/
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include "code/pattern_anchor.h"

/* FNV-1a of n bytes. */
static uint64_t word_hash(const char *s, size_t n)
{
    uint64_t h = 0xcbf29ce484222325ull;
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 0x100000001b3ull;
    return h | 1;
}

static void bag_add(lemma_bag *bag, uint64_t h)
{
    uint32_t a = (uint32_t)h & 2047, b = (uint32_t)(h >> 11) & 2047;
    bag->bits[a / 64] |= 1ull << (a % 64);
    bag->bits[b / 64] |= 1ull << (b % 64);
}

static int bag_has(const lemma_bag *bag, uint64_t h)
{
    uint32_t a = (uint32_t)h & 2047, b = (uint32_t)(h >> 11) & 2047;
    return (bag->bits[a / 64] >> (a % 64) & 1) && (bag->bits[b / 64] >> (b % 64) & 1);
}

void lemma_bag_clear(lemma_bag *bag)
{
    memset(bag, 0, sizeof *bag);
}

void lemma_bag_add_word(lemma_bag *bag, const dyad_token *t)
{
    /* as tree_lemma: the lemma, or the form cut as its callers' buffers
    ** cut it; lower-cased as the patterns' words are (pattern.c matches
    ** them whatever the case) */
    char lower[256];
    const char *f = t->lemma ? t->lemma : t->form ? t->form : "";
    size_t cut = t->lemma ? sizeof lower : 64, n = 0;
    for (; f[n] && n + 1 < cut; n++) lower[n] = (char)tolower((unsigned char)f[n]);
    lower[n] = '\0';
    const char *lemma = lower;
    bag_add(bag, word_hash(lemma, n));
    /* a plural noun kept whole fits its singular (pattern.c, dependent_fits) */
    if (n >= 4 && lemma[n - 1] == 's' && lemma[n - 2] != 's') bag_add(bag, word_hash(lemma, n - 1));
    if (n == 4 && !memcmp(lemma, "upon", 4)) bag_add(bag, word_hash("on", 2));
    /* a currency sign is money (pattern.c, dependent_fits) */
    if (!strcmp(lemma, "$") || !strcmp(lemma, "\xe2\x82\xac") || !strcmp(lemma, "\xc2\xa3"))
        bag_add(bag, word_hash("money", 5));
}

/* Relation subtypes that are UD's own, not a preposition: a dependent
** may carry them as they are ("compound:prt", "obl:agent"). */
static int ud_subtype(const char *sub)
{
    static const char *const own[] = { "agent", "poss", "tmod", "npmod", "prt", "pass", "relcl",
                                       "preconj", "predet", "foreign", "outer", "unmarked", "desc",
                                       "lmod", "emph", NULL };
    for (size_t i = 0; own[i]; i++)
        if (!strcmp(sub, own[i])) return 1;
    return 0;
}

int pattern_anchors_build(pattern_anchors *a, const pattern_set *set)
{
    memset(a, 0, sizeof *a);
    a->pool_hash = malloc((set->n_pool ? set->n_pool : 1) * sizeof *a->pool_hash);
    a->word_hash = calloc(set->n_cons ? set->n_cons : 1, sizeof *a->word_hash);
    a->anchored = calloc(set->n ? set->n : 1, 1);
    if (!a->pool_hash || !a->word_hash || !a->anchored) {
        pattern_anchors_free(a);
        return DYAD_ENOMEM;
    }
    for (size_t i = 0; i < set->n_pool; i++) a->pool_hash[i] = word_hash(set->pool[i], strlen(set->pool[i]));
    for (size_t c = 0; c < set->n_cons; c++) {
        const char *colon = strchr(set->cons[c].rel, ':');
        if (colon && !ud_subtype(colon + 1)) a->word_hash[c] = word_hash(colon + 1, strlen(colon + 1));
    }
    for (size_t i = 0; i < set->n; i++) {
        const pattern *p = &set->patterns[i];
        for (uint32_t c = 0; c < p->n_cons; c++) {
            const constraint *con = &set->cons[p->cons + c];
            if (!con->negated && (a->word_hash[p->cons + c] || con->n_lemmas || con->clause >= 0))
                a->anchored[i] = 1;
        }
    }
    return DYAD_OK;
}

void pattern_anchors_free(pattern_anchors *a)
{
    free(a->pool_hash);
    free(a->word_hash);
    free(a->anchored);
    memset(a, 0, sizeof *a);
}

static int any_in_bag(const pattern_anchors *a, uint32_t first, uint32_t count, const lemma_bag *bag)
{
    for (uint32_t k = 0; k < count; k++)
        if (bag_has(bag, a->pool_hash[first + k])) return 1;
    return 0;
}

static int may_match(const pattern_set *set, const pattern_anchors *a, const pattern *p,
                     const lemma_bag *bag, int depth)
{
    if (depth > 4) return 1;           /* pattern.c gives up deeper: so may we */
    if (!a->anchored[p - set->patterns]) return 1;
    for (uint32_t c = 0; c < p->n_cons; c++) {
        const constraint *con = &set->cons[p->cons + c];
        if (con->negated) continue;
        uint64_t word = a->word_hash[p->cons + c];
        if (word && !bag_has(bag, word)) return 0;
        if (con->clause >= 0) {
            const pattern *sub = &set->patterns[con->clause];
            if (!any_in_bag(a, sub->heads, sub->n_heads, bag)) return 0;
            if (!may_match(set, a, sub, bag, depth + 1)) return 0;
        } else if (con->n_lemmas && !any_in_bag(a, con->lemmas, con->n_lemmas, bag)) {
            return 0;
        }
    }
    return 1;
}

int pattern_may_match(const pattern_set *set, const pattern_anchors *a, const pattern *p,
                      const lemma_bag *bag)
{
    return may_match(set, a, p, bag, 0);
}

int pattern_head_may_match(const pattern_set *set, const pattern_anchors *a, const char *lemma,
                           const dyad_token *head, const lemma_bag *bag)
{
    size_t first, n = pattern_set_lookup(set, lemma, &first);
    for (size_t i = 0; i < n; i++) {
        const pattern *p = &set->patterns[set->index[first + i].pattern];
        if ((!head || pattern_head_fits(p, head)) && pattern_may_match(set, a, p, bag)) return 1;
    }
    return 0;
}
