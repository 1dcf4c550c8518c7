/*
** roles.c — reading a verb's dependents: subjects, agents, targets,
** coordination, negation and modality, and CAMEO's intent codes
** (roles.h).
*/
#include <string.h>
#include <strings.h>
#include "code/roles.h"
#include "code/attribution.h"

const char *role_lemma(const sentence_tree *t, uint32_t w, char *buf, size_t len)
{
    return tree_lemma(t, w, buf, len);
}

int role_lemma_in(const sentence_tree *t, int32_t w, const char *const *lemmas)
{
    if (w < 0) return 0;
    char buf[64];
    const char *lemma = role_lemma(t, (uint32_t)w, buf, sizeof buf);
    for (size_t i = 0; lemmas[i]; i++)
        if (!strcmp(lemma, lemmas[i])) return 1;
    return 0;
}

/* The first dependent of w with relation rel (exactly), or -1. */
int32_t role_child(const sentence_tree *t, uint32_t w, const char *rel)
{
    for (uint32_t k = t->first_kid[w]; k < t->first_kid[w + 1]; k++) {
        uint32_t d = t->kids[k];
        if (t->words[d].deprel && !strcmp(t->words[d].deprel, rel)) return (int32_t)d;
    }
    return -1;
}

/* The passive's agent: an obl (or obl:agent) with case "by"; else the
** attack it happened in, whose modifiers say whose it was ("killed in
** an Israeli air strike": the strike, Israel's). */
int32_t role_agent(const sentence_tree *t, uint32_t w)
{
    static const char *const by[] = { "by", NULL };
    static const char *const in[] = { "in", "during", NULL };
    static const char *const attacks[] = { "strike", "airstrike", "air-strike", "raid", "attack", "shelling",
                                           "bombing", "bombardment", "fire", "gunfire", "assault", "offensive",
                                           "ambush", "crossfire", "barrage", "operation", NULL };
    int32_t attack = -1;
    for (uint32_t k = t->first_kid[w]; k < t->first_kid[w + 1]; k++) {
        uint32_t d = t->kids[k];
        const char *rel = t->words[d].deprel;
        if (!rel || strncmp(rel, "obl", 3)) continue;
        int32_t c = role_child(t, d, "case");
        if (role_lemma_in(t, c, by)) return (int32_t)d;
        if (attack < 0 && role_lemma_in(t, c, in) && role_lemma_in(t, (int32_t)d, attacks)) attack = (int32_t)d;
    }
    return attack;
}

int role_has_dependent(const sentence_tree *t, uint32_t w, const char *rel, const char *const *lemmas)
{
    for (uint32_t k = t->first_kid[w]; k < t->first_kid[w + 1]; k++) {
        uint32_t d = t->kids[k];
        if (!t->words[d].deprel || strcmp(t->words[d].deprel, rel)) continue;
        char buf[32];
        const char *l = role_lemma(t, d, buf, sizeof buf);
        for (size_t i = 0; lemmas[i]; i++)
            if (!strcmp(l, lemmas[i])) return 1;
    }
    return 0;
}

/* The subject of w, looking through control and coordination: "Russia
** promised to send aid" gives "send" the subject of "promised". */
int role_relative_pronoun(const sentence_tree *t, int32_t w)
{
    const char *f = t->words[w].form;
    return !strcasecmp(f, "who") || !strcasecmp(f, "which") || !strcasecmp(f, "that");
}

/* "Ukrainian lawmakers Tuesday endorsed ...", parsed with the day for
** subject and the lawmakers as a bare noun phrase of the verb: the bare
** noun before the verb (or the day's own modifier) is its subject.  -1
** when there is none. */
static int32_t subject_beside_time(const sentence_tree *t, uint32_t w, uint32_t time)
{
    /* "Pakistan today threatened", the name read as the day's modifier */
    static const char *const rels[] = { "compound", "nmod:desc", "nmod:poss", "nmod:npmod", NULL };
    for (size_t i = 0; rels[i]; i++) {
        int32_t named = role_child(t, time, rels[i]);
        if (named >= 0 && (uint32_t)named < time) return named;
    }
    for (uint32_t k = t->first_kid[w]; k < t->first_kid[w + 1]; k++) {
        uint32_t d = t->kids[k];
        const char *rel = t->words[d].deprel;
        const char *upos = t->words[d].upos;
        if (d < w && rel && (!strcmp(rel, "obl:unmarked") || !strcmp(rel, "obl:npmod") || !strcmp(rel, "obl:tmod")) &&
            upos && (!strcmp(upos, "NOUN") || !strcmp(upos, "PROPN")) && !tree_time_word(t, d) &&
            role_child(t, d, "case") < 0)
            return (int32_t)d;
    }
    /* "Ghana on Friday recalled ...", parsed with the verb hung on the
    ** name before it: the name is the subject */
    int32_t head = t->words[w].head - 1;
    const char *hu = head >= 0 ? t->words[head].upos : NULL;
    if (head >= 0 && (uint32_t)head < time && hu && (!strcmp(hu, "PROPN") || !strcmp(hu, "NOUN")) &&
        !tree_time_word(t, (uint32_t)head))
        return head;
    return -1;
}

