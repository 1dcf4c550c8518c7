/*
** mention.c — whom a role word names: its own words, a pronoun's
** antecedent in the sentence, or an earlier mention in the story
** (mention.h).
*/
#include <stdio.h>
#include <string.h>
#include "code/mention.h"
#include "code/pronoun.h"
#include "code/roles.h"

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

/* "Kayani is well liked in Kabul as he led ...": "he" stands first for a
** name in a clause above it that the lexicon does not know, a person it
** cannot code; then no earlier actor of the story is meant. */
static int unknown_antecedent(dyad_doc *doc, const sentence_tree *t, uint32_t sent_first, scratch *sc,
                              uint32_t word)
{
    if (pronoun_kind(t, word) != PRONOUN_PERSON) return 0;
    uint32_t cands[8];
    size_t n = pronoun_candidates(t, word, cands, 8);
    /* ... or a titled name the lexicon does not know before it
    ** ("avoided criticising President Pervaiz Musharraf on the grounds
    ** that he is helping"), when no subject above is an actor */
    int titled_unknown = 0;
    for (uint32_t x = 0; x + 1 < word && !titled_unknown; x++) {
        int32_t mi = sc->word_match[x];
        const dyad_lex_match *lm = mi >= 0 ? &sc->matches.items[mi] : NULL;
        if (!lm || lm->kind != DYAD_LEX_AGENT || !lm->form || (strcmp(lm->form, "title") && strcmp(lm->form, "person")))
            continue;
        uint32_t next = lm->last - sent_first;
        const dyad_token *nt = next < word ? &t->words[next] : NULL;
        titled_unknown = nt && nt->upos && !strcmp(nt->upos, "PROPN") && sc->word_match[next] < 0;
    }
    for (size_t i = 0; i < n; i++) {
        actor a;
        /* a subject above that "he" can stand for is its antecedent */
        if (actor_resolve(doc, t, sent_first, &sc->matches, sc->word_match, cands[i], &a)) {
            if (pronoun_fits(PRONOUN_PERSON, &a)) return 0;
            continue;
        }
        const dyad_token *c = &t->words[cands[i]];
        if (c->upos && !strcmp(c->upos, "PROPN") && c->xpos && !strcmp(c->xpos, "NNP") &&
            sc->word_match[cands[i]] < 0)
            return 1;
    }
    return titled_unknown;
}

/* The possessive pronoun on word or on its owner phrase ("his
** government", "members of her government"), or -1. */
static int32_t owner_pronoun(const sentence_tree *t, uint32_t word)
{
    static const char *const of_case[] = { "of", NULL };
    for (int level = 0; level < 2; level++) {
        for (uint32_t k = t->first_kid[word]; k < t->first_kid[word + 1]; k++) {
            uint32_t d = t->kids[k];
            const char *rel = t->words[d].deprel;
            if (rel && !strcmp(rel, "nmod:poss") && pronoun_kind(t, d)) return (int32_t)d;
        }
        int32_t of = -1;
        for (uint32_t k = t->first_kid[word]; k < t->first_kid[word + 1] && of < 0; k++) {
            uint32_t d = t->kids[k];
            const char *rel = t->words[d].deprel;
            if (rel && !strcmp(rel, "nmod") && role_lemma_in(t, role_child(t, d, "case"), of_case)) of = (int32_t)d;
        }
        if (of < 0) return -1;
        word = (uint32_t)of;
    }
    return -1;
}

/* "Kenya said rebels had kidnapped members of its parliament": a sector
** noun owned by a pronoun is its antecedent's.  Not the antecedent that
** is the clause's own subject ("the rebels freed their leaders"): that is
** an actor acting on its own people, no event between two. */
static int owned_by_antecedent(dyad_doc *doc, const sentence_tree *t, uint32_t sent_first, scratch *sc,
                               uint32_t word, actor *a)
{
    int32_t p = owner_pronoun(t, word);
    if (p < 0) return 0;
    int kind = pronoun_kind(t, (uint32_t)p);
    int32_t clause = t->words[word].head - 1;
    uint32_t cands[8];
    size_t n = pronoun_candidates(t, (uint32_t)p, cands, 8);
    for (size_t i = 0; i < n; i++) {
        actor owner;
        if (t->words[cands[i]].head - 1 == clause) continue;
        if (!actor_resolve(doc, t, sent_first, &sc->matches, sc->word_match, cands[i], &owner) ||
            !pronoun_fits(kind, &owner) || !owner.country[0])
            continue;
        uint32_t first = a->first, last = a->last;
        if (!strcmp(owner.how, "org")) {
            *a = owner;
        } else {
            char code[32];
            int len = snprintf(code, sizeof code, "%s%s", owner.country, a->sector);
            const char *copy = dyad_doc_strdup(doc, code, (size_t)len);
            if (!copy) return 0;
            a->found = 1;
            a->country = owner.country;
            a->code = copy;
            a->certainty = owner.certainty * 0.7f;
        }
        a->first = first;
        a->last = last;
        a->how = "owned by a pronoun";
        return 1;
    }
    return 0;
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
    if (unknown_antecedent(doc, t, sent_first, sc, word)) return 0;
    if (a->sector[0] && a->how && !strcmp(a->how, "agent")) {
        if (owned_by_antecedent(doc, t, sent_first, sc, word, a)) return 1;
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
