/*
** event_roles.c — the words an event acts between (event_roles.h).
*/
#include <string.h>
#include <strings.h>
#include "code/aim.h"
#include "code/event_roles.h"
#include "code/implied.h"
#include "code/mention.h"
#include "code/pronoun.h"
#include "code/roles.h"
#include "code/state_act.h"

/* Can conjoined actors with no one else acted upon do this to each
** other?  Consulting, cooperating, yielding, cutting ties and fighting
** go both ways ("Bosnia and Slovenia agreed to a ceasefire"); protesting
** or demanding are aimed at someone not named. */
static int mutual_code(const char *code)
{
    static const char *const roots[] = { "03", "04", "05", "06", "08", "16", "19" };
    for (size_t i = 0; i < sizeof roots / sizeof roots[0]; i++)
        if (!strncmp(code, roots[i], 2)) return 1;
    return 0;
}

/* Is the only target word a reciprocal pronoun, "each other" or "one
** another" (either word, however the parser hangs the two)?  Then
** conjoined actors act on each other, whatever the act ("blamed each
** other"). */
static int reciprocal_pronoun(const sentence_tree *t, const uint32_t *tgts, size_t nt)
{
    static const char *const pairs[][2] = { { "each", "other" }, { "one", "another" } };
    if (nt != 1) return 0;
    uint32_t o = tgts[0];
    const char *f = t->words[o].form ? t->words[o].form : "";
    const char *before = o > 0 && t->words[o - 1].form ? t->words[o - 1].form : "";
    const char *after = o + 1 < t->n && t->words[o + 1].form ? t->words[o + 1].form : "";
    for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++)
        if ((!strcasecmp(f, pairs[i][1]) && !strcasecmp(before, pairs[i][0])) ||
            (!strcasecmp(f, pairs[i][0]) && !strcasecmp(after, pairs[i][1])))
            return 1;
    return 0;
}

/* Reducing relations and force go both ways only when nothing or
** something of both is acted upon: "X and Y clashed", "delayed their
** meeting", "cut ties", "exchanged fire"; not "X and Y boycotted the
** parade", nor "opened fire". */
static int shared_object(const sentence_tree *t, uint32_t w)
{
    static const char *const both[] = { "tie", "ties", "relation", "talk", "talks", "negotiation", "meeting",
                                        "contact", "dialogue", "truce", "ceasefire", "cease-fire", NULL };
    static const char *const exchange[] = { "exchange", "trade", "swap", NULL };
    int32_t o = role_child(t, w, "obj");
    if (o < 0 || role_lemma_in(t, o, both) || role_lemma_in(t, (int32_t)w, exchange)) return 1;
    for (uint32_t k = t->first_kid[o]; k < t->first_kid[o + 1]; k++) {
        uint32_t d = t->kids[k];
        if (t->words[d].deprel && !strcmp(t->words[d].deprel, "nmod:poss") && t->words[d].form &&
            !strcasecmp(t->words[d].form, "their"))
            return 1;
    }
    return 0;
}

/* Is noun w the object or oblique of a verb of refraining ("refrained
** from attacks", "avoided clashes", "held off on attacks")? */
static int refrained_from(const sentence_tree *t, uint32_t w)
{
    static const char *const refrain[] = { "refrain", "abstain", "avoid", "forgo", "forego", "desist", "shun", NULL };
    static const char *const off[] = { "off", "back", NULL };
    static const char *const hold[] = { "hold", NULL };
    const char *rel = t->words[w].deprel;
    int32_t head = t->words[w].head - 1;
    if (head < 0 || !rel || (strcmp(rel, "obj") && strncmp(rel, "obl", 3))) return 0;
    return role_lemma_in(t, head, refrain) ||
           (role_lemma_in(t, head, hold) && role_has_dependent(t, (uint32_t)head, "compound:prt", off));
}

