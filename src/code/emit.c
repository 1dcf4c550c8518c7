/*
** emit.c — the events of a matched word (emit.h).
*/
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "code/emit.h"
#include "code/mention.h"
#include "code/monadic.h"
#include "code/no_country.h"
#include "code/state_act.h"
#include "where/where.h"

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
    if (a->span_end > a->span_start) {       /* a dateline */
        out->start = a->span_start;
        out->end = a->span_end;
    } else {
        out->start = (int32_t)doc->tokens[sent_first + a->first].start;
        out->end = (int32_t)doc->tokens[sent_first + a->last - 1].end;
    }
    out->text = dyad_doc_strdup(doc, doc->text + out->start, (size_t)(out->end - out->start));
    out->code = a->code;
    out->country = a->country;
    out->sector = a->sector;
}

/* The actor of source word r->srcs[i] into *sa (with no_country on,
** perhaps a sector with no country: no_country.h), sharing the sector of
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
             !implied_ethnic_country(doc, job->s, t, sc, w, sa) &&
             !implied_police_country(doc, job->s, t, sc, w, r->srcs[i], r->nt ? (int32_t)r->tgts[0] : -1, sa)) {
        int sector_only = no_country_actor(job, r->srcs[i], sa);
        if (sector_only) return sector_only;
        coder_add_note(sc, job->s, w, r->m.pattern, "the source '%s' names no actor", t->words[r->srcs[i]].form);
        return 0;
    }
    if (r->src_place[i] && event_roles_place_conjunct(doc, &r->src_bases[r->src_place[i] - 1], sa)) return DYAD_ENOMEM;
    if (!r->src_place[i] && event_roles_modifier_conjunct(doc, t, r->srcs, i, first_src, sa)) return DYAD_ENOMEM;
    return 1;
}

/* The actor of target word r->tgts[j] into *ta, acted upon by *sa with
** event_code: the implied place's when there is one, else the word's,
** else one the event's place or the police imply (implied.h), else with
** no_country on a sector with no country (no_country.h).  An event
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
    int have_target = at_place ? (*ta = implied->target, 1)
                               : mention_resolve(doc, t, job->sent->first, sc, r->tgts[j], ta);
    if (!have_target) have_target = implied_ethnic_country(doc, job->s, t, sc, w, ta);
    if (!have_target)
        have_target = implied_police_country(doc, job->s, t, sc, w, r->tgts[j], r->ns ? (int32_t)r->srcs[0] : -1, ta);
    if (!have_target && !at_place) {
        have_target = implied_policed_target(doc, sc, r->tgts[j], sa, event_code, ta);
        if (have_target < 0) return have_target;
    }
    if (!have_target) {
        have_target = implied_victims_at_place(doc, job->s, t, sc, w, r->tgts[j], event_code, ta);
        if (have_target < 0) return have_target;
    }
    if (have_target && r->tgt_place[j] && event_roles_place_conjunct(doc, &r->tgt_bases[r->tgt_place[j] - 1], ta))
        return DYAD_ENOMEM;
    if (have_target && !r->tgt_place[j] && !r->mutual && !at_place &&
        event_roles_modifier_conjunct(doc, t, r->tgts, j, first_tgt, ta))
        return DYAD_ENOMEM;
    if (!have_target && !at_place)
        have_target = acts_resolve(&sc->acts, t->words, t->n, (uint32_t)job->s, r->tgts[j], r->m.pattern->code, ta);
    if (!have_target && (have_target = no_country_actor(job, r->tgts[j], ta)) != 0) return have_target;
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
    /* "---REB" on "---COP" says nothing of where: one side at least
    ** must have a country */
    if (no_country_is(sa) && no_country_is(ta)) {
        coder_add_note(sc, job->s, w, p, "neither side has a country");
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
** lemma) at the end of out, or of *sa alone when ta is NULL (a monadic
** event: monadic.h); DYAD_OK or DYAD_ENOMEM. */
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
    if (ta) fill_actor(doc, sent->first, ta, &ev->target);
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
    /* no one acted upon: as unsure as a target of middling certainty,
    ** since an unnamed counterpart may have been missed */
    conf *= (0.6 + 0.4 * sa->certainty) * (ta ? 0.6 + 0.4 * ta->certainty : 0.8);
    /* two places: the figure is a rough score, not a measurement */
    ev->confidence = conf > 0.99 ? 0.99 : round(conf * 100) / 100;
    where_place place;    /* where: src/where/, docs/where.md */
    if (where_locate(doc, s, job->t, &job->sc->matches, job->sc->word_match, w, &place) &&
        where_fill(doc, &place, &ev->location))
        return DYAD_ENOMEM;
    ev->sentence = dyad_doc_strdup(doc, doc->text + sent->start, sent->end - sent->start);
    char why[512];
    int len = snprintf(why, sizeof why, "%s '%s' (%s:%u); source: %s %s; target: %s%s%s",
                       p->noun ? "noun" : "verb", lemma, c->patterns.files[p->file], p->line,
                       sa->how, sa->code, ta ? ta->how : "none (no one acted upon is named)",
                       ta ? " " : "", ta ? ta->code : "");
    ev->why = dyad_doc_strdup(doc, why, (size_t)(len < (int)sizeof why ? len : (int)sizeof why - 1));
    ev->story_source = doc->source;
    ev->story_url = doc->url;
    return DYAD_OK;
}

