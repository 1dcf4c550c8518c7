/*
** tag_eval.c — the scoring of tag_eval.h.
*/
#include <stdlib.h>
#include <string.h>
#include "nlp/tag_eval.h"
#include "text/conllu_read.h"

int tag_gold_save(tag_gold *g, const dyad_doc *doc)
{
    size_t n = doc->n_tokens ? doc->n_tokens : 1;
    g->n = doc->n_tokens;
    g->upos = malloc(n * sizeof *g->upos);
    g->xpos = malloc(n * sizeof *g->xpos);
    g->feats = malloc(n * sizeof *g->feats);
    g->lemma = malloc(n * sizeof *g->lemma);
    if (!g->upos || !g->xpos || !g->feats || !g->lemma) {
        tag_gold_free(g);
        return DYAD_ENOMEM;
    }
    for (size_t i = 0; i < doc->n_tokens; i++) {
        const dyad_token *t = &doc->tokens[i];
        g->upos[i] = t->upos;
        g->xpos[i] = t->xpos;
        g->feats[i] = t->feats;
        g->lemma[i] = t->lemma;
    }
    return DYAD_OK;
}

void tag_gold_free(tag_gold *g)
{
    free(g->upos);
    free(g->xpos);
    free(g->feats);
    free(g->lemma);
    memset(g, 0, sizeof *g);
}

/* CoNLL-U's "_" reads as NULL; a NULL on either side equals "_". */
static int same(const char *a, const char *b)
{
    return strcmp(a ? a : "_", b ? b : "_") == 0;
}

void tag_gold_score(const tag_gold *g, const dyad_doc *doc, tag_scores *s)
{
    size_t n = g->n < doc->n_tokens ? g->n : doc->n_tokens;
    for (size_t i = 0; i < n; i++) {
        const dyad_token *t = &doc->tokens[i];
        int u = same(g->upos[i], t->upos), x = same(g->xpos[i], t->xpos);
        int f = same(g->feats[i], t->feats);
        s->words++;
        s->upos += u;
        s->xpos += x;
        s->feats += f;
        s->lemma += same(g->lemma[i], t->lemma);
        s->all += u && x && f;
    }
}

/* The words of the surface token that starts at word i, and its span. */
static size_t token_words(const dyad_doc *d, size_t i, uint32_t *start, uint32_t *end)
{
    size_t n = d->tokens[i].mwt > 1 ? d->tokens[i].mwt : 1;
    if (n > d->n_tokens - i) n = d->n_tokens - i;
    *start = d->tokens[i].start;
    *end = d->tokens[i + n - 1].end;
    if (d->tokens[i].end > *end) *end = d->tokens[i].end;
    return n;
}

static void score_pair(const dyad_token *g, const dyad_token *t, tag_scores *s)
{
    int u = same(g->upos, t->upos), x = same(g->xpos, t->xpos), f = same(g->feats, t->feats);
    s->words++;
    s->upos += u;
    s->xpos += x;
    s->feats += f;
    s->lemma += same(g->lemma, t->lemma);
    s->all += u && x && f;
}

void tag_aligned_add(tag_aligned *a, const dyad_doc *gold, const dyad_doc *sys)
{
    a->gold += gold->n_tokens;
    a->system += sys->n_tokens;
    size_t gi = 0, si = 0;
    /* Both walks go left to right over tokens sorted by start. */
    while (gi < gold->n_tokens && si < sys->n_tokens) {
        uint32_t gs, ge, ss, se;
        size_t gn = token_words(gold, gi, &gs, &ge), sn = token_words(sys, si, &ss, &se);
        if (gs == ss && ge == se && gn == sn) {
            int forms = 1;
            for (size_t k = 0; k < gn && gn > 1; k++)
                if (!same(gold->tokens[gi + k].form, sys->tokens[si + k].form)) forms = 0;
            if (forms)
                for (size_t k = 0; k < gn; k++)
                    score_pair(&gold->tokens[gi + k], &sys->tokens[si + k], &a->right);
        }
        if (gs <= ss) gi += gn;
        if (ss <= gs) si += sn;
    }
}

double tag_f1(size_t right, const tag_aligned *a)
{
    size_t n = a->gold + a->system;
    return n ? 200.0 * (double)right / (double)n : 0.0;
}

double tag_pct(size_t right, size_t words)
{
    return words ? 100.0 * (double)right / (double)words : 0.0;
}

int tag_eval_file(const dyad_tagger *t, const char *path, tag_scores *s,
                  char **error)
{
    dyad_doc doc;
    dyad_doc_init(&doc);
    int rc = conllu_read_file(path, &doc, error);
    tag_gold g = { 0 };
    if (rc == DYAD_OK) rc = tag_gold_save(&g, &doc);
    if (rc == DYAD_OK) rc = dyad_tagger_tag(t, &doc);
    if (rc == DYAD_OK) tag_gold_score(&g, &doc, s);
    else if (error && !*error) *error = strdup(dyad_strerror(rc));
    tag_gold_free(&g);
    dyad_doc_free(&doc);
    return rc;
}
