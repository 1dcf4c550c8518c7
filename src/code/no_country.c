/*
** no_country.c — a side named only by a sector, coded with no country
** (no_country.h).
*/
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include "code/no_country.h"
#include "code/roles.h"

/* How an actor coded with no country reads in the event's why. */
static const char NO_COUNTRY[] = "sector with no country";

int no_country_is(const actor *a)
{
    return a->how == NO_COUNTRY;
}

/* The sectors a side with no country may have: the state's organs, the
** armed and political groups that act against or within a state, and
** civilians.  Business, the professions (BUS, MED, EDU ...), suspects
** or elders say who someone is, not which side he is on. */
static int side_sector(const char *sector)
{
    static const char *const sides[] = { "GOV", "LEG", "JUD", "MIL", "COP", "SPY", "REB", "INS", "UAF", "SEP",
                                         "OPP", "CVL", NULL };
    for (size_t i = 0; sides[i]; i++)
        if (!strcmp(sector, sides[i])) return 1;
    return 0;
}

/* Does the phrase of word hold a proper name the lexicon lacks ("the
** Azadliq coalition"), tagged as one or written with a capital past the
** sentence's first word?  Then it names a group of some country, only
** not one the lexicon knows; a month or weekday is no such name. */
static int unknown_name_in(const sentence_tree *t, const scratch *sc, uint32_t word, int depth)
{
    for (uint32_t k = t->first_kid[word]; k < t->first_kid[word + 1]; k++) {
        uint32_t d = t->kids[k];
        const char *rel = t->words[d].deprel ? t->words[d].deprel : "";
        if (strncmp(rel, "compound", 8) && strncmp(rel, "flat", 4) && strcmp(rel, "amod") &&
            strncmp(rel, "nmod", 4) && strcmp(rel, "appos"))
            continue;
        const char *upos = t->words[d].upos;
        const char *form = t->words[d].form ? t->words[d].form : "";
        int capital = d > 0 && isupper((unsigned char)form[0]);
        if (sc->word_match[d] < 0 && ((upos && !strcmp(upos, "PROPN")) || capital) && !tree_time_word(t, d))
            return 1;
        if (depth < 3 && unknown_name_in(t, sc, d, depth + 1)) return 1;
    }
    return 0;
}

int no_country_actor(const sentence_coding *job, uint32_t word, actor *a)
{
    if (!job->c->no_country) return 0;
    const sentence_tree *t = job->t;
    scratch *sc = job->sc;
    int32_t mi = sc->word_match[word];
    const dyad_lex_match *m = mi >= 0 ? &sc->matches.items[mi] : NULL;
    char buf[32];
    if (!m || m->kind != DYAD_LEX_AGENT || !m->form || !strcmp(m->form, "title") ||
        !strcasecmp(tree_lemma(t, word, buf, sizeof buf), "people"))
        return 0;
    actor probe;
    if (actor_resolve(job->doc, t, job->sent->first, &sc->matches, sc->word_match, word, &probe) ||
        strcmp(probe.how, "agent") || !side_sector(probe.sector) || unknown_name_in(t, sc, word, 0))
        return 0;
    /* "his officer corps", "its army": an owned sector is its owner's,
    ** whom mention.c gives it or deliberately does not (an actor acting
    ** on its own people is no event) */
    if (role_child(t, word, "nmod:poss") >= 0) return 0;
    /* the body a speaker acts for is named after him, within his phrase */
    if (actor_speaks_for_a_body(t, word) && probe.last <= m->last - job->sent->first) return 0;
    char code[32];
    int len = snprintf(code, sizeof code, "---%s", probe.sector);
    *a = probe;
    a->code = dyad_doc_strdup(job->doc, code, (size_t)len);
    if (!a->code) return DYAD_ENOMEM;
    a->found = 1;
    a->country = "";
    a->how = NO_COUNTRY;
    return 1;
}
