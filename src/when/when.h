/*
** when.h — the date an event happened, from the story's date and the
** sentence's words.
**
** News dates events relative to the day of publication: "yesterday", "on
** Tuesday", "last week", "on Feb. 24", "earlier this month".  dyad takes
** the first such expression in a sentence and resolves it against the
** story date; with none, the event keeps the story's date.  Past is the
** default reading (news reports what happened), so "on Tuesday" in a story
** of Thursday 2026-01-22 is 2026-01-20, unless the sentence looks ahead
** ("will", "next Tuesday").
*/
#ifndef DYAD_WHEN_WHEN_H
#define DYAD_WHEN_WHEN_H

#include <stddef.h>
#include <stdint.h>
#include "dyad.h"

typedef struct event_date {
    char date[11];           /* YYYY-MM-DD, or "" when there is no story date */
    const char *basis;       /* "story", "relative" (yesterday, today),
                             ** "weekday", "explicit" (Feb. 24), "week",
                             ** "month", or "none" (static storage) */
    uint32_t first, count;   /* the expression's words in the sentence
                             ** (count 0 when the basis is the story) */
} event_date;

/*
** Resolves the date of sentence `sent` of doc against story_date
** (YYYY-MM-DD; NULL or "" for none).  Always fills *out; returns DYAD_OK,
** or DYAD_EINVAL when story_date is given but not a valid date.
*/
int when_resolve(const char *story_date, const dyad_doc *doc, size_t sent, event_date *out);

/* Days since 1970-01-01 for a valid YYYY-MM-DD, or INT32_MIN. */
int32_t when_parse_date(const char *date);
/* Writes YYYY-MM-DD for days since 1970-01-01 into out[11]. */
void when_format_date(int32_t days, char out[11]);

#endif