/* Nouns whose content an infinitive says ("plans to sell arms", "an
** appeal to lay down arms"): what it says is planned or wished, not done. */
static const char *const CONTENT_NOUNS[] = {
    "plan", "call", "appeal", "demand", "offer", "proposal", "decision", "agreement", "attempt",
    "effort", "bid", "order", "request", "invitation", "promise", "pledge", "threat", "move",
    "right", "ability", "chance", "opportunity", "refusal", "willingness", "readiness", "intention",
    "campaign", "commitment", "deal", "permission", "authority", "mandate", "licence", "license",
    "ultimatum", "motion", "vote", "resolution", "warning", "instruction", "initiative", "step",
    "way", "need", "power", "time", "plea", "proposition", "suggestion", "idea", "law", "bill",
    "programme", "program", "scheme", "strategy", "policy", "project", "mission", "task", NULL };

int role_content_noun(const char *lemma)
{
    for (size_t i = 0; lemma && CONTENT_NOUNS[i]; i++)
        if (!strcmp(lemma, CONTENT_NOUNS[i])) return 1;
    return 0;
}

/* Is w an infinitive giving the content of such a noun? */
static int content_of_noun(const sentence_tree *t, uint32_t w)
{
    static const char *const to[] = { "to", NULL };
    int32_t head = t->words[w].head - 1;
    return head >= 0 && t->words[w].deprel && !strcmp(t->words[w].deprel, "acl") &&
           role_has_dependent(t, w, "mark", to) && role_lemma_in(t, head, CONTENT_NOUNS);
}

/* For a past participle w with no auxiliary of its own, conjoined with
** a finite verb h before it: the participle between them that has an
** auxiliary ("had attacked ... and taken"), or -1. */
static int32_t participle_conjunct_head(const sentence_tree *t, uint32_t w, uint32_t h)
{
    const char *x = t->words[w].xpos, *hx = t->words[h].xpos;
    if (!x || strcmp(x, "VBN") || !hx || (strcmp(hx, "VBD") && strcmp(hx, "VBZ") && strcmp(hx, "VBP")) ||
        role_child(t, w, "aux") >= 0 || role_child(t, w, "aux:pass") >= 0 || h >= w)
        return -1;
    for (uint32_t v = w - 1; v > h; v--) {
        const char *vx = t->words[v].xpos;
        if (vx && !strcmp(vx, "VBN") && (role_child(t, v, "aux") >= 0 || role_child(t, v, "aux:pass") >= 0))
            return (int32_t)v;
    }
    return -1;
}

int32_t role_shared_participle(const sentence_tree *t, uint32_t w)
{
    int32_t head = t->words[w].head - 1;
    if (head < 0 || !t->words[w].deprel || strcmp(t->words[w].deprel, "conj")) return -1;
    return participle_conjunct_head(t, w, (uint32_t)head);
}

/* Is w "engaged" or "involved" with an "in" phrase and no "by" agent? */
static int engaged_in(const sentence_tree *t, uint32_t w)
{
    static const char *const verbs[] = { "engage", "involve", NULL };
    static const char *const in[] = { "in", NULL };
    static const char *const by[] = { "by", NULL };
    if (!role_lemma_in(t, (int32_t)w, verbs)) return 0;
    int in_phrase = 0;
    for (uint32_t k = t->first_kid[w]; k < t->first_kid[w + 1]; k++) {
        uint32_t d = t->kids[k];
        const char *rel = t->words[d].deprel;
        if (!rel || strncmp(rel, "obl", 3)) continue;
        int32_t c = role_child(t, d, "case");
        if (role_lemma_in(t, c, by)) return 0;
        in_phrase |= role_lemma_in(t, c, in);
    }
    return in_phrase;
}

/* "a car bomb planted by the PKK killed ...", "a missile fired by the
** rebels hit ...": a weapon that acts is wielded by the agent of the
** participle that describes it; its word, or -1 */
static int32_t weapon_agent(const sentence_tree *t, uint32_t s)
{
    static const char *const weapons[] = { "bomb", "mine", "missile", "rocket", "shell", "device", "explosive",
                                           "drone", "grenade", "bullet", "mortar", "landmine", "ied", NULL };
    if (!role_lemma_in(t, (int32_t)s, weapons)) return -1;
    for (uint32_t k = t->first_kid[s]; k < t->first_kid[s + 1]; k++) {
        uint32_t c = t->kids[k];
        if (!t->words[c].deprel || strcmp(t->words[c].deprel, "acl")) continue;
        int32_t agent = role_child(t, c, "obl:agent");
        if (agent >= 0) return agent;
    }
    return -1;
}

