/*
** control.c — an iobj before an open complement read as the object
** (control.h).
*/
#include <ctype.h>
#include <string.h>
#include <strings.h>
#include "code/control.h"

/* Is w "committed", "dedicated" or "devoted", which take their act as
** "to" and a gerund ("is committed to opening its market")? */
static int commits(const dyad_token *w)
{
    static const char *const words[] = { "committed", "dedicated", "devoted", "commit", "dedicate", "devote", NULL };
    for (size_t i = 0; words[i]; i++)
        if ((w->lemma && !strcmp(w->lemma, words[i])) || (w->form && !strcmp(w->form, words[i]))) return 1;
    return 0;
}

/* "Chile and the United States are seeking talks", parsed with
** the first name as the root and the verb as its conjunct, whose subject
** is the second name: the verb is the root and the two names its subject.
** Returns 1 if the sentence was repaired. */
static int coordinated_subject(dyad_token *w, uint32_t n)
{
    uint32_t r = n;
    for (uint32_t i = 0; i < n && r == n; i++)
        if (w[i].head == 0) r = i;
    if (r == n || !w[r].upos || (strcmp(w[r].upos, "PROPN") && strcmp(w[r].upos, "NOUN"))) return 0;
    for (uint32_t v = r + 1; v < n; v++) {
        if (w[v].head != (int32_t)r + 1 || !tree_rel_is(&w[v], "conj") || !w[v].upos || strcmp(w[v].upos, "VERB")) continue;
        uint32_t subj = n, cc = n;
        for (uint32_t j = r + 1; j < v; j++) {
            if (w[j].head != (int32_t)v + 1) continue;
            if (w[j].deprel && !strncmp(w[j].deprel, "nsubj", 5)) subj = j;
            else if (tree_rel_is(&w[j], "cc") && j < subj && w[j].form &&
                     (!strcmp(w[j].form, "and") || !strcmp(w[j].form, "or")))
                cc = j;
        }
        if (subj == n || cc == n || cc > subj) return 0;
        /* the root noun has no subject of its own to lose */
        for (uint32_t j = 0; j < n; j++)
            if (w[j].head == (int32_t)r + 1 && w[j].deprel && !strncmp(w[j].deprel, "nsubj", 5)) return 0;
        for (uint32_t j = v + 1; j < n; j++)      /* what follows the verb is the verb's */
            if (w[j].head == (int32_t)r + 1) w[j].head = (int32_t)v + 1;
        w[v].head = 0;
        w[v].deprel = "root";
        w[r].head = (int32_t)v + 1;
        w[r].deprel = w[subj].deprel;
        w[subj].head = (int32_t)r + 1;
        w[subj].deprel = "conj";
        w[cc].head = (int32_t)subj + 1;
        return 1;
    }
    return 0;
}

/* "Jets carrying cruise missiles struck the depot", parsed with the
** first noun as the root and the past tense as a clause of the noun
** before it: a word the tagger read as a finite past (VBD, not the
** participle VBN) is no reduced relative; it is the sentence's verb, and
** the root noun, with its own clauses, its subject.  Only where the root
** noun has no copula or subject (then it is a predicate), no verb of its
** own as a clause (then the parser found the sentence's verb, only hung
** it oddly: "Ghana on Friday recalled ... after the junta expelled ...")
** and the verb has no subject of its own.  Returns 1 if the sentence was
** repaired. */
static int finite_verb_under_a_noun(dyad_token *w, uint32_t n)
{
    uint32_t r = n;
    for (uint32_t i = 0; i < n && r == n; i++)
        if (w[i].head == 0) r = i;
    if (r == n || !w[r].upos || (strcmp(w[r].upos, "PROPN") && strcmp(w[r].upos, "NOUN"))) return 0;
    for (uint32_t j = 0; j < n; j++) {
        if (w[j].head != (int32_t)r + 1) continue;
        if (tree_rel_is(&w[j], "cop") || (w[j].deprel && !strncmp(w[j].deprel, "nsubj", 5))) return 0;
        if (w[j].upos && !strcmp(w[j].upos, "VERB") &&
            (tree_rel_is(&w[j], "ccomp") || tree_rel_is(&w[j], "parataxis") || tree_rel_is(&w[j], "conj")))
            return 0;
    }
    for (uint32_t v = r + 1; v < n; v++) {
        if (!tree_rel_is(&w[v], "acl") || !w[v].xpos || strcmp(w[v].xpos, "VBD") || !w[v].upos ||
            strcmp(w[v].upos, "VERB"))
            continue;
        for (uint32_t j = 0; j < n; j++)
            if (w[j].head == (int32_t)v + 1 && w[j].deprel && !strncmp(w[j].deprel, "nsubj", 5)) return 0;
        for (uint32_t j = v + 1; j < n; j++)      /* what follows the verb is the verb's */
            if (w[j].head == (int32_t)r + 1) w[j].head = (int32_t)v + 1;
        w[v].head = 0;
        w[v].deprel = "root";
        w[r].head = (int32_t)v + 1;
        w[r].deprel = "nsubj";
        return 1;
    }
    return 0;
}

