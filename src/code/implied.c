/*
** implied.c — whom an event acts on when its sentence names no one
** (implied.h).
*/
#include <stdio.h>
#include <string.h>
#include "code/implied.h"
#include "code/mention.h"
#include "code/roles.h"
#include "where/where.h"

/* Is this an action on the people of the place where it happens, when
** no one else is named?  Aid ("evacuated the wounded from Gorazde"),
** protests, coercion (curfews, martial law, arrests), assaults and
** fighting, and the yielding that undoes them. */
static int place_target_code(const char *code)
{
    static const char *const roots[] = { "07", "08", "14", "15", "17", "18", "19", "20" };
    for (size_t i = 0; i < sizeof roots / sizeof roots[0]; i++)
        if (!strncmp(code, roots[i], 2)) return 1;
    return 0;
}

/* Is a a country's own people, named by the country with a sector of
** the governed (demonstrators, students, workers ...)?  Not refugees,
** who are abroad, nor the state's own police or soldiers. */
static int home_protesters(const actor *a)
{
    static const char *const people[] = { "OPP", "CVL", "EDU", "LAB", "HRI", "MED", "BUS", "REL", NULL };
    if (!a->how || strcmp(a->how, "country") || !a->country || strlen(a->country) != 3 || !a->sector) return 0;
    if (!strcmp(a->country, "IGO") || !strcmp(a->country, "NGO") || !strcmp(a->country, "MNC") ||
        !strcmp(a->country, "IMG"))
        return 0;
    for (size_t i = 0; people[i]; i++)
        if (!strcmp(a->sector, people[i])) return 1;
    return 0;
}

/* The country of the place at spot as the target of the event at word
** w, found as `how`; returns 1. */
static int place_country_target(const where_place *spot, uint32_t w, const char *how, implied_place *out)
{
    actor *place_actor = &out->target;
    memset(place_actor, 0, sizeof *place_actor);
    place_actor->found = 1;
    place_actor->code = place_actor->country = spot->match->country;
    place_actor->sector = "";
    place_actor->first = spot->word;
    place_actor->last = spot->word + 1;
    place_actor->certainty = 0.7f;
    place_actor->how = how;
    out->word = spot->word;
    /* a dateline is a sentence of its own: its word is not this
    ** sentence's, so the event's word stands for it and its bytes say
    ** where it is */
    if (!strcmp(spot->how, "dateline")) {
        place_actor->first = out->word = w;
        place_actor->last = w + 1;
        place_actor->span_start = spot->start;
        place_actor->span_end = spot->end;
    }
    return 1;
}

/* "lifted a state of emergency in West Darfur", "students staged
** protests throughout Indonesia": an action on a place's people with no
** one named is aimed at that place's country */
static int at_event_place(dyad_doc *doc, size_t s, const sentence_tree *t, scratch *sc, uint32_t w,
                          const char *code, implied_place *out)
{
    where_place spot;
    if (!where_locate(doc, s, t, &sc->matches, sc->word_match, w, &spot) || !spot.match ||
        !spot.match->country || !spot.match->country[0] || !strcmp(spot.how, "sentence"))
        return 0;
    /* the dateline says where the reporter is: a show of force, aid or
    ** yielding reported from there may have been made far away ("Poland
    ** scrambled jets", datelined Kyiv); force, protest and coercion with
    ** no place of their own fall where the story is */
    if (!strcmp(spot.how, "dateline") &&
        (!strncmp(code, "15", 2) || !strncmp(code, "07", 2) || !strncmp(code, "08", 2)))
        return 0;
    return place_country_target(&spot, w, "the place", out);
}

