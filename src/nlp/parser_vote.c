/*
** parser_vote.c — reparsing: the projective tree with the most votes
** (Eisner 1996, with one word under the root), then relations by vote.
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "nlp/parser_vote.h"

/* The four span tables, each [N][N] over words 1..n (N = n + 1): complete
** and incomplete spans, headed at their left (RIGHT: arcs point right)
** or at their right end (LEFT). */
enum { C_LEFT, C_RIGHT, I_LEFT, I_RIGHT };

typedef struct search {
    const double *score;       /* [h * N + d] */
    double *table;
    int32_t *split;
    size_t N;
    int32_t *head;             /* [N] the result */
} search;

#define AT(s, kind, i, j) ((size_t)(kind) * (s)->N * (s)->N + (size_t)(i) * (s)->N + (size_t)(j))

void pv_scratch_free(pv_scratch *sc)
{
    free(sc->score);
    free(sc->table);
    free(sc->split);
    memset(sc, 0, sizeof *sc);
}

static int reserve(pv_scratch *sc, size_t N)
{
    if (N <= sc->capacity) return DYAD_OK;
    double *score = malloc(N * N * sizeof *score);
    double *table = malloc(4 * N * N * sizeof *table);
    int32_t *split = malloc(4 * N * N * sizeof *split);
    if (!score || !table || !split) {
        free(score);
        free(table);
        free(split);
        return DYAD_ENOMEM;
    }
    pv_scratch_free(sc);
    sc->score = score;
    sc->table = table;
    sc->split = split;
    sc->capacity = N;
    return DYAD_OK;
}

/* Fills the span tables bottom-up.  Within a span the first best split
** is kept, so equal scores resolve the same way every time. */
static void fill(search *s, int32_t n)
{
    size_t N = s->N;
    for (int32_t i = 1; i <= n; i++)
        for (int k = 0; k < 4; k++) s->table[AT(s, k, i, i)] = 0;
    for (int32_t len = 1; len < n; len++) {
        for (int32_t i = 1; i + len <= n; i++) {
            int32_t j = i + len;
            double best = 0;
            int32_t at = i;
            for (int32_t r = i; r < j; r++) {
                double v = s->table[AT(s, C_RIGHT, i, r)] + s->table[AT(s, C_LEFT, r + 1, j)];
                if (r == i || v > best) { best = v; at = r; }
            }
            s->table[AT(s, I_LEFT, i, j)] = best + s->score[(size_t)j * N + (size_t)i];
            s->table[AT(s, I_RIGHT, i, j)] = best + s->score[(size_t)i * N + (size_t)j];
            s->split[AT(s, I_LEFT, i, j)] = s->split[AT(s, I_RIGHT, i, j)] = at;
            best = 0;
            for (int32_t r = i; r < j; r++) {
                double v = s->table[AT(s, C_LEFT, i, r)] + s->table[AT(s, I_LEFT, r, j)];
                if (r == i || v > best) { best = v; at = r; }
            }
            s->table[AT(s, C_LEFT, i, j)] = best;
            s->split[AT(s, C_LEFT, i, j)] = at;
            best = 0;
            for (int32_t r = i + 1; r <= j; r++) {
                double v = s->table[AT(s, I_RIGHT, i, r)] + s->table[AT(s, C_RIGHT, r, j)];
                if (r == i + 1 || v > best) { best = v; at = r; }
            }
            s->table[AT(s, C_RIGHT, i, j)] = best;
            s->split[AT(s, C_RIGHT, i, j)] = at;
        }
    }
}