/* "wants Hamas to be destroyed", "wants the general tried": a complement
** in the passive says what is to be done to the verb's object, so the
** object is not the one asked to act. */
static int object_acted_upon(const sentence_tree *t, uint32_t w)
{
    static const char *const to[] = { "to", NULL };
    int32_t x = role_child(t, w, "xcomp");
    if (role_child(t, w, "obj") < 0 || x < 0) return 0;
    if (role_child(t, (uint32_t)x, "aux:pass") >= 0) return 1;
    /* a bare participle; a complement is never a finite past, so a
    ** VBD there is the tagger's reading of one */
    const char *xpos = t->words[x].xpos;
    return xpos && (!strcmp(xpos, "VBN") || !strcmp(xpos, "VBD")) && !role_has_dependent(t, (uint32_t)x, "mark", to);
}

/* "a resolution that aims to impose a blockade", "the bill seeks to ban
** rallies": what a text is meant to do is no one's act, nor yet anyone's
** intent or threat; the text may never pass. */
static int document_aims(const sentence_tree *t, uint32_t w)
{
    static const char *const aim[] = { "aim", "seek", "intend", "purport", NULL };
    /* texts put to a vote or a party; a government's own plan is its intent */
    static const char *const text[] = { "resolution", "bill", "draft", "proposal", "measure", "law",
                                        "legislation", "motion", "amendment", "text", NULL };
    int32_t x = (int32_t)w, head = t->words[w].head - 1;
    /* "aims to tighten sanctions and impose a blockade" */
    if (head >= 0 && t->words[w].deprel && !strcmp(t->words[w].deprel, "conj")) x = head;
    int32_t verb = t->words[x].head - 1;
    if (verb < 0 || !t->words[x].deprel || strcmp(t->words[x].deprel, "xcomp") || !role_lemma_in(t, verb, aim))
        return 0;
    int32_t subj = role_child(t, (uint32_t)verb, "nsubj");
    if (subj < 0) return 0;
    /* "a resolution that aims ...": the relative pronoun stands for the noun */
    if (role_relative_pronoun(t, subj) && t->words[verb].deprel && !strcmp(t->words[verb].deprel, "acl:relcl"))
        subj = t->words[verb].head - 1;
    return role_lemma_in(t, subj, text);
}

/* Is a an agent of a place or country named in its phrase ("lawmakers
** in Kenya", "the ambassadors of Arnor")? */
static int agent_of_phrase(const actor *a)
{
    return a->how && (!strcmp(a->how, "agent at a place") || (!strcmp(a->how, "country") && a->sector && a->sector[0]));
}

/* A place or owner conjoined with the one of an agent ("lawmakers in
** Kenya and Uganda": Uganda; "the ambassadors of Arnor and Gondor":
** Gondor) is that agent of its country: *a, the place's actor, takes the
** sector of first, the agent's. */
static int share_sector(dyad_doc *doc, const actor *first, actor *a, const char *how)
{
    if (!a->country || !a->country[0]) return DYAD_OK;
    char code[32];
    int len = snprintf(code, sizeof code, "%s%s", a->country, first->sector);
    const char *copy = dyad_doc_strdup(doc, code, (size_t)len);
    if (!copy) return DYAD_ENOMEM;
    a->code = copy;
    a->sector = first->sector;
    a->how = how;
    return DYAD_OK;
}

int event_roles_place_conjunct(dyad_doc *doc, const actor *first, actor *a)
{
    return share_sector(doc, first, a, "agent at a place");
}

/* "Lawmakers in Kenya and Uganda", "lawmakers and officials in Kenya
** and Uganda": each place conjoined to the place of a sector noun among
** words[0..n) is that sector's people of their own
** (event_roles_place_conjunct), added to words with base[k] = 1 + the
** index of the noun, whose actor is bases[index].  The new count. */
static size_t add_place_conjuncts(dyad_doc *doc, const sentence_tree *t, uint32_t sent_first, scratch *sc,
                                  uint32_t *words, size_t n, uint8_t *base, actor *bases)
{
    size_t given = n;
    for (size_t i = 0; i < given && n < 8; i++) {
        uint32_t more[7];
        size_t room = 8 - n < 7 ? 8 - n : 7;
        size_t k = actor_place_conjuncts(t, words[i], more, room);
        if (k && mention_resolve(doc, t, sent_first, sc, words[i], &bases[i]) && agent_of_phrase(&bases[i]))
            for (size_t x = 0; x < k; x++) { words[n] = more[x]; base[n++] = (uint8_t)(i + 1); }
    }
    return n;
}

