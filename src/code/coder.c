/*
** coder.c — dyad_code_doc(): events from a story.
**
** For each sentence: the parse's words are tried against the verb
** patterns by lemma, most specific pattern first; a match names the
** event's code and, where the pattern says, its source and target words.
** Otherwise the source is the subject (the passive's agent) and the
** target the object (the passive's subject); a verb with no subject of its
** own takes its controller's ("promised to send aid": the subject of
** "promised"), and conjoined actors give one event per pair.  Each role
** word is resolved to an actor through the lexicon (actors.h).  Reported
** speech codes what was reported, not the saying; negation and modality
** are read off the verb's dependents.
*/
#include <dirent.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include "code/actors.h"
#include "code/coder.h"
#include "code/finite.h"
#include "code/implied.h"
#include "code/prefilter.h"
#include "code/quantity.h"
#include "code/control.h"
#include "code/reciprocal.h"
#include "code/aim.h"
#include "code/mention.h"
#include "code/names.h"
#include "code/statehood.h"
#include "code/pronoun.h"
#include "code/roles.h"
#include "code/state_act.h"
#include "when/when.h"
#include "where/where.h"


void dyad_events_init(dyad_events *events)
{
    memset(events, 0, sizeof *events);
}

void dyad_events_free(dyad_events *events)
{
    scratch *s = events->scratch;
    if (s) {
        dyad_lex_matches_free(&s->matches);
        sentence_tree_free(&s->tree);
        free(s->word_match);
        free(s->notes);
        free(s->parse);
        memory_free(&s->memory);
        free(s);
    }
    free(events->items);
    memset(events, 0, sizeof *events);
}

size_t dyad_coder_bad_patterns(const dyad_coder *coder) { return coder->bad_patterns; }

void dyad_coder_close(dyad_coder *c)
{
    if (!c) return;
    dyad_tagger_close(c->tagger);
    dyad_parser_close(c->parser);
    dyad_lexicon_close(c->lexicon);
    pattern_anchors_free(&c->anchors);
    pattern_set_free(&c->patterns);
    cameo_free(&c->cameo);
    free(c);
}

static int load_verbs(dyad_coder *c, const char *dir, char *err, size_t err_len)
{
    DIR *d = opendir(dir);
    if (!d) {
        snprintf(err, err_len, "%s: cannot open the verb patterns folder", dir);
        return DYAD_EIO;
    }
    /* files in name order, so pattern indexes do not depend on the disk */
    char *names[256];
    size_t n = 0;
    struct dirent *e;
    while ((e = readdir(d)) && n < 256) {
        size_t len = strlen(e->d_name);
        if (len > 4 && !strcmp(e->d_name + len - 4, ".tsv")) names[n++] = strdup(e->d_name);
    }
    closedir(d);
    for (size_t i = 1; i < n; i++)
        for (size_t j = i; j > 0 && strcmp(names[j - 1], names[j]) > 0; j--) {
            char *t = names[j]; names[j] = names[j - 1]; names[j - 1] = t;
        }
    int rc = DYAD_OK;
    for (size_t i = 0; i < n; i++) {
        char path[1024];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        if (rc == DYAD_OK) {
            rc = pattern_set_load(&c->patterns, path, &c->bad_patterns, NULL, NULL);
            if (rc) snprintf(err, err_len, "%s: cannot read", path);
        }
        free(names[i]);
    }
    if (rc == DYAD_OK) rc = pattern_set_index(&c->patterns);
    if (rc == DYAD_OK) rc = pattern_anchors_build(&c->anchors, &c->patterns);
    return rc;
}

