/*
** transition.c — arc-eager states, actions and the dynamic oracle.
*/
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "dyad.h"
#include "nlp/transition.h"

int tr_reserve(tr_state *st, size_t n)
{
    if (n + 1 <= st->capacity) return DYAD_OK;
    size_t cap = st->capacity ? st->capacity : 64;
    while (cap < n + 1) cap *= 2;
    if (cap > ((size_t)INT32_MAX) / 2) return DYAD_ETOOBIG;
    /* 10 int32 arrays, 2 uint64 arrays and one byte array, each of cap. */
    size_t bytes = cap * (2 * sizeof(uint64_t) + 10 * sizeof(int32_t) + 1);
    void *block = malloc(bytes);
    if (!block) return DYAD_ENOMEM;
    free(st->block);
    st->block = block;
    st->capacity = cap;
    uint64_t *u = block;
    st->lset = u;
    st->rset = u + cap;
    int32_t *p = (int32_t *)(u + 2 * cap);
    st->stack = p;          p += cap;
    st->head = p;           p += cap;
    st->label = p;          p += cap;
    st->ldep1 = p;          p += cap;
    st->ldep2 = p;          p += cap;
    st->rdep1 = p;          p += cap;
    st->rdep2 = p;          p += cap;
    st->nleft = p;          p += cap;
    st->nright = p;         p += cap;
    p += cap;               /* spare, keeps the arithmetic above simple */
    st->instack = (uint8_t *)p;
    return DYAD_OK;
}

void tr_free(tr_state *st)
{
    free(st->block);
    memset(st, 0, sizeof *st);
}

void tr_start(tr_state *st, int32_t n, int32_t n_labels, int32_t root_label)
{
    size_t m = (size_t)n + 1;
    st->n = n;
    st->b = 1;
    st->n_labels = n_labels;
    st->root_label = root_label;
    st->root_child = 0;
    memset(st->head, 0xff, m * sizeof(int32_t));
    memset(st->label, 0xff, m * sizeof(int32_t));
    memset(st->ldep1, 0xff, m * sizeof(int32_t));
    memset(st->ldep2, 0xff, m * sizeof(int32_t));
    memset(st->rdep1, 0xff, m * sizeof(int32_t));
    memset(st->rdep2, 0xff, m * sizeof(int32_t));
    memset(st->nleft, 0, m * sizeof(int32_t));
    memset(st->nright, 0, m * sizeof(int32_t));
    memset(st->lset, 0, m * sizeof(uint64_t));
    memset(st->rset, 0, m * sizeof(uint64_t));
    memset(st->instack, 0, m);
    st->stack[0] = 0;
    st->depth = 1;
    st->instack[0] = 1;
}

/* Records the arc h -> d with label l in the dependents' summaries. */
static void add_arc(tr_state *st, int32_t h, int32_t d, int32_t l)
{
    st->head[d] = h;
    st->label[d] = l;
    uint64_t bit = (uint64_t)1 << ((uint32_t)l & 63);
    if (d < h) {
        if (st->ldep1[h] < 0 || d < st->ldep1[h]) {
            st->ldep2[h] = st->ldep1[h];
            st->ldep1[h] = d;
        } else if (st->ldep2[h] < 0 || d < st->ldep2[h]) {
            st->ldep2[h] = d;
        }
        st->nleft[h]++;
        st->lset[h] |= bit;
    } else {
        if (st->rdep1[h] < 0 || d > st->rdep1[h]) {
            st->rdep2[h] = st->rdep1[h];
            st->rdep1[h] = d;
        } else if (st->rdep2[h] < 0 || d > st->rdep2[h]) {
            st->rdep2[h] = d;
        }
        st->nright[h]++;
        st->rset[h] |= bit;
    }
    if (h == 0) st->root_child = d;
}

static void push(tr_state *st, int32_t w)
{
    st->stack[st->depth++] = w;
    st->instack[w] = 1;
}

static void pop(tr_state *st)
{
    st->instack[st->stack[--st->depth]] = 0;
}

