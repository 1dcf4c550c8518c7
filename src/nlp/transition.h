/*
** transition.h — the arc-eager transition system and its dynamic oracle.
**
** A parser state is a stack, a buffer (the words from b to n) and the arcs
** built so far.  Word positions are 1..n as in CoNLL-U; position 0 is the
** artificial root, which sits at the bottom of the stack and is never
** popped.  Actions are small integers:
**
**   0            SHIFT      push the buffer front
**   1            REDUCE     pop the stack top (it must have a head)
**   2 .. 2+L-1   LEFT(l)    the buffer front becomes the head of the stack
**                           top, with label l, and the top is popped
**   2+L .. 2+2L-1 RIGHT(l)  the stack top becomes the head of the buffer
**                           front, with label l, and the front is pushed
**
** The root takes exactly one dependent, through RIGHT(root_label); no other
** arc may use root_label.  The oracle (Goldberg & Nivre 2012) gives every
** action's cost: the number of gold arcs that it makes unreachable, so the
** trainer can learn from any state, including states reached by mistakes.
** For the few non-projective gold trees the costs are an approximation;
** the trainer takes the cheapest actions as correct.
*/
#ifndef DYAD_NLP_TRANSITION_H
#define DYAD_NLP_TRANSITION_H

#include <stddef.h>
#include <stdint.h>

enum { TR_SHIFT = 0, TR_REDUCE = 1 };

/* The arrays of a state; one allocation, reused across sentences. */
typedef struct tr_state {
    int32_t n;               /* words in the sentence */
    int32_t b;               /* buffer front; n+1 once the buffer is empty */
    int32_t depth;           /* items on the stack (>= 1: the root) */
    int32_t root_child;      /* the root's dependent, or 0 */
    int32_t n_labels;        /* L */
    int32_t root_label;      /* the label only the root's arc may use */
    /* arrays of n+1 entries, indexed by position (0 = root): */
    int32_t *stack;          /* stack[0..depth-1], top last */
    int32_t *head;           /* -1 until the word gets a head */
    int32_t *label;          /* -1 until the word gets a head */
    int32_t *ldep1, *ldep2;  /* leftmost and second leftmost dependents */
    int32_t *rdep1, *rdep2;  /* rightmost and second rightmost dependents */
    int32_t *nleft, *nright; /* numbers of left and right dependents */
    uint64_t *lset, *rset;   /* sets of left/right dependents' labels, mod 64 */
    uint8_t *instack;        /* 1 while the word is on the stack */
    size_t capacity;         /* words the arrays can hold */
    void *block;             /* the one allocation behind the arrays */
} tr_state;

/* Makes sure the state holds sentences of n words; DYAD_OK or DYAD_ENOMEM. */
int tr_reserve(tr_state *st, size_t n);
/* Frees the arrays (the struct is the caller's); NULL-safe on zeroed state. */
void tr_free(tr_state *st);
/* Starts a sentence of n words (tr_reserve'd) with L labels. */
void tr_start(tr_state *st, int32_t n, int32_t n_labels, int32_t root_label);

static inline int tr_n_actions(int32_t n_labels) { return 2 + 2 * n_labels; }
static inline int tr_is_terminal(const tr_state *st) { return st->b > st->n; }
static inline int32_t tr_s0(const tr_state *st) { return st->stack[st->depth - 1]; }

/* Copies a started state into dst, which must be tr_reserve'd for it. */
void tr_copy(tr_state *dst, const tr_state *src);

/* Whether the action is allowed in the state (inline: the beam asks it
** of every action of every item at every step). */
static inline int tr_valid(const tr_state *st, int action)
{
    int32_t s = tr_s0(st), L = st->n_labels;
    if (action < 0 || action >= tr_n_actions(L)) return 0;
    if (action == TR_SHIFT) return st->b <= st->n;
    if (action == TR_REDUCE) return s != 0 && st->head[s] >= 0;
    if (st->b > st->n) return 0;
    if (action < 2 + L)         /* LEFT(l) */
        return s != 0 && st->head[s] < 0 && action - 2 != st->root_label;
    int32_t l = action - 2 - L; /* RIGHT(l) */
    if (s == 0) return l == st->root_label && st->root_child == 0;
    return l != st->root_label;
}
/* Applies a valid action. */
void tr_apply(tr_state *st, int action);
/*
** Ends a parse whose buffer is empty: words still without a head attach to
** the root's dependent (or, if the root has none, the first such word
** becomes the root's dependent), with fallback_label.  Afterwards every
** word has a head and the tree has one root.
*/
void tr_finish(tr_state *st, int32_t fallback_label);

/*
** The dynamic oracle: costs[a] for every action a (INT32_MAX when not
** valid), given the gold heads and labels (arrays of n+1, entry 0 unused).
** Returns the least cost.
*/
int32_t tr_costs(const tr_state *st, const int32_t *gold_head,
                 const int32_t *gold_label, int32_t *costs);

#endif
