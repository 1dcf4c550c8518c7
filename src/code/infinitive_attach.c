/*
** infinitive_attach.c — an infinitive after an object's relative clause
** is the main verb's (infinitive_attach.h).
*/
#include <string.h>
#include <strings.h>
#include "code/infinitive_attach.h"
#include "code/pattern.h"
#include "code/roles.h"

/* Verbs whose object is the doer of a "to" infinitive after it ("allowed
** the refugees to return", "urged the rebels to disarm"). */
static int object_control_verb(const dyad_token *t)
{
    static const char *const verbs[] = { "allow", "permit", "urge", "force", "order", "invite", "encourage",
                                         "enable", "persuade", "compel", "authorize", "authorise", "instruct",
                                         "forbid", "ask", "tell", "require", "oblige", "pressure", "press",
                                         NULL };
    const char *lemma = t->lemma ? t->lemma : t->form;
    for (size_t i = 0; lemma && verbs[i]; i++)
        if (!strcasecmp(lemma, verbs[i])) return 1;
    return 0;
}

/* Does word h (0-based) have a dependent with relation rel (a prefix
** match when prefix is set)? */
static int has_dependent(const dyad_token *w, uint32_t n, uint32_t h, const char *rel, int prefix)
{
    for (uint32_t j = 0; j < n; j++) {
        if (w[j].head != (int32_t)h + 1 || !w[j].deprel) continue;
        if (prefix ? !strncmp(w[j].deprel, rel, strlen(rel)) : !strcmp(w[j].deprel, rel)) return 1;
    }
    return 0;
}

/* Is word h marked as an infinitive by "to"? */
static int to_infinitive(const dyad_token *w, uint32_t n, uint32_t h)
{
    for (uint32_t j = 0; j < h; j++)
        if (w[j].head == (int32_t)h + 1 && tree_rel_is(&w[j], "mark") && w[j].form && !strcasecmp(w[j].form, "to"))
            return 1;
    return 0;
}

/* Makes word x, a "to" infinitive with no subject of its own, the xcomp
** of verb v (1-based) when v has no complement yet; 1 if it did. */
static int move_to_verb(dyad_token *w, uint32_t n, uint32_t x, int32_t v)
{
    if (!to_infinitive(w, n, x) || has_dependent(w, n, x, "nsubj", 1)) return 0;
    if (has_dependent(w, n, (uint32_t)v - 1, "xcomp", 0) || has_dependent(w, n, (uint32_t)v - 1, "ccomp", 0))
        return 0;
    w[x].head = v;
    w[x].deprel = "xcomp";
    return 1;
}

/* "ordered the diplomats to leave", parsed with "to leave" a clause of
** the diplomats (acl, as in "the decision to leave"): after an object
** that is no noun of content, the infinitive is the verb's complement.
** Returns how many were moved. */
static size_t object_clause_repair(dyad_token *w, uint32_t n)
{
    size_t repaired = 0;
    for (uint32_t x = 0; x < n; x++) {
        if (!tree_rel_is(&w[x], "acl") || !w[x].upos || strcmp(w[x].upos, "VERB")) continue;
        int32_t o = w[x].head, v;
        if (o < 1 || o > (int32_t)n || (uint32_t)o > x || !tree_rel_is(&w[o - 1], "obj")) continue;
        const char *noun = w[o - 1].lemma ? w[o - 1].lemma : w[o - 1].form;
        if (role_content_noun(noun)) continue;
        v = w[o - 1].head;
        if (v < 1 || v > o || !w[v - 1].upos || strcmp(w[v - 1].upos, "VERB") || !object_control_verb(&w[v - 1]))
            continue;
        repaired += move_to_verb(w, n, x, v);
    }
    return repaired;
}

/* Verbs whose "to" infinitive is their complement, not a purpose: "agreed
** on Monday to impose sanctions". */
static int infinitive_complement_verb(const dyad_token *t)
{
    static const char *const verbs[] = {
        "agree", "decide", "vote", "plan", "promise", "threaten", "vow", "pledge", "refuse", "offer", "seek",
        "try", "hope", "want", "intend", "aim", "prepare", "attempt", "fail", "expect", "decline",
        "begin", "start", "continue", "resolve", "undertake", "swear", "choose", "opt", "volunteer", NULL };
    const char *lemma = t->lemma ? t->lemma : t->form;
    for (size_t i = 0; lemma && verbs[i]; i++)
        if (!strcasecmp(lemma, verbs[i])) return 1;
    return 0;
}

/* "agreed on Monday to impose sanctions", parsed with the infinitive an
** adverbial clause (a purpose) because words came between: after a verb
** whose infinitive is its complement, it is the xcomp.  Returns how many
** were moved. */
static size_t complement_clause_repair(dyad_token *w, uint32_t n)
{
    size_t repaired = 0;
    for (uint32_t x = 0; x < n; x++) {
        int32_t v = w[x].head;
        if (!tree_rel_is(&w[x], "advcl") || !w[x].upos || strcmp(w[x].upos, "VERB") || v < 1 || v > (int32_t)x ||
            !w[v - 1].upos || strcmp(w[v - 1].upos, "VERB") || !infinitive_complement_verb(&w[v - 1]) ||
            has_dependent(w, n, (uint32_t)v - 1, "obj", 0) || has_dependent(w, n, (uint32_t)v - 1, "aux:pass", 0))
            continue;
        /* "so as to", "in order to", "whether to": a purpose or a question */
        int other_mark = 0;
        for (uint32_t j = 0; j < n && !other_mark; j++)
            other_mark = w[j].head == (int32_t)x + 1 && tree_rel_is(&w[j], "mark") && w[j].form &&
                         strcasecmp(w[j].form, "to");
        if (!other_mark) repaired += move_to_verb(w, n, x, v);
    }
    return repaired;
}

size_t infinitive_attach_repair(dyad_doc *doc)
{
    size_t repaired = 0;
    for (size_t s = 0; s < doc->n_sents; s++) {
        const dyad_sentence *sent = &doc->sents[s];
        dyad_token *w = doc->tokens + sent->first;
        uint32_t n = sent->count;
        for (uint32_t x = 0; x < n; x++) {
            if (!tree_rel_is(&w[x], "advcl") || !w[x].upos || strcmp(w[x].upos, "VERB")) continue;
            /* the relative clause's verb, its noun, and the noun's verb */
            int32_t r = w[x].head, o, v;
            if (r < 1 || r > (int32_t)n || (uint32_t)r > x || !tree_rel_is(&w[r - 1], "acl:relcl")) continue;
            o = w[r - 1].head;
            if (o < 1 || o > (int32_t)n || !tree_rel_is(&w[o - 1], "obj")) continue;
            v = w[o - 1].head;
            if (v < 1 || v > (int32_t)n || v > o || !w[v - 1].upos || strcmp(w[v - 1].upos, "VERB") ||
                !object_control_verb(&w[v - 1]))
                continue;
            repaired += move_to_verb(w, n, x, v);
        }
        repaired += object_clause_repair(w, n);
        repaired += complement_clause_repair(w, n);
    }
    return repaired;
}
