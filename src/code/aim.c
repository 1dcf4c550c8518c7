/*
** aim.c — at whom an action is aimed when its object is a thing (aim.h).
*/
#include <string.h>
#include "code/aim.h"
#include "code/mention.h"
#include "code/roles.h"

/* Is d, a modifier of `noun`, what an agreement, a talk or a report is
** "on" or "over"?  That is its topic, not a party: "failed to reach
** agreement on the fate of Palestinian offices", "published a report on
** Chernobyl". */
static int topic_of_accord(const sentence_tree *t, uint32_t d, int32_t noun)
{
    static const char *const accords[] = { "agreement", "deal", "accord", "pact", "treaty", "consensus",
                                           "understanding", "compromise", "settlement", "talk", "talks",
                                           "negotiation", "discussion", "dialogue", "consultation",
                                           /* what a report or a study is "on" is what it is about */
                                           "report", "study", "article", "paper", "book", "documentary",
                                           "survey", "briefing", "findings", "speech", "address", "lecture",
                                           "statement", "remark", NULL };
    static const char *const topics[] = { "on", "over", "about", "regarding", "concerning", NULL };
    return noun >= 0 && role_lemma_in(t, noun, accords) && role_lemma_in(t, role_child(t, d, "case"), topics);
}

/* Is d ground, not a party?  A border is ground between two
** countries, not one of them: "captured a stronghold on the Thai border"
** is not aimed at Thailand; the sidelines of a gathering are where a
** meeting is held ("met on the sidelines of the UN General Assembly"). */
static int ground(const sentence_tree *t, uint32_t d)
{
    static const char *const grounds[] = { "border", "frontier", "boundary", "sideline", "sidelines", "margin",
                                           "margins", "fringe", "fringes", NULL };
    return role_lemma_in(t, (int32_t)d, grounds);
}

/* Is d a directed modifier that names someone? */
static int aimed_at(dyad_doc *doc, const sentence_tree *t, uint32_t sent_first, scratch *sc, uint32_t d,
                    actor *probe)
{
    return t->words[d].deprel && !strcmp(t->words[d].deprel, "nmod") && role_directed(t, d) &&
           !topic_of_accord(t, d, t->words[d].head - 1) && !ground(t, d) &&
           mention_resolve(doc, t, sent_first, sc, d, probe);
}

/* The actor a word names, or its owner's ("Assad's failure",
** "the United States' policies"), or -1. */
static int32_t named_or_owner(dyad_doc *doc, const sentence_tree *t, uint32_t sent_first, scratch *sc, uint32_t o)
{
    actor probe;
    if (mention_resolve(doc, t, sent_first, sc, o, &probe)) return (int32_t)o;
    int32_t owner = role_child(t, o, "nmod:poss");
    if (owner >= 0 && mention_resolve(doc, t, sent_first, sc, (uint32_t)owner, &probe)) return owner;
    return -1;
}

/* "started a hunger strike to protest President Assad's failure",
** "blocked a road to show their disapproval for the United States'
** policies": a protest is aimed at what its purpose clause protests (the
** parser may hang the purpose on the verb, on its object or on the verb
** the protest is the object of). */
static int32_t protested(dyad_doc *doc, const sentence_tree *t, uint32_t sent_first, scratch *sc, uint32_t w)
{
    static const char *const protesting[] = { "protest", "denounce", "condemn", "oppose", "decry", NULL };
    static const char *const showing[] = { "show", "express", "voice", "register", "vent", NULL };
    static const char *const feelings[] = { "disapproval", "anger", "opposition", "outrage", "displeasure",
                                            "discontent", "frustration", "protest", "rejection", NULL };
    static const char *const at[] = { "for", "at", "over", "against", "with", "toward", "towards", "of", NULL };
    static const char *const to[] = { "to", NULL };
    uint32_t heads[3];
    size_t n_heads = 0;
    heads[n_heads++] = w;
    const char *rel = t->words[w].deprel;
    if (t->words[w].head > 0 && rel && !strcmp(rel, "obj")) heads[n_heads++] = (uint32_t)(t->words[w].head - 1);
    int32_t object = role_child(t, w, "obj");
    if (object >= 0) heads[n_heads++] = (uint32_t)object;
    for (size_t h = 0; h < n_heads; h++)
        for (uint32_t k = t->first_kid[heads[h]]; k < t->first_kid[heads[h] + 1]; k++) {
            uint32_t d = t->kids[k];
            const char *r = t->words[d].deprel;
            if (!r || (strcmp(r, "advcl") && strcmp(r, "xcomp") && strcmp(r, "acl")) ||
                !role_lemma_in(t, role_child(t, d, "mark"), to))
                continue;
            int32_t o = role_child(t, d, "obj");
            if (o < 0) continue;
            int32_t aim = -1;
            if (role_lemma_in(t, (int32_t)d, protesting)) aim = named_or_owner(doc, t, sent_first, sc, (uint32_t)o);
            /* "to show their anger at ...": at whom the feeling is */
            else if (role_lemma_in(t, (int32_t)d, showing) && role_lemma_in(t, o, feelings))
                for (size_t pass = 0; pass < 2 && aim < 0; pass++) {
                    uint32_t on = pass ? (uint32_t)o : d;
                    for (uint32_t j = t->first_kid[on]; j < t->first_kid[on + 1] && aim < 0; j++) {
                        uint32_t x = t->kids[j];
                        const char *xr = t->words[x].deprel;
                        if (xr && (!strncmp(xr, "obl", 3) || !strcmp(xr, "nmod")) &&
                            role_lemma_in(t, role_child(t, x, "case"), at))
                            aim = named_or_owner(doc, t, sent_first, sc, x);
                    }
                }
            if (aim >= 0) return aim;
        }
    return -1;
}

