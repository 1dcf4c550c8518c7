/*
** test_parser_beam.c — beam search: finishes with a whole parse, its
** action history replays to the same tree, gold tracking stops early.
*/
#include <stdlib.h>
#include "testing.h"
#include "dyad.h"
#include "nlp/parser_beam.h"

enum { L = 4, ROOT_LABEL = 3 };

/* Prefers SHIFT, then RIGHT(0), a little; everything else scores 0. */
static void toy_score(const void *ctx, const uint64_t *keys, int n_keys,
                      float *scores, int n_actions)
{
    (void)ctx; (void)keys; (void)n_keys;
    for (int a = 0; a < n_actions; a++) scores[a] = 0;
    scores[TR_SHIFT] = 0.5f;
    scores[2 + L + 0] = 0.25f;
}

TEST(search_replays_and_tracks_gold)
{
    dyad_token toks[5] = {
        { .form = "a" }, { .form = "b" }, { .form = "c" }, { .form = "d" }, { .form = "e" },
    };
    pf_words w = { 0 };
    CHECK_INT(pf_words_reserve(&w, 5), DYAD_OK);
    pf_words_fill(&w, toks, 5, PF_TEMPLATES_VERSION);
    parser_beam *b = calloc(1, sizeof *b);
    CHECK_INT(parser_beam_search(b, 4, &w, 5, L, ROOT_LABEL, toy_score, NULL, NULL, NULL, NULL), DYAD_OK);
    CHECK(b->n_items >= 1 && b->n_items <= 4);
    CHECK(tr_is_terminal(&b->items[0]));
    for (int k = 1; k < b->n_items; k++) CHECK(b->score[k - 1] >= b->score[k]);

    int actions[64];
    int len = parser_beam_actions(b, 0, actions);
    CHECK(len >= 5 && len <= 10);
    tr_state st = { 0 };
    CHECK_INT(tr_reserve(&st, 5), DYAD_OK);
    tr_start(&st, 5, L, ROOT_LABEL);
    for (int i = 0; i < len; i++) {
        CHECK(tr_valid(&st, actions[i]));
        tr_apply(&st, actions[i]);
    }
    for (int i = 0; i <= 5; i++) CHECK_INT(st.head[i], b->items[0].head[i]);

    /* A gold tree the toy scorer cannot keep in a beam of 1. */
    int32_t gh[] = { -1, 2, 0, 2, 3, 2 };
    int32_t gl[] = { -1, 0, 3, 1, 1, 2 };
    int fell = 0;
    CHECK_INT(parser_beam_search(b, 1, &w, 5, L, ROOT_LABEL, toy_score, NULL, gh, gl, &fell), DYAD_OK);
    CHECK_INT(fell, 1);
    CHECK(b->steps < 10);
    tr_free(&st);
    pf_words_free(&w);
    parser_beam_free(b);
    free(b);
}

/* A small generator, so the walks and scores are the same every run. */
static uint32_t next_random(uint32_t *x)
{
    *x = *x * 1664525u + 1013904223u;
    return *x >> 8;
}

TEST(valid_runs_match_tr_valid)
{
    static const int32_t labels[] = { 1, 2, 4, 7 };
    uint32_t seed = 12345;
    tr_state st = { 0 };
    CHECK_INT(tr_reserve(&st, 9), DYAD_OK);
    for (int li = 0; li < 4; li++) {
        int32_t nl = labels[li];
        const int32_t roots[] = { 0, nl / 2, nl - 1 };
        for (int ri = 0; ri < 3; ri++) {
            for (int walk = 0; walk < 20; walk++) {
                tr_start(&st, 9, nl, roots[ri]);
                while (!tr_is_terminal(&st)) {
                    int from[BEAM_MAX_RUNS], to[BEAM_MAX_RUNS];
                    int n_runs = parser_beam_valid_runs(&st, nl, roots[ri], from, to);
                    CHECK(n_runs >= 1 && n_runs <= BEAM_MAX_RUNS);
                    int in_run[2 + 2 * 7] = { 0 }, n_valid = 0, last = -1;
                    for (int r = 0; r < n_runs; r++) {
                        CHECK(from[r] > last && from[r] < to[r]);
                        last = to[r] - 1;
                        for (int a = from[r]; a < to[r]; a++) in_run[a] = 1;
                    }
                    int valid[2 + 2 * 7];
                    for (int a = 0; a < tr_n_actions(nl); a++) {
                        CHECK_INT(in_run[a], tr_valid(&st, a));
                        if (tr_valid(&st, a)) valid[n_valid++] = a;
                    }
                    tr_apply(&st, valid[next_random(&seed) % (uint32_t)n_valid]);
                }
            }
        }
    }
    tr_free(&st);
}

