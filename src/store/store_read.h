/*
** store_read.h — reading events back out of a store, filtered: each
** mention as a dyad_event, or the one-a-day events (dedup.h) with their
** counts.  Exports use it; the coder's events come back whole.
*/
#ifndef DYAD_STORE_STORE_READ_H
#define DYAD_STORE_STORE_READ_H

#include "store/filter.h"
#include "store/store.h"

typedef struct store_cursor store_cursor;

/* What a stored event has beyond the record. */
typedef struct store_event_info {
    int64_t id;              /* the store's id (GLOBALEVENTID for daily events) */
    long mentions, sources, articles;   /* one-a-day counts (1, 1, 1 for a mention) */
    int dup;                 /* from a story that duplicates another */
    int is_root;             /* first mention is in its story's first 3 sentences */
    const char *added;       /* when its story was stored */
} store_event_info;

/*
** Opens a cursor over the events matching filter (checked, see
** filter.h), in date order; with daily, over the one-a-day events, each
** given by its first mention.  Returns DYAD_OK or an error with
** store_error(store) saying why.
*/
int store_cursor_open(dyad_store *store, const store_filter *filter, int daily,
                      store_cursor **out);

/* The next event: ev and info point into the cursor until the next call.
** Returns DYAD_OK, DYAD_DONE, or an error (store_error says why). */
int store_cursor_next(store_cursor *c, dyad_event *ev, store_event_info *info);

void store_cursor_close(store_cursor *c);

#endif
