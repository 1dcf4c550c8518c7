/*
** actors.c — resolving a role word to an actor (actors.h).
*/
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "code/actors.h"
#include "code/sides.h"

/* An nmod names whom the phrase belongs to with "of" or "from" ("the
** Ministry of Defence", "officials from Russia"); "in Jakarta" and "near
** the border" say where, not who. */
static int names_owner(const sentence_tree *tree, uint32_t d)
{
    for (uint32_t k = tree->first_kid[d]; k < tree->first_kid[d + 1]; k++) {
        uint32_t c = tree->kids[k];
        if (!tree->words[c].deprel || strcmp(tree->words[c].deprel, "case")) continue;
        char buf[16];
        const char *lemma = tree_lemma(tree, c, buf, sizeof buf);
        return !strcmp(lemma, "of") || !strcmp(lemma, "from") || !strcmp(lemma, "by");
    }
    return 0;
}

/* Is d's case word "in" ("rebels in the Ivory Coast")? */
static int located_in(const sentence_tree *tree, uint32_t d)
{
    for (uint32_t k = tree->first_kid[d]; k < tree->first_kid[d + 1]; k++) {
        uint32_t c = tree->kids[k];
        if (!tree->words[c].deprel || strcmp(tree->words[c].deprel, "case")) continue;
        char buf[16];
        const char *lemma = tree_lemma(tree, c, buf, sizeof buf);
        return !strcmp(lemma, "in") || !strcmp(lemma, "throughout") || !strcmp(lemma, "across");
    }
    return 0;
}

/* A place phrase ("in", "throughout", "across") on word w that names a
** country or a place in one, or NULL. */
/* The place or country word w names, or NULL. */
static const dyad_lex_match *place_word(const dyad_lex_matches *matches, const int32_t *word_match, uint32_t w)
{
    int32_t mi = word_match[w];
    const dyad_lex_match *m = mi >= 0 ? &matches->items[mi] : NULL;
    return m && (m->kind == DYAD_LEX_PLACE || m->kind == DYAD_LEX_COUNTRY) && m->country && m->country[0] ? m : NULL;
}

/* For a participle clause d describing a noun: where the noun is based
** ("a newspaper based in Beirut") or what it flees ("refugees fleeing
** Liberia", "fleeing the civil war in Liberia"), or NULL. */
static const dyad_lex_match *place_of_clause(const sentence_tree *tree, const dyad_lex_matches *matches,
                                             const int32_t *word_match, uint32_t d)
{
    static const char *const based[] = { "base", "locate", "headquarter", "station", NULL };
    static const char *const fleeing[] = { "flee", "escape", NULL };
    char buf[16];
    const char *lemma = tree_lemma(tree, d, buf, sizeof buf);
    int is_based = 0, flees = 0;
    for (size_t i = 0; based[i]; i++) is_based |= !strcmp(lemma, based[i]);
    for (size_t i = 0; fleeing[i]; i++) flees |= !strcmp(lemma, fleeing[i]);
    for (uint32_t j = tree->first_kid[d]; (is_based || flees) && j < tree->first_kid[d + 1]; j++) {
        uint32_t o = tree->kids[j];
        const char *rel = tree->words[o].deprel;
        const dyad_lex_match *m = NULL;
        /* "based in Beirut"; "fleeing from Liberia", "fleeing the war
        ** in Liberia" with the place hung on the verb */
        if (rel && !strcmp(rel, "obl") && (located_in(tree, o) || (flees && names_owner(tree, o))))
            m = place_word(matches, word_match, o);
        if (rel && flees && !strcmp(rel, "obj")) {
            m = place_word(matches, word_match, o);
            for (uint32_t x = tree->first_kid[o]; !m && x < tree->first_kid[o + 1]; x++) {
                uint32_t p = tree->kids[x];
                if (tree->words[p].deprel && !strcmp(tree->words[p].deprel, "nmod") && located_in(tree, p))
                    m = place_word(matches, word_match, p);
            }
        }
        if (m) return m;
    }
    return NULL;
}