/* Is code an act of force or of violent protest (CAMEO roots 14, 15
** and 17 to 20), one "at" points at someone ("fired shells at Seoul",
** "threw stones at the police")?  With any other act "at" says where it
** happens ("held talks at the UN", "criticized the plan at the UN"). */
static int hostile_code(const char *code)
{
    static const char *const roots[] = { "14", "15", "17", "18", "19", "20", NULL };
    for (size_t i = 0; code && roots[i]; i++)
        if (!strncmp(code, roots[i], 2)) return 1;
    return 0;
}

/* "signed an accord to supply Gondor with wheat", "reached a deal
** on Friday to sell jets to Egypt": an agreement's "to" clause says what
** it binds its parties to, so whom that clause acts on (its object, or
** its directed oblique) is the other party.  The clause hangs on the
** agreement or, with words between, on the verb.  The word, or -1. */
static int32_t accord_party(dyad_doc *doc, const sentence_tree *t, uint32_t sent_first, scratch *sc, uint32_t w,
                            int32_t thing)
{
    static const char *const agreements[] = { "agreement", "deal", "accord", "pact", "treaty", "contract",
                                              "memorandum", "protocol", "understanding", NULL };
    static const char *const to[] = { "to", NULL };
    if (thing < 0 || !role_lemma_in(t, thing, agreements)) return -1;
    uint32_t heads[2] = { (uint32_t)thing, w };
    actor probe;
    for (size_t h = 0; h < 2; h++)
        for (uint32_t k = t->first_kid[heads[h]]; k < t->first_kid[heads[h] + 1]; k++) {
            uint32_t c = t->kids[k];
            const char *rel = t->words[c].deprel;
            if (!rel || strcmp(rel, h ? "advcl" : "acl") || (h && c < (uint32_t)thing) ||
                !role_lemma_in(t, role_child(t, c, "mark"), to) || role_child(t, c, "nsubj") >= 0)
                continue;
            int32_t o = role_child(t, c, "obj");
            if (o >= 0 && mention_resolve(doc, t, sent_first, sc, (uint32_t)o, &probe)) return o;
            for (uint32_t j = t->first_kid[c]; j < t->first_kid[c + 1]; j++) {
                uint32_t d = t->kids[j];
                if (t->words[d].deprel && !strcmp(t->words[d].deprel, "obl") && role_directed(t, d) &&
                    mention_resolve(doc, t, sent_first, sc, d, &probe))
                    return (int32_t)d;
            }
        }
    return -1;
}

/* Is this disapproval (CAMEO 11x) of an act done to someone, an attack,
** a killing, a crackdown or a sanction?  Whom the act is "on", "against"
** or "of" is its victim, not the one disapproved of: "condemned the
** attack on Uganda's embassy" disapproves of the attackers, and with no
** one named who did it there is no target (the event is not coded). */
static int criticized_act_on_victim(const sentence_tree *t, const char *code, int32_t tgt)
{
    static const char *const acts[] = {
        "attack", "assault", "bombing", "shelling", "strike", "airstrike", "raid", "bombardment", "killing",
        "murder", "assassination", "massacre", "shooting", "kidnapping", "abduction", "invasion", "incursion",
        "occupation", "violence", "crackdown", "repression", "persecution", "arrest", "detention", "execution",
        "harassment", "torture", "abuse", "mistreatment", "sanction", "embargo", "blockade", NULL };
    return tgt >= 0 && !strncmp(code, "11", 2) && role_lemma_in(t, tgt, acts);
}

