/*
** summary.h — what a store holds, counted in one pass over events_by_dyad
** in its key order (`dyad stats`): stories, mentions, one-a-day events, dates,
** mentions by CAMEO root code and the busiest dyads.
*/
#ifndef DYAD_STORE_SUMMARY_H
#define DYAD_STORE_SUMMARY_H

#include <stddef.h>
#include <stdint.h>
#include "store/store.h"

typedef struct summary_dyad {
    char src[8], tgt[8];     /* countries */
    long mentions;
} summary_dyad;

typedef struct store_summary {
    long stories, duplicate_stories;
    long mentions;           /* of stories that are not duplicates */
    long duplicate_mentions; /* of duplicate stories */
    long daily;              /* one-a-day events */
    int64_t first_day, last_day;     /* INT64_MIN when no event has a date */
    long by_root[21];        /* mentions by CAMEO root 1..20; [0]: no or bad code */
    summary_dyad *top;       /* the busiest dyads, most mentions first (owned) */
    size_t n_top;
} store_summary;

/* Counts everything, keeping the top_n busiest dyads.  Returns DYAD_OK,
** DYAD_ENOMEM, or an error with store_error() saying why. */
int store_summarise(dyad_store *store, size_t top_n, store_summary *out);
void store_summary_free(store_summary *s);

#endif