/* "US and British activists": the conjoined modifier (role_conjuncts)
** names activists too, of its own country, when it names no sector of
** its own. */
int event_roles_modifier_conjunct(dyad_doc *doc, const sentence_tree *t, const uint32_t *words, size_t i,
                             const actor *first, actor *a)
{
    if (i == 0 || (uint32_t)(t->words[words[i]].head - 1) == words[0] || (a->sector && a->sector[0]) ||
        !agent_of_phrase(first))
        return DYAD_OK;
    return share_sector(doc, first, a, "agent named by a conjoined modifier");
}

/* "set fire to offices following the killing of a man": an event in a
** time adjunct is another event, with actors of its own. */
static int time_adjunct(const sentence_tree *t, uint32_t w)
{
    static const char *const cases[] = { "after", "before", "following", "since", "amid", "despite",
                                         "during", "until", "ahead", "preceding", NULL };
    static const char *const verbs[] = { "follow", "precede", NULL };
    /* "following the killing", read as the participle and its object */
    int32_t up = t->words[w].head - 1;
    if (up >= 0 && t->words[up].xpos && !strcmp(t->words[up].xpos, "VBG") && role_lemma_in(t, up, verbs))
        return 1;
    return role_lemma_in(t, role_child(t, w, "case"), cases);
}

/* "Jordan's visiting king", "rejected proposed changes": a participle
** between a determiner or possessive and its noun, or a past participle
** between a verb and its object noun, describes the noun, however the
** tagger and parser read it. */
static int participle_before_noun(const sentence_tree *t, uint32_t w)
{
    const char *x = t->words[w].xpos;
    if (!x || (strcmp(x, "VBG") && strcmp(x, "VBN")) || w == 0) return 0;
    uint32_t next = w + 1;
    while (next < t->n && t->words[next].upos && !strcmp(t->words[next].upos, "ADJ")) next++;
    if (next >= t->n || !t->words[next].upos ||
        (strcmp(t->words[next].upos, "NOUN") && strcmp(t->words[next].upos, "PROPN")))
        return 0;
    const dyad_token *before = &t->words[w - 1];
    const char *bx = before->xpos ? before->xpos : "";
    if (!before->upos) return 0;
    return !strcmp(before->upos, "DET") || !strcmp(bx, "POS") || !strcmp(bx, "PRP$") ||
           (!strcmp(before->upos, "VERB") && !strcmp(x, "VBN"));   /* "began shelling towns" acts */
}

/* Why the match of pattern p on word w reports no event of its own, or
** NULL when it may. */
const char *event_roles_no_event_reason(const sentence_tree *t, uint32_t w, const pattern *p)
{
    if (!strcmp(p->code, PATTERN_NO_EVENT)) return "the lexicon says these words report no event";
    /* "to protest what it called dangerous actions": a free relative
    ** characterises something, it reports no event */
    int32_t up = t->words[w].head - 1;
    if (up >= 0 && t->words[w].deprel && !strcmp(t->words[w].deprel, "acl:relcl") && t->words[up].form &&
        !strcasecmp(t->words[up].form, "what"))
        return "a characterisation ('what it called ...'), not an event";
    /* "the proposed changes", "a planned attack": a participle that
    ** describes a noun names no event of its own */
    if (!p->noun && ((t->words[w].deprel && !strcmp(t->words[w].deprel, "amod")) || participle_before_noun(t, w)))
        return "a participle describing a noun, not an event";
    /* "asked Russia to help Israel": the help is only asked for */
    if (role_requested(t, w)) return "what someone asks of another, not an event";
    /* "wants Hamas to be destroyed": no one is asked, the object is
    ** what the wish is about */
    if (!p->noun && !strncmp(p->code, "02", 2) && object_acted_upon(t, w))
        return "what someone wants done to another, not asked of it";
    /* "if the US attacks Iran": a condition or an open question says
    ** nothing happened, nor that anyone means it to */
    if (role_hypothesis(t, w)) return "a condition or a question ('if ...', 'whether ...'), not an event";
    if (!p->noun && document_aims(t, w)) return "what a text is meant to do ('a resolution that aims to ...'), not an event";
    /* "hold off on further attacks", "refrained from attacks": what is
    ** held back from did not happen */
    if (p->noun && refrained_from(t, w)) return "what someone refrains from, not an event";
    /* "Syria is surrounded by Turkey, Iraq and Israel": encircling
    ** said as a present state is where a place lies */
    if (!strncmp(p->code, "191", 3) && !p->noun && role_present_passive(t, w))
        return "a state ('is surrounded by'), where something lies, not an event";
    /* "Libya must hand over the suspects" is no event, only what
    ** someone demands */
    if (role_obliged(t, w)) return "an obligation, not an event (coded as the demand of whoever states it)";
    return NULL;
}

