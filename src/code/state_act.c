/*
** state_act.c — the state that did an act reported in the passive with
** no agent (state_act.h).
*/
#include <stdio.h>
#include <string.h>
#include "code/state_act.h"
#include "code/roles.h"

/*
** The acts only a state does to people, by lemma and by the CAMEO family
** the pattern gave (a lemma outside its family is another sense: "tried
** to", "charged" as accusing, "banned" by a sports body as 172), and the
** sector that does them.  Left out, since anyone does them: violence
** (18x-20x, "was killed", "kidnapped"), seizing or holding people and
** property ("was captured", "was held": militants do), destroying
** property (1712), investigating abuses, military actions or war crimes
** (092-094: commissions, the UN, rights groups), the reductions of
** relations (16x: an embassy closed in Kabul was closed by the country it
** belonged to, not by Afghanistan), statements, suits and accusations.
*/
typedef struct state_verb {
    const char *lemma;
    const char *family;      /* the code must start with one of these, "|" between */
    const char *sector;
} state_verb;

static const state_verb VERBS[] = {
    /* the police arrest, detain and break up crowds */
    { "arrest", "17", "COP" },        { "detain", "17", "COP" },      { "apprehend", "17", "COP" },
    { "nab", "17", "COP" },           { "interrogate", "17", "COP" }, { "disperse", "175", "COP" },
    { "teargas", "175", "COP" },
    /* the courts try, charge, convict, sentence and jail */
    { "sentence", "116", "JUD" },     { "convict", "116", "JUD" },    { "find", "116", "JUD" },
    { "condemn", "116", "JUD" },      { "jail", "17", "JUD" },        { "imprison", "17", "JUD" },
    { "incarcerate", "17", "JUD" },   { "indict", "173", "JUD" },     { "prosecute", "173", "JUD" },
    { "charge", "173", "JUD" },       { "try", "173", "JUD" },
    /* a criminal investigation: prosecutors and judges */
    { "investigate", "090|091", "JUD" }, { "probe", "090|091", "JUD" }, { "investigation", "090|091", "JUD" },
    /* the government expels, bans, censors, confiscates and represses */
    { "deport", "174", "GOV" },       { "expel", "174", "GOV" },      { "extradite", "174", "GOV" },
    { "exile", "174", "GOV" },        { "banish", "174", "GOV" },     { "ban", "1721|1722", "GOV" },
    { "censor", "1721", "GOV" },      { "shut", "1721", "GOV" },      { "close", "1721", "GOV" },
    { "silence", "1721", "GOV" },     { "muzzle", "1721", "GOV" },    { "gag", "1721", "GOV" },
    /* (outlawing a party or group is the state's whatever the code: 172
    ** or 1722; a ban may be a sports body's, so only a political one) */
    { "outlaw", "172", "GOV" },       { "proscribe", "172", "GOV" },  { "disband", "1722", "GOV" },
    { "dissolve", "1722", "GOV" },    { "deregister", "172", "GOV" }, { "confiscate", "1711", "GOV" },
    { "expropriate", "1711", "GOV" }, { "nationalize", "1711", "GOV" }, { "nationalise", "1711", "GOV" },
    { "impound", "1711", "GOV" },     { "repress", "175", "GOV" },    { "suppress", "175", "GOV" },
    { "quell", "175", "GOV" },        { "execute", "175", "GOV" },    { "hang", "175", "GOV" },
};

static int in_family(const char *code, const char *family)
{
    for (const char *p = family; *p;) {
        size_t len = strcspn(p, "|");
        if (!strncmp(code, p, len)) return 1;
        p += len + (p[len] == '|');
    }
    return 0;
}

/* "put under arrest", "put on trial", "put behind bars": the sector is
** the phrase's noun's. */
static const char *put_sector(const sentence_tree *t, uint32_t w)
{
    static const char *const police[] = { "arrest", "custody", "detention", "surveillance", NULL };
    static const char *const courts[] = { "trial", "bar", "bars", "investigation", "probe", NULL };
    for (uint32_t k = t->first_kid[w]; k < t->first_kid[w + 1]; k++) {
        uint32_t d = t->kids[k];
        if (!t->words[d].deprel || strncmp(t->words[d].deprel, "obl", 3)) continue;
        if (role_lemma_in(t, (int32_t)d, police)) return "COP";
        if (role_lemma_in(t, (int32_t)d, courts)) return "JUD";
    }
    return NULL;
}

static const char *act_sector(const sentence_tree *t, uint32_t w, const char *code)
{
    static const char *const put[] = { "put", "place", NULL };
    if (role_lemma_in(t, (int32_t)w, put)) return !strncmp(code, "17", 2) ? put_sector(t, w) : NULL;
    char buf[64];
    const char *lemma = role_lemma(t, w, buf, sizeof buf);
    for (size_t i = 0; i < sizeof VERBS / sizeof VERBS[0]; i++)
        if (!strcmp(lemma, VERBS[i].lemma)) return in_family(code, VERBS[i].family) ? VERBS[i].sector : NULL;
    return NULL;
}

/* The lexicon match of w's phrase on w itself, or NULL. */
static const dyad_lex_match *match_at(const dyad_lex_matches *matches, const int32_t *word_match, int32_t w)
{
    return w >= 0 && word_match[w] >= 0 ? &matches->items[word_match[w]] : NULL;
}

