/*
** event_row.h — how an event lives in the store's events table.
**
** Every field of an event's record is packed into a JSON array in the
** order EVENT_ROW_FIELDS lists, and a story's events are one JSON array of
** those in the story's row (stories.events): one row insert per story
** instead of one per event.  The fields that queries filter and group on
** are also columns of events_by_dyad, as integer codes (store.c).  A JSON
** array, unlike an object, does not repeat the names in every event.  The
** events_full view (store.c) names every field, so SQL users see the whole
** record as columns.
*/
#ifndef DYAD_STORE_EVENT_ROW_H
#define DYAD_STORE_EVENT_ROW_H

#include <stddef.h>
#include "dyad.h"

/* X(index, name): the packed fields, in order. */
#define EVENT_ROW_FIELDS(X) \
    X(0, event_id) X(1, sent) X(2, date) X(3, date_basis) \
    X(4, src_text) X(5, src_sector) X(6, src_start) X(7, src_end) \
    X(8, tgt_text) X(9, tgt_sector) X(10, tgt_start) X(11, tgt_end) \
    X(12, cameo_root) X(13, plover) \
    X(14, verb_text) X(15, verb_lemma) X(16, verb_start) X(17, verb_end) \
    X(18, negated) X(19, modality) X(20, confidence) \
    X(21, loc_text) X(22, loc_name) X(23, loc_country) X(24, loc_lat) X(25, loc_lon) \
    X(26, loc_id) X(27, why) \
    X(28, src_code) X(29, src_country) X(30, tgt_code) X(31, tgt_country) \
    X(32, cameo) X(33, quad_class) X(34, goldstein)
#define EVENT_ROW_N 35

/* A growable byte buffer that the packer appends to; the caller owns
** data and frees it with free(). */
typedef struct event_row_buf {
    char *data;
    size_t len, cap;
    int failed;              /* an allocation failed: the contents are cut */
} event_row_buf;

/* Replaces buf's contents with ev's packed fields (date as given, since
** the store may have filled it from the story).  Returns 0, or -1 when out
** of memory. */
int event_row_pack(event_row_buf *buf, const dyad_event *ev, const char *date);

/* The same, appended to buf's contents (a story's events are one JSON
** array of packed events, stories.events). */
int event_row_append(event_row_buf *buf, const dyad_event *ev, const char *date);

/* Appends s as a JSON string (quoted and escaped), or n bytes as they are. */
void event_row_put_string(event_row_buf *buf, const char *s);
void event_row_put_raw(event_row_buf *buf, const char *s, size_t n);

/*
** Fills ev's packed fields from rec (len bytes); the strings point into
** *holder, which the caller releases with event_row_release.  The other
** fields are left as they were.  Returns DYAD_OK or DYAD_EFORMAT.
*/
int event_row_unpack(const char *rec, size_t len, dyad_event *ev, void **holder);
void event_row_release(void *holder);

/*
** A story's events column (a JSON array of packed events): parses it into
** *holder (released with event_row_release) and sets *n to the number of
** events.  Returns DYAD_OK or DYAD_EFORMAT.
*/
int event_row_parse_list(const char *json, size_t len, void **holder, size_t *n);
/* Fills ev's packed fields from the k-th event of a parsed list (strings
** borrowed from holder).  Returns DYAD_OK or DYAD_EFORMAT. */
int event_row_fill(void *holder, size_t k, dyad_event *ev);

#endif