int dyad_coder_open(dyad_coder **out, const dyad_coder_options *o, char *err, size_t err_len)
{
    char dummy[8];
    if (!err) { err = dummy; err_len = sizeof dummy; }
    err[0] = '\0';
    dyad_coder *c = calloc(1, sizeof *c);
    *out = NULL;
    if (!c) return DYAD_ENOMEM;
    pattern_set_init(&c->patterns);
    /* Without a tagger or parser, the documents' own tags and trees are
    ** used (pre-parsed CoNLL-U, and tests). */
    int rc = o->tagger_path ? dyad_tagger_open(&c->tagger, o->tagger_path, err, err_len) : DYAD_OK;
    if (rc == DYAD_OK && o->parser_path) rc = dyad_parser_open(&c->parser, o->parser_path, err, err_len);
    if (rc == DYAD_OK && c->parser && o->parser_beam > 0) {
        rc = dyad_parser_set_beam(c->parser, o->parser_beam);
        if (rc) snprintf(err, err_len, "parser beam %d: use 1 to 64", o->parser_beam);
    }
    if (rc == DYAD_OK) rc = dyad_lexicon_open(&c->lexicon, o->lexicon_path, err, err_len);
    if (rc == DYAD_OK) rc = cameo_load(&c->cameo, o->cameo_path, err, err_len);
    if (rc == DYAD_OK) rc = load_verbs(c, o->verbs_dir, err, err_len);
    if (rc) { dyad_coder_close(c); return rc; }
    c->one_way_consultations = o->one_way_consultations;
    c->promises_as_acts = o->promises_as_acts;
    c->every_sentence = o->every_sentence;
    c->state_agents = o->state_agents;
    *out = c;
    return DYAD_OK;
}

dyad_event *coder_new_event(dyad_events *out)
{
    if (out->n == out->cap) {
        size_t cap = out->cap ? out->cap * 2 : 16;
        dyad_event *items = realloc(out->items, cap * sizeof *items);
        if (!items) return NULL;
        out->items = items;
        out->cap = cap;
    }
    dyad_event *ev = &out->items[out->n++];
    dyad_event_init(ev);
    return ev;
}

/* Splits an actor's code at "/" into parts[max] (copies in doc's arena);
** returns the count, 1 for an ordinary code, 0 when out of memory. */
static size_t code_parts(dyad_doc *doc, const char *code, const char **parts, size_t max)
{
    size_t n = 0;
    for (const char *p = code ? code : ""; n < max;) {
        size_t len = strcspn(p, "/");
        parts[n] = dyad_doc_strdup(doc, p, len);
        if (!parts[n]) return 0;
        n++;
        if (!p[len]) break;
        p += len + 1;
    }
    return n;
}

/* Gives one side of an event the code part: the code, and the country
** when the actor's country was the several codes too. */
static int set_part(dyad_doc *doc, dyad_event_actor *a, const char *part)
{
    int several = a->country && strchr(a->country, '/');
    a->code = part;
    if (several) {
        a->country = dyad_doc_strdup(doc, part, strlen(part) < 3 ? strlen(part) : 3);
        if (!a->country) return DYAD_ENOMEM;
    }
    return DYAD_OK;
}

/* An actor with several codes, as PETRARCH-2's dictionaries give "The
** Shire" [FRO/BIL/SAM], is several actors: event idx of out becomes one
** event per pair of codes. */
static int expand_several_codes(dyad_doc *doc, dyad_events *out, size_t idx)
{
    const char *src[8], *tgt[8];
    const dyad_event *ev = &out->items[idx];
    if (!(ev->source.code && strchr(ev->source.code, '/')) && !(ev->target.code && strchr(ev->target.code, '/')))
        return DYAD_OK;
    size_t ns = code_parts(doc, ev->source.code, src, 8), nt = code_parts(doc, ev->target.code, tgt, 8);
    if (!ns || !nt) return DYAD_ENOMEM;
    dyad_event model = *ev;
    for (size_t i = 0; i < ns; i++) {
        for (size_t j = 0; j < nt; j++) {
            dyad_event *e = i == 0 && j == 0 ? &out->items[idx] : coder_new_event(out);
            if (!e) return DYAD_ENOMEM;
            *e = model;
            if (set_part(doc, &e->source, src[i]) || (model.target.code && set_part(doc, &e->target, tgt[j])))
                return DYAD_ENOMEM;
        }
    }
    return DYAD_OK;
}

static void fill_actor(dyad_doc *doc, uint32_t sent_first, const actor *a, dyad_event_actor *out)
{
    const dyad_token *first = &doc->tokens[sent_first + a->first];
    const dyad_token *last = &doc->tokens[sent_first + a->last - 1];
    out->start = (int32_t)first->start;
    out->end = (int32_t)last->end;
    out->text = dyad_doc_strdup(doc, doc->text + first->start, last->end - first->start);
    out->code = a->code;
    out->country = a->country;
    out->sector = a->sector;
}

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