/* The source of noun event w given its pattern's (src): a modifier that
** names no one ("its long-threatened invasion": threatened) leaves the
** role to the clause; "a visit to Sri Lanka by the Norwegian foreign
** minister": the noun's own "by" phrase is who does it, before its
** clause.  Keeps m->source the same. */
static int32_t noun_event_source(const sentence_coding *job, uint32_t w, pattern_match *m, int32_t src)
{
    const sentence_tree *t = job->t;
    actor probe_role;
    if (src >= 0 && !mention_resolve(job->doc, t, job->sent->first, job->sc, (uint32_t)src, &probe_role))
        src = m->source = -1;
    static const char *const by[] = { "by", NULL };
    for (uint32_t k = t->first_kid[w]; m->source < 0 && k < t->first_kid[w + 1]; k++) {
        uint32_t d = t->kids[k];
        if ((int32_t)d != m->target && t->words[d].deprel && !strcmp(t->words[d].deprel, "nmod") &&
            role_lemma_in(t, role_child(t, d, "case"), by) &&
            mention_resolve(job->doc, t, job->sent->first, job->sc, d, &probe_role))
            src = m->source = (int32_t)d;
    }
    return src;
}

/* The clause whose subject and object are the roles of the event on
** word w: its own, or for a noun event that names no source the verb it
** is the object or oblique of, as "rebels engaged peacekeepers in a
** firefight"; so for a noun naming the kind of its clause's object
** ("undertook a mediation mission", "began a bombing campaign"), whose
** phrase, the compound's head, is *phrase (else w). */
static uint32_t event_clause(const sentence_tree *t, uint32_t w, const pattern_match *m, uint32_t *phrase_out)
{
    uint32_t clause = w, phrase = w;
    if (m->pattern->noun && t->words[w].deprel && !strcmp(t->words[w].deprel, "compound") &&
        t->words[w].head > 0)
        phrase = (uint32_t)(t->words[w].head - 1);
    int32_t governor = t->words[phrase].head - 1;
    if (m->pattern->noun && m->source < 0 && governor >= 0 && t->words[phrase].deprel &&
        (!strcmp(t->words[phrase].deprel, "obj") || !strncmp(t->words[phrase].deprel, "obl", 3)) &&
        !time_adjunct(t, phrase))
        clause = (uint32_t)governor;
    *phrase_out = phrase;
    return clause;
}

/* The object may be a thing ("signed an agreement with the EU",
** "imposed sanctions on Iran"): then whom it is aimed at is the target
** (aim.c).  tgt is the target found, thing what to look past when the
** pattern names no target (a kind's phrase: "a mediation mission
** between Syria and the PLO"). */
static int32_t aimed_past_thing(const sentence_coding *job, uint32_t w, const pattern_match *m, int32_t tgt,
                                int32_t thing)
{
    const sentence_tree *t = job->t;
    if (m->target < 0) return aim_target(job->doc, t, job->sent->first, job->sc, w, m->pattern->code, thing);
    if (aim_names_only_victim(job->doc, t, job->sent->first, job->sc, m->pattern->code, tgt)) return -1;
    if (aim_names_only_giver(job->doc, t, job->sent->first, job->sc, m->pattern->code, tgt)) return -1;
    /* ... as when the pattern's own target is a thing: "endorsed an
    ** agreement with the EU" (not for force, whose thing is ground
    ** and whose modifiers are places: "captured villages near the
    ** border with Bulgaria") */
    actor probe_role;
    if (tgt >= 0 && strncmp(m->pattern->code, "17", 2) < 0 &&
        !mention_resolve(job->doc, t, job->sent->first, job->sc, (uint32_t)tgt, &probe_role) &&
        !pronoun_kind(t, (uint32_t)tgt)) {
        int32_t aimed = aim_target(job->doc, t, job->sent->first, job->sc, w, m->pattern->code, tgt);
        if (aimed >= 0) tgt = aimed;
    }
    return tgt;
}