/* Does w take its tense from an auxiliary ("have killed", "will
** attack")?  Such a verb is as finite as one tensed itself. */
static int tensed_aux(const sentence_tree *t, uint32_t w)
{
    for (uint32_t k = t->first_kid[w]; k < t->first_kid[w + 1]; k++) {
        const dyad_token *a = &t->words[t->kids[k]];
        if (a->deprel && !strcmp(a->deprel, "aux") && a->xpos &&
            (!strcmp(a->xpos, "VBD") || !strcmp(a->xpos, "VBZ") || !strcmp(a->xpos, "VBP") || !strcmp(a->xpos, "MD")))
            return 1;
    }
    return 0;
}

/* Is w the verb of "X is to do": "be" (as copula or auxiliary) and "to"
** on the verb itself, an act arranged and still to come? */
static int arranged_to(const sentence_tree *t, uint32_t w)
{
    static const char *const to[] = { "to", NULL };
    static const char *const be[] = { "be", NULL };
    return role_has_dependent(t, w, "mark", to) &&
           (role_has_dependent(t, w, "cop", be) || role_has_dependent(t, w, "aux", be));
}

int32_t role_subject(const sentence_tree *t, uint32_t w, int *passive)
{
    *passive = 0;
    for (int hops = 0; hops < 6; hops++) {
        const char *rel = t->words[w].deprel;
        int32_t head = t->words[w].head - 1;
        int relative = rel && !strcmp(rel, "acl:relcl") && head >= 0;
        int32_t s = role_child(t, w, "nsubj");
        /* "the minister is to visit Kabul", parsed with "is" a copula and
        ** the subject an outer one: the one arranged to act */
        if (s < 0 && arranged_to(t, w)) s = role_child(t, w, "nsubj:outer");
        if (s >= 0 && tree_time_word(t, (uint32_t)s)) s = subject_beside_time(t, w, (uint32_t)s);
        /* "the country that attacked": the relative pronoun stands for
        ** the noun the clause describes */
        if (s >= 0 && weapon_agent(t, (uint32_t)s) >= 0) return weapon_agent(t, (uint32_t)s);
        if (s >= 0) return relative && role_relative_pronoun(t, s) ? head : s;
        s = role_child(t, w, "nsubj:pass");
        /* "forces were engaged in ethnic cleansing", "was involved in the
        ** attack": a passive in form only, its subject does the thing */
        if (s >= 0 && hops == 0 && engaged_in(t, w)) return s;
        if (s >= 0) { *passive = hops == 0; return hops == 0 ? role_agent(t, w) : s; }
        if (!rel || head < 0) return -1;
        /* "troops crossing the border": an active participle describing
        ** a noun has that noun for its subject (a passive one, "troops
        ** sent by Russia", has it for its object) */
        if (!strcmp(rel, "acl") && t->words[w].xpos && !strcmp(t->words[w].xpos, "VBG")) return head;
        /* "police opened fire to disperse the crowd": an infinitive of
        ** purpose hung on the verb's object shares the verb's subject
        ** (not "fire"); a noun that could act keeps it as subject ("the
        ** first country to recognise Kosovo" is no object), and so does
        ** a noun whose content the infinitive is ("cancel plans to sell
        ** arms", "rejected an appeal to lay down arms": not done) */
        static const char *const to[] = { "to", NULL };
        const char *hrel = t->words[head].deprel, *hupos = t->words[head].upos;
        /* "expressed willingness to mediate", "signalled its readiness to
        ** negotiate": a disposition's content is done, if ever, by whoever
        ** has the disposition, its owner or the subject of the verb that
        ** voices it (the modality says it is not done yet) */
        static const char *const disposition[] = { "willingness", "readiness", "intention", "intent", "desire",
                                                   "determination", "resolve", "eagerness", "preparedness", NULL };
        if (!strcmp(rel, "acl") && role_has_dependent(t, w, "mark", to) && role_lemma_in(t, head, disposition)) {
            int32_t owner = role_child(t, (uint32_t)head, "nmod:poss");
            if (owner >= 0) return owner;
            if (hrel && !strcmp(hrel, "obj") && t->words[head].head > 0) {
                w = (uint32_t)(t->words[head].head - 1);
                continue;
            }
        }
        if (!strcmp(rel, "acl") && role_has_dependent(t, w, "mark", to) && hrel && !strcmp(hrel, "obj") &&
            hupos && !strcmp(hupos, "NOUN") && t->words[head].head > 0 &&
            !role_lemma_in(t, head, CONTENT_NOUNS)) {
            w = (uint32_t)(t->words[head].head - 1);
            continue;
        }
        /* ... and a participle with an object of its own is no passive
        ** ("soldiers arrested 100 people", misread as a reduced relative) */
        if (!strcmp(rel, "acl") && role_child(t, w, "obj") >= 0) return head;
        /* "Israel on Wednesday released the mayor", parsed with the verb
        ** hanging on the noun: a finite verb has no business there, the
        ** noun before it is its subject */
        const char *x = t->words[w].xpos;
        const char *hu = t->words[head].upos;
        if (hops == 0 && x && (!strcmp(x, "VBD") || !strcmp(x, "VBZ") || !strcmp(x, "VBP") || tensed_aux(t, w)) &&
            (!strcmp(rel, "appos") || !strcmp(rel, "acl") || !strcmp(rel, "dep") ||
             (!strcmp(rel, "parataxis") && t->words[head].head == 0)) && head < (int32_t)w && hu &&
            (!strcmp(hu, "PROPN") || !strcmp(hu, "NOUN")))
            return head;
        /* "..., killing eight people": a participle clause with no
        ** subject shares its governor's */
        int shares = !strcmp(rel, "advcl") && t->words[w].xpos && !strcmp(t->words[w].xpos, "VBG") &&
                     role_child(t, w, "mark") < 0;
        if (strcmp(rel, "xcomp") && strcmp(rel, "conj") && !shares) return -1;
        /* "claimed that ISIL had attacked Iraq and taken Mosul", parsed
        ** with "taken" a conjunct of "claimed": a bare past participle
        ** cannot join a finite verb, it joins the participle before it
        ** that has the auxiliary they share */
        if (!strcmp(rel, "conj")) {
            int32_t shared = participle_conjunct_head(t, w, (uint32_t)head);
            if (shared >= 0) head = shared;
        }
        /* "asked Russia to help", "wants Putin to attack": a verb with an
        ** object lends its complement the object (object control);
        ** "promised Kyiv to send" is the one common exception */
        if (!strcmp(rel, "xcomp")) {
            int32_t o = role_child(t, (uint32_t)head, "obj");
            char buf[32];
            if (o >= 0 && o < (int32_t)w && strcmp(role_lemma(t, (uint32_t)head, buf, sizeof buf), "promise")) return o;
        }
        w = (uint32_t)head;
    }
    return -1;
}