/* Reducing relations and force go both ways only when nothing or
** something of both is acted upon: "X and Y clashed", "delayed their
** meeting", "cut ties"; not "X and Y boycotted the parade". */
static int shared_object(const sentence_tree *t, uint32_t w)
{
    static const char *const both[] = { "tie", "ties", "relation", "talk", "talks", "negotiation", "meeting",
                                        "contact", "dialogue", "truce", "ceasefire", "cease-fire", NULL };
    int32_t o = role_child(t, w, "obj");
    if (o < 0 || role_lemma_in(t, o, both)) return 1;
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

static int place_conjunct(dyad_doc *doc, const actor *first, actor *a)
{
    return share_sector(doc, first, a, "agent at a place");
}

/* "Lawmakers in Kenya and Uganda", "lawmakers and officials in Kenya
** and Uganda": each place conjoined to the place of a sector noun among
** words[0..n) is that sector's people of their own (place_conjunct),
** added to words with base[k] = 1 + the index of the noun, whose actor
** is bases[index].  The new count. */
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
static int modifier_conjunct(dyad_doc *doc, const sentence_tree *t, const uint32_t *words, size_t i,
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

/* One sentence being coded: what each step of code_sentence reads. */
typedef struct sentence_coding {
    const dyad_coder *c;
    dyad_doc *doc;
    size_t s;                  /* the sentence's index in doc */
    const dyad_sentence *sent;
    const sentence_tree *t;
    scratch *sc;
} sentence_coding;

/* The words an event acts between (find_roles): one per conjoined actor. */
typedef struct event_roles {
    pattern_match m;
    const char *demand;        /* "100" for an obligation stated of someone */
    int inferred;              /* no agent: the state where it happened acts */
    actor state;               /* ... that state */
    where_place state_spot;    /* ... and where its name was found */
    int32_t thing;             /* the object, before aim.c looks past it */
    uint32_t srcs[8], tgts[8];
    size_t ns, nt;
    uint8_t src_place[8], tgt_place[8];   /* add_place_conjuncts' base */
    actor src_bases[8], tgt_bases[8];
    int mutual;                /* conjoined sources act on each other */
} event_roles;

/* What the event is (read_event_kind). */
typedef struct event_kind {
    const char *event_code;
    const cameo_code *code;    /* its CAMEO entry, or NULL */
    const char *modality;
    int negated;
} event_kind;

/* Why the match of pattern p on word w reports no event of its own, or
** NULL when it may. */
static const char *no_event_reason(const sentence_tree *t, uint32_t w, const pattern *p)
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
    /* "if the US attacks Iran": a condition or an open question says
    ** nothing happened, nor that anyone means it to */
    if (role_hypothesis(t, w)) return "a condition or a question ('if ...', 'whether ...'), not an event";
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

/* The source and target words of the event r->m matched on word w: the
** pattern's own, else its clause's subject and object, else whom its
** thing is aimed at; with no agent, perhaps the state where it happened.
** Sets *src and *tgt (-1: none) and r's demand, inferred state and thing.
** 0 when the event has no source (noted), else 1. */
static int find_role_words(const sentence_coding *job, uint32_t w, event_roles *r, int32_t *src_word,
                           int32_t *tgt_word)
{
    const dyad_coder *c = job->c;
    dyad_doc *doc = job->doc;
    size_t s = job->s;
    const dyad_sentence *sent = job->sent;
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
    /* a noun's own modifier that names no one ("its long-threatened
    ** invasion": threatened) leaves the role to the clause */
    actor probe_role;
    if (m->pattern->noun && src >= 0 && !mention_resolve(doc, t, sent->first, sc, (uint32_t)src, &probe_role))
        src = m->source = -1;
    /* "a visit to Sri Lanka by the Norwegian foreign minister": a
    ** noun event's own "by" phrase is who does it, before its clause */
    static const char *const by[] = { "by", NULL };
    for (uint32_t k = t->first_kid[w]; m->pattern->noun && m->source < 0 && k < t->first_kid[w + 1]; k++) {
        uint32_t d = t->kids[k];
        if ((int32_t)d != m->target && t->words[d].deprel && !strcmp(t->words[d].deprel, "nmod") &&
            role_lemma_in(t, role_child(t, d, "case"), by) &&
            mention_resolve(doc, t, sent->first, sc, d, &probe_role))
            src = m->source = (int32_t)d;
    }
    /* A noun event that names no roles takes them from its clause:
    ** "rebels engaged peacekeepers in a firefight"; so does one that
    ** names the kind of its clause's object ("undertook a mediation
    ** mission", "began a bombing campaign"). */
    uint32_t clause = w, phrase = w;
    if (m->pattern->noun && t->words[w].deprel && !strcmp(t->words[w].deprel, "compound") &&
        t->words[w].head > 0)
        phrase = (uint32_t)(t->words[w].head - 1);
    int32_t governor = t->words[phrase].head - 1;
    if (m->pattern->noun && m->source < 0 && governor >= 0 && t->words[phrase].deprel &&
        (!strcmp(t->words[phrase].deprel, "obj") || !strncmp(t->words[phrase].deprel, "obl", 3)) &&
        !time_adjunct(t, phrase))
        clause = (uint32_t)governor;
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
    /* The object may be a thing ("signed an agreement with the EU",
    ** "imposed sanctions on Iran"): then whom it is aimed at is the
    ** target (aim.c) */
    /* (a kind's phrase is the thing: "a mediation mission between
    ** Syria and the PLO") */
    r->thing = tgt;
    if (m->target < 0)
        tgt = aim_target(doc, t, sent->first, sc, w, m->pattern->code,
                         tgt < 0 && phrase != w && clause != w ? (int32_t)phrase : tgt);
    /* ... as when the pattern's own target is a thing: "endorsed an
    ** agreement with the EU" (not for force, whose thing is ground
    ** and whose modifiers are places: "captured villages near the
    ** border with Bulgaria") */
    else if (tgt >= 0 && strncmp(m->pattern->code, "17", 2) < 0 &&
             !mention_resolve(doc, t, sent->first, sc, (uint32_t)tgt, &probe_role) && !pronoun_kind(t, (uint32_t)tgt)) {
        int32_t aimed = aim_target(doc, t, sent->first, sc, w, m->pattern->code, tgt);
        if (aimed >= 0) tgt = aimed;
    }
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
static int find_roles(const sentence_coding *job, uint32_t w, event_roles *r)
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
    r->mutual = nt == 0 && ns >= 2 && mutual_code(m->pattern->code) &&
                (strncmp(m->pattern->code, "16", 2) && strncmp(m->pattern->code, "19", 2) ? 1 : shared_object(t, w));
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

/* The code, modality and negation of the event r->m matched on word w. */
static void read_event_kind(const sentence_coding *job, uint32_t w, const event_roles *r, event_kind *k)
{
    const dyad_coder *c = job->c;
    const sentence_tree *t = job->t;
    const pattern_match *m = &r->m;
    const char *modality = role_modality(t, w);
    /* a promised cooperation is CAMEO's intent (03x), a promised blow
    ** is coded as the act ("pledged to expel"); what is only wished
    ** for has not happened: an intent or a threat */
    int promised = role_promised(t, w);
    if (!strcmp(modality, "asserted") && ((promised == 1 && m->pattern->code[0] == '0') || promised == 2))
        modality = "future";
    const char *event_code = r->demand ? r->demand
                             : c->promises_as_acts ? m->pattern->code
                                                   : role_intent_code(m->pattern->code, modality);
    /* "said he would not provide support": the reported clause's
    ** negation counts */
    int negated = role_negated(t, w) || (m->clause >= 0 && role_negated(t, (uint32_t)m->clause)) ||
                  role_disallowed(t, w);
    /* "refused to meet", "failed to reach an agreement": the act is
    ** refused, CAMEO's rejection of what it would have been */
    if (role_refused(t, w)) {
        const char *refusal = role_refusal_code(role_intent_code(m->pattern->code, "future"));
        if (refusal) event_code = refusal;
        else negated = 1;
    }
    if (negated && role_refusal_code(event_code)) {
        event_code = role_refusal_code(event_code);
        negated = 0;     /* a refusal, said as such */
    }
    const cameo_code *code = cameo_find(&c->cameo, event_code);
    if (!code) { event_code = m->pattern->code; code = cameo_find(&c->cameo, event_code); }
    k->event_code = event_code;
    k->code = code;
    k->modality = modality;
    k->negated = negated;
}

/* The actor of source word r->srcs[i] into *sa, sharing the sector of
** its agent (first_src) where a conjoined place or modifier calls for it.
** 1 when it names one, 0 when not (noted), or DYAD_ENOMEM. */
static int resolve_source(const sentence_coding *job, uint32_t w, const event_roles *r, size_t i,
                          const actor *first_src, actor *sa)
{
    dyad_doc *doc = job->doc;
    const sentence_tree *t = job->t;
    scratch *sc = job->sc;
    if (r->inferred) *sa = r->state;
    else if (!mention_resolve(doc, t, job->sent->first, sc, r->srcs[i], sa) &&
             !implied_ethnic_country(doc, job->s, t, sc, w, sa)) {
        coder_add_note(sc, job->s, w, r->m.pattern, "the source '%s' names no actor", t->words[r->srcs[i]].form);
        return 0;
    }
    if (r->src_place[i] && place_conjunct(doc, &r->src_bases[r->src_place[i] - 1], sa)) return DYAD_ENOMEM;
    if (!r->src_place[i] && modifier_conjunct(doc, t, r->srcs, i, first_src, sa)) return DYAD_ENOMEM;
    return 1;
}

/* The actor of target word r->tgts[j] into *ta, acted upon by *sa with
** event_code: the implied place's when there is one, else the word's,
** else one the event's place or the police imply (implied.h).  An event
** needs someone acted upon: "X said Wednesday" attributes a story, it
** reports no event between two actors, and precision matters more than
** recall.  1 when it names one, 0 when not (noted), or DYAD_ENOMEM. */
static int resolve_target(const sentence_coding *job, uint32_t w, const event_roles *r, size_t j,
                          const implied_place *implied, const actor *first_tgt, const actor *sa,
                          const char *event_code, actor *ta)
{
    dyad_doc *doc = job->doc;
    const sentence_tree *t = job->t;
    scratch *sc = job->sc;
    int at_place = implied->found;
    int have_target = at_place ? (*ta = implied->target, 1) : mention_resolve(doc, t, job->sent->first, sc, r->tgts[j], ta);
    if (!have_target) have_target = implied_ethnic_country(doc, job->s, t, sc, w, ta);
    if (!have_target && !at_place) {
        have_target = implied_policed_target(doc, sc, r->tgts[j], sa, event_code, ta);
        if (have_target < 0) return have_target;
    }
    if (have_target && r->tgt_place[j] && place_conjunct(doc, &r->tgt_bases[r->tgt_place[j] - 1], ta))
        return DYAD_ENOMEM;
    if (have_target && !r->tgt_place[j] && !r->mutual && !at_place &&
        modifier_conjunct(doc, t, r->tgts, j, first_tgt, ta))
        return DYAD_ENOMEM;
    if (!have_target) {
        coder_add_note(sc, job->s, w, r->m.pattern, "the target '%s' names no actor", t->words[r->tgts[j]].form);
        return 0;
    }
    /* "Iraqi Kurds demonstrated in Kirkuk": a country's people
    ** at home protest to their government, and other acts
    ** there fall on its people */
    if (at_place && !strcmp(sa->code, ta->code) && implied_people_at_place(doc, event_code, ta))
        return DYAD_ENOMEM;
    return 1;
}

/* May *sa act on *ta?  Not an inferred state on someone the sentence
** does not name, nor an actor on itself; 0 (noted) when not. */
static int pair_may_act(const sentence_coding *job, uint32_t w, const event_roles *r, size_t j, const actor *sa,
                        const actor *ta)
{
    scratch *sc = job->sc;
    const pattern *p = r->m.pattern;
    if (r->inferred && !state_act_named_target(ta)) {
        coder_add_note(sc, job->s, w, p, "no agent, and the target '%s' is not named in the sentence",
                       job->t->words[r->tgts[j]].form);
        return 0;
    }
    if (!strcmp(sa->code, ta->code)) {      /* an actor acting on itself */
        coder_add_note(sc, job->s, w, p, "source and target are both %s", sa->code);
        return 0;
    }
    /* "Sudan said Chad attacked its army": the army a pronoun
    ** gives to the source's own country is the source's own */
    if (((ta->how && !strcmp(ta->how, "owned by a pronoun")) ||
         (sa->how && !strcmp(sa->how, "owned by a pronoun"))) &&
        !strcmp(sa->country, ta->country)) {
        coder_add_note(sc, job->s, w, p, "source and target are both of %s", sa->country);
        return 0;
    }
    return 1;
}

/* Writes the event of *sa acting on *ta on word w (whose lemma is
** lemma) at the end of out; DYAD_OK or DYAD_ENOMEM. */
static int write_event(const sentence_coding *job, uint32_t w, const char *lemma, const event_date *when,
                       const event_roles *r, const event_kind *k, const actor *sa, const actor *ta,
                       dyad_events *out)
{
    const dyad_coder *c = job->c;
    dyad_doc *doc = job->doc;
    size_t s = job->s;
    const dyad_sentence *sent = job->sent;
    const pattern *p = r->m.pattern;
    dyad_event *ev = coder_new_event(out);
    if (!ev) return DYAD_ENOMEM;
    ev->doc_id = doc->id;
    ev->sent = (int32_t)s + 1;
    ev->date = when->date;
    ev->date_basis = when->basis;
    if (r->inferred) {     /* the place's name, perhaps the dateline's */
        ev->source.start = r->state_spot.start;
        ev->source.end = r->state_spot.end;
        ev->source.text = dyad_doc_strdup(doc, doc->text + r->state_spot.start,
                                          (size_t)(r->state_spot.end - r->state_spot.start));
        ev->source.code = sa->code;
        ev->source.country = sa->country;
        ev->source.sector = sa->sector;
    } else {
        fill_actor(doc, sent->first, sa, &ev->source);
    }
    fill_actor(doc, sent->first, ta, &ev->target);
    ev->cameo = k->event_code;
    char root[3] = { k->event_code[0], k->event_code[1], 0 };
    ev->cameo_root = dyad_doc_strdup(doc, root, 2);
    if (k->code) {
        ev->plover = k->code->plover;
        ev->quad_class = k->code->quad;
        ev->goldstein = k->code->goldstein;
    }
    const dyad_token *verb = &job->t->words[w];
    ev->verb.text = verb->form;
    ev->verb.lemma = verb->lemma ? verb->lemma : verb->form;
    ev->verb.start = (int32_t)verb->start;
    ev->verb.end = (int32_t)verb->end;
    ev->negated = k->negated;
    ev->modality = k->modality;
    /* specific patterns and named actors make a surer event */
    double conf = 0.45 + 0.08 * (p->specificity > 4 ? 4 : p->specificity);
    conf *= (0.6 + 0.4 * sa->certainty) * (0.6 + 0.4 * ta->certainty);
    /* two places: the figure is a rough score, not a measurement */
    ev->confidence = conf > 0.99 ? 0.99 : round(conf * 100) / 100;
    where_place place;    /* where: src/where/, docs/where.md */
    if (where_locate(doc, s, job->t, &job->sc->matches, job->sc->word_match, w, &place) &&
        where_fill(doc, &place, &ev->location))
        return DYAD_ENOMEM;
    ev->sentence = dyad_doc_strdup(doc, doc->text + sent->start, sent->end - sent->start);
    char why[512];
    int len = snprintf(why, sizeof why, "%s '%s' (%s:%u); source: %s %s; target: %s %s",
                       p->noun ? "noun" : "verb", lemma, c->patterns.files[p->file], p->line,
                       sa->how, sa->code, ta->how, ta->code);
    ev->why = dyad_doc_strdup(doc, why, (size_t)(len < (int)sizeof why ? len : (int)sizeof why - 1));
    ev->story_source = doc->source;
    ev->story_url = doc->url;
    return DYAD_OK;
}

/* Writes the events of word w: one per source and target that name
** actors, each several codes of an actor one event apiece; marks w in
** head_of_event (n_heads long) when it coded one.  DYAD_OK or
** DYAD_ENOMEM. */
static int emit_events(const sentence_coding *job, uint32_t w, const char *lemma, const event_date *when,
                       const event_roles *r, const event_kind *k, const implied_place *implied,
                       uint8_t *head_of_event, size_t n_heads, dyad_events *out)
{
    dyad_doc *doc = job->doc;
    /* the first actor, whose sector conjoined modifiers share */
    actor first_src = { 0 }, first_tgt = { 0 };
    if (r->ns >= 2 && !mention_resolve(doc, job->t, job->sent->first, job->sc, r->srcs[0], &first_src))
        first_src.how = "";
    if (r->nt >= 2 && !r->mutual && !mention_resolve(doc, job->t, job->sent->first, job->sc, r->tgts[0], &first_tgt))
        first_tgt.how = "";
    for (size_t i = 0; i < r->ns; i++) {
        actor sa;
        int rc = resolve_source(job, w, r, i, &first_src, &sa);
        if (rc < 0) return rc;
        if (!rc) continue;
        for (size_t j = 0; j < r->nt; j++) {
            if (r->mutual && j == i) continue;
            actor ta;
            rc = resolve_target(job, w, r, j, implied, &first_tgt, &sa, k->event_code, &ta);
            if (rc < 0) return rc;
            if (!rc || !pair_may_act(job, w, r, j, &sa, &ta)) continue;
            if (write_event(job, w, lemma, when, r, k, &sa, &ta, out)) return DYAD_ENOMEM;
            if (w < n_heads) head_of_event[w] = 1;
            if (expand_several_codes(doc, out, out->n - 1)) return DYAD_ENOMEM;
        }
    }
    return DYAD_OK;
}

/* Sets sc->word_match for sentence s: each word's lexicon match. */
static int match_words(const dyad_doc *doc, size_t s, scratch *sc)
{
    const dyad_sentence *sent = &doc->sents[s];
    if (sent->count > sc->cap_words) {
        int32_t *wm = realloc(sc->word_match, sent->count * sizeof *wm);
        if (!wm) return DYAD_ENOMEM;
        sc->word_match = wm;
        sc->cap_words = sent->count;
    }
    for (uint32_t w = 0; w < sent->count; w++) sc->word_match[w] = -1;
    for (size_t m = 0; m < sc->matches.n; m++) {
        const dyad_lex_match *lm = &sc->matches.items[m];
        if (lm->first < sent->first || lm->first >= sent->first + sent->count) continue;
        for (uint32_t w = lm->first; w < lm->last && w < sent->first + sent->count; w++)
            sc->word_match[w - sent->first] = (int32_t)m;
    }
    return DYAD_OK;
}

/* Codes sentence s of doc: each word a pattern matches, unless it
** reports no event, gives its roles (find_roles), what the event is
** (read_event_kind), whom it falls on when no one is named (implied.h),
** and its events (emit_events). */
static int code_sentence(const dyad_coder *c, dyad_doc *doc, size_t s, scratch *sc,
                         const event_date *when, dyad_events *out)
{
    const dyad_sentence *sent = &doc->sents[s];
    sentence_tree *t = &sc->tree;
    if (sentence_tree_build(t, doc, s)) return DYAD_ENOMEM;
    if (match_words(doc, s, sc)) return DYAD_ENOMEM;
    const sentence_coding job = { c, doc, s, sent, t, sc };
    size_t first_event = out->n;
    /* event heads found in this sentence, to drop a "said" that only
    ** reports another event */
    uint8_t head_of_event[512];
    memset(head_of_event, 0, sizeof head_of_event);
    for (uint32_t w = 0; w < sent->count; w++) {
        char buf[64];
        const char *lemma = role_lemma(t, w, buf, sizeof buf);
        size_t first, n = pattern_set_lookup(&c->patterns, lemma, &first);
        event_roles r;
        int matched = 0;
        for (size_t k = 0; k < n && !matched; k++) {
            const pattern *p = &c->patterns.patterns[c->patterns.index[first + k].pattern];
            matched = pattern_try(&c->patterns, p, t, w, &r.m);
        }
        if (!matched) continue;
        /* a verb event word, whether or not it codes (filter_sentence_events) */
        if (!r.m.pattern->noun && w < sizeof head_of_event && !head_of_event[w]) head_of_event[w] = 2;
        const char *why_not = no_event_reason(t, w, r.m.pattern);
        if (why_not) {
            coder_add_note(sc, s, w, r.m.pattern, "%s", why_not);
            continue;
        }
        if (!find_roles(&job, w, &r)) continue;
        event_kind kind;
        read_event_kind(&job, w, &r, &kind);
        /* with no one named, where it happens may say whom it falls on */
        implied_place implied = { 0 };
        if (r.nt == 0 && implied_place_target(doc, s, t, sc, w, r.srcs[0], r.m.pattern->code, &implied))
            return DYAD_ENOMEM;
        if (implied.found) {
            r.tgts[0] = implied.word;
            r.nt = 1;
        }
        if (r.nt == 0)
            coder_add_note(sc, s, w, r.m.pattern, "no one acted upon (no object or directed oblique names an actor)");
        int rc = emit_events(&job, w, lemma, when, &r, &kind, &implied, head_of_event, sizeof head_of_event, out);
        if (rc) return rc;
    }
    mention_remember_sentence(doc, t, sent->first, sc);
    filter_sentence_events(t, s, sc, out, first_event, head_of_event, sizeof head_of_event);
    return c->one_way_consultations ? DYAD_OK : reciprocal_events(doc, out, first_event);
}

/* CPU seconds of this thread: the profile must not count other threads. */
static double thread_cpu(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Adds the time since *mark to *stage and moves the mark (no-op without
** a profile). */
static void lap(double *stage, double *mark, const dyad_code_profile *profile)
{
    if (!profile) return;
    double now = thread_cpu();
    *stage += now - *mark;
    *mark = now;
}

int dyad_code_doc(const dyad_coder *c, dyad_doc *doc, dyad_events *out)
{
    return dyad_code_doc_profiled(c, doc, out, NULL);
}

int dyad_code_doc_profiled(const dyad_coder *c, dyad_doc *doc, dyad_events *out,
                           dyad_code_profile *prof)
{
    return coder_code_doc(c, doc, out, prof, c->every_sentence);
}

int coder_code_doc(const dyad_coder *c, dyad_doc *doc, dyad_events *out, dyad_code_profile *prof,
                   int every_sentence)
{
    double mark = prof ? thread_cpu() : 0, unused = 0;
    double *tag = prof ? &prof->tag : &unused, *parse = prof ? &prof->parse : &unused;
    double *lexicon = prof ? &prof->lexicon : &unused, *code = prof ? &prof->code : &unused;
    out->n = 0;
    if (!out->scratch) {
        out->scratch = calloc(1, sizeof(scratch));
        if (!out->scratch) return DYAD_ENOMEM;
        dyad_lex_matches_init(&((scratch *)out->scratch)->matches);
    }
    scratch *sc = out->scratch;
    sc->memory.n = 0;          /* mentions point back within one story only */
    sc->n_notes = 0;
    lap(code, &mark, prof);
    int rc = c->tagger ? dyad_tagger_tag(c->tagger, doc) : DYAD_OK;
    lap(tag, &mark, prof);
    /* the names are found before the parse, so that it can lean on them */
    if (rc == DYAD_OK) rc = dyad_lex_match_doc(c->lexicon, doc, &sc->matches);
    if (rc == DYAD_OK && statehood_on_date(doc, &sc->matches) < 0) rc = DYAD_ENOMEM;
    if (rc == DYAD_OK && c->tagger) {
        names_as_proper_nouns(doc, &sc->matches);
        finite_verb_repair(doc);
    }
    /* only the sentences that can yield an event are parsed and coded */
    const unsigned char *to_parse = NULL;
    if (rc == DYAD_OK && !every_sentence && c->parser) {
        if (doc->n_sents > sc->cap_parse) {
            unsigned char *p = realloc(sc->parse, doc->n_sents);
            if (!p) return DYAD_ENOMEM;
            sc->parse = p;
            sc->cap_parse = doc->n_sents;
        }
        prefilter_sentences(&c->patterns, &c->anchors, doc, &sc->matches, sc->parse);
        to_parse = sc->parse;
    }
    lap(lexicon, &mark, prof);
    if (prof && c->parser)
        for (size_t s = 0; s < doc->n_sents; s++) prof->sentences_parsed += !to_parse || to_parse[s];
    if (rc == DYAD_OK && c->parser) rc = dyad_parser_parse_some(c->parser, doc, to_parse);
    if (rc == DYAD_OK && c->parser) quantity_repair(doc);
    if (rc == DYAD_OK && c->parser) control_repair(doc);
    if (rc == DYAD_OK && c->parser) particle_repair(doc, &c->patterns);
    lap(parse, &mark, prof);
    for (size_t s = 0; rc == DYAD_OK && s < doc->n_sents; s++) {
        if (to_parse && !to_parse[s]) continue;
        event_date when;
        if (when_resolve(doc->date, doc, s, &when) != DYAD_OK) when_resolve(NULL, doc, s, &when);
        /* the date string must outlive this loop */
        const char *date = dyad_doc_strdup(doc, when.date, strlen(when.date));
        if (!date) return DYAD_ENOMEM;
        size_t before = out->n;
        rc = code_sentence(c, doc, s, sc, &when, out);
        for (size_t e = before; e < out->n; e++) out->items[e].date = date;
    }
    /* event ids: doc:sentence:n */
    for (size_t e = 0; rc == DYAD_OK && e < out->n; e++) {
        char id[256];
        int len = snprintf(id, sizeof id, "%s:%d:%zu", doc->id, (int)out->items[e].sent, e + 1);
        out->items[e].event_id = dyad_doc_strdup(doc, id, (size_t)(len < (int)sizeof id ? len : (int)sizeof id - 1));
    }
    lap(code, &mark, prof);
    return rc;
}
