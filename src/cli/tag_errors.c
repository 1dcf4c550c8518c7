/*
** tag_errors.c — the error lists of tag_errors.h.
**
** Each mismatch becomes one line of text; sorting the lines brings equal
** ones together, and the runs are then ranked by length.
*/
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "cli/tag_errors.h"

typedef struct lines {
    char **v;
    size_t n, cap;
    int failed;
} lines;

static void add(lines *l, const char *a, const char *sep, const char *b, const char *c, const char *d)
{
    if (l->failed) return;
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 256;
        char **v = realloc(l->v, cap * sizeof *v);
        if (!v) { l->failed = 1; return; }
        l->v = v;
        l->cap = cap;
    }
    size_t n = strlen(a) + strlen(sep) + strlen(b) + strlen(c) + strlen(d) + 1;
    char *s = malloc(n);
    if (!s) { l->failed = 1; return; }
    snprintf(s, n, "%s%s%s%s%s", a, sep, b, c, d);
    l->v[l->n++] = s;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

typedef struct run {
    const char *text;
    size_t count;
} run;

static int cmp_run(const void *a, const void *b)
{
    const run *x = a, *y = b;
    if (x->count != y->count) return x->count < y->count ? 1 : -1;
    return strcmp(x->text, y->text);
}

/* Prints the n most frequent lines of l under a title; 0 or -1. */
static int print_top(FILE *out, const char *title, lines *l, long n)
{
    if (l->failed) return -1;
    fprintf(out, "%s: %zu errors\n", title, l->n);
    if (!l->n) return 0;
    qsort(l->v, l->n, sizeof *l->v, cmp_str);
    run *runs = malloc(l->n * sizeof *runs);
    if (!runs) return -1;
    size_t n_runs = 0;
    for (size_t i = 0; i < l->n; i++) {
        if (n_runs && !strcmp(runs[n_runs - 1].text, l->v[i])) runs[n_runs - 1].count++;
        else runs[n_runs++] = (run){ l->v[i], 1 };
    }
    qsort(runs, n_runs, sizeof *runs, cmp_run);
    for (size_t i = 0; i < n_runs && (long)i < n; i++)
        fprintf(out, "  %6zu  %s\n", runs[i].count, runs[i].text);
    free(runs);
    return 0;
}

static void lines_free(lines *l)
{
    for (size_t i = 0; i < l->n; i++) free(l->v[i]);
    free(l->v);
    memset(l, 0, sizeof *l);
}

static const char *col(const char *s) { return s ? s : "_"; }

/* How a gold lemma relates to its form: what kind of lemma error it is. */
static const char *lemma_case(const char *form, const char *gold, const char *pred)
{
    if (!strcmp(form, gold)) return "gold lemma = form";
    if (!strcasecmp(pred, gold)) return "case differs";
    if (!strcasecmp(form, gold)) return "gold lemma = form, other case";
    if (!strcmp(form, pred)) return "predicted = form";
    return "other";
}

int tag_errors_print(FILE *out, const tag_gold *g, const dyad_doc *doc, long n)
{
    lines upos = { 0 }, xpos = { 0 }, lem_kind = { 0 }, lem = { 0 };
    size_t words = g->n < doc->n_tokens ? g->n : doc->n_tokens;
    for (size_t i = 0; i < words; i++) {
        const dyad_token *t = &doc->tokens[i];
        const char *form = col(t->form);
        if (strcmp(col(g->upos[i]), col(t->upos)))
            add(&upos, col(g->upos[i]), " -> ", col(t->upos), "", "");
        if (strcmp(col(g->xpos[i]), col(t->xpos)))
            add(&xpos, col(g->xpos[i]), " -> ", col(t->xpos), "", "");
        if (strcmp(col(g->lemma[i]), col(t->lemma))) {
            const char *tag_right = strcmp(col(g->xpos[i]), col(t->xpos)) ? " (XPOS wrong)" : "";
            add(&lem_kind, col(g->xpos[i]), " ", lemma_case(form, col(g->lemma[i]), col(t->lemma)), tag_right, "");
            char what[512];
            snprintf(what, sizeof what, "%s %s: %s -> ", col(g->xpos[i]), form, col(g->lemma[i]));
            add(&lem, what, "", col(t->lemma), tag_right, "");
        }
    }
    int rc = print_top(out, "UPOS errors (gold -> predicted)", &upos, n);
    if (!rc) rc = print_top(out, "XPOS errors (gold -> predicted)", &xpos, n);
    if (!rc) rc = print_top(out, "lemma errors by gold XPOS and kind", &lem_kind, n);
    if (!rc) rc = print_top(out, "lemma errors (gold XPOS, form: gold -> predicted)", &lem, n);
    lines_free(&upos);
    lines_free(&xpos);
    lines_free(&lem_kind);
    lines_free(&lem);
    return rc;
}
