/*
** finite.c — giving a sentence its finite verb back (finite.h).
*/
#include <string.h>
#include <strings.h>
#include "code/finite.h"

static int xpos_is(const dyad_token *t, const char *tag)
{
    return t->xpos && !strcmp(t->xpos, tag);
}

static int finite(const dyad_token *t)
{
    return xpos_is(t, "VBD") || xpos_is(t, "VBZ") || xpos_is(t, "VBP") || xpos_is(t, "MD");
}

/* "said", "told", "reported": the attribution that closes a news sentence */
static int attribution(const dyad_token *t)
{
    static const char *const verbs[] = { "say", "tell", "report", "add", "announce", "confirm", "state", NULL };
    const char *lemma = t->lemma ? t->lemma : t->form;
    for (size_t i = 0; verbs[i]; i++)
        if (!strcasecmp(lemma, verbs[i])) return 1;
    return 0;
}

/* Words that make a following participle a perfect, a passive or a
** modifier: "has agreed", "was killed", "the proposed changes". */
static int licenses_participle(const dyad_token *t)
{
    if (!t->upos) return 0;
    if (!strcmp(t->upos, "AUX") || !strcmp(t->upos, "DET") || !strcmp(t->upos, "ADP")) return 1;
    const char *lemma = t->lemma ? t->lemma : t->form;
    return !strcasecmp(lemma, "be") || !strcasecmp(lemma, "have") || !strcasecmp(lemma, "get");
}

size_t finite_verb_repair(dyad_doc *doc)
{
    size_t changed = 0;
    for (size_t s = 0; s < doc->n_sents; s++) {
        const dyad_sentence *sent = &doc->sents[s];
        dyad_token *w = doc->tokens + sent->first;
        /* the finite verbs before a closing ", X said" */
        uint32_t end = sent->count, n_finite = 0;
        for (uint32_t i = 0; i < sent->count; i++) {
            if (!finite(&w[i])) continue;
            int closing = attribution(&w[i]) && i > 1 &&
                          (!strcmp(w[i - 1].form, ",") || (i > 2 && !strcmp(w[i - 2].form, ",")) ||
                           (i > 3 && !strcmp(w[i - 3].form, ",")));
            if (closing) { if (i < end) end = i; }
            else n_finite++;
        }
        if (n_finite) continue;
        for (uint32_t i = 1; i < end; i++) {
            dyad_token *t = &w[i];
            if (!xpos_is(t, "VBN") || !t->upos || strcmp(t->upos, "VERB")) continue;
            /* a subject-like word before it: a noun, a name or a pronoun */
            const dyad_token *before = &w[i - 1];
            if (licenses_participle(before)) break;
            if (!before->upos || (strcmp(before->upos, "NOUN") && strcmp(before->upos, "PROPN") &&
                                  strcmp(before->upos, "PRON")))
                break;
            t->xpos = "VBD";
            t->feats = "Mood=Ind|Tense=Past|VerbForm=Fin";
            changed++;
            break;
        }
    }
    return changed;
}
