/*
** mention.c — whom a role word names: its own words, a pronoun's
** antecedent in the sentence, or an earlier mention in the story
** (mention.h).
*/
#include <string.h>
#include "code/mention.h"
#include "code/pronoun.h"

/* Can an actor be what a pronoun of this kind stands for? "he" is a
** person or a sector's person ("the president said he"), "it" a
** country or organisation, "they" anyone. */
static int pronoun_fits(int kind, const actor *a)
{
    if (kind == PRONOUN_PERSON) return !strcmp(a->how, "person") || (!strcmp(a->how, "country") && a->sector[0]);
    if (kind == PRONOUN_THING) return !strcmp(a->how, "country") || !strcmp(a->how, "org");
    return 1;
}

int32_t mention_antecedent(dyad_doc *doc, const sentence_tree *t, uint32_t sent_first, scratch *sc,
                          uint32_t word, actor *a)
{
    int kind = pronoun_kind(t, word);
    if (!kind) return -1;
    uint32_t cands[8];
    size_t n = pronoun_candidates(t, word, cands, 8);
    for (size_t i = 0; i < n; i++)
        if (actor_resolve(doc, t, sent_first, &sc->matches, sc->word_match, cands[i], a) && pronoun_fits(kind, a))
            return (int32_t)cands[i];
    return -1;
}

int mention_resolve(dyad_doc *doc, const sentence_tree *t, uint32_t sent_first, scratch *sc,
                   uint32_t word, actor *a)
{
    if (actor_resolve(doc, t, sent_first, &sc->matches, sc->word_match, word, a)) return 1;
    if (mention_antecedent(doc, t, sent_first, sc, word, a) >= 0) {
        a->first = word;
        a->last = word + 1;
        a->certainty *= 0.85f;
        a->how = "pronoun";
        return 1;
    }
    if (a->sector[0] && a->how && !strcmp(a->how, "agent")) {
        /* "the ministry said": a sector with no country of its own */
        actor earlier;
        if (memory_resolve(&sc->memory, t, word, &earlier)) { *a = earlier; return 1; }
        return 0;
    }
    return memory_resolve(&sc->memory, t, word, a);
}

void mention_remember_sentence(dyad_doc *doc, const sentence_tree *t, uint32_t sent_first, scratch *sc)
{
    for (uint32_t w = 0; w < t->n; w++) {
        const char *rel = t->words[w].deprel;
        if (!rel || (strncmp(rel, "nsubj", 5) && strcmp(rel, "obj") && strncmp(rel, "obl", 3))) continue;
        actor a;
        if (actor_resolve(doc, t, sent_first, &sc->matches, sc->word_match, w, &a))
            memory_add(&sc->memory, doc, &sc->matches, sc->word_match, sent_first, &a);
    }
}
