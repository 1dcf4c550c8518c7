/*
** parser_beam.c — beam search over arc-eager transitions.
*/
#include <stdlib.h>
#include <string.h>
#include "dyad.h"
#include "nlp/parser_beam.h"
#ifdef __SSE2__
#include <emmintrin.h>
#endif

void parser_beam_free(parser_beam *b)
{
    for (int i = 0; i < BEAM_MAX_WIDTH; i++) {
        tr_free(&b->items[i]);
        tr_free(&b->next[i]);
    }
    free(b->hist);
    free(b->best_at);
    free(b->best_gold_at);
    free(b->cand);
    free(b->scores);
    free(b->costs);
    memset(b, 0, sizeof *b);
}

static int reserve(parser_beam *b, int width, int32_t n, int n_actions)
{
    for (int i = 0; i < width; i++)
        if (tr_reserve(&b->items[i], (size_t)n) || tr_reserve(&b->next[i], (size_t)n))
            return DYAD_ENOMEM;
    size_t steps = 2 * (size_t)n + 2;
    if (b->hist_cap < steps * (size_t)width) {
        beam_step *h = realloc(b->hist, steps * (size_t)width * sizeof *h);
        if (!h) return DYAD_ENOMEM;
        b->hist = h;
        b->hist_cap = steps * (size_t)width;
    }
    if (b->best_cap < steps) {
        double *best = realloc(b->best_at, steps * sizeof *best);
        if (best) b->best_at = best;
        uint8_t *gold = realloc(b->best_gold_at, steps * sizeof *gold);
        if (gold) b->best_gold_at = gold;
        if (!best || !gold) return DYAD_ENOMEM;
        b->best_cap = steps;
    }
    if (b->cand_cap < (size_t)width * (size_t)(n_actions + 1)) {
        size_t cap = (size_t)width * (size_t)(n_actions + 1);
        beam_candidate *c = realloc(b->cand, cap * sizeof *c);
        if (!c) return DYAD_ENOMEM;
        b->cand = c;
        b->cand_cap = cap;
    }
    if (b->n_actions_cap < n_actions) {
        float *s = realloc(b->scores, (size_t)n_actions * sizeof *s);
        if (s) b->scores = s;
        int32_t *c = realloc(b->costs, (size_t)n_actions * sizeof *c);
        if (c) b->costs = c;
        if (!s || !c) return DYAD_ENOMEM;
        b->n_actions_cap = n_actions;
    }
    return DYAD_OK;
}

int parser_beam_valid_runs(const tr_state *st, int32_t n_labels, int32_t root_label,
                           int *from, int *to)
{
    int n_runs = 0, n_actions = tr_n_actions(n_labels);
    for (int a = TR_SHIFT; a <= TR_REDUCE; a++)
        if (tr_valid(st, a)) { from[n_runs] = a; to[n_runs++] = a + 1; }
    /* LEFT(l) for every label, then RIGHT(l): each run is valid for all
    ** its labels, for none, for all but the root label or for it alone. */
    for (int first = 2; first < n_actions; first += n_labels) {
        int root = first + root_label;
        if (root_label < 0 || root_label >= n_labels) {
            if (tr_valid(st, first)) { from[n_runs] = first; to[n_runs++] = first + n_labels; }
        } else if (tr_valid(st, root)) {
            from[n_runs] = root; to[n_runs++] = root + 1;
        } else if (n_labels > 1 && tr_valid(st, root == first ? first + 1 : first)) {
            if (root > first) { from[n_runs] = first; to[n_runs++] = root; }
            if (root + 1 < first + n_labels) { from[n_runs] = root + 1; to[n_runs++] = first + n_labels; }
        }
    }
    return n_runs;
}

/*
** The beam's next items are the `width` best candidates: higher score
** first, ties by parent, then action, so the search is deterministic.
** They are kept sorted in top[0..*kept) while the candidates
** are made, each offered as it comes: parents in rising order, and each
** parent's actions in rising order, so a candidate of equal score always
** ranks after those already kept, and comparing scores is enough.  Once
** `width` are kept, a candidate must beat the worst of them; as item 0
** (the best so far) is scored first, most of the other items' actions
** fail that one test and are never inserted.  The result is the same as
** sorting every candidate of every item: tests/test_parser_beam.c checks
** it against that on scores with many ties.
*/
static void offer(beam_candidate *top, int *kept, int width, double sc, int parent, int action,
                  int gold)
{
    int n = *kept;
    if (n == width && !(sc > top[n - 1].score)) return;
    int j = n < width ? (*kept = n + 1, n) : n - 1;
    while (j > 0 && sc > top[j - 1].score) {
        top[j] = top[j - 1];
        j--;
    }
    top[j] = (beam_candidate){ sc, parent, action, gold };
}