/* ... or the place its actors are at: "students throughout Indonesia
** staged demonstrations" */
static int at_source_place(dyad_doc *doc, size_t s, const sentence_tree *t, scratch *sc, uint32_t source,
                           implied_place *out)
{
    const dyad_sentence *sent = &doc->sents[s];
    actor at;
    if (!mention_resolve(doc, t, sent->first, sc, source, &at) || strcmp(at.how, "agent at a place")) return 0;
    actor *place_actor = &out->target;
    *place_actor = at;
    place_actor->code = at.country;
    place_actor->sector = "";
    place_actor->how = "the place";
    /* the target's words are the place's name */
    for (uint32_t x = at.first; x < at.last + 8 && x < sent->count; x++) {
        int32_t mi = sc->word_match[x];
        const dyad_lex_match *lm = mi >= 0 ? &sc->matches.items[mi] : NULL;
        if (lm && (lm->kind == DYAD_LEX_PLACE || lm->kind == DYAD_LEX_COUNTRY) && lm->country &&
            !strcmp(lm->country, at.country)) {
            place_actor->first = lm->first - sent->first;
            place_actor->last = lm->last - sent->first;
            break;
        }
    }
    out->word = source;
    return 1;
}

/* ... or, with no place said, the home of its people: "Egyptian
** demonstrators rioted" protest to their own government.  1 when it
** applies, 0 when not, or DYAD_ENOMEM. */
static int home_government(dyad_doc *doc, size_t s, const sentence_tree *t, scratch *sc, uint32_t source,
                           implied_place *out)
{
    actor at;
    if (!mention_resolve(doc, t, doc->sents[s].first, sc, source, &at) || !home_protesters(&at)) return 0;
    char gov[16];
    int len = snprintf(gov, sizeof gov, "%sGOV", at.country);
    actor *place_actor = &out->target;
    *place_actor = at;
    place_actor->code = dyad_doc_strdup(doc, gov, (size_t)len);
    if (!place_actor->code) return DYAD_ENOMEM;
    place_actor->sector = place_actor->code + strlen(at.country);
    place_actor->how = "their own government";
    out->word = source;
    return 1;
}

/* Is this the imposing of a curfew, martial law or a state of
** emergency, or the threat of it?  Measures a state takes on its own
** territory. */
static int home_measure_code(const char *code)
{
    static const char *const codes[] = { "1723", "1724", "1323", "1324", NULL };
    for (size_t i = 0; codes[i]; i++)
        if (!strcmp(code, codes[i])) return 1;
    return 0;
}

/* ... or, for such a measure with no place said, the state's own
** country: "the Thai government imposed martial law" imposed it in
** Thailand.  Only a state's organ named with its country (a government,
** the army, the police): a person or a bare country name says less of
** who rules where. */
static int home_territory(dyad_doc *doc, size_t s, const sentence_tree *t, scratch *sc, uint32_t source,
                          implied_place *out)
{
    static const char *const state[] = { "GOV", "MIL", "COP", NULL };
    actor at;
    if (!mention_resolve(doc, t, doc->sents[s].first, sc, source, &at) || !at.how ||
        (strcmp(at.how, "country") && strcmp(at.how, "pronoun")) ||
        !at.country || strlen(at.country) != 3 || !at.sector)
        return 0;
    int organ = 0;
    for (size_t i = 0; state[i] && !organ; i++) organ = !strcmp(at.sector, state[i]);
    if (!organ) return 0;
    actor *home = &out->target;
    *home = at;
    home->code = at.country;
    home->sector = "";
    home->how = "the state's own country";
    out->word = source;
    return 1;
}

/* Does word x have a case marker with one of these lemmas? */
static int has_case(const sentence_tree *t, uint32_t x, const char *const *preps)
{
    for (uint32_t k = t->first_kid[x]; k < t->first_kid[x + 1]; k++) {
        const dyad_token *c = &t->words[t->kids[k]];
        if (!c->deprel || strcmp(c->deprel, "case") || !c->lemma) continue;
        for (size_t i = 0; preps[i]; i++)
            if (!strcmp(c->lemma, preps[i])) return 1;
    }
    return 0;
}