static const dyad_lex_match *place_on(const sentence_tree *tree, const dyad_lex_matches *matches,
                                      const int32_t *word_match, uint32_t w)
{
    for (uint32_t k = tree->first_kid[w]; k < tree->first_kid[w + 1]; k++) {
        uint32_t d = tree->kids[k];
        const char *rel = tree->words[d].deprel;
        if (rel && !strcmp(rel, "acl")) {
            const dyad_lex_match *m = place_of_clause(tree, matches, word_match, d);
            if (m) return m;
            continue;
        }
        if (!rel || strcmp(rel, "nmod") || !located_in(tree, d)) continue;
        int32_t mi = word_match[d];
        if (mi < 0) continue;
        const dyad_lex_match *m = &matches->items[mi];
        if ((m->kind == DYAD_LEX_PLACE || m->kind == DYAD_LEX_COUNTRY) && m->country && m->country[0]) return m;
    }
    return NULL;
}

/* "Lawmakers and officials in Kenya": UD hangs what conjoined nouns
** share on the first of them, so a place phrase on the first conjunct,
** after this one, is this one's too. */
static const dyad_lex_match *shared_place(const sentence_tree *tree, const dyad_lex_matches *matches,
                                          const int32_t *word_match, uint32_t w)
{
    int32_t first = tree->words[w].head - 1;
    if (first < 0 || !tree->words[w].deprel || strcmp(tree->words[w].deprel, "conj")) return NULL;
    for (uint32_t k = tree->first_kid[first]; k < tree->first_kid[first + 1]; k++) {
        uint32_t d = tree->kids[k];
        if (d > w && tree->words[d].deprel && !strcmp(tree->words[d].deprel, "nmod") && located_in(tree, d))
            return place_word(matches, word_match, d);
    }
    return NULL;
}

/* "leaders of the opposition coalition", "officials of the army",
** "members of the rebel movement", "the president of the rebel
** movement", "commanders of the rebel army": these nouns say only that someone
** speaks or acts for a body, so the body's sector is theirs; the
** lexicon's own sector for them (a leader, an official: GOV) holds only
** when no body is named. */
int actor_speaks_for_a_body(const sentence_tree *tree, uint32_t w)
{
    static const char *const nouns[] = { "leader", "official", "member", "head", "chief", "representative",
                                         "spokesman", "spokeswoman", "spokesperson", "delegate", "delegation",
                                         "president", "chairman", "commander", NULL };
    char buf[32];
    const char *lemma = tree_lemma(tree, w, buf, sizeof buf);
    for (size_t i = 0; nouns[i]; i++)
        if (!strcasecmp(lemma, nouns[i])) return 1;
    return 0;
}

/* "a spokesman for the rebels": whom a spokesman or representative
** speaks "for" owns him as "of" would. */
static int spoken_for(const sentence_tree *tree, uint32_t w, uint32_t d)
{
    static const char *const nouns[] = { "spokesman", "spokeswoman", "spokesperson", "representative", NULL };
    char buf[32];
    const char *lemma = tree_lemma(tree, w, buf, sizeof buf);
    int speaker = 0;
    for (size_t i = 0; nouns[i] && !speaker; i++) speaker = !strcasecmp(lemma, nouns[i]);
    for (uint32_t k = tree->first_kid[d]; speaker && k < tree->first_kid[d + 1]; k++) {
        uint32_t c = tree->kids[k];
        if (!tree->words[c].deprel || strcmp(tree->words[c].deprel, "case")) continue;
        return !strcmp(tree_lemma(tree, c, buf, sizeof buf), "for");
    }
    return 0;
}

/* Collects the phrase's words: the word and its phrase dependents, two
** levels down ("the Foreign Ministry of Russia": Ministry → Russia). */
static size_t collect(const sentence_tree *tree, uint32_t word, uint32_t *out, size_t max, int depth)
{
    size_t n = 0;
    if (max == 0) return 0;
    out[n++] = word;
    if (depth >= 3) return n;
    int allied = side_other(tree, word);
    for (uint32_t k = tree->first_kid[word]; k < tree->first_kid[word + 1] && n < max; k++) {
        uint32_t d = tree->kids[k];
        const char *rel = tree->words[d].deprel;
        if (!rel || (allied && !strcmp(rel, "nmod:poss")) || side_hyphened_backer(tree, word, d)) continue;
        if (side_hyphened_owner(tree, word, d)) { n += collect(tree, d, out + n, max - n, depth + 1); continue; }
        if (!strcmp(rel, "compound") || !strcmp(rel, "amod") || !strcmp(rel, "flat") ||
            !strncmp(rel, "flat:", 5) || !strcmp(rel, "nmod:poss") ||
            (!strcmp(rel, "appos") && !tree_listed_appos(tree, word, d)) ||
            !strcmp(rel, "nmod:desc") ||
            (!strcmp(rel, "nmod") && depth <= 1 && (names_owner(tree, d) || spoken_for(tree, word, d))))
            n += collect(tree, d, out + n, max - n, depth + 1);
    }
    return n;
}