/* Does d, a directed phrase, say on whom an act is done ("on", "against")? */
static int victim_case(const sentence_tree *t, uint32_t d)
{
    static const char *const victims[] = { "on", "against", "upon", NULL };
    return role_lemma_in(t, role_child(t, d, "case"), victims);
}

/* "threatened to launch an offensive unless Baghdad accepted its
** conditions": a threat is aimed at whoever must meet its condition;
** also in a clause ("warned that it would respond if troops were
** deployed", where the parser may read the condition as a complement).
** The word of that subject, or -1. */
static int32_t threat_condition_subject(dyad_doc *doc, const sentence_tree *t, uint32_t sent_first, scratch *sc,
                                        uint32_t w)
{
    static const char *const conditions[] = { "unless", "if", NULL };
    actor probe;
    uint32_t heads[3] = { w, 0, 0 };
    size_t n_heads = 1;
    int32_t open = role_child(t, w, "xcomp");
    if (open >= 0) heads[n_heads++] = (uint32_t)open;
    int32_t said = role_child(t, w, "ccomp");
    if (said >= 0) heads[n_heads++] = (uint32_t)said;
    for (size_t h = 0; h < n_heads; h++)
        for (uint32_t k = t->first_kid[heads[h]]; k < t->first_kid[heads[h] + 1]; k++) {
            uint32_t d = t->kids[k];
            const char *rel = t->words[d].deprel;
            if (!rel || (strcmp(rel, "advcl") && (h == 0 || strcmp(rel, "ccomp"))) ||
                !role_lemma_in(t, role_child(t, d, "mark"), conditions))
                continue;
            int32_t subj = role_child(t, d, "nsubj");
            if (subj < 0) subj = role_child(t, d, "nsubj:pass");
            if (subj >= 0 && mention_resolve(doc, t, sent_first, sc, (uint32_t)subj, &probe)) return subj;
        }
    return -1;
}

/* "cordoned off the roads leading into Gaza", "seized a ship bound for
** Syria": a way or a cargo is known by where it goes, so for an act on a
** place's people (aid, force, coercion: CAMEO roots 07, 08, 14, 15 and
** 17 to 20) the thing's participle of direction names whom the act
** reaches; not so for people, who are not known by where they go.  The
** word, or -1. */
static int32_t destination(dyad_doc *doc, const sentence_tree *t, uint32_t sent_first, scratch *sc,
                           const char *code, int32_t thing)
{
    static const char *const roots[] = { "07", "08", "14", "15", "17", "18", "19", "20", NULL };
    static const char *const toward[] = { "to", "into", "toward", "towards", "for", NULL };
    int place_act = 0;
    for (size_t i = 0; code && roots[i] && !place_act; i++) place_act = !strncmp(code, roots[i], 2);
    /* (not people: "dispersed protesters marching toward the embassy"
    ** were not the embassy's) */
    if (!place_act || thing < 0 || sc->word_match[thing] >= 0) return -1;
    actor probe;
    for (uint32_t k = t->first_kid[thing]; k < t->first_kid[thing + 1]; k++) {
        uint32_t c = t->kids[k];
        const char *rel = t->words[c].deprel;
        if (!rel || strcmp(rel, "acl") || !t->words[c].xpos ||
            (strcmp(t->words[c].xpos, "VBG") && strcmp(t->words[c].xpos, "VBN")))
            continue;
        for (uint32_t j = t->first_kid[c]; j < t->first_kid[c + 1]; j++) {
            uint32_t d = t->kids[j];
            if (t->words[d].deprel && !strcmp(t->words[d].deprel, "obl") &&
                role_lemma_in(t, role_child(t, d, "case"), toward) && !ground(t, d) &&
                mention_resolve(doc, t, sent_first, sc, d, &probe))
                return (int32_t)d;
        }
    }
    return -1;
}

