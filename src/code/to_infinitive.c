/*
** to_infinitive.c — the verb after "to" that completes a verb taking an
** infinitive (to_infinitive.h).
*/
#include <string.h>
#include <strings.h>
#include "code/to_infinitive.h"
#include "nlp/lemmatizer.h"
#include "nlp/tagger.h"

/* Verbs and adjectives whose "to" is an infinitive's: none of them takes
** "to" and a noun phrase.  Both lists are asked of either part of
** speech, since "prepared", "set" and "poised" are read as participles
** as often as adjectives. */
static int takes_infinitive(const dyad_token *t)
{
    static const char *const words[] = {
        "threaten", "vow", "pledge", "promise", "refuse", "plan", "decide", "try", "seek", "hope",
        "intend", "offer", "aim", "prepare", "attempt", "fail", "want", "expect", "decline", "swear",
        "resolve", "vote", "begin", "start", "continue", "need", "wish", "choose", "dare", "struggle",
        "scramble", "rush", "race", "manage", "undertake", "volunteer",
        "ready", "willing", "unwilling", "prepared", "determined", "set", "poised", "eager", "likely",
        "unlikely", "able", "unable", "keen", "quick", "reluctant", NULL };
    const char *lemma = t->lemma ? t->lemma : t->form;
    if (!lemma || !t->upos || (strcmp(t->upos, "VERB") && strcmp(t->upos, "ADJ"))) return 0;
    for (size_t i = 0; words[i]; i++)
        if (!strcasecmp(lemma, words[i])) return 1;
    return 0;
}

/* Is t a lower-case word WordNet knows as a verb, read as a singular
** noun, a name ("to march" as the month) or an adjective ("refused to
** elaborate", "promised to welcome peacekeepers", "plans to lower
** tariffs")?  After these verbs "to" cannot take a noun phrase, so the
** word must be the infinitive. */
static int verb_read_as_other(const dyad_tagger *tagger, const dyad_token *t)
{
    if (!t->xpos || !t->form) return 0;
    if (strcmp(t->xpos, "NN") && strcmp(t->xpos, "NNP") && strcmp(t->xpos, "JJ") && strcmp(t->xpos, "JJR")) return 0;
    size_t n = strlen(t->form);
    if (n < 2 || n > 40) return 0;
    for (size_t k = 0; k < n; k++)
        if (t->form[k] < 'a' || t->form[k] > 'z') return 0;
    return lem_known(tagger, TG_WN_VERB, t->form, n);
}

/* Verbs whose object (or the one their "to", "on" or "with" names) is
** the doer of a "to" infinitive after it: "urged Portugal to exercise
** restraint", "appealed to Iran to boost trade". */
static int object_control(const dyad_token *t)
{
    static const char *const verbs[] = {
        "urge", "ask", "order", "call", "appeal", "press", "encourage", "invite", "allow", "permit", "force",
        "tell", "persuade", "advise", "instruct", "compel", "authorize", "authorise", "enable", "require",
        "pressure", "implore", "beg", "plead", "exhort", "challenge", "prod", "push", NULL };
    const char *lemma = t->lemma ? t->lemma : t->form;
    if (!lemma || !t->upos || strcmp(t->upos, "VERB")) return 0;
    for (size_t i = 0; verbs[i]; i++)
        if (!strcasecmp(lemma, verbs[i])) return 1;
    return 0;
}

/* Does an object-control verb come before word `to`, with only the one
** it addresses between: a noun phrase of at most five words, perhaps
** after "to", "on" or "with" ("appealed to Iran", "called on the
** rebels")? */
static int after_controlled_object(const dyad_token *w, uint32_t to)
{
    int nouns = 0;
    for (uint32_t k = to; k-- > 0 && to - k <= 6;) {
        const char *u = w[k].upos;
        if (!u) return 0;
        if (!strcmp(u, "NOUN") || !strcmp(u, "PROPN") || !strcmp(u, "PRON")) { nouns++; continue; }
        if (!strcmp(u, "DET") || !strcmp(u, "ADJ") || !strcmp(u, "NUM") || !strcmp(u, "PART")) continue;
        if (!strcmp(u, "ADP") && w[k].form &&
            (!strcasecmp(w[k].form, "to") || !strcasecmp(w[k].form, "on") || !strcasecmp(w[k].form, "with")))
            continue;
        return nouns > 0 && object_control(&w[k]);
    }
    return 0;
}

size_t to_infinitive_repair(dyad_doc *doc, const dyad_tagger *tagger)
{
    if (!tagger) return 0;
    size_t changed = 0;
    for (size_t s = 0; s < doc->n_sents; s++) {
        dyad_token *w = doc->tokens + doc->sents[s].first;
        uint32_t n = doc->sents[s].count;
        for (uint32_t i = 2; i < n; i++) {
            dyad_token *to = &w[i - 1], *verb = &w[i];
            if (!to->form || strcasecmp(to->form, "to") ||
                (!takes_infinitive(&w[i - 2]) && !after_controlled_object(w, i - 1)) ||
                !verb_read_as_other(tagger, verb))
                continue;
            to->upos = "PART";
            to->xpos = "TO";
            to->feats = NULL;
            to->lemma = "to";
            verb->upos = "VERB";
            verb->xpos = "VB";
            verb->feats = "VerbForm=Inf";
            verb->lemma = verb->form;
            changed++;
        }
    }
    return changed;
}
