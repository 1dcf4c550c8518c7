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

int main(void)
{
    RUN(search_replays_and_tracks_gold);
    return TEST_DONE();
}