/* Is the place word inside the act an acknowledgement is of ("claimed
** responsibility for a bombing at a hotel in Jordan", "confessed to the
** killings in Peru")?  The act fell on that place's country, so the
** claim does too.  A place said of the claim itself ("admitted in
** Geneva") is only where it was said, so the path must pass a "for" or
** "to" phrase below the claim's word. */
static int in_claimed_act(const sentence_tree *t, uint32_t w, uint32_t place)
{
    static const char *const preps[] = { "for", "to", NULL };
    int through = 0;
    uint32_t x = place;
    for (uint32_t steps = 0; steps < t->n && x != w; steps++) {
        const dyad_token *tok = &t->words[x];
        if (tok->head <= 0 || (uint32_t)tok->head > t->n) return 0;
        if (tok->deprel && (!strncmp(tok->deprel, "obl", 3) || !strncmp(tok->deprel, "nmod", 4)) &&
            has_case(t, x, preps))
            through = 1;
        x = (uint32_t)tok->head - 1;
    }
    return x == w && through;
}

/* Does where_locate place word x, with the place inside the claimed act? */
static int locate_in_act(dyad_doc *doc, size_t s, const sentence_tree *t, scratch *sc, uint32_t w,
                         uint32_t x, where_place *spot)
{
    return where_locate(doc, s, t, &sc->matches, sc->word_match, x, spot) && spot->match &&
           strcmp(spot->how, "dateline") && spot->match->country && spot->match->country[0] &&
           in_claimed_act(t, w, spot->word);
}

/* "al-Qaeda claimed responsibility for a bombing in Jordan": the place
** of the claimed act.  Looked for from the act's own word, and from a
** clause on it ("an attack targeting tourists at a hotel in Jordan"),
** since a place there is in another clause than the claim's. */
static int claimed_act_place(dyad_doc *doc, size_t s, const sentence_tree *t, scratch *sc, uint32_t w,
                             implied_place *out)
{
    static const char *const preps[] = { "for", "to", NULL };
    where_place spot;
    int found = 0;
    for (uint32_t k = t->first_kid[w]; k < t->first_kid[w + 1] && !found; k++) {
        uint32_t c = t->kids[k];
        const char *r = t->words[c].deprel;
        if (!r || (strncmp(r, "obl", 3) && strncmp(r, "nmod", 4)) || !has_case(t, c, preps)) continue;
        found = locate_in_act(doc, s, t, sc, w, c, &spot);
        for (uint32_t j = t->first_kid[c]; j < t->first_kid[c + 1] && !found; j++) {
            uint32_t a = t->kids[j];
            if (t->words[a].deprel && !strncmp(t->words[a].deprel, "acl", 3))
                found = locate_in_act(doc, s, t, sc, w, a, &spot);
        }
    }
    if (!found) return 0;
    return place_country_target(&spot, w, "the place of the claimed act", out);
}

int implied_place_target(dyad_doc *doc, size_t s, const sentence_tree *t, scratch *sc, uint32_t w,
                         uint32_t source, const char *code, implied_place *out)
{
    out->found = 0;
    if (place_target_code(code) &&
        (at_event_place(doc, s, t, sc, w, code, out) || at_source_place(doc, s, t, sc, source, out))) {
        out->found = 1;
        return DYAD_OK;
    }
    if (!strcmp(code, "015") && claimed_act_place(doc, s, t, sc, w, out)) {
        out->found = 1;
        return DYAD_OK;
    }
    if (home_measure_code(code) && home_territory(doc, s, t, sc, source, out)) {
        out->found = 1;
        return DYAD_OK;
    }
    if (strncmp(code, "14", 2)) return DYAD_OK;
    int rc = home_government(doc, s, t, sc, source, out);
    if (rc < 0) return rc;
    out->found = rc;
    return DYAD_OK;
}

int implied_people_at_place(dyad_doc *doc, const char *event_code, actor *target)
{
    char people[16];
    int len = snprintf(people, sizeof people, "%s%s", target->country, !strncmp(event_code, "14", 2) ? "GOV" : "CVL");
    target->code = dyad_doc_strdup(doc, people, (size_t)len);
    target->sector = target->code ? target->code + strlen(target->country) : "";
    return target->code ? DYAD_OK : DYAD_ENOMEM;
}