/* Scores with many ties, read from the keys (so from the state). */
static void tied_score(const void *ctx, const uint64_t *keys, int n_keys,
                       float *scores, int n_actions)
{
    (void)ctx;
    uint64_t h = 0x9e3779b97f4a7c15ull;
    for (int i = 0; i < n_keys; i++) h = (h ^ keys[i]) * 0x100000001b3ull;
    for (int a = 0; a < n_actions; a++) {
        uint64_t x = (h + (uint64_t)a) * 0xff51afd7ed558ccdull;
        scores[a] = (float)((x >> 40) % 4) * 0.5f;
    }
}

typedef struct ref_cand { double score; int parent, action; } ref_cand;

static int ref_better(const ref_cand *a, const ref_cand *c)
{
    if (a->score != c->score) return a->score > c->score;
    if (a->parent != c->parent) return a->parent < c->parent;
    return a->action < c->action;
}

/* The beam as first written: every valid action of every item is a
** candidate.  Checks the search's beam against it after the search. */
static void check_against_full_beam(const parser_beam *b, int width, const pf_words *w, int32_t n)
{
    tr_state items[8] = { { 0 } }, next[8] = { { 0 } };
    double score[8] = { 0 };
    for (int k = 0; k < 8; k++) {
        CHECK_INT(tr_reserve(&items[k], (size_t)n), DYAD_OK);
        CHECK_INT(tr_reserve(&next[k], (size_t)n), DYAD_OK);
    }
    int n_actions = tr_n_actions(L), n_items = 1;
    ref_cand *cand = malloc(8 * (size_t)(n_actions + 1) * sizeof *cand);
    float *sc = malloc((size_t)n_actions * sizeof *sc);
    uint64_t keys[PF_MAX];
    tr_start(&items[0], n, L, ROOT_LABEL);
    for (;;) {
        int n_cand = 0, all_done = 1;
        for (int k = 0; k < n_items; k++) {
            if (tr_is_terminal(&items[k])) {
                cand[n_cand++] = (ref_cand){ score[k], k, -1 };
                continue;
            }
            all_done = 0;
            tied_score(NULL, keys, pf_extract(w, &items[k], keys), sc, n_actions);
            for (int a = 0; a < n_actions; a++)
                if (tr_valid(&items[k], a)) cand[n_cand++] = (ref_cand){ score[k] + sc[a], k, a };
        }
        if (all_done) break;
        for (int i = 1; i < n_cand; i++)        /* insertion sort, best first */
            for (int j = i; j > 0 && ref_better(&cand[j], &cand[j - 1]); j--) {
                ref_cand t = cand[j]; cand[j] = cand[j - 1]; cand[j - 1] = t;
            }
        n_items = n_cand < width ? n_cand : width;
        for (int k = 0; k < n_items; k++) {
            tr_copy(&next[k], &items[cand[k].parent]);
            if (cand[k].action >= 0) tr_apply(&next[k], cand[k].action);
            score[k] = cand[k].score;
        }
        for (int k = 0; k < n_items; k++) { tr_state t = items[k]; items[k] = next[k]; next[k] = t; }
    }
    CHECK_INT(b->n_items, n_items);
    for (int k = 0; k < n_items && k < b->n_items; k++) {
        CHECK(b->score[k] == score[k]);
        for (int i = 0; i <= n; i++) {
            CHECK_INT(b->items[k].head[i], items[k].head[i]);
            CHECK_INT(b->items[k].label[i], items[k].label[i]);
        }
    }
    for (int k = 0; k < 8; k++) { tr_free(&items[k]); tr_free(&next[k]); }
    free(cand);
    free(sc);
}

TEST(search_keeps_the_full_beam)
{
    dyad_token toks[7] = {
        { .form = "the" }, { .form = "envoy" }, { .form = "was" }, { .form = "summoned" },
        { .form = "in" }, { .form = "Manila" }, { .form = "." },
    };
    pf_words w = { 0 };
    CHECK_INT(pf_words_reserve(&w, 7), DYAD_OK);
    pf_words_fill(&w, toks, 7, PF_TEMPLATES_VERSION);
    parser_beam *b = calloc(1, sizeof *b);
    static const int widths[] = { 1, 2, 3, 8 };
    for (int i = 0; i < 4; i++) {
        CHECK_INT(parser_beam_search(b, widths[i], &w, 7, L, ROOT_LABEL, tied_score, NULL,
                                     NULL, NULL, NULL), DYAD_OK);
        check_against_full_beam(b, widths[i], &w, 7);
    }
    pf_words_free(&w);
    parser_beam_free(b);
    free(b);
}

int main(void)
{
    RUN(search_replays_and_tracks_gold);
    RUN(valid_runs_match_tr_valid);
    RUN(search_keeps_the_full_beam);
    return TEST_DONE();
}
