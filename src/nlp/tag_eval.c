/*
** tag_eval.c — the scoring of tag_eval.h.
*/
#include <stdlib.h>
#include <string.h>
#include "nlp/tag_eval.h"
#include "text/conllu_read.h"
#include "text/segeval.h"

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

typedef struct aligned_docs {
    const dyad_doc *gold, *sys;
    tag_scores *right;
} aligned_docs;

static void score_aligned(size_t g, size_t s, void *ctx)
{
    const aligned_docs *d = ctx;
    score_pair(&d->gold->tokens[g], &d->sys->tokens[s], d->right);
}

void tag_aligned_add(tag_aligned *a, const dyad_doc *gold, const dyad_doc *sys)
{
    a->gold += gold->n_tokens;
    a->system += sys->n_tokens;
    aligned_docs d = { gold, sys, &a->right };
    seg_align_words(gold, sys, score_aligned, &d);
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