/* "Egyptian police dispersed demonstrators": police act at home, so
** the demonstrators, students, workers, civilians or suspects they coerce or
** assault with no country named are their own country's (police, unlike
** troops, do not cross borders).  So are the newspapers, broadcasters,
** parties and people a government restricts with administrative
** sanctions (172: curbs on freedoms, bans, curfews, emergency rule),
** which a state can impose only at home.  Sets *out from the target word
** w. */
static int policed_at_home(const scratch *sc, uint32_t w, const actor *src, const char *code, actor *out)
{
    /* and the suspects and criminals they arrest: a police force's
    ** writ runs at home */
    static const char *const people[] = { "OPP", "CVL", "EDU", "LAB", "CRM", NULL };
    static const char *const governed[] = { "OPP", "CVL", "EDU", "LAB", "MED", NULL };
    if (!src->sector || !src->country || strlen(src->country) != 3 || !strcmp(src->country, "IGO") ||
        !strcmp(src->country, "NGO") || !strcmp(src->country, "MNC") || !strcmp(src->country, "IMG"))
        return 0;
    int police = !strcmp(src->sector, "COP") &&
                 (!strncmp(code, "17", 2) || !strncmp(code, "18", 2) || !strncmp(code, "19", 2));
    int state = !strcmp(src->sector, "GOV") && !strncmp(code, "172", 3);
    if (!police && !state) return 0;
    const char *const *home_people = police ? people : governed;
    int32_t mi = sc->word_match[w];
    if (mi < 0) return 0;
    const dyad_lex_match *m = &sc->matches.items[mi];
    if (m->kind != DYAD_LEX_AGENT || (m->country && m->country[0]) || !m->sector) return 0;
    int home = 0;
    for (size_t i = 0; home_people[i] && !home; i++) home = !strcmp(m->sector, home_people[i]);
    if (!home) return 0;
    memset(out, 0, sizeof *out);
    out->found = 1;
    out->country = src->country;
    out->sector = m->sector;
    out->first = w;
    out->last = w + 1;
    out->certainty = src->certainty;
    out->how = police ? "people policed at home" : "people their state restricts at home";
    return 1;
}

int32_t implied_policed_word(const sentence_tree *t, const scratch *sc, uint32_t thing, const actor *police,
                             const char *code)
{
    actor people;
    if (policed_at_home(sc, thing, police, code, &people)) return (int32_t)thing;
    for (uint32_t k = t->first_kid[thing]; k < t->first_kid[thing + 1]; k++) {
        uint32_t d = t->kids[k];
        int32_t agent = t->words[d].deprel && !strcmp(t->words[d].deprel, "acl") ? role_child(t, d, "obl:agent") : -1;
        if (agent >= 0 && policed_at_home(sc, (uint32_t)agent, police, code, &people)) return agent;
    }
    return -1;
}

int implied_policed_target(dyad_doc *doc, const scratch *sc, uint32_t w, const actor *police,
                           const char *event_code, actor *out)
{
    if (!policed_at_home(sc, w, police, event_code, out)) return 0;
    char people[16];
    int len = snprintf(people, sizeof people, "%s%s", out->country, out->sector);
    out->code = dyad_doc_strdup(doc, people, (size_t)len);
    if (!out->code) return DYAD_ENOMEM;
    out->sector = out->code + strlen(out->country);
    return 1;
}

int implied_ethnic_country(dyad_doc *doc, size_t s, const sentence_tree *t, scratch *sc, uint32_t w, actor *a)
{
    if (!a->how || strcmp(a->how, "ethnic people")) return 0;
    where_place spot;
    if (!where_locate(doc, s, t, &sc->matches, sc->word_match, w, &spot) || !spot.match || !spot.match->country ||
        !spot.match->country[0] || !strcmp(spot.how, "sentence"))
        return 0;
    const char *sector = a->sector ? a->sector : "";
    char code[32];
    int len = snprintf(code, sizeof code, "%s%s", spot.match->country, sector);
    const char *copy = dyad_doc_strdup(doc, code, (size_t)len);
    if (!copy) return 0;
    a->found = 1;
    a->country = spot.match->country;
    a->sector = sector;
    a->code = copy;
    a->certainty = 0.5f;
    a->how = "ethnic people at the event's place";
    return 1;
}