/* The place or owner phrase on word w ("in Kenya", "of Arnor"), or, for
** a conjunct with none, the one after it on the first conjunct
** (shared_place); -1 if none. */
static int32_t place_phrase(const sentence_tree *tree, uint32_t w)
{
    for (int shared = 0; shared < 2; shared++) {
        int32_t on = shared ? tree->words[w].head - 1 : (int32_t)w;
        if (on < 0 || (shared && (!tree->words[w].deprel || strcmp(tree->words[w].deprel, "conj")))) return -1;
        for (uint32_t k = tree->first_kid[on]; k < tree->first_kid[on + 1]; k++) {
            uint32_t p = tree->kids[k];
            if ((shared && p < w) || !tree->words[p].deprel || strcmp(tree->words[p].deprel, "nmod") ||
                (!located_in(tree, p) && !names_owner(tree, p)))
                continue;
            return (int32_t)p;
        }
    }
    return -1;
}

size_t actor_place_conjuncts(const sentence_tree *tree, uint32_t word, uint32_t *out, size_t max)
{
    size_t n = 0;
    int32_t p = place_phrase(tree, word);
    for (uint32_t j = p >= 0 ? tree->first_kid[p] : 0; p >= 0 && j < tree->first_kid[p + 1] && n < max; j++) {
        uint32_t c = tree->kids[j];
        if (tree->words[c].deprel && !strcmp(tree->words[c].deprel, "conj")) out[n++] = c;
    }
    return n;
}

/* The agent noun of an owner phrase ("of", "from") on w, with a
** sector, or NULL. */
static const dyad_lex_match *owner_agent(const sentence_tree *tree, const dyad_lex_matches *matches,
                                         const int32_t *word_match, uint32_t w)
{
    for (uint32_t k = tree->first_kid[w]; k < tree->first_kid[w + 1]; k++) {
        uint32_t d = tree->kids[k];
        if (!tree->words[d].deprel || strcmp(tree->words[d].deprel, "nmod") ||
            (!names_owner(tree, d) && !spoken_for(tree, w, d)))
            continue;
        /* the body's noun, or a noun before it that the lexicon read
        ** apart from it ("the opposition | coalition") */
        for (uint32_t j = tree->first_kid[d]; j <= tree->first_kid[d + 1]; j++) {
            uint32_t e = j < tree->first_kid[d + 1] ? tree->kids[j] : d;
            if (e != d && (!tree->words[e].deprel || strcmp(tree->words[e].deprel, "compound"))) continue;
            int32_t mi = word_match[e];
            const dyad_lex_match *m = mi >= 0 ? &matches->items[mi] : NULL;
            if (m && m->kind == DYAD_LEX_AGENT && m->sector && m->sector[0]) return m;
        }
    }
    return NULL;
}

/* IGO or NGO when agent names an international or a
** non-governmental body by itself: an IGO person or institution ("UN
** officials", "weapons inspectors", "UN agencies"), an NGO institution
** ("aid agencies", "charities"), or a rights group, organisation or
** watchdog (not a human rights commission or council, which states and
** the UN set up); else NULL.  Titles ("Commissioner") and collectives
** ("donors", "the international community") may be states'. */
static const char *agent_body(const sentence_tree *tree, uint32_t sent_first, const dyad_lex_match *agent)
{
    if (!agent || !agent->sector || !agent->form) return NULL;
    int org = !strcmp(agent->form, "org");
    if (!strcmp(agent->sector, "IGO") && (org || !strcmp(agent->form, "person"))) return "IGO";
    if (!strcmp(agent->sector, "NGO") && org) return "NGO";
    if (!strcmp(agent->sector, "HRI") && org) {
        static const char *const bodies[] = { "group", "organisation", "organization", "watchdog", NULL };
        char buf[32];
        const char *lemma = tree_lemma(tree, agent->last - 1 - sent_first, buf, sizeof buf);
        for (size_t i = 0; bodies[i]; i++)
            if (!strcasecmp(lemma, bodies[i])) return "NGO";
    }
    return NULL;
}

/* The rank of a match kind as the actor's name: people and organisations
** say most, then countries; places and agents name no one by themselves. */
static int named_rank(const dyad_lex_match *m)
{
    switch (m->kind) {
    case DYAD_LEX_PERSON: return 4;
    case DYAD_LEX_ORG: return 3;
    case DYAD_LEX_COUNTRY: return 2;
    default: return 0;
    }
}