void tr_apply(tr_state *st, int action)
{
    int32_t L = st->n_labels, s = tr_s0(st);
    if (action == TR_SHIFT) {
        push(st, st->b++);
    } else if (action == TR_REDUCE) {
        pop(st);
    } else if (action < 2 + L) {
        add_arc(st, st->b, s, action - 2);
        pop(st);
    } else {
        add_arc(st, s, st->b, action - 2 - L);
        push(st, st->b++);
    }
}

void tr_finish(tr_state *st, int32_t fallback_label)
{
    for (int32_t i = 1; i <= st->n; i++) {
        if (st->head[i] >= 0) continue;
        if (st->root_child == 0) add_arc(st, 0, i, st->root_label);
        else add_arc(st, st->root_child, i, fallback_label);
    }
    st->depth = 1;
}

/* Gold dependents of w still in the buffer (and so still reachable). */
static int32_t deps_in_buffer(const tr_state *st, const int32_t *gold_head, int32_t w)
{
    int32_t c = 0;
    for (int32_t d = st->b; d <= st->n; d++) c += gold_head[d] == w;
    return c;
}

/* Headless words on the stack whose gold head is w. */
static int32_t headless_deps_in_stack(const tr_state *st, const int32_t *gold_head, int32_t w)
{
    int32_t c = 0;
    for (int32_t i = 1; i < st->depth; i++) {
        int32_t k = st->stack[i];
        c += st->head[k] < 0 && gold_head[k] == w;
    }
    return c;
}

int32_t tr_costs(const tr_state *st, const int32_t *gold_head,
                 const int32_t *gold_label, int32_t *costs)
{
    int32_t L = st->n_labels, s = tr_s0(st), b = st->b;
    int n_actions = tr_n_actions(L);
    int32_t best = INT32_MAX;
    for (int a = 0; a < n_actions; a++) costs[a] = INT32_MAX;

    /* The parts shared by all labels of LEFT and of RIGHT. */
    int32_t s_buffer_deps = s != 0 ? deps_in_buffer(st, gold_head, s) : 0;
    if (tr_valid(st, TR_SHIFT)) {
        int32_t gh = gold_head[b];
        costs[TR_SHIFT] = (st->instack[gh] ? 1 : 0) + headless_deps_in_stack(st, gold_head, b);
    }
    if (tr_valid(st, TR_REDUCE)) costs[TR_REDUCE] = s_buffer_deps;
    if (b <= st->n) {
        int32_t left = s_buffer_deps + (s != 0 && gold_head[s] > b);
        int32_t gh = gold_head[b];
        int32_t right = ((gh != s && (st->instack[gh] || gh > b)) ? 1 : 0)
                      + headless_deps_in_stack(st, gold_head, b);
        for (int32_t l = 0; l < L; l++) {
            if (tr_valid(st, 2 + l))
                costs[2 + l] = left + (gold_head[s] == b && gold_label[s] != l);
            if (tr_valid(st, 2 + L + l))
                costs[2 + L + l] = right + (gh == s && gold_label[b] != l);
        }
    }
    for (int a = 0; a < n_actions; a++)
        if (costs[a] < best) best = costs[a];
    return best;
}

void tr_copy(tr_state *dst, const tr_state *src)
{
    size_t m = (size_t)src->n + 1;
    dst->n = src->n;
    dst->b = src->b;
    dst->depth = src->depth;
    dst->root_child = src->root_child;
    dst->n_labels = src->n_labels;
    dst->root_label = src->root_label;
    memcpy(dst->stack, src->stack, (size_t)src->depth * sizeof(int32_t));
    memcpy(dst->head, src->head, m * sizeof(int32_t));
    memcpy(dst->label, src->label, m * sizeof(int32_t));
    memcpy(dst->ldep1, src->ldep1, m * sizeof(int32_t));
    memcpy(dst->ldep2, src->ldep2, m * sizeof(int32_t));
    memcpy(dst->rdep1, src->rdep1, m * sizeof(int32_t));
    memcpy(dst->rdep2, src->rdep2, m * sizeof(int32_t));
    memcpy(dst->nleft, src->nleft, m * sizeof(int32_t));
    memcpy(dst->nright, src->nright, m * sizeof(int32_t));
    memcpy(dst->lset, src->lset, m * sizeof(uint64_t));
    memcpy(dst->rset, src->rset, m * sizeof(uint64_t));
    memcpy(dst->instack, src->instack, m);
}