/* *a as the people of `country` with `sector` ("UKRCOP"), named by
** sentence word `word` and found as `how`; 1, or 0 when memory ran out
** (the callers tell the two apart). */
static int country_sector_actor(dyad_doc *doc, const char *country, const char *sector, uint32_t word,
                                const char *how, actor *a)
{
    char code[16];
    int len = snprintf(code, sizeof code, "%s%s", country, sector);
    const char *copy = dyad_doc_strdup(doc, code, (size_t)len);
    if (!copy) return 0;
    memset(a, 0, sizeof *a);
    a->found = 1;
    a->code = copy;
    a->country = country;
    a->sector = copy + strlen(country);
    a->first = word;
    a->last = word + 1;
    a->certainty = 0.5f;
    a->how = how;
    return 1;
}

/* Is a people a state polices at home, named with their country? */
static int policed_people(const actor *a)
{
    static const char *const people[] = { "OPP", "CVL", "EDU", "LAB", "CRM", NULL };
    if (!a->country || strlen(a->country) != 3 || !a->sector || !strcmp(a->country, "IGO") ||
        !strcmp(a->country, "NGO") || !strcmp(a->country, "MNC") || !strcmp(a->country, "IMG"))
        return 0;
    for (size_t i = 0; people[i]; i++)
        if (!strcmp(a->sector, people[i])) return 1;
    return 0;
}

int implied_police_country(dyad_doc *doc, size_t s, const sentence_tree *t, scratch *sc, uint32_t w,
                           uint32_t word, int32_t other, actor *a)
{
    int32_t mi = sc->word_match[word];
    if (mi < 0) return 0;
    const dyad_lex_match *m = &sc->matches.items[mi];
    if (m->kind != DYAD_LEX_AGENT || (m->country && m->country[0]) || !m->sector || strcmp(m->sector, "COP"))
        return 0;
    const char *country = NULL;
    actor faced;
    if (other >= 0 && (uint32_t)other != word &&
        mention_resolve(doc, t, doc->sents[s].first, sc, (uint32_t)other, &faced) && policed_people(&faced))
        country = faced.country;
    where_place spot;
    if (!country && where_locate(doc, s, t, &sc->matches, sc->word_match, w, &spot) && spot.match &&
        spot.match->country && strlen(spot.match->country) == 3 && strcmp(spot.how, "sentence"))
        country = spot.match->country;
    if (!country) return 0;
    return country_sector_actor(doc, country, "COP", word, "police at home", a);
}

/* Is word w local people of the place they are in: civilians,
** residents, villagers, women and children, crowds?  Not tourists,
** travellers, settlers, expatriates or a diaspora, who are of the
** lexicon's CVL sector too but often not of the place. */
static int local_people(const sentence_tree *t, const scratch *sc, uint32_t w)
{
    static const char *const locals[] = { "civilian", "resident", "villager", "citizen", "inhabitant",
                                          "local", "population", "people", "crowd", "woman", "women",
                                          "child", "children", "kid", "minor", "youth", "family",
                                          "bystander", "passer-by", "pedestrian", NULL };
    int32_t mi = sc->word_match[w];
    if (mi < 0) return 0;
    const dyad_lex_match *m = &sc->matches.items[mi];
    if (m->kind != DYAD_LEX_AGENT || (m->country && m->country[0]) || !m->sector || strcmp(m->sector, "CVL"))
        return 0;
    const char *lemma = t->words[w].lemma;
    if (!lemma) return 0;
    for (size_t i = 0; locals[i]; i++)
        if (!strcmp(lemma, locals[i])) return 1;
    return 0;
}

int implied_victims_at_place(dyad_doc *doc, size_t s, const sentence_tree *t, scratch *sc, uint32_t w,
                             uint32_t word, const char *code, actor *a)
{
    if (strncmp(code, "18", 2) && strncmp(code, "19", 2) && strncmp(code, "20", 2)) return 0;
    if (!local_people(t, sc, word)) return 0;
    where_place spot;
    if (!where_locate(doc, s, t, &sc->matches, sc->word_match, w, &spot) || !spot.match ||
        !spot.match->country || strlen(spot.match->country) != 3 || strcmp(spot.how, "event"))
        return 0;
    return country_sector_actor(doc, spot.match->country, "CVL", word, "people of the event's place", a)
               ? 1 : DYAD_ENOMEM;
}