/* Writes the events of word w: one per source and target that name
** actors, each several codes of an actor one event apiece; marks w in
** head_of_event (n_heads long) when it coded one.  DYAD_OK or
** DYAD_ENOMEM. */
int emit_events(const sentence_coding *job, uint32_t w, const char *lemma, const event_date *when,
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
    /* No target word at all (not one that names no actor, which drops
    ** the event): an act that needs no one on the other side stands
    ** alone, but not a state's act inferred from where it happened,
    ** which only the one it falls on makes an event. */
    int alone = job->c->monadic && r->nt == 0 && !r->inferred && monadic_code(k->event_code);
    for (size_t i = 0; i < r->ns; i++) {
        actor sa;
        int rc = resolve_source(job, w, r, i, &first_src, &sa);
        if (rc < 0) return rc;
        if (!rc) continue;
        /* "the launch", "the arrests" later in the story: acts.h */
        if (acts_pattern_code(r->m.pattern->code)) acts_remember(&job->sc->acts, lemma, (uint32_t)job->s, &sa);
        if (alone) {
            if (no_country_is(&sa)) {
                coder_add_note(job->sc, job->s, w, r->m.pattern, "no target, and the source has no country");
                continue;
            }
            if (!monadic_sentence_alone(job, &sa)) {
                coder_add_note(job->sc, job->s, w, r->m.pattern,
                               "no target, but the sentence names another actor or a name the lexicon lacks");
                continue;
            }
            if (write_event(job, w, lemma, when, r, k, &sa, NULL, out)) return DYAD_ENOMEM;
            if (w < n_heads) head_of_event[w] = HEAD_CODED;
            if (expand_several_codes(doc, out, out->n - 1)) return DYAD_ENOMEM;
            continue;
        }
        for (size_t j = 0; j < r->nt; j++) {
            if (r->mutual && j == i) continue;
            actor ta;
            rc = resolve_target(job, w, r, j, implied, &first_tgt, &sa, k->event_code, &ta);
            if (rc < 0) return rc;
            if (!rc || !pair_may_act(job, w, r, j, &sa, &ta)) continue;
            if (write_event(job, w, lemma, when, r, k, &sa, &ta, out)) return DYAD_ENOMEM;
            if (w < n_heads) head_of_event[w] = HEAD_CODED;
            if (expand_several_codes(doc, out, out->n - 1)) return DYAD_ENOMEM;
        }
    }
    return DYAD_OK;
}

