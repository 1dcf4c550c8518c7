/*
** quantity.c — "up to N" read back as a quantity (quantity.h).
*/
#include <string.h>
#include <strings.h>
#include "code/pattern.h"
#include "code/quantity.h"

static int form_is(const dyad_token *t, const char *word)
{
    return t->form && !strcasecmp(t->form, word);
}

/* Does word v (0-based in the sentence w[0..n)) have a dependent with
** relation rel? */
static int has_dependent(const dyad_token *w, uint32_t n, uint32_t v, const char *rel)
{
    for (uint32_t i = 0; i < n; i++)
        if (w[i].head == (int32_t)v + 1 && tree_rel_is(&w[i], rel)) return 1;
    return 0;
}

size_t quantity_repair(dyad_doc *doc)
{
    size_t repaired = 0;
    for (size_t s = 0; s < doc->n_sents; s++) {
        const dyad_sentence *sent = &doc->sents[s];
        dyad_token *w = doc->tokens + sent->first;
        uint32_t n = sent->count;
        for (uint32_t i = 0; i + 2 < n; i++) {
            dyad_token *up = &w[i], *to = &w[i + 1], *num = &w[i + 2];
            if (!form_is(up, "up") || !form_is(to, "to") || !num->upos || strcmp(num->upos, "NUM")) continue;
            if (!tree_rel_is(up, "compound:prt") && !tree_rel_is(to, "case")) continue;
            /* the counted noun, the number's head */
            if (!tree_rel_is(num, "nummod") || num->head < 1 || num->head > (int32_t)n) continue;
            uint32_t noun = (uint32_t)num->head - 1;
            dyad_token *counted = &w[noun];
            int32_t verb = counted->head - 1;
            if (counted->deprel && !strncmp(counted->deprel, "obl", 3) && verb >= 0 &&
                w[verb].upos && !strcmp(w[verb].upos, "VERB") && !has_dependent(w, n, (uint32_t)verb, "obj"))
                counted->deprel = "obj";
            up->head = (int32_t)i + 3;        /* the number, 1-based */
            up->deprel = "advmod";
            to->head = (int32_t)i + 1;        /* "up" */
            to->deprel = "fixed";
            repaired++;
        }
    }
    return repaired;
}