/* Prepositions that point an action at someone: "an agreement with the
** EU", "sanctions on Iran", "aid to Gaza", "a war against rebels". */
int role_directed(const sentence_tree *t, uint32_t d)
{
    static const char *const cases[] = { "with", "on", "against", "to", "toward", "towards",
                                         "for", "over", "into", "between", "among", "amongst", NULL };
    return role_lemma_in(t, role_child(t, d, "case"), cases);
}

typedef struct role { int32_t word; } role;

/* The words conjoined with w ("Brazil and the United States"), w first. */
size_t role_conjuncts(const sentence_tree *t, uint32_t w, uint32_t *out, size_t max)
{
    size_t n = 0;
    out[n++] = w;
    for (uint32_t k = t->first_kid[w]; k < t->first_kid[w + 1] && n < max; k++) {
        uint32_t d = t->kids[k];
        if (t->words[d].deprel && (!strcmp(t->words[d].deprel, "conj") || tree_listed_appos(t, w, d)) &&
            !attribution_apart(t, w, d))
            out[n++] = d;
    }
    /* "a mission between Syria and Lebanon's leader", parsed with the
    ** leader joined to "mission": "between" needs two sides, so a lone
    ** one takes the conjunct after it of the noun it hangs on */
    static const char *const between[] = { "between", NULL };
    int32_t on = t->words[w].head - 1;
    if (n == 1 && on >= 0 && role_has_dependent(t, w, "case", between))
        for (uint32_t k = t->first_kid[on]; k < t->first_kid[on + 1] && n < max; k++) {
            uint32_t d = t->kids[k];
            if (d > w && t->words[d].deprel && !strcmp(t->words[d].deprel, "conj")) out[n++] = d;
        }
    /* "US and British activists": the modifier's conjuncts are actors too */
    for (uint32_t k = t->first_kid[w]; k < t->first_kid[w + 1] && n < max; k++) {
        uint32_t c = t->kids[k];
        const char *rel = t->words[c].deprel;
        if (!rel || (strcmp(rel, "amod") && strcmp(rel, "compound") && strcmp(rel, "nmod:poss"))) continue;
        for (uint32_t j = t->first_kid[c]; j < t->first_kid[c + 1] && n < max; j++) {
            uint32_t d = t->kids[j];
            if (t->words[d].deprel && !strcmp(t->words[d].deprel, "conj")) out[n++] = d;
        }
    }
    return n;
}

