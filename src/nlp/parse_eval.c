/*
** parse_eval.c — UAS, LAS and CLAS.
*/
#include <string.h>
#include "nlp/parse_eval.h"

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