/* Has word w a possessive pronoun ("its", "their") for its owner? */
static int owned_by_pronoun(const sentence_tree *tree, uint32_t w)
{
    static const char *const possessives[] = { "its", "their", "his", "her", "our", NULL };
    for (uint32_t k = tree->first_kid[w]; k < tree->first_kid[w + 1]; k++) {
        const dyad_token *d = &tree->words[tree->kids[k]];
        if (!d->deprel || strcmp(d->deprel, "nmod:poss") || !d->form) continue;
        for (size_t i = 0; possessives[i]; i++)
            if (!strcasecmp(d->form, possessives[i])) return 1;
    }
    return 0;
}

int actor_resolve(dyad_doc *doc, const sentence_tree *tree, uint32_t sent_first,
                  const dyad_lex_matches *matches, const int32_t *word_match,
                  uint32_t word, actor *out)
{
    memset(out, 0, sizeof *out);
    out->code = out->country = out->sector = "";
    out->how = "";
    out->first = out->last = word;
    uint32_t words[64];
    size_t n = collect(tree, word, words, sizeof words / sizeof words[0], 0);
    /* "Nicaragua's Sandinista government today ordered", parsed with the
    ** day for the head of the phrase: the day's other modifiers are the
    ** phrase's too */
    int32_t up = tree->words[word].head - 1;
    if (up >= 0 && tree_time_word(tree, (uint32_t)up) && tree->words[word].deprel &&
        !strcmp(tree->words[word].deprel, "compound"))
        for (uint32_t k = tree->first_kid[up]; k < tree->first_kid[up + 1] && n < 64; k++) {
            uint32_t d = tree->kids[k];
            const char *rel = tree->words[d].deprel;
            if (d != word && rel && (!strcmp(rel, "nmod:poss") || !strcmp(rel, "compound") || !strcmp(rel, "amod")))
                n += collect(tree, d, words + n, 64 - n, 1);
        }
    const dyad_lex_match *named = NULL, *agent = NULL, *place = NULL, *owner = NULL;
    uint32_t lo = word, hi = word;
    for (size_t i = 0; i < n; i++) {
        int32_t mi = word_match[words[i]];
        if (mi < 0) continue;
        const dyad_lex_match *m = &matches->items[mi];
        /* "CHISINAU (Reuters) -": an agency in a dateline's brackets is
        ** the story's carrier, not an actor in it */
        if (m->kind == DYAD_LEX_ORG && m->sector && !strcmp(m->sector, "MED") && m->first > sent_first &&
            !strcmp(doc->tokens[m->first - 1].form, "("))
            continue;
        if (words[i] < lo) lo = words[i];
        if (words[i] > hi) hi = words[i];
        /* the head word's own name wins ("NATO-member Norway" is Norway) */
        int at_head = named && named->first - sent_first <= word && word < named->last - sent_first;
        if (named_rank(m) > (named ? named_rank(named) : 0) && !at_head) named = m;
        else if (named_rank(m) > 0 && m->first - sent_first <= word && word < m->last - sent_first) named = m;
        else if (m->kind == DYAD_LEX_AGENT && (!agent || words[i] == word)) agent = m;
        else if (m->kind == DYAD_LEX_PLACE && !place) place = m;
        if (m->kind == DYAD_LEX_COUNTRY && tree->words[words[i]].deprel &&
            !strcmp(tree->words[words[i]].deprel, "nmod:poss") && tree->words[words[i]].head - 1 == (int32_t)word)
            owner = m;
    }
    /* "Russia's UN ambassador" is Russia's: the possessor owns the
    ** sector noun, the organisation only qualifies it */
    if (named && owner && named->kind == DYAD_LEX_ORG && agent &&
        !(named->first - sent_first <= word && word < named->last - sent_first))
        named = owner;
    /* "ethnic Albanians", "ethnic Russian separatists": a people named by
    ** ethnicity, who need not be the country's; only a place they are at
    ** says whose they are */
    int ethnic = 0;
    if (named && named->kind == DYAD_LEX_COUNTRY) {
        for (size_t i = 0; i < n; i++) {
            const dyad_token *e = &tree->words[words[i]];
            if (e->deprel && !strcmp(e->deprel, "amod") && e->form && !strcasecmp(e->form, "ethnic")) {
                named = NULL;
                ethnic = 1;
                break;
            }
        }
    }
    /* the matches' own spans widen the phrase */
    if (named) {
        if (named->first - sent_first < lo) lo = named->first - sent_first;
        if (named->last - 1 - sent_first > hi) hi = named->last - 1 - sent_first;
    }
    out->first = lo;
    out->last = hi + 1;
    /* ... or at a place: "fired shells at targets in Jericho"; but a
    ** meeting's place is where it is held, not who is met ("held a
    ** meeting in New York") */
    static const char *const gatherings[] = { "meeting", "talk", "talks", "summit", "conference", "session",
                                              "negotiation", "consultation", "discussion", "forum", "visit",
                                              "ceremony", "dinner", NULL };
    char gbuf[32];
    const char *glemma = tree_lemma(tree, word, gbuf, sizeof gbuf);
    int gathering = 0;
    for (size_t i = 0; gatherings[i]; i++) gathering |= !strcasecmp(glemma, gatherings[i]);
    for (uint32_t k = tree->first_kid[word]; !gathering && !named && !agent && !place && k < tree->first_kid[word + 1]; k++) {
        uint32_t d = tree->kids[k];
        if (!tree->words[d].deprel || strcmp(tree->words[d].deprel, "nmod") || !located_in(tree, d)) continue;
        int32_t mi = word_match[d];
        if (mi >= 0 && (matches->items[mi].kind == DYAD_LEX_PLACE ||
                        (matches->items[mi].kind == DYAD_LEX_COUNTRY && side_site_noun(tree, word))))
            place = &matches->items[mi];
    }
    /* "inspected the refineries in Iran" with the place hung on the verb:
    ** where the act on a site happens is where the site is */
    if (!gathering && !named && !agent && !place && side_site_noun(tree, word) && tree->words[word].deprel &&
        !strcmp(tree->words[word].deprel, "obj") && tree->words[word].head > 0) {
        uint32_t v = (uint32_t)tree->words[word].head - 1;
        for (uint32_t k = tree->first_kid[v]; !place && k < tree->first_kid[v + 1]; k++) {
            uint32_t d = tree->kids[k];
            if (tree->words[d].deprel && !strcmp(tree->words[d].deprel, "obl") && located_in(tree, d))
                place = place_word(matches, word_match, d);
        }
    }
    /* a place in a role stands for its country's people ("sent
    ** inspectors to Esfahan", "shelled Juba") */
    if (!named && !agent && place && place->country && place->country[0]) {
        out->found = 1;
        out->country = out->code = place->country;
        out->sector = "";
        out->certainty = place->certainty * 0.8f;
        out->how = "place";
        return 1;
    }
    if (!named && !agent) {
        if (ethnic) out->how = "ethnic people";
        return 0;
    }
    if (agent && agent->first - sent_first <= word && word < agent->last - sent_first &&
        actor_speaks_for_a_body(tree, word)) {
        const dyad_lex_match *body = owner_agent(tree, matches, word_match, word);
        if (body) agent = body;
    }
    const char *sector = named && named->sector && named->sector[0] ? named->sector : "";
    /* an agent noun at the head decides the sector: "Russian troops" */
    if (agent && agent->sector && agent->sector[0] && (!named || named->kind == DYAD_LEX_COUNTRY))
        sector = agent->sector;
    if (named) {
        out->found = 1;
        out->country = named->country ? named->country : "";
        out->sector = sector;
        out->certainty = named->certainty;
        out->how = dyad_lex_kind_name((int)named->kind);
        if (named->kind == DYAD_LEX_ORG || named->kind == DYAD_LEX_PERSON) {
            out->code = named->code ? named->code : "";
        } else {
            char code[32];
            int len = snprintf(code, sizeof code, "%s%s", out->country, sector);
            out->code = dyad_doc_strdup(doc, code, (size_t)len);
            if (!out->code) out->code = "";
        }
        return 1;
    }
    /* a sector noun at a place is that place's ("Darfur rebels",
    ** "rebels in the Ivory Coast", "demonstrators in Baghdad"), unless a
    ** possessive pronoun says whose they are ("its peacekeepers in
    ** Lebanon": the pronoun's, resolved with the sentence) */
    int pronoun_owned = owned_by_pronoun(tree, word);
    const dyad_lex_match *where = !pronoun_owned && place && place->country && place->country[0] ? place : NULL;
    if (!where && !pronoun_owned) where = place_on(tree, matches, word_match, word);
    if (!where && !pronoun_owned) where = shared_place(tree, matches, word_match, word);
    /* "thousands of students throughout Indonesia": the place may sit on
    ** the people a quantity counts */
    /* ("tens of thousands of students": two steps down at most) */
    uint32_t counted = word;
    for (int step = 0; step < 2 && !where && !pronoun_owned; step++) {
        int32_t next = -1;
        for (uint32_t k = tree->first_kid[counted]; k < tree->first_kid[counted + 1] && next < 0; k++) {
            uint32_t d = tree->kids[k];
            if (tree->words[d].deprel && !strcmp(tree->words[d].deprel, "nmod") && names_owner(tree, d))
                next = (int32_t)d;
        }
        if (next < 0) break;
        counted = (uint32_t)next;
        where = place_on(tree, matches, word_match, counted);
    }
    if (where && sector[0]) {
        out->found = 1;
        out->country = where->country;
        out->sector = sector;
        out->certainty = where->certainty * 0.8f;
        out->how = "agent at a place";
        char code[32];
        int len = snprintf(code, sizeof code, "%s%s", out->country, sector);
        out->code = dyad_doc_strdup(doc, code, (size_t)len);
        if (!out->code) out->code = "";
        return 1;
    }
    /* "a UN official", "an aid agency", "a human rights group": an
    ** international or non-governmental body needs no country, and CAMEO
    ** codes it as IGO or NGO */
    const char *kind = agent_body(tree, sent_first, agent);
    if (kind) {
        out->found = 1;
        out->country = kind;
        out->sector = strcmp(sector, kind) ? sector : "";
        char code[32];
        int len = snprintf(code, sizeof code, "%s%s", out->country, out->sector);
        out->code = dyad_doc_strdup(doc, code, (size_t)len);
        if (!out->code) out->code = "";
        out->certainty = agent->certainty * 0.6f;
        out->how = "agent body";
        return 1;
    }
    /* an agent alone ("police said") names a sector but no country */
    out->sector = sector;
    out->code = sector;
    out->certainty = agent->certainty * 0.5f;
    out->how = ethnic ? "ethnic people" : "agent";
    return 0;
}