/* "The army prepared to resume shelling", "troops were preparing to
** attack": an act someone gets ready for, through aspect verbs between;
** not "is prepared to", a readiness voiced (a passive or copula "be" on
** "prepared"). */
static int made_ready_for(const sentence_tree *t, uint32_t w)
{
    static const char *const aspect[] = { "continue", "keep", "resume", "start", "begin", NULL };
    static const char *const prepare[] = { "prepare", NULL };
    uint32_t cur = w;
    for (int step = 0; step < 3; step++) {
        int32_t head = t->words[cur].head - 1;
        if (head < 0 || !t->words[cur].deprel || strcmp(t->words[cur].deprel, "xcomp")) return 0;
        if (role_lemma_in(t, head, prepare))
            return role_child(t, (uint32_t)head, "aux:pass") < 0 && role_child(t, (uint32_t)head, "cop") < 0;
        if (!role_lemma_in(t, head, aspect)) return 0;
        cur = (uint32_t)head;
    }
    return 0;
}

/* Is w the verb of a "that" clause a denial rejects, as the parser may
** hang it: on the denying verb as an adverbial clause ("dismissed
** allegations that it supports the rebels", the clause read as the
** verb's), or on the claim the verb rejects ("denied the claim that its
** troops attacked")?  What is denied has not been said to happen. */
static int denied_that_clause(const sentence_tree *t, uint32_t w)
{
    static const char *const that[] = { "that", NULL };
    static const char *const denial[] = { "deny", "reject", "dismiss", "refute", "rebut", NULL };
    int32_t head = t->words[w].head - 1;
    const char *rel = t->words[w].deprel;
    if (head < 0 || !rel || !role_has_dependent(t, w, "mark", that)) return 0;
    if (!strcmp(rel, "advcl")) return role_lemma_in(t, head, denial);
    if (strcmp(rel, "acl") && strcmp(rel, "acl:relcl")) return 0;
    int32_t verb = t->words[head].head - 1;
    const char *noun_rel = t->words[head].deprel;
    return verb >= 0 && noun_rel && !strcmp(noun_rel, "obj") && role_lemma_in(t, verb, denial);
}

const char *role_modality(const sentence_tree *t, uint32_t w)
{
    static const char *const future[] = { "will", "shall", "'ll", NULL };
    static const char *const cond[] = { "if", "unless", NULL };
    static const char *const would[] = { "would", "could", "might", "may", NULL };
    if (role_has_dependent(t, w, "mark", cond)) return "conditional";
    if (role_has_dependent(t, w, "aux", future) || arranged_to(t, w)) return "future";
    if (role_has_dependent(t, w, "aux", would)) return "conditional";
    int32_t head = t->words[w].head - 1;
    /* "Israel's scheme to destroy ...": planned, not done */
    if (content_of_noun(t, w)) return "future";
    if (made_ready_for(t, w)) return "prepared";
    /* "had attacked Iraq and taken Mosul": the participle is said as its
    ** conjunct is (participle_conjunct_head) */
    if (head >= 0 && t->words[w].deprel && !strcmp(t->words[w].deprel, "conj")) {
        int32_t shared = participle_conjunct_head(t, w, (uint32_t)head);
        if (shared >= 0) return role_modality(t, (uint32_t)shared);
        /* "said they had detained suspects and seized weapons": a verb
        ** joined to another with no subject of its own is in the same
        ** clause, reported, threatened or denied with it */
        if (role_child(t, w, "nsubj") < 0 && role_child(t, w, "nsubj:pass") < 0) {
            const char *joined = role_modality(t, (uint32_t)head);
            if (strcmp(joined, "asserted")) return joined;
        }
    }
    if (denied_that_clause(t, w)) return "denied";
    if (head >= 0 && t->words[w].deprel && (!strcmp(t->words[w].deprel, "xcomp") || !strcmp(t->words[w].deprel, "ccomp"))) {
        char buf[32];
        const char *l = role_lemma(t, (uint32_t)head, buf, sizeof buf);
        if (!strcmp(l, "threaten") || !strcmp(l, "warn")) return "threatened";

        /* "rejected claims that it arms the rebels", "dismissed reports
        ** that its troops attacked": what is rejected or dismissed as
        ** said is denied, as what is denied is */
        static const char *const denial[] = { "deny", "reject", "dismiss", "refute", "rebut", NULL };
        if (role_lemma_in(t, head, denial)) return "denied";
        if (!strcmp(l, "say") || !strcmp(l, "tell") || !strcmp(l, "report") || !strcmp(l, "claim")) {
            int32_t up = t->words[head].head - 1;
            if (up >= 0 && t->words[head].deprel && !strcmp(t->words[head].deprel, "ccomp") &&
                role_lemma_in(t, up, denial))
                return "denied";
            return "reported";
        }
    }
    return "asserted";
}

int role_obliged(const sentence_tree *t, uint32_t w)
{
    static const char *const must[] = { "must", "should", "ought", NULL };
    return role_has_dependent(t, w, "aux", must);
}

int32_t role_obliged_clause(const sentence_tree *t, uint32_t w)
{
    for (uint32_t k = t->first_kid[w]; k < t->first_kid[w + 1]; k++) {
        uint32_t d = t->kids[k];
        if (t->words[d].deprel && !strcmp(t->words[d].deprel, "ccomp") && role_obliged(t, d)) return (int32_t)d;
    }
    return -1;
}