int aim_names_only_giver(dyad_doc *doc, const sentence_tree *t, uint32_t sent_first, scratch *sc, const char *code,
                         int32_t tgt)
{
    static const char *const from[] = { "from", NULL };
    int giving = !strncmp(code, "033", 3) || !strncmp(code, "07", 2);
    if (!giving || tgt < 0 || sc->word_match[tgt] >= 0) return 0;
    actor probe;
    int giver = 0;
    for (uint32_t k = t->first_kid[tgt]; k < t->first_kid[tgt + 1]; k++) {
        uint32_t d = t->kids[k];
        if (!mention_resolve(doc, t, sent_first, sc, d, &probe)) continue;
        if (!role_lemma_in(t, role_child(t, d, "case"), from)) return 0;
        giver = 1;
    }
    return giver;
}

int aim_names_only_victim(dyad_doc *doc, const sentence_tree *t, uint32_t sent_first, scratch *sc,
                          const char *code, int32_t tgt)
{
    static const char *const owners[] = { "nmod:poss", "amod", "compound", "flat", "appos", "nmod:desc", NULL };
    if (!criticized_act_on_victim(t, code, tgt)) return 0;
    actor probe;
    int victim = 0;
    for (uint32_t k = t->first_kid[tgt]; k < t->first_kid[tgt + 1]; k++) {
        uint32_t d = t->kids[k];
        const char *rel = t->words[d].deprel;
        if (!rel) continue;
        int owner = 0;
        for (size_t i = 0; owners[i] && !owner; i++) owner = !strcmp(rel, owners[i]);
        /* who did it: "Somalia's attack", "the Somali raid", "the attack
        ** by Somali militants", "the raid carried out by Somalia" */
        if (owner && mention_resolve(doc, t, sent_first, sc, d, &probe)) return 0;
        if (!strcmp(rel, "acl")) {
            int32_t agent = role_child(t, d, "obl:agent");
            if (agent >= 0 && mention_resolve(doc, t, sent_first, sc, (uint32_t)agent, &probe)) return 0;
        }
        if (strcmp(rel, "nmod") || !mention_resolve(doc, t, sent_first, sc, d, &probe)) continue;
        if (!victim_case(t, d) && !role_lemma_in(t, role_child(t, d, "case"), (const char *const[]){ "of", NULL }))
            return 0;
        victim = 1;
    }
    return victim;
}