/* "Malian President Karim Benali", "opposition leader Karim Benali": the
** last word of a name right after a title or role noun, for a person the
** lexicon does not list, whom later sentences call by it ("Benali
** said"); NULL if none.  A day or month is no name ("the minister
** Tuesday"). */
static const char *name_after(const dyad_doc *doc, const dyad_lex_match *lm)
{
    static const char *const times[] = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                                         "Sunday", "January", "February", "March", "April", "May", "June",
                                         "July", "August", "September", "October", "November", "December",
                                         NULL };
    if (lm->kind != DYAD_LEX_AGENT || !lm->form || (strcmp(lm->form, "title") && strcmp(lm->form, "person")))
        return NULL;
    const char *last = NULL;
    for (size_t i = lm->last; i < doc->n_tokens; i++) {
        const dyad_token *t = &doc->tokens[i];
        if (!t->upos || strcmp(t->upos, "PROPN") || !t->form || !isupper((unsigned char)t->form[0])) break;
        for (size_t k = 0; times[k]; k++)
            if (!strcmp(t->form, times[k])) return last;
        last = t->form;
    }
    return last;
}

/* "Karim Benali, the Malian foreign minister,": the word before the
** comma that a title or role noun lm, a few words on, stands in
** apposition to, when it is a name; else (sentence-relative) -1. */
static int64_t name_before(const dyad_doc *doc, const dyad_lex_match *lm)
{
    if (lm->kind != DYAD_LEX_AGENT || !lm->form || (strcmp(lm->form, "title") && strcmp(lm->form, "person")))
        return -1;
    for (size_t back = 1; back <= 4 && back <= lm->first; back++) {
        const dyad_token *t = &doc->tokens[lm->first - back];
        if (!t->form || strcmp(t->form, ",")) continue;
        if (back + 1 > lm->first) return -1;
        const dyad_token *n = &doc->tokens[lm->first - back - 1];
        if (!n->upos || strcmp(n->upos, "PROPN") || !n->form || !isupper((unsigned char)n->form[0])) return -1;
        return (int64_t)(lm->first - back - 1);
    }
    return -1;
}