/* Is w a form of the lemma `lemma` (the lemma, or the form when the
** tagger left no lemma)? */
static int is_lemma(const dyad_token *w, const char *lemma)
{
    const char *l = w->lemma && w->lemma[0] ? w->lemma : w->form;
    return l && !strcasecmp(l, lemma);
}

/* "the boats had 'intruded' into its waters", quotes and all: a perfect "have" with
** no "be" or "get" on the participle is active, whatever the parser made
** of the quotes around it, so its passive subject is its subject.
** Returns how many were repaired. */
static int active_perfect_subject(dyad_token *w, uint32_t n)
{
    int repaired = 0;
    for (uint32_t i = 0; i < n; i++) {
        int32_t verb = w[i].head;     /* 1-based */
        if (!tree_rel_is(&w[i], "nsubj:pass") || verb < 1 || verb > (int32_t)n) continue;
        int have = 0, passive = 0;
        for (uint32_t j = 0; j < n; j++) {
            if (w[j].head != verb) continue;
            if (tree_rel_is(&w[j], "aux:pass") || (tree_rel_is(&w[j], "aux") && (is_lemma(&w[j], "be") ||
                                                                               is_lemma(&w[j], "get"))))
                passive = 1;
            else if (tree_rel_is(&w[j], "aux") && is_lemma(&w[j], "have"))
                have = 1;
        }
        if (!have || passive) continue;
        w[i].deprel = "nsubj";
        repaired++;
    }
    return repaired;
}

/* "Russia pulled out of the grain deal", parsed with "deal" an object
** that has "of" as its case: an object takes no preposition (none in
** the whole EWT treebank does), so a verb's object with one is an
** oblique.  Returns how many were repaired. */
static int object_with_preposition(dyad_token *w, uint32_t n)
{
    int repaired = 0;
    for (uint32_t i = 0; i < n; i++) {
        int32_t noun = w[i].head;     /* 1-based */
        if (!tree_rel_is(&w[i], "case") || !w[i].upos || strcmp(w[i].upos, "ADP") ||
            noun < 1 || noun > (int32_t)n || !tree_rel_is(&w[noun - 1], "obj"))
            continue;
        int32_t verb = w[noun - 1].head;
        if (verb < 1 || verb > (int32_t)n || !w[verb - 1].upos || strcmp(w[verb - 1].upos, "VERB")) continue;
        w[noun - 1].deprel = "obl";
        repaired++;
    }
    return repaired;
}

/* Is t a day: a weekday, "today", "yesterday", "tonight"? */
static int day_word(const dyad_token *t)
{
    static const char *const days[] = { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                        "sunday", "today", "yesterday", "tonight", NULL };
    for (size_t i = 0; t->form && days[i]; i++)
        if (!strcasecmp(t->form, days[i])) return 1;
    return 0;
}

/* Is word j (0-based) in the phrase of word h? */
static int below(const dyad_token *w, uint32_t n, uint32_t j, uint32_t h)
{
    for (uint32_t steps = 0; steps < n && j != h; steps++) {
        if (w[j].head < 1 || w[j].head > (int32_t)n) return 0;
        j = (uint32_t)w[j].head - 1;
    }
    return j == h;
}

/* "said on Sunday Chinese coast guard ships fired", parsed with "on
** Sunday Chinese ... ships" one oblique of "fired": with no "that", the
** day and the subject of the reported clause run together.  When a
** finite verb with no subject has, right before it, an oblique that
** opens with "on" and a day, the day is the saying verb's (or, with
** none, the verb's own) and the rest the verb's subject.  Returns how
** many were repaired. */
static int day_then_subject(dyad_token *w, uint32_t n)
{
    int repaired = 0;
    for (uint32_t v = 3; v < n; v++) {
        const char *x = w[v].xpos;
        if (!x || (strcmp(x, "VBD") && strcmp(x, "VBZ") && strcmp(x, "VBP"))) continue;
        uint32_t h = v - 1;                  /* the oblique's noun, right before the verb */
        if (w[h].head != (int32_t)v + 1 || !tree_rel_is(&w[h], "obl")) continue;
        int subject = 0;
        for (uint32_t j = 0; j < n && !subject; j++)
            subject = w[j].head == (int32_t)v + 1 && w[j].deprel && !strncmp(w[j].deprel, "nsubj", 5);
        if (subject) continue;
        /* "on" and the day, first in the oblique's words */
        uint32_t first = h;
        while (first > 0 && below(w, n, first - 1, h)) first--;
        if (first + 2 > h || !w[first].form || strcasecmp(w[first].form, "on") || !day_word(&w[first + 1])) continue;
        int32_t verb_head = w[v].head;       /* the saying verb, when v is its clause */
        int32_t day_head = verb_head >= 1 && tree_rel_is(&w[v], "ccomp") ? verb_head : (int32_t)v + 1;
        w[first + 1].head = day_head;
        w[first + 1].deprel = "obl";
        w[first].head = (int32_t)first + 2;
        w[first].deprel = "case";
        w[h].deprel = "nsubj";
        repaired++;
    }
    return repaired;
}

