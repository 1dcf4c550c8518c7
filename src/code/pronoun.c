/*
** pronoun.c — antecedents of pronouns within a sentence (pronoun.h).
*/
#include <string.h>
#include <strings.h>
#include "code/pronoun.h"

int pronoun_kind(const sentence_tree *t, uint32_t w)
{
    return pronoun_kind_of(&t->words[w]);
}

int pronoun_kind_of(const dyad_token *tok)
{
    if (!tok->form || (tok->upos && strcmp(tok->upos, "PRON"))) return PRONOUN_NONE;
    static const char *const person[] = { "he", "she", "him", "her", "his", NULL };
    static const char *const thing[] = { "it", "its", NULL };
    static const char *const group[] = { "they", "them", "their", NULL };
    for (size_t i = 0; person[i]; i++) if (!strcasecmp(tok->form, person[i])) return PRONOUN_PERSON;
    for (size_t i = 0; thing[i]; i++) if (!strcasecmp(tok->form, thing[i])) return PRONOUN_THING;
    for (size_t i = 0; group[i]; i++) if (!strcasecmp(tok->form, group[i])) return PRONOUN_GROUP;
    return PRONOUN_NONE;
}

static int is_subject(const dyad_token *tok)
{
    return tok->deprel && (!strcmp(tok->deprel, "nsubj") || !strcmp(tok->deprel, "nsubj:pass"));
}

size_t pronoun_candidates(const sentence_tree *t, uint32_t w, uint32_t *out, size_t max)
{
    size_t n = 0;
    uint32_t below = w;
    /* a pronoun that is itself a subject is not its own clause's
    ** antecedent: start from the clause above */
    for (int hops = 0; hops < 12 && n < max; hops++) {
        int32_t up = t->words[below].head - 1;
        if (up < 0) break;
        for (uint32_t k = t->first_kid[up]; k < t->first_kid[up + 1] && n < max; k++) {
            uint32_t d = t->kids[k];
            if (d != below && d < w && d != w && is_subject(&t->words[d])) out[n++] = d;
        }
        below = (uint32_t)up;
    }
    /* an object pronoun may also stand for someone acted upon above it,
    ** never for its own clause's subject: "offered troops to President
    ** Hrawi to help him" (him: Hrawi); subjects are tried first */
    const char *form = t->words[w].form, *rel = t->words[w].deprel;
    if (!form || !rel || (strcmp(rel, "obj") && strcmp(rel, "iobj")) ||
        (strcasecmp(form, "him") && strcasecmp(form, "her") && strcasecmp(form, "them")))
        return n;
    below = w;
    for (int hops = 0; hops < 12 && n < max; hops++) {
        int32_t up = t->words[below].head - 1;
        if (up < 0) break;
        /* the object of "told Ivanov to call him" is the complement's
        ** own subject, so not what its pronoun stands for */
        const char *via = t->words[below].deprel;
        int controlled = via && !strcmp(via, "xcomp");
        for (uint32_t k = t->first_kid[up]; k < t->first_kid[up + 1] && n < max; k++) {
            uint32_t d = t->kids[k];
            const char *r = t->words[d].deprel;
            /* only a name: a pronoun points back to someone named, and
            ** a place's noun ("the Amsterdam hotel") names its government */
            const char *upos = t->words[d].upos;
            if (d != below && d < w && r && upos && !strcmp(upos, "PROPN") &&
                (((!strcmp(r, "obj") || !strcmp(r, "iobj")) && !controlled) || !strncmp(r, "obl", 3)))
                out[n++] = d;
        }
        below = (uint32_t)up;
    }
    return n;
}
