/*
** speculation.c — possibilities believed or predicted (speculation.h).
*/
#include <string.h>
#include "code/speculation.h"

/* Is the saying or thinking verb h one of belief or prediction, or one
** of saying whose subject is a commentator rather than a party? */
static int speculating(const sentence_tree *t, uint32_t h)
{
    static const char *const belief[] = { "believe", "think", "expect", "fear", "predict", "speculate", "suspect",
                                          "estimate", "forecast", "worry", "guess", "doubt", "suggest", NULL };
    static const char *const saying[] = { "say", "warn", "note", "argue", "write", "caution", "tell", NULL };
    static const char *const commentators[] = { "analyst", "expert", "observer", "commentator", "economist",
                                                "scholar", "researcher", "pundit", "academic", "strategist",
                                                "specialist", NULL };
    if (role_lemma_in(t, (int32_t)h, belief)) return 1;
    return role_lemma_in(t, (int32_t)h, saying) && role_lemma_in(t, role_child(t, h, "nsubj"), commentators);
}

/* Is w the act someone is expected or likely to do ("the EU is expected
** to impose sanctions", "Ghana is likely to send troops")?  A forecast,
** not yet done nor promised by the one who would do it. */
static int forecast(const sentence_tree *t, uint32_t w)
{
    static const char *const expect[] = { "expect", NULL };
    static const char *const likely[] = { "likely", "unlikely", NULL };
    int32_t head = t->words[w].head - 1;
    const char *rel = t->words[w].deprel;
    if (head < 0 || !rel || strcmp(rel, "xcomp")) return 0;
    if (role_lemma_in(t, head, expect)) return role_child(t, (uint32_t)head, "aux:pass") >= 0;
    return role_lemma_in(t, head, likely);
}

/* Is w what a thing that was blocked, vetoed or rejected would have
** done ("blocked an EU statement criticizing China", "vetoed a
** resolution condemning the coup")?  The thing never came to be. */
static int content_of_blocked(const sentence_tree *t, uint32_t w)
{
    static const char *const blocking[] = { "block", "veto", "reject", "scuttle", "thwart", "torpedo", "shelve",
                                            "scrap", "withdraw", "defeat", "prevent", NULL };
    static const char *const that[] = { "that", NULL };
    int32_t noun = t->words[w].head - 1;
    const char *rel = t->words[w].deprel;
    /* a "that" clause is what a claim says, denied when it is rejected */
    if (noun < 0 || !rel || strcmp(rel, "acl") || role_has_dependent(t, w, "mark", that)) return 0;
    int32_t verb = t->words[noun].head - 1;
    const char *noun_rel = t->words[noun].deprel;
    return verb >= 0 && noun_rel && (!strcmp(noun_rel, "obj") || !strcmp(noun_rel, "nsubj:pass")) &&
           role_lemma_in(t, verb, blocking);
}

int speculated(const sentence_tree *t, uint32_t w)
{
    if (forecast(t, w) || content_of_blocked(t, w)) return 1;
    static const char *const possible[] = { "could", "might", "may", NULL };
    /* up to the clause's verb, through complements and conjuncts */
    uint32_t cur = w;
    for (int depth = 0; depth < 8; depth++) {
        if (role_has_dependent(t, cur, "aux", possible)) break;
        const char *rel = t->words[cur].deprel;
        int32_t head = t->words[cur].head - 1;
        if (!rel || head < 0 || (strcmp(rel, "xcomp") && strcmp(rel, "conj") && strcmp(rel, "obj"))) return 0;
        cur = (uint32_t)head;
    }
    if (!role_has_dependent(t, cur, "aux", possible)) return 0;
    const char *rel = t->words[cur].deprel;
    int32_t head = t->words[cur].head - 1;
    /* "China could invade Taiwan, analysts say": the attribution may
    ** follow, its verb the head of the sentence */
    if (rel && !strcmp(rel, "ccomp") && head >= 0) return speculating(t, (uint32_t)head);
    if (rel && !strcmp(rel, "root"))
        for (uint32_t k = t->first_kid[cur]; k < t->first_kid[cur + 1]; k++) {
            uint32_t d = t->kids[k];
            const char *r = t->words[d].deprel;
            if (r && (!strcmp(r, "parataxis") || !strcmp(r, "ccomp") || !strcmp(r, "advcl")) && d > cur &&
                speculating(t, d))
                return 1;
        }
    return 0;
}