void memory_free(story_memory *m)
{
    free(m->items);
    memset(m, 0, sizeof *m);
}

void memory_add(story_memory *m, const dyad_doc *doc, const dyad_lex_matches *matches,
                const int32_t *word_match, uint32_t sent_first, const actor *a)
{
    if (!a->found) return;
    if (m->n == m->cap) {
        int cap = m->cap ? 2 * m->cap : 32;
        struct remembered *items = realloc(m->items, (size_t)cap * sizeof *items);
        if (items) {
            m->items = items;
            m->cap = cap;
        } else if (m->n) {
            memmove(m->items, m->items + 1, (size_t)(m->n - 1) * sizeof m->items[0]);
            m->n--;
        } else {
            return;
        }
    }
    struct remembered *r = &m->items[m->n++];
    r->who = *a;
    r->surname = NULL;
    r->kind = 0;
    for (uint32_t w = a->first; w < a->last; w++) {
        int32_t mi = word_match[w];
        if (mi < 0) continue;
        const dyad_lex_match *lm = &matches->items[mi];
        if (lm->kind == DYAD_LEX_PERSON) {
            r->kind = DYAD_LEX_PERSON;
            r->surname = doc->tokens[lm->last - 1].form;    /* "Sandu" of "Maia Sandu" */
        } else if (!r->kind && lm->kind != DYAD_LEX_AGENT && lm->kind != DYAD_LEX_PLACE) {
            r->kind = (int)lm->kind;
        }
    }
    for (uint32_t w = a->first; w < a->last && r->kind != DYAD_LEX_PERSON; w++) {
        int32_t mi = word_match[w];
        const char *name = mi >= 0 ? name_after(doc, &matches->items[mi]) : NULL;
        /* ... or the name the noun stands in apposition to, in the phrase */
        int64_t before = mi >= 0 ? name_before(doc, &matches->items[mi]) : -1;
        if (!name && before >= (int64_t)(sent_first + a->first)) name = doc->tokens[before].form;
        if (name) {
            r->kind = DYAD_LEX_PERSON;
            r->surname = name;
        }
    }
}

