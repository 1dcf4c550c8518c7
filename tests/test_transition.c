/*
** test_transition.c — the arc-eager system and its dynamic oracle: the
** oracle rebuilds gold trees, costs are honest, and any sequence of valid
** actions ends in one well-formed tree.
*/
#include <stdint.h>
#include <stdlib.h>
#include "testing.h"
#include "dyad.h"
#include "nlp/transition.h"

enum { L = 4, ROOT_LABEL = 3 };

/* A tree is well formed when every word has a head in range, exactly one
** word hangs from the root with ROOT_LABEL, and there is no cycle. */
static int well_formed(const tr_state *st)
{
    int roots = 0;
    for (int32_t i = 1; i <= st->n; i++) {
        if (st->head[i] < 0 || st->head[i] > st->n || st->head[i] == i) return 0;
        if (st->head[i] == 0) {
            roots++;
            if (st->label[i] != ROOT_LABEL) return 0;
        } else if (st->label[i] == ROOT_LABEL) {
            return 0;
        }
        int32_t h = i, steps = 0;
        while (h != 0 && steps++ <= st->n) h = st->head[h];
        if (h != 0) return 0;
    }
    return roots == 1;
}

/* Follows the cheapest action (the first, on ties) to the end. */
static void follow_oracle(tr_state *st, const int32_t *gh, const int32_t *gl, int32_t n)
{
    int32_t costs[2 + 2 * L];
    tr_start(st, n, L, ROOT_LABEL);
    while (!tr_is_terminal(st)) {
        int32_t least = tr_costs(st, gh, gl, costs);
        int a = 0;
        while (costs[a] != least) a++;
        CHECK(tr_valid(st, a));
        tr_apply(st, a);
    }
    tr_finish(st, 0);
}

TEST(oracle_rebuilds_projective_tree)
{
    /* "The minister warned the envoy that it would leave ." */
    int32_t gh[] = { -1, 2, 3, 0, 5, 3, 9, 9, 9, 3, 3 };
    int32_t gl[] = { -1, 0, 1, 3, 0, 2, 1, 1, 1, 2, 0 };
    tr_state st = { 0 };
    CHECK_INT(tr_reserve(&st, 10), DYAD_OK);
    follow_oracle(&st, gh, gl, 10);
    for (int i = 1; i <= 10; i++) {
        CHECK_INT(st.head[i], gh[i]);
        CHECK_INT(st.label[i], gl[i]);
    }
    CHECK(well_formed(&st));
    tr_free(&st);
}

TEST(oracle_costs_count_lost_arcs)
{
    /* 1 <- 2 (root), 3 -> 2 */
    int32_t gh[] = { -1, 2, 0, 2 };
    int32_t gl[] = { -1, 0, 3, 1 };
    int32_t costs[2 + 2 * L];
    tr_state st = { 0 };
    CHECK_INT(tr_reserve(&st, 3), DYAD_OK);
    tr_start(&st, 3, L, ROOT_LABEL);
    CHECK_INT(tr_costs(&st, gh, gl, costs), 0);
    CHECK_INT(costs[TR_SHIFT], 0);
    CHECK_INT(costs[TR_REDUCE], INT32_MAX);        /* root cannot be popped */
    CHECK_INT(costs[2 + L + ROOT_LABEL], 1);       /* 1 is not the root */
    tr_apply(&st, TR_SHIFT);
    CHECK_INT(tr_costs(&st, gh, gl, costs), 0);
    CHECK_INT(costs[2 + 0], 0);                    /* LEFT(0): the gold arc */
    CHECK_INT(costs[2 + 1], 1);                    /* right arc, wrong label */
    CHECK_INT(costs[TR_SHIFT], 2);                 /* loses 2->1 and root->2 */
    tr_free(&st);
}

TEST(oracle_survives_non_projective_tree)
{
    /* Arcs 1->3 and 2->4 cross. */
    int32_t gh[] = { -1, 0, 1, 1, 2, 1 };
    int32_t gl[] = { -1, 3, 0, 1, 0, 2 };
    tr_state st = { 0 };
    CHECK_INT(tr_reserve(&st, 5), DYAD_OK);
    follow_oracle(&st, gh, gl, 5);
    CHECK(well_formed(&st));
    int right = 0;
    for (int i = 1; i <= 5; i++) right += st.head[i] == gh[i];
    CHECK(right >= 4);
    tr_free(&st);
}

TEST(random_valid_actions_make_trees)
{
    uint64_t seed = 42;
    tr_state st = { 0 };
    for (int round = 0; round < 300; round++) {
        seed = seed * 6364136223846793005ull + 1442695040888963407ull;
        int32_t n = 1 + (int32_t)((seed >> 33) % 40);
        CHECK_INT(tr_reserve(&st, (size_t)n), DYAD_OK);
        tr_start(&st, n, L, ROOT_LABEL);
        int steps = 0;
        while (!tr_is_terminal(&st)) {
            int valid[2 + 2 * L], k = 0;
            for (int a = 0; a < 2 + 2 * L; a++) if (tr_valid(&st, a)) valid[k++] = a;
            CHECK(k > 0);
            if (k == 0) break;
            seed = seed * 6364136223846793005ull + 1442695040888963407ull;
            tr_apply(&st, valid[(seed >> 33) % (uint64_t)k]);
            steps++;
        }
        CHECK(steps <= 2 * n);
        tr_finish(&st, 1);
        CHECK(well_formed(&st));
    }
    tr_free(&st);
}

TEST(reserve_grows_and_frees)
{
    tr_state st = { 0 };
    CHECK_INT(tr_reserve(&st, 1), DYAD_OK);
    CHECK_INT(tr_reserve(&st, 5000), DYAD_OK);
    CHECK(st.capacity >= 5001);
    tr_free(&st);
    tr_free(&st);
}

int main(void)
{
    RUN(oracle_rebuilds_projective_tree);
    RUN(oracle_costs_count_lost_arcs);
    RUN(oracle_survives_non_projective_tree);
    RUN(random_valid_actions_make_trees);
    RUN(reserve_grows_and_frees);
    return TEST_DONE();
}