/* Offers every valid action of item k (scores[a] + base), its gold flag
** from costs when gold is set.  Once the beam is full, with SSE2 four
** actions at a time are tested against its worst in one go (the same
** double sums as one at a time), and only those that pass are offered,
** in order, each tested again against the worst as it is then. */
static void offer_actions(beam_candidate *top, int *kept, int width, const tr_state *st, int k,
                          double base, const float *scores, int32_t n_labels, int32_t root_label,
                          const int32_t *costs, int32_t least, int gold)
{
    int from[BEAM_MAX_RUNS], to[BEAM_MAX_RUNS];
    int n_runs = parser_beam_valid_runs(st, n_labels, root_label, from, to);
    for (int r = 0; r < n_runs; r++) {
        int a = from[r];
        for (; a < to[r] && *kept < width; a++)
            offer(top, kept, width, base + scores[a], k, a, gold && costs[a] == least);
        if (a == to[r]) continue;          /* the beam may not be full yet */
#ifdef __SSE2__
        __m128d base2 = _mm_set1_pd(base), worst2 = _mm_set1_pd(top[width - 1].score);
        for (; a + 4 <= to[r]; a += 4) {
            __m128 s4 = _mm_loadu_ps(scores + a);
            __m128d lo = _mm_add_pd(_mm_cvtps_pd(s4), base2);
            __m128d hi = _mm_add_pd(_mm_cvtps_pd(_mm_movehl_ps(s4, s4)), base2);
            int above = _mm_movemask_pd(_mm_cmpgt_pd(lo, worst2))
                      | _mm_movemask_pd(_mm_cmpgt_pd(hi, worst2)) << 2;
            if (!above) continue;
            double sc[4];
            _mm_storeu_pd(sc, lo);
            _mm_storeu_pd(sc + 2, hi);
            for (int i = 0; i < 4; i++)
                if (above >> i & 1) offer(top, kept, width, sc[i], k, a + i, gold && costs[a + i] == least);
            worst2 = _mm_set1_pd(top[width - 1].score);
        }
#endif
        for (; a < to[r]; a++) {
            double sc = base + scores[a];
            if (!(sc > top[width - 1].score)) continue;
            offer(top, kept, width, sc, k, a, gold && costs[a] == least);
        }
    }
}

int parser_beam_search(parser_beam *b, int width, const pf_words *w, int32_t n,
                       int32_t n_labels, int32_t root_label,
                       beam_score_fn score, const void *ctx,
                       const int32_t *gold_head, const int32_t *gold_label,
                       int *fell_out)
{
    if (width < 1) width = 1;
    if (width > BEAM_MAX_WIDTH) width = BEAM_MAX_WIDTH;
    int n_actions = tr_n_actions(n_labels);
    int rc = reserve(b, width, n, n_actions);
    if (rc) return rc;
    b->width = width;
    tr_start(&b->items[0], n, n_labels, root_label);
    b->score[0] = 0;
    b->gold[0] = 1;
    b->n_items = 1;
    b->steps = 0;
    if (fell_out) *fell_out = 0;
    for (;;) {
        int kept = 0, all_done = 1;
        beam_candidate *top = b->cand;
        for (int k = 0; k < b->n_items; k++) {
            tr_state *st = &b->items[k];
            if (tr_is_terminal(st)) {
                offer(top, &kept, width, b->score[k], k, -1, b->gold[k]);
                continue;
            }
            all_done = 0;
            int n_keys = pf_extract(w, st, b->keys);
            score(ctx, b->keys, n_keys, b->scores, n_actions);
            int32_t least = 0;
            int gold = gold_head && b->gold[k];
            if (gold) least = tr_costs(st, gold_head, gold_label, b->costs);
            offer_actions(top, &kept, width, st, k, b->score[k], b->scores, n_labels, root_label,
                          b->costs, least, gold);
        }
        if (all_done) break;
        beam_step *h = &b->hist[(size_t)b->steps * (size_t)width];
        int any_gold = 0;
        for (int k = 0; k < kept; k++) {
            const beam_candidate *c = &b->cand[k];
            tr_copy(&b->next[k], &b->items[c->parent]);
            if (c->action >= 0) tr_apply(&b->next[k], c->action);
            b->score[k] = c->score;
            b->gold[k] = (uint8_t)c->gold;
            any_gold |= c->gold;
            h[k].parent = (int16_t)c->parent;
            h[k].action = (int16_t)c->action;
        }
        for (int k = 0; k < kept; k++) {     /* swap the generations */
            tr_state tmp = b->items[k];
            b->items[k] = b->next[k];
            b->next[k] = tmp;
        }
        b->n_items = kept;
        b->best_at[b->steps] = b->score[0];
        b->best_gold_at[b->steps] = b->gold[0];
        b->steps++;
        if (gold_head && !any_gold) {
            if (fell_out) *fell_out = 1;
            if (!b->keep_going) break;
        }
    }
    return DYAD_OK;
}

int parser_beam_actions(const parser_beam *b, int k, int *actions)
{
    return parser_beam_actions_at(b, b->steps, k, actions);
}

int parser_beam_actions_at(const parser_beam *b, int steps, int k, int *actions)
{
    int len = 0;
    for (int t = steps - 1; t >= 0; t--) {
        const beam_step *h = &b->hist[(size_t)t * (size_t)b->width + (size_t)k];
        if (h->action >= 0) actions[len++] = h->action;
        k = h->parent;
    }
    for (int i = 0; i < len / 2; i++) {
        int tmp = actions[i];
        actions[i] = actions[len - 1 - i];
        actions[len - 1 - i] = tmp;
    }
    return len;
}