/* Is w the open complement ("to help") of a verb among the NULL-ended
** lemmas ("asked Russia to help": ask)?  With `object`, only of one
** that has an object of its own. */
static int complement_of(const sentence_tree *t, uint32_t w, const char *const *verbs, int object)
{
    int32_t head = t->words[w].head - 1;
    if (head < 0 || !t->words[w].deprel || strcmp(t->words[w].deprel, "xcomp")) return 0;
    if (object && role_child(t, (uint32_t)head, "obj") < 0 && role_child(t, (uint32_t)head, "iobj") < 0) return 0;
    char buf[32];
    const char *l = role_lemma(t, (uint32_t)head, buf, sizeof buf);
    for (size_t i = 0; verbs[i]; i++)
        if (!strcmp(l, verbs[i])) return 1;
    return 0;
}

int role_promised(const sentence_tree *t, uint32_t w)
{
    static const char *const promise[] = { "promise", "pledge", "vow", "offer", "undertake", "committed", NULL };
    /* a plan, a wish or a readiness ("is willing to", "is prepared to")
    ** is not yet an act, for blows too: an intent or a threat */
    static const char *const desire[] = { "want", "wish", "hope", "seek", "plan", "intend", "aim", "strive",
                                          "aspire", "endeavour", "endeavor", "willing", "ready", "prepared",
                                          "prepare", "expect", NULL };
    /* "pledged to continue assisting Iran": an aspect verb between
    ** passes the promise on */
    static const char *const aspect[] = { "continue", "keep", "resume", "start", "begin", NULL };
    int32_t head = t->words[w].head - 1;
    /* "aims to close the border and impose sanctions": a verb joined
    ** to a complement is wanted as that complement is */
    if (head >= 0 && t->words[w].deprel && !strcmp(t->words[w].deprel, "conj") && t->words[head].deprel &&
        !strcmp(t->words[head].deprel, "xcomp"))
        return role_promised(t, (uint32_t)head);
    if (head >= 0 && complement_of(t, w, aspect, 0)) {
        int up = role_promised(t, (uint32_t)head);
        if (up) return up;
    }
    if (complement_of(t, w, promise, 0)) return 1;
    return complement_of(t, w, desire, 0) ? 2 : 0;
}

/* "demanded that Chile ease restrictions", "its call that Ghana cap
** prices": a "that" clause of a word of demanding says what is to be
** done, not what was.  So does any "that" clause whose verb is bare after
** a singular subject ("insisted that Chile halt", "reiterated that
** Israel ease"): the mandative subjunctive; with a tense of its own
** ("insisted that its troops had left") a clause states. */
static int demanded_clause(const sentence_tree *t, uint32_t w)
{
    static const char *const demand[] = { "demand", "urge", "request", "ask", "order", "require", "recommend",
                                          "propose", "press", "call", "appeal", "plea", "proposal",
                                          "recommendation", "requirement", "ultimatum", "insistence", NULL };
    static const char *const that[] = { "that", NULL };
    int32_t head = t->words[w].head - 1;
    const char *rel = t->words[w].deprel;
    if (head < 0 || !rel || (strcmp(rel, "ccomp") && strcmp(rel, "acl"))) return 0;
    if (!role_has_dependent(t, w, "mark", that)) return 0;
    if (role_lemma_in(t, head, demand)) return 1;
    const char *x = t->words[w].xpos;
    if (!x || strcmp(x, "VB") || role_child(t, w, "aux") >= 0) return 0;
    int32_t subj = role_child(t, w, "nsubj");
    const char *sx = subj >= 0 ? t->words[subj].xpos : NULL;
    return sx && (!strcmp(sx, "NNP") || !strcmp(sx, "NN"));
}

int role_requested(const sentence_tree *t, uint32_t w)
{
    /* every verb of asking or ordering another: what is asked is not done
    ** ("implored Mali to attack Niger" is no attack) */
    static const char *const ask[] = { "ask", "urge", "press", "call", "appeal", "demand", "want", "tell", "order",
                                       "persuade", "invite", "encourage", "force", "pressure", "request",
                                       "implore", "beseech", "entreat", "exhort", "beg", "petition", "lobby",
                                       "prod", "nudge", "spur", "prompt", "advise", "instruct", "direct",
                                       "command", "challenge", "summon", "compel", "pressurize", "pressurise", NULL };
    if (complement_of(t, w, ask, 1)) return 1;
    return demanded_clause(t, w);
}

int role_refused(const sentence_tree *t, uint32_t w)
{
    static const char *const refuse[] = { "refuse", "decline", "fail", NULL };
    return complement_of(t, w, refuse, 0);
}

