/*
** names.c — known names as proper nouns (names.h).
*/
#include <string.h>
#include "code/names.h"

/* A word a name's own: capitalised, as "United" in "United States";
** "of" and "the" in "Bank of England" keep their tags. */
static int capitalised(const dyad_token *t)
{
    return t->form && t->form[0] >= 'A' && t->form[0] <= 'Z';
}

/* "Georgian Prime Minister ...": a country's adjective before a noun is
** an adjective, as UD tags it, though capitalised. */
static size_t adjectives(dyad_doc *doc, const dyad_lex_match *lm)
{
    if (lm->last - lm->first != 1 || lm->last >= doc->n_tokens) return 0;
    dyad_token *t = &doc->tokens[lm->first];
    const dyad_token *next = &doc->tokens[lm->last];
    if (!t->upos || (strcmp(t->upos, "PROPN") && strcmp(t->upos, "NOUN"))) return 0;
    if (t->xpos && (!strcmp(t->xpos, "NNS") || !strcmp(t->xpos, "NNPS"))) return 0;   /* "the Georgians" */
    if (!next->upos || (strcmp(next->upos, "NOUN") && strcmp(next->upos, "PROPN") && strcmp(next->upos, "ADJ")))
        return 0;
    t->upos = "ADJ";
    t->xpos = "JJ";
    t->lemma = t->form;
    return 1;
}

size_t names_as_proper_nouns(dyad_doc *doc, const dyad_lex_matches *matches)
{
    size_t changed = 0;
    for (size_t m = 0; m < matches->n; m++) {
        const dyad_lex_match *lm = &matches->items[m];
        if (lm->kind == DYAD_LEX_COUNTRY && lm->form && !strcmp(lm->form, "adj")) {
            changed += adjectives(doc, lm);
            continue;
        }
        if (lm->last - lm->first < 2) continue;
        if (lm->kind != DYAD_LEX_COUNTRY && lm->kind != DYAD_LEX_ORG && lm->kind != DYAD_LEX_PERSON) continue;
        /* a title or adjective phrase ("Foreign Minister", "North Korean")
        ** is not a name: all its words must start with a capital, the
        ** last one a noun's */
        if (lm->form && (!strcmp(lm->form, "adj") || !strcmp(lm->form, "title"))) continue;
        const dyad_token *last = &doc->tokens[lm->last - 1];
        if (!capitalised(last)) continue;
        for (uint32_t w = lm->first; w < lm->last; w++) {
            dyad_token *t = &doc->tokens[w];
            if (!capitalised(t) || !t->upos || !strcmp(t->upos, "PROPN")) continue;
            /* "The" of "The Hague" stays a determiner */
            if (strcmp(t->upos, "NOUN") && strcmp(t->upos, "ADJ") && strcmp(t->upos, "VERB") && strcmp(t->upos, "X"))
                continue;
            /* the last word keeps a plural ("United States": NNPS) */
            int plural = t->xpos && (!strcmp(t->xpos, "NNS") || !strcmp(t->xpos, "NNPS"));
            t->upos = "PROPN";
            t->xpos = plural ? "NNPS" : "NNP";
            t->lemma = t->form;
            changed++;
        }
    }
    return changed;
}