static int word_is(const char *a, const char *b)
{
    return strcasecmp(a, b) == 0;
}

/* What kind of earlier actor word t may stand for: DYAD_LEX_PERSON or
** DYAD_LEX_COUNTRY (*government when it is the government's), -1 for a
** surname (a proper noun), 0 for none. */
static int mention_wants(const dyad_token *t, int *government)
{
    const char *form = t->form;
    *government = 0;
    if (word_is(form, "he") || word_is(form, "she") || word_is(form, "him") || word_is(form, "her"))
        return DYAD_LEX_PERSON;
    if (t->upos && !strcmp(t->upos, "PROPN")) return -1;
    if (word_is(form, "country") || word_is(form, "nation") || word_is(form, "government")) {
        *government = word_is(form, "government");
        return DYAD_LEX_COUNTRY;
    }
    if (word_is(form, "president") || word_is(form, "minister") || word_is(form, "ministry") ||
        word_is(form, "leader") || word_is(form, "premier") || word_is(form, "chancellor")) {
        *government = 1;
        return DYAD_LEX_PERSON;
    }
    return 0;
}

int memory_may_resolve(const dyad_token *t)
{
    int government;
    return mention_wants(t, &government) != 0;
}

void memory_bound_add(memory_bound *b, const dyad_doc *doc, const dyad_lex_match *lm)
{
    b->any = 1;
    if (lm->kind == DYAD_LEX_COUNTRY) b->country = 1;
    const char *surname = name_after(doc, lm);              /* as memory_add takes it */
    int64_t before = name_before(doc, lm);
    if (!surname && before >= 0) surname = doc->tokens[before].form;
    if (!surname && (lm->kind != DYAD_LEX_PERSON || lm->last == 0)) return;
    b->person = 1;
    if (!surname) surname = doc->tokens[lm->last - 1].form;
    if (!surname) return;
    for (int i = 0; i < b->n_surnames; i++)
        if (!strcmp(b->surnames[i], surname)) return;
    if (b->n_surnames == (int)(sizeof b->surnames / sizeof b->surnames[0])) b->surnames_overflow = 1;
    else b->surnames[b->n_surnames++] = surname;
}

