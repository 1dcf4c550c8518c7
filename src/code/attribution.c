/*
** attribution.c — the closing attribution of a news sentence
** (attribution.h).
*/
#include <string.h>
#include "code/attribution.h"

static int upos_is(const sentence_tree *t, uint32_t w, const char *upos)
{
    return t->words[w].upos && !strcmp(t->words[w].upos, upos);
}

uint32_t attribution_start(const sentence_tree *t)
{
    static const char *const saying[] = { "say", "report", "tell", "add", "claim", "confirm", "quote", NULL };
    if (t->n < 4) return t->n;
    uint32_t v = t->n - 1;
    while (v > 0 && upos_is(t, v, "PUNCT")) v--;
    /* "..., officials said" or "..., an official told AFP" */
    uint32_t verb = v;
    if (!upos_is(t, verb, "VERB") && verb > 0 && upos_is(t, verb - 1, "VERB")) verb--;
    char buf[16];
    const char *lemma = tree_lemma(t, verb, buf, sizeof buf);
    int says = 0;
    for (size_t i = 0; saying[i] && !says; i++) says = !strcmp(lemma, saying[i]);
    if (!says || !upos_is(t, verb, "VERB")) return t->n;
    int noun = 0;
    for (uint32_t x = verb; x-- > 0 && verb - x <= 10;) {
        const char *form = t->words[x].form;
        if (form && !strcmp(form, ",")) return noun && x + 1 < verb ? x + 1 : t->n;
        if (upos_is(t, x, "VERB")) return t->n;
        if (upos_is(t, x, "NOUN") || upos_is(t, x, "PROPN") || upos_is(t, x, "PRON")) noun = 1;
    }
    return t->n;
}

int attribution_apart(const sentence_tree *t, uint32_t of, uint32_t w)
{
    uint32_t start = attribution_start(t);
    return w >= start && of < start;
}
