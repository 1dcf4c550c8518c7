/*
** test_parser_vote.c — reparsing by vote: majorities, weights, ties to the
** first tree, relations, and that the result is always a projective tree
** with one word under the root and the most votes of any such tree.
*/
#include <stdlib.h>
#include "testing.h"
#include "dyad.h"
#include "nlp/parser_vote.h"

#define MAXN 8

/* Sets words[i].head and deprel from heads[] and labels[] (n words). */
static void make_tree(dyad_token *words, const int32_t *heads, const char *const *labels, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        memset(&words[i], 0, sizeof words[i]);
        words[i].head = heads[i];
        words[i].deprel = labels ? labels[i] : "dep";
    }
}

/* 1 when every word reaches the root without a cycle, exactly one word
** hangs from the root, and every arc is projective. */
static int projective_tree(const dyad_token *w, size_t n)
{
    int under_root = 0;
    for (size_t i = 0; i < n; i++) {
        if (w[i].head < 0 || (size_t)w[i].head > n) return 0;
        under_root += w[i].head == 0;
        int32_t at = (int32_t)i + 1;
        for (size_t steps = 0; at != 0; steps++) {
            if (steps > n) return 0;
            at = w[at - 1].head;
        }
    }
    if (under_root != 1) return 0;
    for (size_t i = 0; i < n; i++) {
        int32_t d = (int32_t)i + 1, h = w[i].head;
        int32_t lo = h < d ? h : d, hi = h < d ? d : h;
        for (int32_t k = lo + 1; k < hi; k++) {
            int32_t at = k;       /* h must dominate every word in between */
            while (at != 0 && at != h) at = w[at - 1].head;
            if (at != h) return 0;
        }
    }
    return 1;
}

static double votes(const pv_tree *trees, int n_trees, const dyad_token *w, size_t n)
{
    double sum = 0;
    for (int k = 0; k < n_trees; k++)
        for (size_t i = 0; i < n; i++)
            if (trees[k].words[i].head == w[i].head) sum += trees[k].weight;
    return sum;
}

TEST(majority_of_three)
{
    /* "she gave him books": A and B agree on all but "him"; C differs */
    const int32_t a[4] = { 2, 0, 2, 2 }, b[4] = { 2, 0, 4, 2 }, c[4] = { 3, 0, 2, 3 };
    const char *la[4] = { "nsubj", "root", "iobj", "obj" };
    const char *lb[4] = { "nsubj", "root", "nmod", "obj" };
    const char *lc[4] = { "nsubj", "root", "obj", "nmod" };
    dyad_token ta[4], tb[4], tc[4], out[4];
    make_tree(ta, a, la, 4);
    make_tree(tb, b, lb, 4);
    make_tree(tc, c, lc, 4);
    pv_tree trees[3] = { { ta, 1 }, { tb, 1 }, { tc, 1 } };
    pv_scratch sc = { 0 };
    CHECK_INT(pv_combine(&sc, trees, 3, 4, out), DYAD_OK);
    const int32_t want[4] = { 2, 0, 2, 2 };
    for (int i = 0; i < 4; i++) CHECK_INT(out[i].head, want[i]);
    CHECK_STR(out[0].deprel, "nsubj");
    CHECK_STR(out[1].deprel, "root");
    /* "him" under "gave": A says iobj, C says obj, one vote each: A's */
    CHECK_STR(out[2].deprel, "iobj");
    CHECK_STR(out[3].deprel, "obj");
    CHECK(projective_tree(out, 4));
    pv_scratch_free(&sc);
}

TEST(ties_go_to_the_first_tree)
{
    const int32_t a[5] = { 2, 0, 4, 2, 2 }, b[5] = { 0, 1, 1, 3, 4 };
    const char *la[5] = { "a", "b", "c", "d", "e" };
    const char *lb[5] = { "v", "w", "x", "y", "z" };
    dyad_token ta[5], tb[5], out[5];
    make_tree(ta, a, la, 5);
    make_tree(tb, b, lb, 5);
    pv_scratch sc = { 0 };
    pv_tree two[2] = { { ta, 1 }, { tb, 1 } };
    CHECK_INT(pv_combine(&sc, two, 2, 5, out), DYAD_OK);
    for (int i = 0; i < 5; i++) {
        CHECK_INT(out[i].head, a[i]);
        CHECK_STR(out[i].deprel, la[i]);
    }
    /* the other order: the other tree */
    pv_tree swapped[2] = { { tb, 1 }, { ta, 1 } };
    CHECK_INT(pv_combine(&sc, swapped, 2, 5, out), DYAD_OK);
    for (int i = 0; i < 5; i++) {
        CHECK_INT(out[i].head, b[i]);
        CHECK_STR(out[i].deprel, lb[i]);
    }
    /* a heavier second tree wins */
    pv_tree heavier[2] = { { ta, 1 }, { tb, 1.5 } };
    CHECK_INT(pv_combine(&sc, heavier, 2, 5, out), DYAD_OK);
    for (int i = 0; i < 5; i++) CHECK_INT(out[i].head, b[i]);
    pv_scratch_free(&sc);
}