/* Reads the arcs of the best span (i, j) of the given kind into s->head.
** The depth of the recursion is at most 2n. */
static void follow(search *s, int kind, int32_t i, int32_t j)
{
    if (i == j) return;
    int32_t r = s->split[AT(s, kind, i, j)];
    switch (kind) {
    case I_LEFT:
    case I_RIGHT:
        if (kind == I_LEFT) s->head[i] = j; else s->head[j] = i;
        follow(s, C_RIGHT, i, r);
        follow(s, C_LEFT, r + 1, j);
        break;
    case C_LEFT:
        follow(s, C_LEFT, i, r);
        follow(s, I_LEFT, r, j);
        break;
    default:
        follow(s, I_RIGHT, i, r);
        follow(s, C_RIGHT, r, j);
        break;
    }
}

/* Word d's relation: the most weight among the trees that gave it head h
** (ties to the earlier tree), else the first tree's. */
static const char *vote_label(const pv_tree *trees, int n_trees, size_t d, int32_t h)
{
    const char *best = trees[0].words[d].deprel;
    double best_weight = 0;
    for (int k = 0; k < n_trees; k++) {
        const dyad_token *w = &trees[k].words[d];
        if (w->head != h || !w->deprel) continue;
        double sum = 0;
        for (int q = 0; q < n_trees; q++) {
            const dyad_token *o = &trees[q].words[d];
            if (o->head == h && o->deprel && !strcmp(o->deprel, w->deprel)) sum += trees[q].weight;
        }
        if (sum > best_weight) { best_weight = sum; best = w->deprel; }
    }
    return best;
}

int pv_combine(pv_scratch *sc, const pv_tree *trees, int n_trees, size_t n, dyad_token *out)
{
    if (n_trees < 1) return DYAD_EINVAL;
    double least = trees[0].weight;
    for (int k = 0; k < n_trees; k++) {
        if (!(trees[k].weight > 0)) return DYAD_EINVAL;
        if (trees[k].weight < least) least = trees[k].weight;
    }
    if (n == 0) return DYAD_OK;
    if (n > PV_MAX_WORDS || n_trees == 1) {
        for (size_t i = 0; i < n; i++) {
            out[i].head = trees[0].words[i].head;
            out[i].deprel = trees[0].words[i].deprel;
        }
        return DYAD_OK;
    }
    size_t N = n + 1;
    int rc = reserve(sc, N);
    if (rc) return rc;
    /* The first tree's arcs get a bonus too small to outweigh any real
    ** difference of votes (all of it together is below a millionth of
    ** the least weight), so that ties go to the first tree. */
    double bonus = least * 1e-6 / (double)N;
    memset(sc->score, 0, N * N * sizeof *sc->score);
    for (int k = 0; k < n_trees; k++)
        for (size_t i = 0; i < n; i++) {
            int32_t h = trees[k].words[i].head;
            if (h < 0 || (size_t)h > n || (size_t)h == i + 1) continue;   /* no vote */
            sc->score[(size_t)h * N + i + 1] += trees[k].weight + (k == 0 ? bonus : 0);
        }
    int32_t *head = malloc(N * sizeof *head);
    if (!head) return DYAD_ENOMEM;
    search s = { sc->score, sc->table, sc->split, N, head };
    int32_t len = (int32_t)n;
    fill(&s, len);
    /* The root's one word r: its left and right halves and the root arc. */
    int32_t root = 1;
    double best = 0;
    for (int32_t r = 1; r <= len; r++) {
        double v = s.table[AT(&s, C_LEFT, 1, r)] + s.table[AT(&s, C_RIGHT, r, len)] + s.score[r];
        if (r == 1 || v > best) { best = v; root = r; }
    }
    head[root] = 0;
    follow(&s, C_LEFT, 1, root);
    follow(&s, C_RIGHT, root, len);
    for (size_t i = 0; i < n; i++) {
        out[i].head = head[i + 1];
        out[i].deprel = vote_label(trees, n_trees, i, head[i + 1]);
    }
    free(head);
    return DYAD_OK;
}

/* ---- whole documents ----------------------------------------------- */

void pv_ensemble_free(pv_ensemble *e)
{
    for (int k = 0; k < PV_MAX_PARSERS; k++) parser_scratch_free(&e->parse[k]);
    free(e->copies);
    e->copies = NULL;
    e->copies_cap = 0;
    pv_scratch_free(&e->scratch);
}