int32_t aim_target(dyad_doc *doc, const sentence_tree *t, uint32_t sent_first, scratch *sc, uint32_t w,
                   const char *code, int32_t tgt)
{
    if (aim_names_only_victim(doc, t, sent_first, sc, code, tgt) || aim_names_only_giver(doc, t, sent_first, sc, code, tgt))
        return -1;
    actor probe;
    int32_t aim = -1;
    int victim_only = criticized_act_on_victim(t, code, tgt);
    if (tgt >= 0 && !mention_resolve(doc, t, sent_first, sc, (uint32_t)tgt, &probe)) {
        for (uint32_t k = t->first_kid[tgt]; k < t->first_kid[tgt + 1] && aim < 0 && !victim_only; k++)
            if (aimed_at(doc, t, sent_first, sc, t->kids[k], &probe)) aim = (int32_t)t->kids[k];
        /* whoever does it, as a participle says: "prevented the
        ** demonstration staged by students" */
        for (uint32_t k = t->first_kid[tgt]; k < t->first_kid[tgt + 1] && aim < 0; k++) {
            uint32_t c = t->kids[k];
            if (!t->words[c].deprel || strcmp(t->words[c].deprel, "acl")) continue;
            int32_t agent = role_child(t, c, "obl:agent");
            if (agent >= 0 && mention_resolve(doc, t, sent_first, sc, (uint32_t)agent, &probe)) aim = agent;
        }
        /* on the last of conjoined things, where the parser hangs a
        ** phrase that belongs to them all: "launched artillery, mortar
        ** and rocket fire against the camps" */
        for (uint32_t k = t->first_kid[tgt]; k < t->first_kid[tgt + 1] && aim < 0 && !victim_only; k++) {
            uint32_t c = t->kids[k];
            if (!t->words[c].deprel || strcmp(t->words[c].deprel, "conj")) continue;
            for (uint32_t j = t->first_kid[c]; j < t->first_kid[c + 1] && aim < 0; j++)
                if (aimed_at(doc, t, sent_first, sc, t->kids[j], &probe)) aim = (int32_t)t->kids[j];
        }
        /* one level down: "welcomed the resumption of ties with
        ** Mordor", "a resumption of ties between Gondor and ..." */
        for (uint32_t k = t->first_kid[tgt]; k < t->first_kid[tgt + 1] && aim < 0 && !victim_only; k++) {
            uint32_t d = t->kids[k];
            if (!t->words[d].deprel || strcmp(t->words[d].deprel, "nmod")) continue;
            for (uint32_t j = t->first_kid[d]; j < t->first_kid[d + 1] && aim < 0; j++)
                if (aimed_at(doc, t, sent_first, sc, t->kids[j], &probe)) aim = (int32_t)t->kids[j];
        }
    }
    if (aim < 0 && (tgt < 0 || !mention_resolve(doc, t, sent_first, sc, (uint32_t)tgt, &probe))) {
        for (uint32_t k = t->first_kid[w]; k < t->first_kid[w + 1] && aim < 0; k++) {
            uint32_t d = t->kids[k];
            const char *rel = t->words[d].deprel;
            if (rel && (!strcmp(rel, "obl") || !strcmp(rel, "nmod")) && role_directed(t, d) && !ground(t, d) &&
                !(victim_only && victim_case(t, d)) &&
                !topic_of_accord(t, d, role_child(t, w, "obj")) && mention_resolve(doc, t, sent_first, sc, d, &probe))
                aim = (int32_t)d;
        }
        /* the thing a directed oblique names, aimed in turn: "advised
        ** against travel to Tunisia"; not a statement's, whose
        ** oblique is its topic ("announced bans on travel to Canada");
        ** and a pact or talks left: "pulled out of the deal with
        ** Ukraine", "withdrew from talks with the rebels" */
        static const char *const pacts[] = { "deal", "agreement", "accord", "pact", "treaty", "contract", "talk",
                                             "negotiation", "dialogue", "ceasefire", "truce", NULL };
        static const char *const leaving[] = { "of", "from", NULL };
        for (uint32_t k = t->first_kid[w]; strncmp(code, "01", 2) && k < t->first_kid[w + 1] && aim < 0; k++) {
            uint32_t d = t->kids[k];
            const char *rel = t->words[d].deprel;
            int left = role_lemma_in(t, role_child(t, d, "case"), leaving) && role_lemma_in(t, (int32_t)d, pacts);
            if (!rel || strcmp(rel, "obl") || (!role_directed(t, d) && !left) ||
                mention_resolve(doc, t, sent_first, sc, d, &probe))
                continue;
            for (uint32_t j = t->first_kid[d]; j < t->first_kid[d + 1] && aim < 0; j++)
                if (aimed_at(doc, t, sent_first, sc, t->kids[j], &probe)) aim = (int32_t)t->kids[j];
        }
        /* a hostile act's "at", on the verb or on its thing object,
        ** when nothing else is aimed at: "fired two shells at Seoul" */
        static const char *const at[] = { "at", NULL };
        uint32_t at_heads[2] = { w, tgt >= 0 ? (uint32_t)tgt : w };
        for (size_t h = 0; hostile_code(code) && h < 2 && aim < 0; h++)
            for (uint32_t k = t->first_kid[at_heads[h]]; k < t->first_kid[at_heads[h] + 1] && aim < 0; k++) {
                uint32_t d = t->kids[k];
                const char *rel = t->words[d].deprel;
                if (rel && !strcmp(rel, h ? "nmod" : "obl") && role_lemma_in(t, role_child(t, d, "case"), at) &&
                    !ground(t, d) && mention_resolve(doc, t, sent_first, sc, d, &probe))
                    aim = (int32_t)d;
            }
        if (aim < 0) aim = accord_party(doc, t, sent_first, sc, w, tgt);
        if (aim < 0) aim = destination(doc, t, sent_first, sc, code, tgt);
    }
    /* "demanded that North Korea stop ...": the one addressed is
    ** the clause's subject; "threatened to break ties with
    ** Russia": the one aimed at in the clause */
    /* (a statement is not addressed to its clause's subject: "said
    ** he was unaware") */
    if (aim < 0 && tgt < 0 && !strncmp(code, "13", 2)) aim = threat_condition_subject(doc, t, sent_first, sc, w);
    if (aim < 0 && tgt < 0 && strncmp(code, "01", 2)) {
        int32_t clause_verb = role_child(t, w, "ccomp");
        if (clause_verb >= 0) {
            int32_t subj = role_child(t, (uint32_t)clause_verb, "nsubj");
            if (subj >= 0 && mention_resolve(doc, t, sent_first, sc, (uint32_t)subj, &probe)) aim = subj;
        }
        /* "pushed for the US to back its plan": what an appeal or a
        ** demand asks "for" is asked of the clause's subject */
        for (uint32_t k = t->first_kid[w]; aim < 0 && k < t->first_kid[w + 1]; k++) {
            uint32_t d = t->kids[k];
            if ((strncmp(code, "02", 2) && strncmp(code, "10", 2)) || !t->words[d].deprel ||
                strcmp(t->words[d].deprel, "advcl") ||
                !role_lemma_in(t, role_child(t, d, "mark"), (const char *const[]){ "for", NULL }))
                continue;
            int32_t subj = role_child(t, d, "nsubj");
            if (subj >= 0 && mention_resolve(doc, t, sent_first, sc, (uint32_t)subj, &probe)) aim = subj;
        }
        clause_verb = role_child(t, w, "xcomp");
        if (aim < 0 && clause_verb >= 0) {
            int32_t o = role_child(t, (uint32_t)clause_verb, "obj");
            if (o >= 0 && mention_resolve(doc, t, sent_first, sc, (uint32_t)o, &probe)) aim = o;
            for (uint32_t k = t->first_kid[clause_verb]; aim < 0 && k < t->first_kid[clause_verb + 1]; k++) {
                uint32_t d = t->kids[k];
                const char *rel = t->words[d].deprel;
                if (rel && !strcmp(rel, "obl") && role_directed(t, d) &&
                    mention_resolve(doc, t, sent_first, sc, d, &probe))
                    aim = (int32_t)d;
            }
            /* ... or at whom its object is ("threatened to deliver blows
            ** to the United States", the parser hanging "to" on the noun) */
            for (uint32_t k = o >= 0 ? t->first_kid[o] : 0; aim < 0 && o >= 0 && k < t->first_kid[o + 1]; k++) {
                uint32_t d = t->kids[k];
                const char *rel = t->words[d].deprel;
                if (rel && !strcmp(rel, "nmod") && role_directed(t, d) &&
                    mention_resolve(doc, t, sent_first, sc, d, &probe))
                    aim = (int32_t)d;
            }
        }
    }
    /* "reiterated its demand that Kenya cut spending", "the call that
    ** Russia withdraw": a demand or an appeal (a thing object, or the
    ** noun itself) is addressed to its content clause's subject; the
    ** parser often reads the clause as a relative one, so that is taken
    ** too, unless it says who made the demand ("the demand that Kenya
    ** made") */
    if (aim < 0 && (!strncmp(code, "02", 2) || !strncmp(code, "10", 2))) {
        static const char *const making[] = { "make", "issue", "present", "submit", "put", "send", "file", "lodge",
                                              "launch", "voice", "raise", "table", "repeat", "reiterate", "renew",
                                              "receive", "get", "reject", "ignore", "have", "deliver", "express",
                                              "accept", "hear", "meet", "drop", NULL };
        /* the thing object, the noun event itself, and the verb whose
        ** object the thing is, where the parser may hang the clause
        ** ("repeated its demand on Monday that Kenya ease ...") */
        int32_t nouns[3] = { -1, -1, -1 };
        if (tgt >= 0 && !mention_resolve(doc, t, sent_first, sc, (uint32_t)tgt, &probe)) {
            nouns[0] = tgt;
            nouns[2] = (int32_t)w;
        }
        if (t->words[w].upos && !strcmp(t->words[w].upos, "NOUN")) nouns[1] = (int32_t)w;
        for (size_t h = 0; h < 3 && aim < 0; h++) {
            if (nouns[h] < 0) continue;
            for (uint32_t k = t->first_kid[nouns[h]]; k < t->first_kid[nouns[h] + 1] && aim < 0; k++) {
                uint32_t d = t->kids[k];
                const char *rel = t->words[d].deprel;
                if (!rel || (strcmp(rel, "acl") && strcmp(rel, "acl:relcl") && strcmp(rel, "ccomp"))) continue;
                if (h == 2 && strcmp(rel, "ccomp")) continue;
                if (!strcmp(rel, "acl:relcl") && role_lemma_in(t, (int32_t)d, making)) continue;
                int32_t subj = role_child(t, d, "nsubj");
                if (subj >= 0 && mention_resolve(doc, t, sent_first, sc, (uint32_t)subj, &probe)) aim = subj;
            }
        }
    }
    if (aim < 0 && !strncmp(code, "14", 2) && (tgt < 0 || !mention_resolve(doc, t, sent_first, sc, (uint32_t)tgt, &probe)))
        aim = protested(doc, t, sent_first, sc, w);
    if (aim >= 0) return aim;
    /* an object that names no one is no target ("signed a deal") */
    if (tgt >= 0 && !mention_resolve(doc, t, sent_first, sc, (uint32_t)tgt, &probe)) return -1;
    return tgt;
}
