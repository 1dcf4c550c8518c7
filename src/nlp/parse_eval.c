/*
** parse_eval.c — UAS, LAS and CLAS.
*/
#include <stdlib.h>
#include <string.h>
#include "nlp/parse_eval.h"
#include "text/segeval.h"

/* Length of the universal part of a relation ("nsubj" of "nsubj:pass"). */
static size_t universal_len(const char *rel)
{
    const char *colon = strchr(rel, ':');
    return colon ? (size_t)(colon - rel) : strlen(rel);
}

static int is_function_relation(const char *rel)
{
    static const char *const function[] = {
        "aux", "case", "cc", "clf", "cop", "det", "mark", "punct"
    };
    size_t len = universal_len(rel);
    for (size_t i = 0; i < sizeof function / sizeof function[0]; i++)
        if (strlen(function[i]) == len && !strncmp(function[i], rel, len)) return 1;
    return 0;
}

void parse_eval_sentence(parse_score *sc, const dyad_token *gold,
                         const dyad_token *pred, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        const char *g = gold[i].deprel ? gold[i].deprel : "";
        const char *p = pred[i].deprel ? pred[i].deprel : "";
        int head = gold[i].head == pred[i].head;
        int label = head && !strcmp(g, p);
        size_t gl = universal_len(g);
        int universal = head && gl == universal_len(p) && !strncmp(g, p, gl);
        sc->words++;
        sc->head_ok += head;
        sc->label_ok += label;
        sc->universal_ok += universal;
        if (!is_function_relation(g)) {
            sc->content++;
            sc->content_ok += label;
        }
    }
}

static double percent(size_t a, size_t b)
{
    return b ? 100.0 * (double)a / (double)b : 0.0;
}

double parse_uas(const parse_score *sc) { return percent(sc->head_ok, sc->words); }
double parse_las(const parse_score *sc) { return percent(sc->label_ok, sc->words); }
double parse_las_universal(const parse_score *sc) { return percent(sc->universal_ok, sc->words); }
double parse_clas(const parse_score *sc) { return percent(sc->content_ok, sc->content); }

double parse_f1(size_t right, size_t gold, size_t system)
{
    return gold + system ? 200.0 * (double)right / (double)(gold + system) : 0.0;
}

/* Each word's head as a word index of the whole doc, or -1 for the root
** (and for a head outside the sentence). */
static int32_t *absolute_heads(const dyad_doc *d)
{
    int32_t *heads = malloc((d->n_tokens ? d->n_tokens : 1) * sizeof *heads);
    if (!heads) return NULL;
    for (size_t i = 0; i < d->n_tokens; i++) heads[i] = -1;
    for (size_t s = 0; s < d->n_sents; s++) {
        const dyad_sentence *se = &d->sents[s];
        for (uint32_t k = 0; k < se->count && se->first + k < d->n_tokens; k++) {
            int32_t h = d->tokens[se->first + k].head;
            if (h >= 1 && (uint32_t)h <= se->count) heads[se->first + k] = (int32_t)(se->first + (uint32_t)h - 1);
        }
    }
    return heads;
}

static void note_pair(size_t g, size_t s, void *ctx)
{
    int32_t *system_of_gold = ctx;
    system_of_gold[g] = (int32_t)s;
}

int parse_aligned_add(parse_aligned *a, const dyad_doc *gold, const dyad_doc *sys)
{
    int32_t *gold_heads = absolute_heads(gold), *sys_heads = absolute_heads(sys);
    int32_t *system_of_gold = malloc((gold->n_tokens ? gold->n_tokens : 1) * sizeof *system_of_gold);
    if (!gold_heads || !sys_heads || !system_of_gold) {
        free(gold_heads);
        free(sys_heads);
        free(system_of_gold);
        return DYAD_ENOMEM;
    }
    for (size_t i = 0; i < gold->n_tokens; i++) system_of_gold[i] = -1;
    a->aligned += seg_align_words(gold, sys, note_pair, system_of_gold);
    a->gold += gold->n_tokens;
    a->system += sys->n_tokens;
    for (size_t i = 0; i < gold->n_tokens; i++)
        a->gold_content += !is_function_relation(gold->tokens[i].deprel ? gold->tokens[i].deprel : "");
    for (size_t i = 0; i < sys->n_tokens; i++)
        a->system_content += !is_function_relation(sys->tokens[i].deprel ? sys->tokens[i].deprel : "");
    for (size_t g = 0; g < gold->n_tokens; g++) {
        int32_t s = system_of_gold[g];
        if (s < 0) continue;
        int32_t gh = gold_heads[g], sh = sys_heads[s];
        int head = gh < 0 ? sh < 0 : sh >= 0 && system_of_gold[gh] == sh;
        const char *gr = gold->tokens[g].deprel ? gold->tokens[g].deprel : "";
        const char *sr = sys->tokens[s].deprel ? sys->tokens[s].deprel : "";
        size_t gl = universal_len(gr);
        int label = head && !strcmp(gr, sr);
        a->head_ok += head;
        a->label_ok += label;
        a->universal_ok += head && gl == universal_len(sr) && !strncmp(gr, sr, gl);
        a->content_ok += label && !is_function_relation(gr);
    }
    free(gold_heads);
    free(sys_heads);
    free(system_of_gold);
    return DYAD_OK;
}
