/*
** score.c — gold-standard scoring (score.h).
*/
#include <stdlib.h>
#include <string.h>
#include "code/score.h"

static int accepts(const gold_event *g, int level, const char *type)
{
    for (int i = 0; i < g->n_types[level]; i++)
        if (!strcmp(g->types[level][i], type)) return 1;
    return 0;
}

static int actor_ok(const char *gold, const char *pred)
{
    return !gold[0] || !strcmp(gold, pred);
}

void score_text(const gold_event *gold, size_t n_gold, const predicted_event *pred,
                size_t n_pred, level_score scores[SCORE_LEVELS], int verdict_level,
                signed char *verdict)
{
    if (verdict)
        for (size_t p = 0; p < n_pred; p++) verdict[p] = -1;
    /* 0 unused, 1 matched, 2 matched an optional gold event */
    unsigned char *used = calloc(n_pred ? n_pred : 1, 1);
    if (!used) return;
    for (int level = 0; level < SCORE_LEVELS; level++) {
        /* a text is scored at a level only when all its events carry it */
        int annotated = 1;
        for (size_t g = 0; g < n_gold; g++)
            if (!gold[g].n_types[level]) annotated = 0;
        if (!annotated) continue;
        level_score *s = &scores[level];
        s->texts++;
        memset(used, 0, n_pred ? n_pred : 1);
        for (int pass = 0; pass < 2; pass++) {           /* required, then optional */
            for (size_t g = 0; g < n_gold; g++) {
                if (gold[g].optional != pass) continue;
                size_t hit = n_pred;
                for (size_t p = 0; p < n_pred && hit == n_pred; p++)
                    if (!used[p] && accepts(&gold[g], level, pred[p].types[level]) &&
                        actor_ok(gold[g].source, pred[p].source) && actor_ok(gold[g].target, pred[p].target))
                        hit = p;
                if (hit < n_pred) {
                    used[hit] = pass ? 2 : 1;
                    if (!pass) s->tp++;
                } else if (!pass) {
                    s->fn++;
                }
            }
        }
        for (size_t p = 0; p < n_pred; p++)
            if (!used[p]) s->fp++;
        if (verdict && level == verdict_level)
            for (size_t p = 0; p < n_pred; p++) verdict[p] = used[p] == 2 ? -1 : used[p] == 1;
    }
    free(used);
}

double score_precision(const level_score *s)
{
    return s->tp + s->fp ? (double)s->tp / (double)(s->tp + s->fp) : 0;
}

double score_recall(const level_score *s)
{
    return s->tp + s->fn ? (double)s->tp / (double)(s->tp + s->fn) : 0;
}

double score_f1(const level_score *s)
{
    double p = score_precision(s), r = score_recall(s);
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
}
