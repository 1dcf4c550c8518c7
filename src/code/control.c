/*
** control.c — an iobj before an open complement read as the object
** (control.h).
*/
#include <string.h>
#include "code/control.h"

static int rel_is(const dyad_token *t, const char *rel)
{
    return t->deprel && !strcmp(t->deprel, rel);
}

size_t control_repair(dyad_doc *doc)
{
    size_t repaired = 0;
    for (size_t s = 0; s < doc->n_sents; s++) {
        const dyad_sentence *sent = &doc->sents[s];
        dyad_token *w = doc->tokens + sent->first;
        uint32_t n = sent->count;
        for (uint32_t i = 0; i < n; i++) {
            if (!rel_is(&w[i], "iobj")) continue;
            int32_t verb = w[i].head;     /* 1-based */
            if (verb < 1 || verb > (int32_t)n) continue;
            /* only with an xcomp after the noun, and no obj or clausal
            ** complement: "gave Ukraine weapons" and "told Reuters that"
            ** keep their iobj */
            int xcomp_after = 0, other = 0;
            for (uint32_t j = 0; j < n; j++) {
                if (w[j].head != verb || j == i) continue;
                if (rel_is(&w[j], "xcomp") && j > i) xcomp_after = 1;
                if (rel_is(&w[j], "obj") || rel_is(&w[j], "iobj") || rel_is(&w[j], "ccomp")) other = 1;
            }
            if (!xcomp_after || other) continue;
            w[i].deprel = "obj";
            repaired++;
        }
    }
    return repaired;
}