size_t control_repair(dyad_doc *doc)
{
    size_t repaired = 0;
    for (size_t s = 0; s < doc->n_sents; s++) {
        const dyad_sentence *sent = &doc->sents[s];
        dyad_token *w = doc->tokens + sent->first;
        uint32_t n = sent->count;
        repaired += (size_t)coordinated_subject(w, n);
        repaired += (size_t)finite_verb_under_a_noun(w, n);
        repaired += (size_t)active_perfect_subject(w, n);
        repaired += (size_t)object_with_preposition(w, n);
        repaired += (size_t)day_then_subject(w, n);
        for (uint32_t i = 0; i < n; i++) {
            if (!tree_rel_is(&w[i], "iobj")) continue;
            int32_t verb = w[i].head;     /* 1-based */
            if (verb < 1 || verb > (int32_t)n) continue;
            /* only with an xcomp after the noun, and no obj or clausal
            ** complement: "gave Ukraine weapons" and "told Reuters that"
            ** keep their iobj */
            int xcomp_after = 0, other = 0;
            for (uint32_t j = 0; j < n; j++) {
                if (w[j].head != verb || j == i) continue;
                if (tree_rel_is(&w[j], "xcomp") && j > i) xcomp_after = 1;
                if (tree_rel_is(&w[j], "obj") || tree_rel_is(&w[j], "iobj") || tree_rel_is(&w[j], "ccomp")) other = 1;
            }
            if (!xcomp_after || other) continue;
            w[i].deprel = "obj";
            repaired++;
        }
        /* "Portugal is committed to opening its market": the gerund is
        ** the adjective's complement, as "willing to open" is, not an
        ** adverbial clause; it shares the subject */
        for (uint32_t i = 0; i < n; i++) {
            int32_t head = w[i].head;
            if (!tree_rel_is(&w[i], "advcl") || !w[i].xpos || strcmp(w[i].xpos, "VBG") || head < 1 ||
                head > (int32_t)n || !commits(&w[head - 1]))
                continue;
            int to = 0, subject = 0;
            for (uint32_t j = 0; j < n; j++) {
                if (w[j].head != (int32_t)i + 1) continue;
                if (tree_rel_is(&w[j], "mark") && w[j].form && !strcmp(w[j].form, "to")) to = 1;
                if (w[j].deprel && !strncmp(w[j].deprel, "nsubj", 5)) subject = 1;
            }
            if (!to || subject) continue;
            w[i].deprel = "xcomp";
            repaired++;
        }
    }
    return repaired;
}

/* Does a pattern of set headed by `verb` take the particle `prt`? */
static int knows_particle(const pattern_set *set, const char *verb, const char *prt)
{
    size_t first, n = pattern_set_lookup(set, verb, &first);
    for (size_t i = 0; i < n; i++) {
        const pattern *p = &set->patterns[set->index[first + i].pattern];
        for (uint32_t c = 0; c < p->n_cons; c++) {
            const constraint *con = &set->cons[p->cons + c];
            if (strcmp(con->rel, "compound:prt") || con->negated) continue;
            for (uint32_t k = 0; k < con->n_lemmas; k++)
                if (!strcmp(set->pool[con->lemmas + k], prt)) return 1;
        }
    }
    return 0;
}