/* An inverted condition: "Should China decide ...", "Had Iran known
** ...", "Were Syria to attack ...": the auxiliary before the subject of
** an adverbial clause. */
static int inverted_condition(const sentence_tree *t, uint32_t w)
{
    static const char *const aux[] = { "should", "had", "were", NULL };
    int32_t subj = role_child(t, w, "nsubj");
    if (subj < 0) subj = role_child(t, w, "nsubj:pass");
    if (subj < 0) return 0;
    for (uint32_t k = t->first_kid[w]; k < t->first_kid[w + 1]; k++) {
        uint32_t d = t->kids[k];
        if (d < (uint32_t)subj && t->words[d].deprel && !strncmp(t->words[d].deprel, "aux", 3) &&
            t->words[d].form && role_lemma_in(t, (int32_t)d, aux)) {
            char f[16];
            size_t i = 0;
            for (; t->words[d].form[i] && i + 1 < sizeof f; i++) f[i] = (char)(t->words[d].form[i] | 0x20);
            f[i] = 0;
            if (!strcmp(f, "should") || !strcmp(f, "had") || !strcmp(f, "were")) return 1;
        }
    }
    return 0;
}

int role_hypothesis(const sentence_tree *t, uint32_t w)
{
    /* the clause a word belongs to: up through complements, conjuncts
    ** and the arguments of its verb, to the first clause boundary */
    static const char *const cond[] = { "if", "unless", "whether", NULL };
    uint32_t cur = w;
    for (int depth = 0; depth < 8; depth++) {
        if (role_has_dependent(t, cur, "mark", cond)) return 1;
        const char *rel = t->words[cur].deprel;
        int32_t head = t->words[cur].head - 1;
        if (!rel || head < 0) return 0;
        if (!strcmp(rel, "advcl")) return inverted_condition(t, cur);
        if (strcmp(rel, "xcomp") && strcmp(rel, "conj") && strcmp(rel, "obj") && strncmp(rel, "obl", 3) &&
            strcmp(rel, "compound"))
            return 0;
        cur = (uint32_t)head;
    }
    return 0;
}

int role_present_passive(const sentence_tree *t, uint32_t w)
{
    static const char *const present[] = { "is", "are", "am", "'s", "'re", NULL };
    int now = 0;
    for (uint32_t k = t->first_kid[w]; k < t->first_kid[w + 1]; k++) {
        uint32_t d = t->kids[k];
        const char *rel = t->words[d].deprel, *f = t->words[d].form;
        if (!rel || !f || strncmp(rel, "aux", 3)) continue;
        /* "is being surrounded", "has been surrounded", "will be": a
        ** happening, not a state */
        if (strcmp(rel, "aux:pass")) return 0;
        for (size_t i = 0; present[i]; i++)
            if (!strcasecmp(f, present[i])) now = 1;
    }
    return now;
}

/* Does w have "neither" among its own words ("neither Russia", "neither
** side", "can neither build")? */
static int has_neither(const sentence_tree *t, uint32_t w)
{
    static const char *const neither[] = { "neither", NULL };
    for (uint32_t k = t->first_kid[w]; k < t->first_kid[w + 1]; k++)
        if (role_lemma_in(t, (int32_t)t->kids[k], neither)) return 1;
    return 0;
}

/* "Neither Russia nor China condemned ...", "neither side attacked",
** "condemned neither Russia nor China", "can neither build up nor
** replace": an act denied of every one of its doers, of every one it is
** done to, or denied with the acts it is joined to, did not happen. */
static int neither_nor(const sentence_tree *t, uint32_t w)
{
    const char *wrel = t->words[w].deprel;
    uint32_t first = wrel && !strcmp(wrel, "conj") && t->words[w].head > 0 ? (uint32_t)t->words[w].head - 1 : w;
    if (has_neither(t, first) || has_neither(t, w)) return 1;
    for (uint32_t k = t->first_kid[w]; k < t->first_kid[w + 1]; k++) {
        uint32_t d = t->kids[k];
        const char *rel = t->words[d].deprel;
        if (rel && (!strncmp(rel, "nsubj", 5) || !strcmp(rel, "obj")) && has_neither(t, d)) return 1;
    }
    return 0;
}

int role_negated(const sentence_tree *t, uint32_t w)
{
    static const char *const neg[] = { "not", "never", "n't", "no", NULL };
    return role_has_dependent(t, w, "advmod", neg) || role_has_dependent(t, w, "det", neg) || neither_nor(t, w);
}

int role_disallowed(const sentence_tree *t, uint32_t w)
{
    /* what one did not let, allow, permit or enable another to do was
    ** not done: "did not allow Palestinian radicals to launch attacks" */
    static const char *const allow[] = { "allow", "let", "permit", "enable", NULL };
    int32_t head = t->words[w].head - 1;
    return head >= 0 && complement_of(t, w, allow, 0) && role_negated(t, (uint32_t)head);
}

