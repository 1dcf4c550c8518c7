/*
** sentence_filter.c — the events of one sentence, less those that only
** report, promise or carry another (coder.h), and the coder's notes.
*/
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "code/coder.h"
#include "code/roles.h"

void coder_add_note(scratch *sc, size_t s, uint32_t w, const pattern *p, const char *fmt, ...)
{
    if (sc->n_notes == sc->cap_notes) {
        size_t cap = sc->cap_notes ? sc->cap_notes * 2 : 16;
        coder_note *notes = realloc(sc->notes, cap * sizeof *notes);
        if (!notes) return;
        sc->notes = notes;
        sc->cap_notes = cap;
    }
    coder_note *n = &sc->notes[sc->n_notes++];
    n->sent = (uint32_t)s;
    n->word = w;
    n->pattern = p;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(n->text, sizeof n->text, fmt, ap);
    va_end(ap);
}

/* The sentence word that starts at byte `start` (t->n if none). */
static uint32_t word_of(const sentence_tree *t, uint32_t start)
{
    for (uint32_t w = 0; w < t->n; w++)
        if (t->words[w].start == start) return w;
    return t->n;
}

/* Is ev's verb (or the clause it is conjoined to) the clause of a word
** that coded an accusation (11x)?  What one side alleges another did is
** the accusation's substance, which the writer does not assert:
** "claimed that the rebels had shelled the town" is the claim, not a
** shelling.  (An act one admits or claims as one's own, 015, is
** still coded: its doer vouches for it.)  Events below index `keep` and
** above e are the sentence's others (the ones between were dropped). */
static int alleged_content(const sentence_tree *t, const dyad_events *out, size_t first_event, size_t keep, size_t e)
{
    uint32_t x = word_of(t, (uint32_t)out->items[e].verb.start);
    int32_t shared = x < t->n ? role_shared_participle(t, x) : -1;
    if (shared >= 0) x = (uint32_t)shared;
    for (int hops = 0; x < t->n && hops < 8 && t->words[x].deprel && !strcmp(t->words[x].deprel, "conj"); hops++)
        x = t->words[x].head > 0 ? (uint32_t)t->words[x].head - 1 : t->n;
    if (x >= t->n || !t->words[x].deprel || strcmp(t->words[x].deprel, "ccomp") || t->words[x].head <= 0) return 0;
    uint32_t start = t->words[t->words[x].head - 1].start;
    for (size_t k = first_event; k < out->n; k++) {
        if ((k >= keep && k <= e) || (uint32_t)out->items[k].verb.start != start) continue;
        const char *c = out->items[k].cameo;
        if (c[0] == '1' && c[1] == '1') return 1;
    }
    return 0;
}

/* Is ev a blow (14x-20x) said on the open complement of a word that
** coded a threat (13x)?  "vowed to kill the lawmakers" is the vow's
** threat (1383): the killing is what is threatened, not a killing done.
** Events below index `keep` and above e are the sentence's others. */
static int threatened_content(const sentence_tree *t, const dyad_events *out, size_t first_event, size_t keep,
                              size_t e)
{
    const char *c = out->items[e].cameo;
    if (c[0] != '2' && !(c[0] == '1' && c[1] >= '4')) return 0;
    uint32_t x = word_of(t, (uint32_t)out->items[e].verb.start);
    if (x >= t->n || !t->words[x].deprel || strcmp(t->words[x].deprel, "xcomp") || t->words[x].head <= 0) return 0;
    uint32_t start = t->words[t->words[x].head - 1].start;
    for (size_t k = first_event; k < out->n; k++) {
        if ((k >= keep && k <= e) || (uint32_t)out->items[k].verb.start != start) continue;
        if (out->items[k].cameo[0] == '1' && out->items[k].cameo[1] == '3') return 1;
    }
    return 0;
}

/* Is the preposition of word w `prep`? */
static int case_is(const sentence_tree *t, uint32_t w, const char *prep)
{
    for (uint32_t k = t->first_kid[w]; k < t->first_kid[w + 1]; k++) {
        const dyad_token *c = &t->words[t->kids[k]];
        if (c->deprel && !strcmp(c->deprel, "case") && c->lemma && !strcmp(c->lemma, prep)) return 1;
    }
    return 0;
}

