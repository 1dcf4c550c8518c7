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
** are read off the verb's dependents.  The roles are found in
** event_roles.c, whom an act falls on when no one is named in implied.c,
** and the events written in emit.c; this file runs those steps.
*/
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "code/coder.h"
#include "code/background.h"
#include "code/speculation.h"
#include "code/emit.h"
#include "code/event_roles.h"
#include "code/finite.h"
#include "code/implied.h"
#include "code/infinitive_attach.h"
#include "code/prefilter.h"
#include "code/quantity.h"
#include "code/control.h"
#include "code/reciprocal.h"
#include "code/to_infinitive.h"
#include "code/mention.h"
#include "code/monadic.h"
#include "code/names.h"
#include "code/statehood.h"
#include "code/roles.h"
#include "when/when.h"


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
    c->monadic = o->monadic;
    c->no_country = o->no_country;
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
** reports no event, gives its roles (event_roles.h), what the event is
** (read_event_kind), whom it falls on when no one is named (implied.h),
** and its events (emit.h). */
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
        event_roles r;
        if (!pattern_set_match_word(&c->patterns, t, w, &r.m)) continue;
        /* a verb event word, whether or not it codes (filter_sentence_events) */
        if (!r.m.pattern->noun && w < sizeof head_of_event && !head_of_event[w])
            head_of_event[w] = strncmp(r.m.pattern->code, "01", 2) ? HEAD_UNCODED : HEAD_UNCODED_STATEMENT;
        const char *why_not = event_roles_no_event_reason(t, w, r.m.pattern);
        if (!why_not) why_not = background_reason(t, w, doc->date);
        if (!why_not && speculated(t, w)) why_not = "a possibility, a forecast or a thing blocked, not an event";
        if (why_not) {
            coder_add_note(sc, s, w, r.m.pattern, "%s", why_not);
            continue;
        }
        if (!event_roles_find(&job, w, &r)) continue;
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
        /* an act that may stand alone is noted by emit.c if it does not */
        if (r.nt == 0 && !(c->monadic && !r.inferred && monadic_code(kind.event_code)))
            coder_add_note(sc, s, w, r.m.pattern, "no one acted upon (no object or directed oblique names an actor)");
        int rc = emit_events(&job, w, lemma, when, &r, &kind, &implied, head_of_event, sizeof head_of_event, out);
        if (rc) return rc;
    }
    mention_remember_sentence(doc, t, sent->first, sc);
    filter_sentence_events(t, s, sc, out, first_event, head_of_event, sizeof head_of_event);
    return c->one_way_consultations ? DYAD_OK : reciprocal_events(doc, &c->cameo, out, first_event);
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
    sc->acts.n = 0;
    sc->n_notes = 0;
    lap(code, &mark, prof);
    int rc = c->tagger ? dyad_tagger_tag(c->tagger, doc) : DYAD_OK;
    lap(tag, &mark, prof);
    /* the names are found before the parse, so that it can lean on them */
    if (rc == DYAD_OK) rc = dyad_lex_match_doc(c->lexicon, doc, &sc->matches);
    if (rc == DYAD_OK && statehood_on_date(doc, &sc->matches) < 0) rc = DYAD_ENOMEM;
    if (rc == DYAD_OK && c->tagger) {
        names_as_proper_nouns(doc, &sc->matches);
        finite_verb_repair(doc, c->tagger);
        to_infinitive_repair(doc, c->tagger);
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
        prefilter_sentences(&c->patterns, &c->anchors, c->monadic, doc, &sc->matches, sc->parse);
        to_parse = sc->parse;
    }
    lap(lexicon, &mark, prof);
    if (prof && c->parser)
        for (size_t s = 0; s < doc->n_sents; s++) prof->sentences_parsed += !to_parse || to_parse[s];
    if (rc == DYAD_OK && c->parser) rc = dyad_parser_parse_some(c->parser, doc, to_parse);
    if (rc == DYAD_OK && c->parser) quantity_repair(doc);
    if (rc == DYAD_OK && c->parser) control_repair(doc);
    if (rc == DYAD_OK && c->parser) infinitive_attach_repair(doc);
    if (rc == DYAD_OK && c->parser) particle_repair(doc, &c->patterns);
    if (rc == DYAD_OK && c->parser) double_object_repair(doc, &c->patterns);
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