const char *role_refusal_code(const char *code)
{
    /* CAMEO numbers 03x and 12x in parallel: 031/121 material
    ** cooperation, 033/122 aid, 034/123 reform, 035/124 yielding, 036/125
    ** meeting, 037/127 settling, 038/126 mediation */
    static const struct { const char *from, *to; } map[] = {
        { "0311", "1211" }, { "0312", "1212" }, { "0313", "1213" }, { "0314", "1214" }, { "031", "121" },
        { "032", "120" },
        { "0331", "1221" }, { "0332", "1222" }, { "0333", "1223" }, { "0334", "1224" }, { "033", "122" },
        { "0341", "1231" }, { "0342", "1232" }, { "0343", "1233" }, { "0344", "1234" }, { "034", "123" },
        { "0351", "1241" }, { "0352", "1242" }, { "0353", "1243" }, { "0354", "1244" }, { "0355", "1245" },
        { "0356", "1246" }, { "035", "124" }, { "036", "125" }, { "037", "127" }, { "038", "126" },
        { "039", "120" }, { "030", "120" },
    };
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (!strncmp(code, map[i].from, strlen(map[i].from))) return map[i].to;
    return NULL;
}

/*
** What is promised or threatened is coded as the promise or threat, as
** CAMEO says: "will visit" is 036 (express intent to meet), "would send
** aid" 033, "will impose sanctions" 1312 (threaten sanctions), "will
** shell" 1384 (threaten a conventional attack), "will attack" 138
** (threaten military force); acceding to a demand for reform (083x) is
** the intent to reform (034x), not to release.  Other codes stay as they
** are.
*/
const char *role_intent_code(const char *code, const char *modality)
{
    /* the modalities of modality_of start with distinct letters:
    ** future, conditional, threatened, prepared */
    if (modality[0] != 'f' && modality[0] != 'c' && modality[0] != 't' && modality[0] != 'p') return code;
    /* getting ready to strike is a show of force, not a threat voiced:
    ** "the army prepared to resume shelling" (CAMEO 15, military posture);
    ** getting ready for anything else is an intent, as a plan is */
    if (modality[0] == 'p' && (!strncmp(code, "18", 2) || !strncmp(code, "19", 2) || !strncmp(code, "20", 2)))
        return "150";
    static const struct { const char *from, *to; } map[] = {
        { "061", "0311" }, { "062", "0312" }, { "063", "0313" }, { "064", "0314" },
        { "0711", "0331" }, { "071", "0331" }, { "072", "0332" }, { "073", "0333" }, { "074", "0334" },
        { "081", "0351" }, { "082", "0352" }, { "0831", "0341" }, { "0832", "0342" }, { "0833", "0343" },
        { "0834", "0344" }, { "083", "034" }, { "084", "0353" }, { "085", "0354" },
        { "086", "0355" }, { "087", "0356" }, { "045", "039" }, { "163", "1312" }, { "161", "1313" }, { "162", "1311" },
        /* CAMEO's threats parallel the acts: reducing relations (160)
        ** threatened is 1313, as cutting diplomatic ties is; halting
        ** talks (164) or mediation (165) 134 or 135, expelling or
        ** withdrawing (166x) 136, administrative sanctions (172x) 132x,
        ** and a named blow of unconventional violence (181-186:
        ** abducting, assaulting, bombing, assassinating ...) 1383; a bare
        ** 180 stays 138, as "attack" says no more */
        { "160", "1313" }, { "164", "134" }, { "165", "135" }, { "166", "136" },
        { "1721", "1321" }, { "1722", "1322" }, { "1723", "1323" }, { "1724", "1324" }, { "172", "132" },
        { "181", "1383" }, { "182", "1383" }, { "183", "1383" }, { "184", "1383" }, { "185", "1383" },
        { "186", "1383" },
        { "191", "1381" }, { "192", "1382" }, { "195", "1384" }, { "1951", "1384" }, { "1952", "1384" },
    };
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (!strncmp(code, map[i].from, strlen(map[i].from))) return map[i].to;
    switch (code[0] == '0' ? code[1] : 0) {
    case '4': return "036";    /* consult: intent to meet or negotiate */
    case '5': return "032";    /* diplomatic cooperation */
    case '6': return "031";    /* material cooperation */
    case '7': return "033";    /* aid */
    case '8': return "035";    /* yield */
    }
    /* a protest or a boycott still to come is a threat of dissent
    ** (133): "will boycott the elections unless the president resigns" */
    if (code[0] == '1' && code[1] == '4') return "133";
    /* fighting (19x) is conventional military force: its threat is 1384 */
    if (code[0] == '1' && code[1] == '9') return "1384";
    if (code[0] == '1' && code[1] >= '5') return code[1] == '7' ? "137" : code[1] == '6' ? "131" : "138";
    if (code[0] == '2') return "1385";
    return code;
}