void filter_sentence_events(const sentence_tree *t, size_t s, scratch *sc, dyad_events *out, size_t first_event,
                            const uint8_t *head_of_event, size_t n_heads)
{
    /* Reported speech: a statement (01x) whose clause holds another event
    ** is the messenger, not the event, unless it claims the act. */
    size_t keep = first_event;
    for (size_t e = first_event; e < out->n; e++) {
        dyad_event *ev = &out->items[e];
        int drop = 0;
        /* ... and a promise (03x) whose complement coded its own event
        ** ("pledged to expel", "promised to send aid") is that event,
        ** which carries the intent */
        /* (claiming or admitting an act, 015, is news of its own: "the
        ** militia claimed it had attacked the convoy") */
        int statement = ev->cameo[0] == '0' && ev->cameo[1] == '1' && strcmp(ev->cameo, "015");
        int promise = ev->cameo[0] == '0' && ev->cameo[1] == '3';
        if (statement || promise) {
            for (uint32_t w = 0; w < t->n && w < n_heads; w++) {
                if (head_of_event[w] != HEAD_CODED || t->words[w].start == (uint32_t)ev->verb.start) continue;
                const char *rel = t->words[w].deprel;
                int32_t h = t->words[w].head - 1;
                int reports = rel && (statement ? (!strcmp(rel, "ccomp") || !strcmp(rel, "parataxis"))
                                                : !strcmp(rel, "xcomp"));
                if (reports && h >= 0 && t->words[h].start == (uint32_t)ev->verb.start) {
                    if (!drop) coder_add_note(sc, s, (uint32_t)h, NULL, "%s: a %s that reports the event of word %u",
                                    ev->cameo, statement ? "statement" : "promise", w + 1);
                    drop = 1;
                }
            }
        }
        /* A noun event under a verb that coded an event of its own is
        ** that event's object ("agreed to a ceasefire", "agreed to hold
        ** exercises"), not a second event; and so it is under a verb the
        ** lexicon knows as an event that coded nothing ("threatened to
        ** launch an offensive in its war with Iraq": the war is not news
        ** here, and a clause that failed to code is no reason to).  But
        ** what a statement that coded nothing announces, its object, is
        ** the news ("Britain announced military aid for Ukraine"). */
        uint32_t head = word_of(t, (uint32_t)ev->verb.start);
        if (!drop && alleged_content(t, out, first_event, keep, e)) {
            coder_add_note(sc, s, head, NULL, "%s: what an accusation says was done, not an event of its own",
                           ev->cameo);
            drop = 1;
        }
        if (!drop && threatened_content(t, out, first_event, keep, e)) {
            coder_add_note(sc, s, head, NULL, "%s: what a threat threatens, not an event of its own", ev->cameo);
            drop = 1;
        }
        if (!drop && head < t->n && t->words[head].upos && strcmp(t->words[head].upos, "VERB") &&
            strcmp(t->words[head].upos, "AUX")) {
            int32_t up = t->words[head].head - 1;
            for (int hops = 0; up >= 0 && hops < 6 && !drop; hops++) {
                /* (the statement's own object only: "announced aid for
                ** Ukraine", "announced 500 million pounds in aid"; not
                ** "commented on whether the attack ...") */
                const char *hrel = t->words[head].deprel;
                int announced = head_of_event[up] == HEAD_UNCODED_STATEMENT && t->words[head].head - 1 == up &&
                                hrel && (!strcmp(hrel, "obj") || (!strcmp(hrel, "obl") && case_is(t, head, "in")));
                if ((uint32_t)up < n_heads && head_of_event[up] && !announced) {
                    coder_add_note(sc, s, head, NULL, "%s: the object of word %d's event, not an event of its own",
                         ev->cameo, up + 1);
                    drop = 1;
                }
                up = t->words[up].head - 1;
            }
        }
        /* one event per pair and root a sentence: "said they will attack
        ** Iraq" matches both the saying and the attack; the more specific
        ** code stays */
        for (size_t k = first_event; k < keep && !drop; k++) {
            dyad_event *kept = &out->items[k];
            if (strcmp(kept->source.code, ev->source.code) || strcmp(kept->target.code ? kept->target.code : "",
                                                                   ev->target.code ? ev->target.code : "") ||
                strncmp(kept->cameo, ev->cameo, 2))
                continue;
            if (strlen(ev->cameo) > strlen(kept->cameo)) *kept = *ev;
            drop = 1;
        }
        if (!drop) out->items[keep++] = *ev;
    }
    out->n = keep;
}