size_t particle_repair(dyad_doc *doc, const pattern_set *set)
{
    size_t repaired = 0;
    for (size_t s = 0; s < doc->n_sents; s++) {
        const dyad_sentence *sent = &doc->sents[s];
        dyad_token *w = doc->tokens + sent->first;
        uint32_t n = sent->count;
        for (uint32_t v = 0; v + 1 < n; v++) {
            dyad_token *prt = &w[v + 1];
            if (!w[v].upos || strcmp(w[v].upos, "VERB") || !w[v].lemma || !tree_rel_is(prt, "case") || !prt->form)
                continue;
            /* the particle's noun is an oblique of the verb, right after it */
            int32_t noun = prt->head;      /* 1-based */
            if (noun < 1 || noun > (int32_t)n || w[noun - 1].head != (int32_t)v + 1 || !w[noun - 1].deprel ||
                strncmp(w[noun - 1].deprel, "obl", 3))
                continue;
            int object = 0;
            for (uint32_t j = 0; j < n && !object; j++)
                object = w[j].head == (int32_t)v + 1 && (tree_rel_is(&w[j], "obj") || tree_rel_is(&w[j], "compound:prt"));
            char lower[16];
            size_t len = strlen(prt->form);
            if (object || len >= sizeof lower) continue;
            for (size_t k = 0; k <= len; k++) lower[k] = (char)tolower((unsigned char)prt->form[k]);
            if (!knows_particle(set, w[v].lemma, lower)) continue;
            prt->head = (int32_t)v + 1;
            prt->deprel = "compound:prt";
            /* "pulled out of the deal": with a preposition of its own
            ** the noun stays an oblique */
            int other_case = 0;
            for (uint32_t j = 0; j < n && !other_case; j++)
                other_case = w[j].head == noun && tree_rel_is(&w[j], "case");
            if (!other_case) w[noun - 1].deprel = "obj";
            repaired++;
        }
    }
    return repaired;
}

/* Does a pattern of set headed by `verb` take an indirect object beside
** an object that may be `thing` ("deny iobj@T obj=aid|...")? */
static int knows_double_object(const pattern_set *set, const char *verb, const char *thing)
{
    size_t first, n = pattern_set_lookup(set, verb, &first);
    for (size_t i = 0; i < n; i++) {
        const pattern *p = &set->patterns[set->index[first + i].pattern];
        int iobj = 0, obj = 0;
        for (uint32_t c = 0; c < p->n_cons; c++) {
            const constraint *con = &set->cons[p->cons + c];
            if (con->negated) continue;
            if (!strcmp(con->rel, "iobj")) iobj = 1;
            if (strcmp(con->rel, "obj")) continue;
            obj = con->n_lemmas == 0;
            for (uint32_t k = 0; k < con->n_lemmas && !obj; k++) obj = !strcmp(set->pool[con->lemmas + k], thing);
        }
        if (iobj && obj) return 1;
    }
    return 0;
}

size_t double_object_repair(dyad_doc *doc, const pattern_set *set)
{
    size_t repaired = 0;
    for (size_t s = 0; s < doc->n_sents; s++) {
        dyad_token *w = doc->tokens + doc->sents[s].first;
        uint32_t n = doc->sents[s].count;
        for (uint32_t o = 0; o < n; o++) {
            int32_t v = w[o].head;     /* 1-based */
            if (!tree_rel_is(&w[o], "obj") || v < 1 || v > (int32_t)o || !w[v - 1].upos ||
                strcmp(w[v - 1].upos, "VERB") || !w[v - 1].lemma || !w[o].lemma)
                continue;
            int has_iobj = 0;
            for (uint32_t j = 0; j < n && !has_iobj; j++) has_iobj = w[j].head == v && tree_rel_is(&w[j], "iobj");
            if (has_iobj) continue;
            /* the recipient: the first noun of the object's own modifiers,
            ** with only adjectives, numbers or determiners after it */
            int32_t r = -1;
            for (uint32_t j = (uint32_t)v; j < o && r < 0; j++)
                if (w[j].head == (int32_t)o + 1 && tree_rel_is(&w[j], "compound") && w[j].upos &&
                    (!strcmp(w[j].upos, "NOUN") || !strcmp(w[j].upos, "PROPN")))
                    r = (int32_t)j;
            if (r < 0) continue;
            int apart = 1;
            for (uint32_t j = (uint32_t)r + 1; j < o && apart; j++)
                apart = w[j].upos && (!strcmp(w[j].upos, "ADJ") || !strcmp(w[j].upos, "NUM") || !strcmp(w[j].upos, "DET"));
            /* a second noun word right before the thing would be a
            ** compound of its own ("the junta aid programme") */
            if (!apart || !knows_double_object(set, w[v - 1].lemma, w[o].lemma)) continue;
            /* the words before the recipient are its own: "the junta" */
            for (uint32_t j = (uint32_t)v; j < (uint32_t)r; j++)
                if (w[j].head == (int32_t)o + 1) w[j].head = r + 1;
            w[r].head = v;
            w[r].deprel = "iobj";
            repaired++;
        }
    }
    return repaired;
}