/* The source and target words of the event r->m matched on word w: the
** pattern's own, else its clause's subject and object, else whom its
** thing is aimed at; with no agent, perhaps the state where it happened.
** Sets *src_word and *tgt_word (-1: none) and r's demand, inferred
** state and thing.
** 0 when the event has no source (noted), else 1. */
static int find_role_words(const sentence_coding *job, uint32_t w, event_roles *r, int32_t *src_word,
                           int32_t *tgt_word)
{
    const dyad_coder *c = job->c;
    dyad_doc *doc = job->doc;
    size_t s = job->s;
    const sentence_tree *t = job->t;
    scratch *sc = job->sc;
    pattern_match *m = &r->m;
    /* "X said Libya must hand over the suspects": X demands it of Libya */
    r->demand = NULL;
    int32_t obliged;
    if (!strncmp(m->pattern->code, "01", 2) && (obliged = role_obliged_clause(t, w)) >= 0) {
        int32_t subj = role_child(t, (uint32_t)obliged, "nsubj");
        if (subj >= 0) {
            r->demand = "100";
            m->target = subj;
        }
    }
    int passive = 0;
    int32_t src = m->source, tgt = m->target;
    /* "..., killing 50, Thai military sources said": the reporters
    ** the parse made an object are no one acted upon */
    if (tgt >= 0 && tree_closing_speaker(t, (uint32_t)tgt)) tgt = -1;
    if (m->pattern->noun) src = noun_event_source(job, w, m, src);
    uint32_t phrase;
    uint32_t clause = event_clause(t, w, m, &phrase);
    if (src < 0 && (!m->pattern->noun || clause != w)) src = role_subject(t, clause, &passive);
    if (tgt < 0) {
        if (passive || (role_child(t, clause, "nsubj:pass") >= 0 && src != role_child(t, clause, "nsubj:pass")))
            tgt = role_child(t, clause, "nsubj:pass");
        if (tgt < 0 && (!m->pattern->noun || clause != w)) tgt = role_child(t, clause, "obj");
        if (tgt == (int32_t)w || tgt == (int32_t)phrase || (tgt >= 0 && (tree_time_word(t, (uint32_t)tgt) ||
                                                tree_closing_speaker(t, (uint32_t)tgt))))
            tgt = -1;
        if (tgt < 0 && !m->pattern->noun) tgt = role_child(t, w, "iobj");
    }
    /* "two journalists were arrested in Cairo": an act only a state
    ** does, said in the passive with no agent, is the act of the
    ** state where it happened (state_act.h) */
    r->inferred = c->state_agents && src < 0 && tgt >= 0 &&
                  state_act_source(doc, s, t, &sc->matches, sc->word_match, w, clause, m->pattern->code,
                                   role_modality(t, w), &r->state, &r->state_spot);
    if (r->inferred) src = (int32_t)w;     /* a stand-in: the state is named by no word of its own */
    if (src < 0) {
        coder_add_note(sc, s, w, m->pattern, "no subject or agent to act");
        return 0;
    }
    r->thing = tgt;
    tgt = aimed_past_thing(job, w, m, tgt, tgt < 0 && phrase != w && clause != w ? (int32_t)phrase : tgt);
    /* the state acts on the passive's subject, not on someone the
    ** act is aimed at ("was extradited to the United States") */
    if (r->inferred && tgt >= 0 && tgt != role_child(t, clause, "nsubj:pass")) {
        coder_add_note(sc, s, w, m->pattern, "no agent, and the act is aimed at someone other than its subject");
        return 0;
    }
    *src_word = src;
    *tgt_word = tgt;
    return 1;
}

