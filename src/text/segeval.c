/*
** segeval.c — span-matching scores of segeval.h.
*/
#include <string.h>
#include "text/segeval.h"

/* The span of the surface token that starts with word i, and its words. */
static size_t token_span(const dyad_doc *d, size_t i, uint32_t *start, uint32_t *end)
{
    size_t n = d->tokens[i].mwt > 1 ? d->tokens[i].mwt : 1;
    if (i + n > d->n_tokens) n = d->n_tokens - i;
    *start = d->tokens[i].start;
    *end = d->tokens[i + n - 1].end;
    if (d->tokens[i].end > *end) *end = d->tokens[i].end;
    return n;
}

/* Both walks go left to right over spans sorted by start. */
static void score_tokens(seg_eval *e, const dyad_doc *g, const dyad_doc *s)
{
    size_t gi = 0, si = 0;
    while (gi < g->n_tokens || si < s->n_tokens) {
        uint32_t gs = UINT32_MAX, ge = 0, ss = UINT32_MAX, se = 0;
        size_t gn = 0, sn = 0;
        if (gi < g->n_tokens) gn = token_span(g, gi, &gs, &ge);
        if (si < s->n_tokens) sn = token_span(s, si, &ss, &se);
        if (gs == ss && ge == se) {
            e->tokens.matched++;
            /* Words: all of a token's words match when the forms agree. */
            if (gn == sn) {
                int same = 1;
                for (size_t k = 0; k < gn; k++)
                    if (strcmp(g->tokens[gi + k].form, s->tokens[si + k].form)) same = 0;
                if (same) e->words.matched += gn;
            }
        }
        if (gs <= ss) { if (gn) { e->tokens.gold++; e->words.gold += gn; } gi += gn ? gn : 1; }
        if (ss <= gs) { if (sn) { e->tokens.system++; e->words.system += sn; } si += sn ? sn : 1; }
        if (!gn && !sn) break;
    }
}

static void score_sentences(seg_eval *e, const dyad_doc *g, const dyad_doc *s)
{
    size_t gi = 0, si = 0;
    e->sentences.gold += g->n_sents;
    e->sentences.system += s->n_sents;
    while (gi < g->n_sents && si < s->n_sents) {
        const dyad_sentence *a = &g->sents[gi], *b = &s->sents[si];
        if (a->start == b->start && a->end == b->end) { e->sentences.matched++; gi++; si++; }
        else if (a->start < b->start || (a->start == b->start && a->end < b->end)) gi++;
        else si++;
    }
}

void seg_eval_add(seg_eval *eval, const dyad_doc *gold, const dyad_doc *system)
{
    score_tokens(eval, gold, system);
    score_sentences(eval, gold, system);
}

size_t seg_align_words(const dyad_doc *gold, const dyad_doc *system,
                       void (*pair)(size_t gold_word, size_t system_word, void *ctx),
                       void *ctx)
{
    size_t gi = 0, si = 0, aligned = 0;
    while (gi < gold->n_tokens && si < system->n_tokens) {
        uint32_t gs, ge, ss, se;
        size_t gn = token_span(gold, gi, &gs, &ge), sn = token_span(system, si, &ss, &se);
        if (gs == ss && ge == se && gn == sn) {
            int forms = 1;
            for (size_t k = 0; k < gn && gn > 1; k++)
                if (strcmp(gold->tokens[gi + k].form, system->tokens[si + k].form)) forms = 0;
            if (forms)
                for (size_t k = 0; k < gn; k++, aligned++)
                    if (pair) pair(gi + k, si + k, ctx);
        }
        if (gs <= ss) gi += gn;
        if (ss <= gs) si += sn;
    }
    return aligned;
}

double seg_precision(const seg_score *s) { return s->system ? (double)s->matched / (double)s->system : 0; }
double seg_recall(const seg_score *s) { return s->gold ? (double)s->matched / (double)s->gold : 0; }

double seg_f1(const seg_score *s)
{
    size_t denom = s->gold + s->system;
    return denom ? 2.0 * (double)s->matched / (double)denom : 0;
}