TEST(relations_vote_among_the_same_head)
{
    const int32_t h[3] = { 2, 0, 2 };
    const char *l1[3] = { "nsubj", "root", "obj" };
    const char *l2[3] = { "nsubj", "root", "xcomp" };
    const char *l3[3] = { "csubj", "root", "xcomp" };
    const int32_t other[3] = { 3, 3, 0 };    /* a different head for word 3 */
    const char *l4[3] = { "csubj", "csubj", "root" };
    dyad_token t1[3], t2[3], t3[3], t4[3], out[3];
    make_tree(t1, h, l1, 3);
    make_tree(t2, h, l2, 3);
    make_tree(t3, h, l3, 3);
    make_tree(t4, other, l4, 3);
    pv_scratch sc = { 0 };
    pv_tree trees[4] = { { t1, 1 }, { t2, 1 }, { t3, 1 }, { t4, 1 } };
    CHECK_INT(pv_combine(&sc, trees, 4, 3, out), DYAD_OK);
    CHECK_INT(out[0].head, 2);
    CHECK_INT(out[2].head, 2);
    /* "csubj": two votes, but one of them (t4's) has another head */
    CHECK_STR(out[0].deprel, "nsubj");
    CHECK_STR(out[2].deprel, "xcomp");
    /* weight counts for relations too */
    trees[0].weight = 2.5;
    CHECK_INT(pv_combine(&sc, trees, 4, 3, out), DYAD_OK);
    CHECK_STR(out[2].deprel, "obj");
    pv_scratch_free(&sc);
}

/* The most votes of any projective tree with one word under the root,
** by trying every head for every word. */
static double best_by_search(const pv_tree *trees, int n_trees, size_t n)
{
    dyad_token w[MAXN];
    memset(w, 0, sizeof w);
    size_t total = 1;
    for (size_t i = 0; i < n; i++) total *= n + 1;
    double best = -1;
    for (size_t code = 0; code < total; code++) {
        size_t c = code;
        for (size_t i = 0; i < n; i++) {
            w[i].head = (int32_t)(c % (n + 1));
            c /= n + 1;
        }
        if (!projective_tree(w, n)) continue;
        double v = votes(trees, n_trees, w, n);
        if (v > best) best = v;
    }
    return best;
}

static uint64_t next_random(uint64_t *state)
{
    uint64_t z = (*state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

TEST(random_votes_give_the_best_projective_tree)
{
    /* Trees of any shape (cycles, several roots, crossing arcs, even heads
    ** out of range, which count for nothing): the result must still be a
    ** projective tree, and as good as the best one. */
    uint64_t rng = 7;
    pv_scratch sc = { 0 };
    for (int round = 0; round < 300; round++) {
        size_t n = 1 + next_random(&rng) % 5;
        int n_trees = 1 + (int)(next_random(&rng) % 4);
        dyad_token words[4][MAXN], out[MAXN];
        pv_tree trees[4];
        for (int k = 0; k < n_trees; k++) {
            for (size_t i = 0; i < n; i++) {
                memset(&words[k][i], 0, sizeof words[k][i]);
                words[k][i].head = (int32_t)(next_random(&rng) % (n + 2)) - (round % 7 == 0);
                words[k][i].deprel = "dep";
            }
            trees[k].words = words[k];
            trees[k].weight = 0.5 + (double)(next_random(&rng) % 8) / 4;
        }
        CHECK_INT(pv_combine(&sc, trees, n_trees, n, out), DYAD_OK);
        if (n_trees == 1) {      /* one tree is kept, whatever its shape */
            for (size_t i = 0; i < n; i++) CHECK_INT(out[i].head, words[0][i].head);
            continue;
        }
        CHECK(projective_tree(out, n));
        double got = votes(trees, n_trees, out, n), want = best_by_search(trees, n_trees, n);
        CHECK(got > want - 1e-9 && got < want + 1e-9);
    }
    pv_scratch_free(&sc);
}

TEST(one_tree_long_sentences_and_bad_weights)
{
    size_t n = PV_MAX_WORDS + 1;
    dyad_token *a = calloc(n, sizeof *a), *b = calloc(n, sizeof *b), *out = calloc(n, sizeof *out);
    CHECK(a && b && out);
    if (!a || !b || !out) { free(a); free(b); free(out); return; }
    for (size_t i = 0; i < n; i++) {
        a[i].head = (int32_t)i;           /* a chain from the root */
        a[i].deprel = "dep";
        b[i].head = i == 0 ? 0 : 1;       /* a flat tree */
        b[i].deprel = "flat";
    }
    pv_scratch sc = { 0 };
    pv_tree trees[2] = { { a, 1 }, { b, 5 } };
    /* too long to search: the first tree as it is */
    CHECK_INT(pv_combine(&sc, trees, 2, n, out), DYAD_OK);
    CHECK_INT(out[n - 1].head, (int32_t)n - 1);
    CHECK_STR(out[n - 1].deprel, "dep");
    /* just short enough: the heavier tree */
    CHECK_INT(pv_combine(&sc, trees, 2, PV_MAX_WORDS, out), DYAD_OK);
    CHECK_INT(out[PV_MAX_WORDS - 1].head, 1);
    CHECK_STR(out[PV_MAX_WORDS - 1].deprel, "flat");
    trees[1].weight = 0;
    CHECK_INT(pv_combine(&sc, trees, 2, 3, out), DYAD_EINVAL);
    CHECK_INT(pv_combine(&sc, trees, 0, 3, out), DYAD_EINVAL);
    pv_scratch_free(&sc);
    free(a);
    free(b);
    free(out);
}

int main(void)
{
    RUN(majority_of_three);
    RUN(ties_go_to_the_first_tree);
    RUN(relations_vote_among_the_same_head);
    RUN(random_votes_give_the_best_projective_tree);
    RUN(one_tree_long_sentences_and_bad_weights);
    return TEST_DONE();
}