/* The roles of the event the pattern matched on word w (r->m): each
** role word found (find_role_words) and the actors conjoined to it, a
** group pronoun's antecedents, the places conjoined to an agent's, the
** people the police act on; with no one else acted upon, conjoined
** sources acting on each other.  0 when the event has no source (noted),
** else 1. */
int event_roles_find(const sentence_coding *job, uint32_t w, event_roles *r)
{
    dyad_doc *doc = job->doc;
    const dyad_sentence *sent = job->sent;
    const sentence_tree *t = job->t;
    scratch *sc = job->sc;
    const pattern_match *m = &r->m;
    int32_t src, tgt;
    if (!find_role_words(job, w, r, &src, &tgt)) return 0;
    int inferred = r->inferred;
    uint32_t *srcs = r->srcs, *tgts = r->tgts;
    size_t ns = role_conjuncts(t, (uint32_t)src, srcs, 8);
    size_t nt = tgt >= 0 ? role_conjuncts(t, (uint32_t)tgt, tgts, 8) : 0;
    if (inferred) { ns = 1; srcs[0] = w; }
    /* "Obama and Putin said they will ...": they are both */
    actor probe;
    int32_t ante;
    if (ns == 1 && pronoun_kind(t, srcs[0]) == PRONOUN_GROUP &&
        (ante = mention_antecedent(doc, t, sent->first, sc, srcs[0], &probe)) >= 0)
        ns = role_conjuncts(t, (uint32_t)ante, srcs, 8);
    if (nt == 1 && pronoun_kind(t, tgts[0]) == PRONOUN_GROUP &&
        (ante = mention_antecedent(doc, t, sent->first, sc, tgts[0], &probe)) >= 0)
        nt = role_conjuncts(t, (uint32_t)ante, tgts, 8);
    /* "Lawmakers in Kenya and Uganda": each place is lawmakers of
    ** their own */
    memset(r->src_place, 0, sizeof r->src_place);
    memset(r->tgt_place, 0, sizeof r->tgt_place);
    if (!inferred) ns = add_place_conjuncts(doc, t, sent->first, sc, srcs, ns, r->src_place, r->src_bases);
    /* "police dispersed demonstrators", "prevented the demonstration
    ** staged by students": the people the police act on, though they
    ** name no one, are acted upon (implied.h) */
    actor police;
    if (nt == 0 && r->thing >= 0 && !inferred && mention_resolve(doc, t, sent->first, sc, srcs[0], &police)) {
        int32_t people = implied_policed_word(t, sc, (uint32_t)r->thing, &police, m->pattern->code);
        if (people >= 0) nt = role_conjuncts(t, (uint32_t)people, tgts, 8);
    }
    nt = add_place_conjuncts(doc, t, sent->first, sc, tgts, nt, r->tgt_place, r->tgt_bases);
    /* "The United States and Jordan agreed on a pact": with no one
    ** else acted upon, conjoined actors act on each other. */
    static const char *const exchange[] = { "exchange", "trade", "swap", NULL };
    r->mutual = (nt == 0 && ns >= 2 && mutual_code(m->pattern->code) &&
                 (strncmp(m->pattern->code, "16", 2) && strncmp(m->pattern->code, "19", 2) ? 1 : shared_object(t, w))) ||
                /* "traded accusations": disapproval exchanged is mutual */
                (nt == 0 && ns >= 2 && !strncmp(m->pattern->code, "11", 2) && role_lemma_in(t, (int32_t)w, exchange)) ||
                (ns >= 2 && reciprocal_pronoun(t, tgts, nt));
    if (r->mutual) {
        memcpy(tgts, srcs, ns * sizeof *srcs);
        memcpy(r->tgt_place, r->src_place, sizeof r->tgt_place);
        memcpy(r->tgt_bases, r->src_bases, sizeof r->tgt_bases);
        nt = ns;
    }
    r->ns = ns;
    r->nt = nt;
    return 1;
}