/* Follows memory_resolve's tests of a remembered actor, with any actor
** the names could give standing in for the memory. */
int memory_may_resolve_from(const memory_bound *b, const dyad_token *t)
{
    int government;
    int want = mention_wants(t, &government);
    if (!want || !b->any) return 0;
    if (want == -1) {
        if (b->surnames_overflow) return 1;
        for (int i = 0; i < b->n_surnames; i++)
            if (t->form && !strcmp(b->surnames[i], t->form)) return 1;
        return 0;
    }
    if (want == DYAD_LEX_PERSON && government) return 1;  /* any name's government */
    if (want == DYAD_LEX_PERSON) return b->person;
    return b->country;
}

static uint64_t surname_hash(const char *s)
{
    uint64_t h = 0xcbf29ce484222325ull;
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 0x100000001b3ull;
    return h;
}

void memory_asks_add(memory_asks *a, const dyad_token *t)
{
    int government;
    int want = mention_wants(t, &government);
    if (!want) return;
    if (want == -1) {
        uint64_t h = surname_hash(t->form ? t->form : "");
        uint32_t x = (uint32_t)h & 2047, y = (uint32_t)(h >> 11) & 2047;
        a->surnames[x / 64] |= 1ull << (x % 64);
        a->surnames[y / 64] |= 1ull << (y % 64);
    } else if (want == DYAD_LEX_PERSON) {
        if (government) a->government = 1;
        else a->person = 1;
    } else {
        a->country = 1;
    }
}

/* As memory_may_resolve_from, for every word of a at once. */
int memory_asks_fit(const memory_asks *a, const memory_bound *b)
{
    if (!b->any) return 0;
    if (a->government || (a->person && b->person) || (a->country && b->country)) return 1;
    int asked = 0;
    for (int i = 0; i < 32 && !asked; i++) asked = a->surnames[i] != 0;
    if (!asked) return 0;
    if (b->surnames_overflow) return 1;
    for (int i = 0; i < b->n_surnames; i++) {
        uint64_t h = surname_hash(b->surnames[i]);
        uint32_t x = (uint32_t)h & 2047, y = (uint32_t)(h >> 11) & 2047;
        if ((a->surnames[x / 64] >> (x % 64) & 1) && (a->surnames[y / 64] >> (y % 64) & 1)) return 1;
    }
    return 0;
}

int memory_resolve(const story_memory *m, const sentence_tree *tree, uint32_t word, actor *out)
{
    const dyad_token *t = &tree->words[word];
    const char *form = t->form;
    int government;
    int want = mention_wants(t, &government);   /* the kind of actor the mention asks for */
    int by_surname = want == -1;
    if (!want) return 0;
    if (by_surname) want = 0;
    /* "the country", not "a country" or "another country" */
    if (!by_surname && want != DYAD_LEX_PERSON) {
        int definite = 0;
        for (uint32_t k = tree->first_kid[word]; k < tree->first_kid[word + 1]; k++) {
            const dyad_token *d = &tree->words[tree->kids[k]];
            if (d->deprel && !strcmp(d->deprel, "det") && word_is(d->form, "the")) definite = 1;
        }
        if (!definite) return 0;
    }
    /* "the leader of the main Islamist alliance": an owner phrase that
    ** named no actor says it is someone else's leader */
    for (uint32_t k = tree->first_kid[word]; !by_surname && k < tree->first_kid[word + 1]; k++) {
        uint32_t d = tree->kids[k];
        const dyad_token *o = &tree->words[d];
        int gov;
        if (!o->deprel || strcmp(o->deprel, "nmod") || mention_wants(o, &gov)) continue;
        for (uint32_t j = tree->first_kid[d]; j < tree->first_kid[d + 1]; j++) {
            const dyad_token *c = &tree->words[tree->kids[j]];
            if (c->deprel && !strcmp(c->deprel, "case") && c->form && (word_is(c->form, "of") || word_is(c->form, "for")))
                return 0;
        }
    }
    for (int i = m->n - 1; i >= 0; i--) {
        const struct remembered *r = &m->items[i];
        int ok;
        if (by_surname) ok = r->surname && !strcmp(r->surname, form);
        else if (want == DYAD_LEX_PERSON && government) ok = !strcmp(r->who.sector, "GOV");
        else if (want == DYAD_LEX_PERSON) ok = r->kind == DYAD_LEX_PERSON;
        else ok = r->kind == DYAD_LEX_COUNTRY;
        if (!ok) continue;
        *out = r->who;
        out->first = word;
        out->last = word + 1;
        out->certainty = r->who.certainty * 0.8f;
        if (government && want == DYAD_LEX_COUNTRY) {
            out->sector = "GOV";
        }
        out->how = "earlier mention";
        return 1;
    }
    return 0;
}