/* The phrase of w's obl opened by preposition prep, or -1. */
static int32_t obl_with_case(const sentence_tree *t, uint32_t w, const char *prep)
{
    for (uint32_t k = t->first_kid[w]; k < t->first_kid[w + 1]; k++) {
        uint32_t d = t->kids[k];
        if (!t->words[d].deprel || strncmp(t->words[d].deprel, "obl", 3)) continue;
        int32_t c = role_child(t, d, "case");
        char buf[16];
        if (c >= 0 && !strcmp(role_lemma(t, (uint32_t)c, buf, sizeof buf), prep)) return (int32_t)d;
    }
    return -1;
}

static int a_state(const char *country)
{
    return country && strlen(country) == 3 && strcmp(country, "IGO") && strcmp(country, "NGO") &&
           strcmp(country, "MNC") && strcmp(country, "IMG");
}

int state_act_named_target(const actor *target)
{
    /* nor the people of the place, given when the subject names no actor
    ** ("the rally was dispersed in Alexandria"): the state and its
    ** people would both be read off the one place name */
    static const char *const remembered[] = { "pronoun", "owned by a pronoun", "earlier mention", "the place", NULL };
    for (size_t i = 0; remembered[i]; i++)
        if (target->how && !strcmp(target->how, remembered[i])) return 0;
    return 1;
}

int state_act_source(dyad_doc *doc, size_t s, const sentence_tree *t, const dyad_lex_matches *matches,
                     const int32_t *word_match, uint32_t w, uint32_t clause, const char *code,
                     const char *modality, actor *out, where_place *spot)
{
    /* only what was done: not what is to come, is wished or is denied */
    if (strcmp(modality, "asserted") && strcmp(modality, "reported")) return 0;
    int32_t subj = role_child(t, clause, "nsubj:pass");
    if (subj < 0 || role_agent(t, clause) >= 0 || role_agent(t, w) >= 0) return 0;
    const char *sector = act_sector(t, w, code);
    if (!sector) return 0;
    /* a state acted upon as a state ("Russia was banned", "Cairo was
    ** censured") meets other bodies, sports and international ones; it
    ** is people, groups and media that only a state arrests or bans */
    /* (a name before a noun only modifies it, however the parser hung
    ** it: "a US national") */
    const dyad_lex_match *target = match_at(matches, word_match, subj);
    uint32_t after = target ? target->last - doc->sents[s].first : 0;
    const char *next = target && after < t->n && t->words[after].upos ? t->words[after].upos : "";
    if (target && target->kind == DYAD_LEX_COUNTRY && target->form &&
        (!strcmp(target->form, "name") || !strcmp(target->form, "capital") || !strcmp(target->form, "gov")) &&
        strcmp(next, "NOUN") && strcmp(next, "ADJ") && strcmp(next, "PROPN"))
        return 0;
    /* the expelled leave the state that expels them: "deported from
    ** Malaysia" is Malaysia's act, "expelled from the party" the party's */
    int32_t from = !strncmp(code, "174", 3) ? obl_with_case(t, w, "from") : -1;
    if (from >= 0) {
        const dyad_lex_match *m = match_at(matches, word_match, from);
        if (!m || !a_state(m->country)) return 0;
        memset(spot, 0, sizeof *spot);
        spot->match = m;
        spot->word = (uint32_t)from;
        spot->start = (int32_t)m->start;
        spot->end = (int32_t)m->end;
        spot->how = "event";
        spot->prep = "from";
    } else if (!where_locate(doc, s, t, matches, word_match, w, spot) ||
               (strcmp(spot->how, "event") && strcmp(spot->how, "dateline"))) {
        /* only a phrase on the event says where it was done: one on the
        ** person ("a journalist in exile in London was sentenced") says
        ** where they are, one elsewhere where something else is */
        return 0;
    }
    /* a disputed or self-governing territory (the West Bank, Gaza,
    ** Kashmir) is listed under the state it is recognised as part of,
    ** which says nothing of whose police act there (lexicon/places.tsv) */
    if (!spot->match || !a_state(spot->match->country) ||
        (spot->match->form && !strcmp(spot->match->form, "territory")))
        return 0;
    /* "was extradited to Spain", datelined Madrid: the place they were
    ** sent to did not send them */
    int32_t to = !strncmp(code, "174", 3) ? obl_with_case(t, w, "to") : -1;
    const dyad_lex_match *dest = match_at(matches, word_match, to);
    if (dest && dest->country && !strcmp(dest->country, spot->match->country)) return 0;
    char buf[16];
    int len = snprintf(buf, sizeof buf, "%s%s", spot->match->country, sector);
    const char *copy = dyad_doc_strdup(doc, buf, (size_t)len);
    if (!copy) return 0;
    memset(out, 0, sizeof *out);
    out->found = 1;
    out->code = copy;
    out->country = spot->match->country;
    out->sector = copy + strlen(spot->match->country);
    out->first = spot->word;
    out->last = spot->word + 1;
    /* a guess from the place, less sure than a named agent */
    out->certainty = !strcmp(spot->how, "dateline") ? 0.4f : 0.5f;
    out->how = "inferred: the state where it happened";
    return 1;
}