static int grow_copies(pv_ensemble *e, size_t need)
{
    if (need <= e->copies_cap) return DYAD_OK;
    dyad_token *grown = realloc(e->copies, need * sizeof *grown);
    if (!grown) return DYAD_ENOMEM;
    e->copies = grown;
    e->copies_cap = need;
    return DYAD_OK;
}

/* One sentence by the k best trees of every parser. */
static int vote_kbest(pv_ensemble *e, dyad_token *words, size_t n)
{
    if (n == 0) return DYAD_OK;
    int k = e->kbest < PV_MAX_KBEST ? e->kbest : PV_MAX_KBEST;
    int rc = grow_copies(e, (size_t)e->n * (size_t)k * n);
    if (rc) return rc;
    pv_tree trees[PV_MAX_PARSERS * PV_MAX_KBEST];
    int n_trees = 0;
    for (int p = 0; p < e->n; p++) {
        dyad_token *out = e->copies + (size_t)p * (size_t)k * n;
        double score[PV_MAX_KBEST], z[PV_MAX_KBEST], sum = 0;
        int got;
        for (size_t i = 0; i < (size_t)k * n; i++) out[i] = words[i % n];
        rc = parser_parse_kbest(e->parsers[p], &e->parse[p], words, n, k, out, score, &got);
        if (rc) return rc;
        /* Shares of the parser's weight, relative to its best tree so that
        ** the exponentials stay in range. */
        for (int j = 0; j < got; j++) sum += z[j] = exp((score[j] - score[0]) / e->temperature);
        for (int j = 0; j < got; j++) {
            double w = e->weights[p] * z[j] / sum;
            if (!(w > e->weights[p] * 1e-6)) continue;   /* too little to count */
            trees[n_trees].words = out + (size_t)j * n;
            trees[n_trees++].weight = w;
        }
    }
    return pv_combine(&e->scratch, trees, n_trees, n, words);
}

int pv_parse_doc(pv_ensemble *e, dyad_doc *doc, const unsigned char *which)
{
    if (!e || !doc || e->n < 1 || e->n > PV_MAX_PARSERS) return DYAD_EINVAL;
    if (e->kbest > 1) {
        if (!(e->temperature > 0)) return DYAD_EINVAL;
        int rc = DYAD_OK;
        for (size_t s = 0; s < doc->n_sents && rc == DYAD_OK; s++)
            if (!which || which[s])
                rc = vote_kbest(e, doc->tokens + doc->sents[s].first, doc->sents[s].count);
        return rc;
    }
    if (e->n == 1) return dyad_parser_parse_some(e->parsers[0], doc, which);
    size_t n_tokens = doc->n_tokens;
    int rc = grow_copies(e, (size_t)e->n * n_tokens);
    if (rc) return rc;
    /* Each parser parses its own copy of the words: the same sentences
    ** over other tokens, as the trainer's evaluation does. */
    for (int k = 0; k < e->n && rc == DYAD_OK; k++) {
        dyad_token *copy = e->copies + (size_t)k * n_tokens;
        memcpy(copy, doc->tokens, n_tokens * sizeof *copy);
        dyad_doc view = *doc;
        view.tokens = copy;
        rc = dyad_parser_parse_some(e->parsers[k], &view, which);
    }
    pv_tree trees[PV_MAX_PARSERS];
    for (size_t s = 0; s < doc->n_sents && rc == DYAD_OK; s++) {
        if (which && !which[s]) continue;
        const dyad_sentence *se = &doc->sents[s];
        for (int k = 0; k < e->n; k++) {
            trees[k].words = e->copies + (size_t)k * n_tokens + se->first;
            trees[k].weight = e->weights[k];
        }
        rc = pv_combine(&e->scratch, trees, e->n, se->count, doc->tokens + se->first);
    }
    return rc;
}
