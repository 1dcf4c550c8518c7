/*
** background.c — acts a sentence recalls (background.h).
*/
#include <stdlib.h>
#include <string.h>
#include "code/background.h"

/* The year word d names (a four-digit number from 1900 to 2099), or 0. */
static int year_of(const sentence_tree *t, uint32_t d)
{
    const char *f = t->words[d].form;
    if (!f || strlen(f) != 4 || !t->words[d].upos || strcmp(t->words[d].upos, "NUM")) return 0;
    for (int i = 0; i < 4; i++)
        if (f[i] < '0' || f[i] > '9') return 0;
    int y = atoi(f);
    return y >= 1900 && y <= 2099 ? y : 0;
}

/* Does a time phrase on word x ("in 2014", "in March 2014", "2011")
** name a year before story_year? */
static int earlier_year_on(const sentence_tree *t, uint32_t x, int story_year)
{
    for (uint32_t k = t->first_kid[x]; k < t->first_kid[x + 1]; k++) {
        uint32_t d = t->kids[k];
        const char *rel = t->words[d].deprel;
        if (!rel || (strncmp(rel, "obl", 3) && strncmp(rel, "nmod", 4))) continue;
        int y = year_of(t, d);
        /* "in March 2014": the year on the month */
        for (uint32_t j = t->first_kid[d]; !y && j < t->first_kid[d + 1]; j++)
            if (t->words[t->kids[j]].deprel && strcmp(t->words[t->kids[j]].deprel, "case")) y = year_of(t, t->kids[j]);
        if (y && y < story_year) return 1;
    }
    return 0;
}

/* Is advcl clause c of head h a time clause set months or years back
** ("two years after", "months before"), or a "since" clause under a
** present perfect ("since ... annexed Crimea, Ukraine has sought")? */
static int recalled_clause(const sentence_tree *t, uint32_t c, uint32_t h)
{
    static const char *const sequence[] = { "after", "before", "since", NULL };
    static const char *const since[] = { "since", NULL };
    static const char *const spans[] = { "year", "decade", "century", "month", NULL };
    static const char *const have[] = { "have", NULL };
    if (!role_has_dependent(t, c, "mark", sequence)) return 0;
    for (uint32_t k = t->first_kid[h]; k < t->first_kid[h + 1]; k++) {
        uint32_t d = t->kids[k];
        const char *rel = t->words[d].deprel;
        if (rel && (!strncmp(rel, "obl", 3) || !strcmp(rel, "nmod:tmod") || !strcmp(rel, "nmod:npmod")) && d < c &&
            role_lemma_in(t, (int32_t)d, spans))
            return 1;
    }
    /* "months after": the span on the clause itself */
    for (uint32_t k = t->first_kid[c]; k < t->first_kid[c + 1]; k++) {
        uint32_t d = t->kids[k];
        const char *rel = t->words[d].deprel;
        if (rel && (!strncmp(rel, "obl", 3) || !strcmp(rel, "advmod")) && d < c && role_lemma_in(t, (int32_t)d, spans))
            return 1;
    }
    if (!role_has_dependent(t, c, "mark", since)) return 0;
    return role_has_dependent(t, h, "aux", have);
}

const char *background_reason(const sentence_tree *t, uint32_t w, const char *story_date)
{
    int story_year = story_date && strlen(story_date) >= 4 ? atoi(story_date) : 0;
    /* the clause w belongs to: up through conjuncts, complements and
    ** the arguments of its verb, to the clause's boundary */
    if (story_year && earlier_year_on(t, w, story_year)) return "an act of a year before the story's, recalled, not reported";
    uint32_t cur = w;
    for (int depth = 0; depth < 8; depth++) {
        const char *rel = t->words[cur].deprel;
        int32_t head = t->words[cur].head - 1;
        if (!rel || head < 0) return NULL;
        if (!strcmp(rel, "advcl"))
            return recalled_clause(t, cur, (uint32_t)head)
                       ? "an act recalled from long before ('two years after ...', 'since ...'), not reported"
                       : NULL;
        if (strcmp(rel, "xcomp") && strcmp(rel, "conj") && strcmp(rel, "obj") && strncmp(rel, "obl", 3) &&
            strcmp(rel, "compound"))
            return NULL;
        cur = (uint32_t)head;
    }
    return NULL;
}
